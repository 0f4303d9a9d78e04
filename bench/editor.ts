// 2. Editor latency through the real server (dist/server.js --stdio), as an editor sees
// it: the time from a one-character didChange to the diagnostics for that version, and
// the time of the outline, hover and semantic tokens requests. Beside it, the raw cost of
// what the server does per version (analysis, position mapping, diagnostics), measured
// in this process, so that a wait added by the server (its debounce) shows as the gap.

import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  SemanticTokensRequest,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { analyze, LineIndex } from '../server/src/analysis';
import { analysisEngine } from '../server/src/node/engine';
import { Converter } from '../server/src/lsp/convert';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { articleOfSize } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { startServer } from './server';
import { repeat } from './throughput';
import { median, now, percentile, sizeLabel } from './stats';

export interface EditorOptions {
  /** Article sizes with the p99 edit-to-diagnostics target of each (ms). */
  sizes: { bytes: number; p99Target: number }[];
  edits: number;
  /** Edits before the timed ones (the server's code is compiled during them). */
  warmUpEdits: number;
  /** The edits of one size stop early when they have taken this long (the count is in the table). */
  editBudgetMs: number;
  requests: number;
  /** Another server bundle to measure (BENCH_SERVER; default: dist/server.js). */
  server?: string;
  /** A second server bundle (BENCH_VS) driven in turn with the first, `rounds` times each (BENCH_ROUNDS, default 2). */
  vs?: string;
  rounds?: number;
}

/** Lines worth editing: the longer lines of the article, spread over it. */
function editableLines(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.length > 60) out.push(i);
  });
  return out;
}

export async function measureEditor(opts: EditorOptions, log: (s: string) => void): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const { bytes, p99Target } of opts.sizes) {
    const text = articleOfSize(bytes);
    const label = sizeLabel(bytes);
    const key = label.replace(' ', '');
    out.push(...rawCost(text, label, key, opts.edits, opts.editBudgetMs / 4));
    const times = opts.vs ? await alternate(text, key, label, opts, opts.vs, opts.rounds ?? 2, log) : await throughServer(text, key, opts, opts.server);
    const { cold, edits } = times;
    log(`edit → diagnostics ${label}: first ${cold[0]?.toFixed(1)} ms, p50 ${percentile(edits, 50).toFixed(1)} ms, p99 ${percentile(edits, 99).toFixed(1)} ms`);
    out.push(
      figure('editor', `editToDiagnostics.first.${key}`, `first edit after open → diagnostics, ${label}`, cold[0] ?? null, 'ms'),
      figure('editor', `editToDiagnostics.p50.${key}`, `edit → diagnostics p50, ${label} (${edits.length} edits after ${opts.warmUpEdits}${opts.vs ? " in each run, runs pooled" : ""})`, percentile(edits, 50), 'ms'),
      figure('editor', `editToDiagnostics.p99.${key}`, `edit → diagnostics p99, ${label}`, percentile(edits, 99), 'ms', atMost(p99Target)),
    );
    for (const name of ['documentSymbol', 'hover', 'semanticTokens'] as const) {
      const t = times.requests[name];
      out.push(figure('editor', `${name}.p50.${key}`, `${name} p50, ${label}`, t ? median(t) : null, 'ms', undefined, t ? undefined : 'the server does not offer semantic tokens yet'));
    }
    out.push(figure('editor', `documentSymbolAfterEdit.p50.${key}`, `documentSymbol right after an edit p50, ${label}`, median(times.afterEdit), 'ms'));
  }
  return out;
}

/** What one server answered for one article: every duration in ms. */
interface ServerTimes {
  /** The warm-up edits, the first after open first. */
  cold: number[];
  edits: number[];
  requests: Partial<Record<'documentSymbol' | 'hover' | 'semanticTokens', number[]>>;
  afterEdit: number[];
}

/**
 * The editor figures of opts.server and `vs` in turn, `rounds` times each, which goes
 * first alternating (as the folder section does): the first server's runs pooled, the
 * second's medians and the ratios logged.
 */
async function alternate(text: string, key: string, label: string, opts: EditorOptions, vs: string, rounds: number, log: (s: string) => void): Promise<ServerTimes> {
  const mine: ServerTimes[] = [];
  const theirs: ServerTimes[] = [];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? ([theirs, mine] as const) : ([mine, theirs] as const);
    for (const runs of order) runs.push(await throughServer(text, key, opts, runs === mine ? opts.server : vs));
  }
  const pool = (runs: ServerTimes[]): ServerTimes => ({
    // The first edit of each run, their median first (the figure), then the other warm-up edits.
    cold: [median(runs.map((r) => r.cold[0])), ...runs.flatMap((r) => r.cold.slice(1))],
    edits: runs.flatMap((r) => r.edits),
    requests: Object.fromEntries((['documentSymbol', 'hover', 'semanticTokens'] as const).flatMap((n) => (runs[0].requests[n] ? [[n, runs.flatMap((r) => r.requests[n] ?? [])]] : []))),
    afterEdit: runs.flatMap((r) => r.afterEdit),
  });
  const a = pool(mine);
  const b = pool(theirs);
  const row = (name: string, x: number, y: number): string => `${name} ${x.toFixed(2)} vs ${y.toFixed(2)} ms (${(x / y).toFixed(2)}×)`;
  const rows = [
    row('first edit', a.cold[0], b.cold[0]),
    row('edit p50', percentile(a.edits, 50), percentile(b.edits, 50)),
    row('edit p99', percentile(a.edits, 99), percentile(b.edits, 99)),
    ...(['documentSymbol', 'hover', 'semanticTokens'] as const).flatMap((n) => (a.requests[n] && b.requests[n] ? [row(`${n} p50`, median(a.requests[n]!), median(b.requests[n]!))] : [])),
    row('documentSymbol after edit p50', median(a.afterEdit), median(b.afterEdit)),
  ];
  log(`${label}, ${opts.server ?? 'dist/server.js'} vs ${vs} (${rounds} rounds each, alternated): ${rows.join('; ')}`);
  return a;
}

/** Opens the article in a new server (dist/server.js, or the bundle at serverPath), edits it and sends the requests of the section. */
async function throughServer(text: string, key: string, opts: EditorOptions, serverPath: string | undefined): Promise<ServerTimes> {
  const client = startServer(serverPath);
  try {
    const init: InitializeResult = await client.initialize();
    const uri = pathToFileURL(path.join(os.tmpdir(), `press-review-bench-${key}.article`)).toString();
    await client.open(uri, text, 1);
    const lines = editableLines(text);
    let version = 1;
    /** One edit (insert a letter, or delete it again: the text keeps its size), timed to its diagnostics. */
    const edit = async (k: number): Promise<number> => {
      const line = lines[Math.floor(k / 2) % lines.length];
      const at = { line, character: 10 };
      const change = k % 2 === 0 ? { range: { start: at, end: at }, text: 'ا' } : { range: { start: at, end: { line, character: 11 } }, text: '' };
      version++;
      const waiting = client.nextDiagnostics(uri, version);
      const t0 = now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      await waiting;
      return now() - t0;
    };
    // The first edits after the server starts run code that is not compiled yet: they are
    // a figure of their own, and the p50/p99 are over the edits after them, as the
    // throughput figures are after a warm-up run.
    const cold: number[] = [];
    for (let k = 0; k < opts.warmUpEdits; k++) cold.push(await edit(k));
    const edits: number[] = [];
    const started = now();
    for (let k = opts.warmUpEdits; k < opts.warmUpEdits + opts.edits && now() - started < opts.editBudgetMs; k++) edits.push(await edit(k));

    const hoverAt = hoverPosition(text);
    const request = async (send: () => Promise<unknown>): Promise<number[]> => {
      const times = [];
      for (let i = 0; i < opts.requests; i++) {
        const t0 = now();
        await send();
        times.push(now() - t0);
      }
      return times;
    };
    const requests: ServerTimes['requests'] = {
      documentSymbol: await request(() => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })),
      hover: await request(() => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt })),
    };
    if (init.capabilities.semanticTokensProvider) {
      requests.semanticTokens = await request(() => client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
    }
    // The outline right after an edit: it waits for the analysis of the new version.
    const afterEdit: number[] = [];
    for (let k = 0; k < Math.min(opts.requests, 20); k++) {
      const line = lines[k % lines.length];
      const at = { line, character: 10 };
      const change = k % 2 === 0 ? { range: { start: at, end: at }, text: 'ا' } : { range: { start: at, end: { line, character: 11 } }, text: '' };
      version++;
      const t0 = now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      afterEdit.push(now() - t0);
    }
    return { cold, edits, requests, afterEdit };
  } finally {
    await client.shutdown();
  }
}

/** What the server does for one version, in this process: analysis, line index, diagnostics. */
function rawCost(text: string, label: string, key: string, runs: number, budgetMs: number): Figure[] {
  // The analysis as the server runs it: compiled with the product's settings (throughput.ts).
  const { analyze, builtinKnowledge } = analysisEngine();
  const knowledge = builtinKnowledge();
  const times = repeat(
    () => {
      const a = analyze(text, { knowledge });
      toDiagnostics(a, new Converter(text), 'file:///bench', { rules: {}, language: 'en' });
    },
    Math.min(runs, 10),
    runs,
    budgetMs,
  );
  return [
    figure('editor', `analysis.p50.${key}`, `raw analysis + diagnostics p50, ${label} (in process)`, percentile(times, 50), 'ms'),
    figure('editor', `analysis.p99.${key}`, `raw analysis + diagnostics p99, ${label} (${times.length} runs)`, percentile(times, 99), 'ms'),
  ];
}

/** A position on the first speaker mention (or the first quote) of the article. */
function hoverPosition(text: string): { line: number; character: number } {
  const a = analyze(text);
  const offset = a.speakers[0]?.mentions[0]?.start ?? a.quotes[0]?.span.start ?? 0;
  return new LineIndex(text).position(offset + 1);
}
