// npm run eval -- --sample SEED [N]: N random statements of the ANT archive (the --corpus
// selection), each with its speaker, the rule that found it and its line in context, to be
// read as an Arabic reader would. The same seed draws the same statements, so a sample read
// before a change can be read again after it.

import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { toJsonReport, type JsonQuote } from '../../server/src/report/jsonReport';
import { random } from '../../bench/corpus';
import { CORPUS_CATEGORIES } from './antCorpus';

export interface SampledStatement {
  id: string;
  quote: JsonQuote;
  /** The quote's line, cut to a window around the quote. */
  context: string;
}

/** Draws articles at random until N statements are drawn (one a drawn article, as statements of one article are alike). */
export function sampleStatements(corpusFile: string, seed: number, n: number): SampledStatement[] {
  const articles = zlib
    .gunzipSync(fs.readFileSync(corpusFile))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; category: string; text: string })
    .filter((a) => CORPUS_CATEGORIES.includes(a.category) && typeof a.text === 'string');
  const next = random(seed);
  const knowledge = builtinKnowledge();
  const out: SampledStatement[] = [];
  const seen = new Set<number>();
  while (out.length < n && seen.size < articles.length) {
    const i = Math.floor(next() * articles.length);
    if (seen.has(i)) continue;
    seen.add(i);
    const report = toJsonReport(articles[i].id, analyze(articles[i].text, { knowledge }));
    const statements = report.quotes.filter((q) => q.kind === 'statement');
    if (!statements.length) continue;
    const quote = statements[Math.floor(next() * statements.length)];
    const line = articles[i].text.split(/\r\n|\r|\n/)[quote.line - 1] ?? '';
    const from = Math.max(0, quote.column - 1 - 120);
    out.push({ id: articles[i].id, quote, context: `${from > 0 ? '…' : ''}${line.slice(from, quote.column - 1 + 200)}` });
  }
  return out;
}

export function printSample(sample: SampledStatement[]): void {
  for (const [i, s] of sample.entries()) {
    console.log(`\n${i + 1}. ${s.id}:${s.quote.line}  speaker ${s.quote.speaker ?? '—'}  (${s.quote.evidence?.rule ?? 'no rule'})`);
    console.log(`   ${s.context}`);
  }
}
