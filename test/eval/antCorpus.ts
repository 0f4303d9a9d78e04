// npm run eval -- --corpus: the analysis over the unannotated ANT articles
// (../shared/corpus/ant-news.jsonl.gz, one JSON article a line), the same selection as
// ../shared/tools/flagrate.py (international, Middle East and economy), read as a gzip
// stream (no temporary folder). Published copy names its speakers, so nearly every
// unattributed-quote warning there is a false alarm: the rate is the figure to bring down.

import * as fs from 'node:fs';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { analyze } from '../../server/src/analysis';

export const CORPUS_CATEGORIES = ['internationalNews', 'middleEast', 'economy'];

interface AntArticle {
  id: string;
  outlet: string;
  category: string;
  text: string;
}

export interface OutletFigures {
  outlet: string;
  articles: number;
  statements: number;
  warnings: number;
  /** unattributed-quote warnings per 100 statements. */
  per100: number;
  /** Articles with at least one warning. */
  articlesWarned: number;
  /** The articles with the most warnings, most first (ties by id). */
  worst: { id: string; warnings: number }[];
}

export interface CorpusResult {
  outlets: OutletFigures[];
  total: Omit<OutletFigures, 'outlet' | 'worst'>;
  /** Lines that were not a JSON article (reported, skipped). */
  badLines: number;
  seconds: number;
}

export interface CorpusOptions {
  /** At most this many articles per outlet (a quick run that still covers every outlet). */
  limit?: number;
  categories?: string[];
  worst?: number;
}

const per100 = (w: number, s: number): number => Math.round((10000 * w) / Math.max(1, s)) / 100;

export async function runCorpus(file: string, options: CorpusOptions = {}): Promise<CorpusResult> {
  if (!fs.existsSync(file)) throw new Error(`no corpus at ${file}`);
  const limit = options.limit ?? Infinity;
  const categories = new Set(options.categories ?? CORPUS_CATEGORIES);
  const keepWorst = options.worst ?? 10;
  const started = process.hrtime.bigint();
  const by = new Map<string, { articles: number; statements: number; warnings: number; warned: number; counts: { id: string; warnings: number }[] }>();
  let badLines = 0;
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let article: AntArticle;
    try {
      article = JSON.parse(line) as AntArticle;
    } catch {
      badLines++;
      continue;
    }
    if (!categories.has(article.category) || typeof article.text !== 'string') continue;
    if ((by.get(article.outlet)?.articles ?? 0) >= limit) continue;
    const a = analyze(article.text);
    const statements = a.quotes.filter((q) => q.kind === 'statement').length;
    const warnings = a.findings.filter((f) => f.code === 'unattributed-quote').length;
    const o = by.get(article.outlet) ?? { articles: 0, statements: 0, warnings: 0, warned: 0, counts: [] };
    o.articles++;
    o.statements += statements;
    o.warnings += warnings;
    if (warnings) {
      o.warned++;
      o.counts.push({ id: article.id, warnings });
    }
    by.set(article.outlet, o);
  }
  const outlets = [...by.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([outlet, o]): OutletFigures => ({
      outlet,
      articles: o.articles,
      statements: o.statements,
      warnings: o.warnings,
      per100: per100(o.warnings, o.statements),
      articlesWarned: o.warned,
      worst: o.counts.sort((x, y) => y.warnings - x.warnings || x.id.localeCompare(y.id)).slice(0, keepWorst),
    }));
  const sum = (k: 'articles' | 'statements' | 'warnings' | 'articlesWarned'): number => outlets.reduce((n, o) => n + o[k], 0);
  return {
    outlets,
    total: {
      articles: sum('articles'),
      statements: sum('statements'),
      warnings: sum('warnings'),
      per100: per100(sum('warnings'), sum('statements')),
      articlesWarned: sum('articlesWarned'),
    },
    badLines,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

export function printCorpus(r: CorpusResult): void {
  console.log(`\nANT articles (${CORPUS_CATEGORIES.join(', ')}): unattributed-quote warnings`);
  console.log(`${'outlet'.padEnd(12)}${'articles'.padStart(10)}${'statements'.padStart(12)}${'warnings'.padStart(10)}${'per 100'.padStart(9)}${'warned'.padStart(9)}`);
  const line = (name: string, o: Omit<OutletFigures, 'outlet' | 'worst'>): string =>
    `${name.padEnd(12)}${String(o.articles).padStart(10)}${String(o.statements).padStart(12)}${String(o.warnings).padStart(10)}${o.per100.toFixed(2).padStart(9)}${String(o.articlesWarned).padStart(9)}`;
  for (const o of r.outlets) console.log(line(o.outlet, o));
  console.log(line('total', r.total));
  for (const o of r.outlets) {
    console.log(`\n${o.outlet}: the articles with the most warnings`);
    for (const w of o.worst) console.log(`  ${w.id.padEnd(40)}${String(w.warnings).padStart(4)}`);
  }
  if (r.badLines) console.log(`\n${r.badLines} lines were not JSON articles and were skipped`);
  console.log(`\n${r.total.articles} articles in ${r.seconds.toFixed(1)} s`);
}
