// Renders the figures as a plain-text table (terminal) or a Markdown table (docs/performance.md).

import { SECTION_TITLES, type Figure, type Section } from './figures';

export function formatValue(f: Figure): string {
  if (f.value === null) return 'n/a';
  return `${formatNumber(f.value)} ${f.unit}`.trim();
}

export function formatTarget(f: Figure): string {
  if (!f.target) return '';
  return `${f.target.kind === 'max' ? '≤' : '≥'} ${formatNumber(f.target.value)} ${f.unit}`.trim();
}

function formatNumber(x: number): string {
  const a = Math.abs(x);
  if (a >= 100 || Number.isInteger(x)) return Math.round(x).toLocaleString('en-US');
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

function mark(f: Figure): string {
  return f.met === null ? '' : f.met ? 'met' : 'MISSED';
}

function rows(figures: Figure[]): { section: Section; cells: string[]; note?: string }[] {
  return figures.map((f) => ({ section: f.section, cells: [f.label, formatValue(f), formatTarget(f), mark(f)], note: f.note }));
}

export function textTable(figures: Figure[]): string {
  const all = rows(figures);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...all.map((r) => r.cells[c].length), ['figure', 'value', 'target', ''][c].length));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out: string[] = [];
  let section: Section | null = null;
  for (const r of all) {
    if (r.section !== section) {
      section = r.section;
      out.push('', SECTION_TITLES[section]);
    }
    out.push('  ' + line(r.cells) + (r.note ? `   (${r.note})` : ''));
  }
  return out.join('\n').trimStart();
}

export function markdownTable(figures: Figure[]): string {
  const out = ['| figure | value | target | |', '| --- | ---: | --- | --- |'];
  let section: Section | null = null;
  for (const r of rows(figures)) {
    if (r.section !== section) {
      section = r.section;
      out.push(`| **${SECTION_TITLES[section]}** | | | |`);
    }
    const [label, value, target, met] = r.cells;
    out.push(`| ${label}${r.note ? ` (${r.note})` : ''} | ${value} | ${target} | ${met} |`);
  }
  return out.join('\n');
}
