// npm run eval -- --errors: every dev-set quote the analysis gets wrong (score.py's rules),
// one line an error, grouped by verdict (a quote can be wrong in kind and in speaker): the list to read before changing a kind or attribution
// rule, and to diff before and after one. Lines DOUBTS.md lists are marked "doubt".

import type { JsonQuote } from '../../server/src/report/jsonReport';
import { scoreReport, type GoldQuote, type Verdict } from './devScore';
import { analyseDevSet } from './devSet';

export interface DevError {
  article: string;
  line: number;
  verdict: Verdict;
  gold: GoldQuote;
  quote: JsonQuote | null;
  doubtful: boolean;
}

/** The wrong verdicts of every dev article, in article and line order. */
export function devErrors(devDir: string): DevError[] {
  const out: DevError[] = [];
  for (const { article, gold, report, doubtful } of analyseDevSet(devDir)) {
    scoreReport(gold, report, {
      articleLevel: false,
      onVerdict: (goldQuote, quote, verdict) => void out.push({ article, line: goldQuote.line, verdict, gold: goldQuote, quote, doubtful: doubtful.has(goldQuote.line) }),
    });
  }
  return out;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);

export function printDevErrors(errors: DevError[]): void {
  for (const verdict of ['missed', 'kind', 'speaker', 'noSpeaker'] as const) {
    const of = errors.filter((e) => e.verdict === verdict);
    console.log(`\n${verdict}: ${of.length}`);
    for (const e of of) {
      const ours = e.quote ? `${e.quote.kind} ${e.quote.speaker ?? '—'}` : '—';
      console.log(`  ${e.article}:${e.line}${e.doubtful ? ' (doubt)' : ''}  gold ${e.gold.kind} ${e.gold.speaker ?? '—'} | ours ${ours} | ${clip(e.gold.text, 50)}`);
    }
  }
}
