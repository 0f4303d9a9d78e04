// npm run eval -- --findings: runs analyze() over the real ANT articles (international,
// Middle East and economy) and prints, per rule and per outlet, findings per 1,000
// articles. It writes a fixed, seeded uniform sample of each rule's findings (up to 60 per
// rule, with the line in context) to test/eval/findings-sample.jsonl, for a reader to
// judge (test/fixtures/findingJudgements.json; test/eval/precision.ts scores them).
// Usage: tsx test/eval/main.ts --findings [--corpus FILE] [--sample FILE] [--per-rule N]

import * as fs from 'node:fs';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { analyze, LineIndex, type Finding } from '../../server/src/analysis';

export const CATEGORIES = new Set(['internationalNews', 'middleEast', 'economy']);
const DEFAULT_CORPUS = '../shared/corpus/ant-news.jsonl.gz';
const DEFAULT_SAMPLE = 'test/eval/findings-sample.jsonl';
/** The seed of the sample (mixed into each finding's key): fixed, so that a rerun draws the same findings from the same output. */
const SEED = 14;

export interface AntArticle {
  id: string;
  outlet: string;
  category: string;
  date: string;
  text: string;
}

/** One sampled finding, as written to the sample file. */
export interface SampledFinding {
  id: string;
  outlet: string;
  rule: string;
  /** 1-based line of the finding's start. */
  line: number;
  /** The text the finding covers (cut at 200 characters). */
  text: string;
  /** The whole line, cut to 600 characters around the finding. */
  context: string;
  message: string;
  related: number;
}

/** FNV-1a of a text, then murmur3's finalizer so that near keys spread over the whole range. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A uniform sample of a stream: the `size` items with the smallest hashes of their keys
 * (bottom-k). Unlike a reservoir fed by a random generator, an item's place depends on
 * its own key only, so a rule change that adds or drops some findings changes the sample
 * by those findings alone, and the judgements of the others still apply.
 */
export class BottomK<T> {
  private readonly kept: { hash: number; item: T }[] = [];
  constructor(private readonly size: number) {}
  offer(hash: number, make: () => T): void {
    if (this.kept.length < this.size) {
      this.kept.push({ hash, item: make() });
      return;
    }
    let top = 0;
    for (let i = 1; i < this.kept.length; i++) if (this.kept[i].hash > this.kept[top].hash) top = i;
    if (hash < this.kept[top].hash) this.kept[top] = { hash, item: make() };
  }
  get items(): T[] {
    return this.kept.map((k) => k.item);
  }
}

export async function* readAnt(file: string): AsyncGenerator<AntArticle> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as AntArticle;
}

function sampled(article: AntArticle, f: Finding, lines: LineIndex): SampledFinding {
  const line = lines.lineOf(f.span.start);
  const lineStart = lines.lineStarts[line];
  const whole = article.text.slice(lineStart, lines.lineEnd(line));
  const at = f.span.start - lineStart;
  const from = Math.max(0, at - 300);
  return {
    id: article.id,
    outlet: article.outlet,
    rule: f.code,
    line: line + 1,
    text: article.text.slice(f.span.start, Math.min(f.span.end, f.span.start + 200)),
    context: (from > 0 ? '…' : '') + whole.slice(from, from + 600) + (from + 600 < whole.length ? '…' : ''),
    message: f.messageAr ? `${f.message} | ${f.messageAr}` : f.message,
    related: f.related.length,
  };
}

export async function runFindings(argv: string[]): Promise<void> {
  const opt = (name: string, def: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : def;
  };
  const corpus = opt('--corpus', DEFAULT_CORPUS);
  const sampleFile = opt('--sample', DEFAULT_SAMPLE);
  const perRule = Number(opt('--per-rule', '60'));
  const articlesByOutlet = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  const samples = new Map<string, BottomK<SampledFinding>>();
  let articles = 0;
  for await (const article of readAnt(corpus)) {
    if (!CATEGORIES.has(article.category)) continue;
    articles++;
    articlesByOutlet.set(article.outlet, (articlesByOutlet.get(article.outlet) ?? 0) + 1);
    // The id ends with the publication date (AL-economy-358-20180401): the article is dated, as a file named so would be.
    const analysis = analyze(article.text, { fileName: article.id });
    let lines: LineIndex | null = null;
    for (const f of analysis.findings) {
      let byOutlet = counts.get(f.code);
      if (!byOutlet) counts.set(f.code, (byOutlet = new Map()));
      byOutlet.set(article.outlet, (byOutlet.get(article.outlet) ?? 0) + 1);
      let sample = samples.get(f.code);
      if (!sample) samples.set(f.code, (sample = new BottomK(perRule)));
      // Keyed by the article and the finding's place: the same finding keeps its draw whatever the other findings are.
      sample.offer(hashOf(`${SEED}|${f.code}|${article.id}|${f.span.start}`), () => sampled(article, f, (lines ??= new LineIndex(article.text))));
    }
  }
  const outlets = [...articlesByOutlet.keys()].sort();
  const per1000 = (n: number, of: number): string => (of ? ((1000 * n) / of).toFixed(1) : '—');
  console.log(`${articles} ANT articles (${[...CATEGORIES].join(', ')}): findings, and per 1,000 articles`);
  console.log(`${'rule'.padEnd(20)}${'findings'.padStart(9)}${'all'.padStart(8)}${outlets.map((o) => o.slice(0, 9).padStart(10)).join('')}`);
  for (const [code, byOutlet] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const total = [...byOutlet.values()].reduce((x, y) => x + y, 0);
    const cells = outlets.map((o) => per1000(byOutlet.get(o) ?? 0, articlesByOutlet.get(o)!).padStart(10)).join('');
    console.log(`${code.padEnd(20)}${String(total).padStart(9)}${per1000(total, articles).padStart(8)}${cells}`);
  }
  console.log(`${'(articles)'.padEnd(37)}${outlets.map((o) => String(articlesByOutlet.get(o)).padStart(10)).join('')}`);
  const rows = [...samples.keys()].sort().flatMap((code) => samples.get(code)!.items.sort((a, b) => a.id.localeCompare(b.id) || a.line - b.line));
  fs.writeFileSync(sampleFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`\nsample: ${rows.length} findings (up to ${perRule} per rule) in ${sampleFile}`);
}
