// The cross-article summary of a run: from the JSON objects of `analyze --format ndjson`
// (or Spark's output of the same), per outlet the articles, statements, unattributed
// statements and findings per rule, and per speaker the statements and articles.
// Fed one object at a time, so it never holds the run, only its counts.

import type { JsonReport } from '../report/jsonReport';
import { plural } from '../shared/plural';

export interface OutletSummary {
  outlet: string;
  articles: number;
  notText: number;
  errors: number;
  statements: number;
  unattributedStatements: number;
  /** Findings per rule code, largest first. */
  findings: Record<string, number>;
}

export interface SpeakerSummary {
  /** The knowledge id when the speaker is known, else the name as written. */
  key: string;
  name: string;
  statements: number;
  articles: number;
  outlets: string[];
}

export interface RunDigest {
  articles: number;
  /** Lines that were neither a report, an error object nor a summary line. */
  skippedLines: number;
  outlets: OutletSummary[];
  speakers: SpeakerSummary[];
}

/** Which outlet an object belongs to: its `outlet` field, else the first group of the pattern on its file name or id. */
export type OutletOf = (object: { file?: unknown; outlet?: unknown }) => string;

/** ANT ids and file names start with the outlet's code: AL-economy-1-20180218, BBC-middleEast-…. */
export const DEFAULT_OUTLET_PATTERN = '^([A-Za-z0-9]+)[-_]';

/** The outlet by a pattern on the name after the last / or \ (the first group, else the whole match); throws on a broken pattern. */
export function outletFrom(pattern: string): OutletOf {
  const re = new RegExp(pattern);
  return (o) => {
    if (typeof o.outlet === 'string' && o.outlet) return o.outlet;
    const name = typeof o.file === 'string' ? o.file.slice(Math.max(o.file.lastIndexOf('/'), o.file.lastIndexOf('\\')) + 1) : null;
    const m = name === null ? null : re.exec(name);
    return m?.[1] ?? m?.[0] ?? '(unknown)';
  };
}

export class Summarizer {
  private articles = 0;
  private skipped = 0;
  private readonly outlets = new Map<string, OutletSummary>();
  private readonly speakers = new Map<string, { name: string; statements: number; articles: number; outlets: Set<string> }>();

  constructor(private readonly outletOf: OutletOf) {}

  /** Adds one parsed line. */
  add(value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void this.skipped++;
    const o = value as Partial<JsonReport> & { error?: unknown; summary?: unknown; outlet?: unknown };
    if ('summary' in o && !('file' in o)) return; // the run's own summary line
    if (typeof o.file !== 'string') return void this.skipped++;
    const name = this.outletOf(o);
    let outlet = this.outlets.get(name);
    if (!outlet) this.outlets.set(name, (outlet = { outlet: name, articles: 0, notText: 0, errors: 0, statements: 0, unattributedStatements: 0, findings: {} }));
    this.articles++;
    outlet.articles++;
    if (o.error !== undefined) return void outlet.errors++;
    if (o.notText) outlet.notText++;
    const inArticle = new Set<string>();
    const knowledgeIdOf = new Map((Array.isArray(o.speakers) ? o.speakers : []).map((s) => [s.id, s.knowledgeId]));
    for (const q of Array.isArray(o.quotes) ? o.quotes : []) {
      if (q.kind !== 'statement') continue;
      outlet.statements++;
      if (q.speaker === null || q.speaker === undefined) {
        outlet.unattributedStatements++;
        continue;
      }
      const key = (q.speakerId ? knowledgeIdOf.get(q.speakerId) : null) ?? q.speaker;
      let s = this.speakers.get(key);
      if (!s) this.speakers.set(key, (s = { name: q.speaker, statements: 0, articles: 0, outlets: new Set() }));
      s.statements++;
      s.outlets.add(name);
      if (!inArticle.has(key)) {
        inArticle.add(key);
        s.articles++;
      }
    }
    for (const d of Array.isArray(o.diagnostics) ? o.diagnostics : []) outlet.findings[d.code] = (outlet.findings[d.code] ?? 0) + 1;
  }

  /** A line that is not JSON. */
  skip(): void {
    this.skipped++;
  }

  digest(): RunDigest {
    const byCount = (r: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    return {
      articles: this.articles,
      skippedLines: this.skipped,
      outlets: [...this.outlets.values()].sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)).map((o) => ({ ...o, findings: byCount(o.findings) })),
      speakers: [...this.speakers.entries()]
        .map(([key, s]) => ({ key, name: s.name, statements: s.statements, articles: s.articles, outlets: [...s.outlets].sort() }))
        .sort((a, b) => b.statements - a.statements || a.key.localeCompare(b.key)),
    };
  }
}

/** A readable digest: one block per outlet, then the speakers with the most statements. */
export function digestText(d: RunDigest, topSpeakers: number): string {
  const lines = [`${plural(d.articles, 'article')}${d.skippedLines ? `, ${plural(d.skippedLines, 'line')} skipped (not a report)` : ''}`, ''];
  for (const o of d.outlets) {
    const share = o.statements ? ` (${((100 * o.unattributedStatements) / o.statements).toFixed(1)}%)` : '';
    lines.push(`${o.outlet}: ${plural(o.articles, 'article')}, ${plural(o.statements, 'statement')}, ${o.unattributedStatements} unattributed${share}${o.errors ? `, ${plural(o.errors, 'error')}` : ''}${o.notText ? `, ${o.notText} not text` : ''}`);
    for (const [code, n] of Object.entries(o.findings)) lines.push(`  ${String(n).padStart(7)}  ${code}`);
  }
  lines.push('', `speakers (${d.speakers.length}), most statements first:`);
  for (const s of d.speakers.slice(0, topSpeakers)) lines.push(`  ${String(s.statements).padStart(7)}  ${s.name}  (${plural(s.articles, 'article')}; ${s.outlets.join(', ')})`);
  return lines.join('\n');
}
