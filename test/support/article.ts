// Helpers for tests: analyse a small article and look things up in the result.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, type Analysis, type AnalyzeOptions, type Quote } from '../../server/src/analysis';

export const ROOT = path.resolve(__dirname, '..', '..');

export function seed(name: string): string {
  const file = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no seed ${name}`);
  return fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
}

export function seedFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
}

/** Analyses the lines joined with "\n". */
export function article(lines: string[] | string, options?: AnalyzeOptions): Analysis {
  return analyze(Array.isArray(lines) ? lines.join('\n') : lines, options);
}

export function speakerOf(a: Analysis, q: Quote): string | null {
  return q.speakerId ? (a.speakers.find((s) => s.id === q.speakerId)?.name ?? null) : null;
}

/** The quote whose content starts with `prefix`. */
export function quote(a: Analysis, prefix: string): Quote {
  const q = a.quotes.find((x) => x.content.text.startsWith(prefix));
  if (!q) throw new Error(`no quote starting with "${prefix}" in ${JSON.stringify(a.quotes.map((x) => x.content.text.slice(0, 30)))}`);
  return q;
}

export function statements(a: Analysis): { text: string; speaker: string | null; cue: string | null }[] {
  return a.quotes.filter((q) => q.kind === 'statement').map((q) => ({ text: q.content.text, speaker: speakerOf(a, q), cue: q.cue?.text ?? null }));
}

export function lineOf(a: Analysis, offset: number): number {
  return new LineIndex(a.text).position(offset).line + 1;
}
