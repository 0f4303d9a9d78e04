// The quote report's script, running inside the webview (a browser page; bundled by
// esbuild into dist/webview/report.js). It renders the rows it is sent as text nodes only,
// filters them by speaker and kind, keeps the filter across reloads, and asks the
// extension to reveal a quote when one is activated by mouse or keyboard.

import { ALL, filterRows, QUOTE_KINDS, speakerOptions, UNATTRIBUTED, validFilter, type ReportFilter, type ReportRow } from '../../model/reportRows';
import type { FromWebview, ReportData, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): { filter?: Partial<ReportFilter> } | undefined;
  setState(state: { filter: ReportFilter }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const speakerSelect = $<HTMLSelectElement>('speaker');
const kindSelect = $<HTMLSelectElement>('kind');
const tbody = document.querySelector('#quotes tbody') as HTMLTableSectionElement;
let data: ReportData | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function fillSelect(select: HTMLSelectElement, allLabel: string, options: { value: string; label: string }[], value: string): void {
  select.replaceChildren(Object.assign(el('option', allLabel), { value: ALL }));
  for (const o of options) select.append(Object.assign(el('option', o.label), { value: o.value }));
  select.value = value;
}

function currentFilter(): ReportFilter {
  return { speaker: speakerSelect.value, kind: kindSelect.value };
}

function row(r: ReportRow, d: ReportData): HTMLTableRowElement {
  const tr = el('tr');
  tr.dataset.id = String(r.id);
  if (d.scope === 'folder') {
    // The short name on one line; the path relative to the folder as its tooltip.
    const file = el('td', r.fileName, 'col-file');
    file.title = r.file;
    tr.append(file);
  }
  const speaker = el('td', r.speaker ?? (r.unattributed ? d.labels.unattributed : '—'), r.unattributed ? 'unattributed' : undefined);
  const kind = el('td');
  kind.append(el('span', d.labels.kinds[r.kind], `kind kind-${r.kind}`));
  const text = el('td', undefined, 'text');
  const button = el('button', r.text, 'quote');
  button.type = 'button';
  button.dataset.id = String(r.id);
  button.lang = 'ar';
  text.append(button);
  tr.append(speaker, kind, el('td', r.cue ?? ''), text, el('td', String(r.line), 'line'));
  return tr;
}

function render(): void {
  if (!data) return;
  const d = data;
  const filter = currentFilter();
  vscode.setState({ filter });
  const rows = filterRows(d.rows, filter);
  tbody.replaceChildren(...rows.map((r) => row(r, d)));
  document.body.classList.toggle('folder', d.scope === 'folder');
  $('empty').hidden = rows.length > 0;
  $('status').textContent = d.labels.shown.replace('{shown}', String(rows.length)).replace('{total}', String(d.rows.length));
}

function receive(d: ReportData): void {
  data = d;
  document.title = d.title;
  $('title').textContent = d.scope === 'folder' ? d.labels.folderTitle : d.labels.articleTitle;
  $('subtitle').textContent = d.title;
  const saved = validFilter(vscode.getState()?.filter, d.rows);
  const speakers = speakerOptions(d.rows).map((o) => ({ value: o.value, label: `${o.value === UNATTRIBUTED ? d.labels.unattributed : o.label} (${o.count})` }));
  fillSelect(speakerSelect, d.labels.allSpeakers, speakers, saved.speaker);
  const kinds = QUOTE_KINDS.filter((k) => d.rows.some((r) => r.kind === k)).map((k) => ({ value: k, label: d.labels.kinds[k] }));
  fillSelect(kindSelect, d.labels.allKinds, kinds, saved.kind);
  render();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data?.type === 'data') receive(event.data);
});
speakerSelect.addEventListener('change', render);
kindSelect.addEventListener('change', render);
$('filters').addEventListener('submit', (e) => e.preventDefault());

// A click anywhere on a row reveals its quote; the button in it makes that reachable by keyboard.
tbody.addEventListener('click', (e) => {
  const tr = (e.target as HTMLElement).closest('tr');
  if (tr?.dataset.id) vscode.postMessage({ type: 'reveal', id: Number(tr.dataset.id) });
});

// Up and Down (and Home, End) move between quotes, as in a list.
tbody.addEventListener('keydown', (e) => {
  const buttons = [...tbody.querySelectorAll<HTMLButtonElement>('button.quote')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
  if (next === undefined || !buttons[next]) return;
  e.preventDefault();
  buttons[next].focus();
});

vscode.postMessage({ type: 'ready' });
