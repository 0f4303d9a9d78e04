// The quote-kind phase alone (docs/performance-log.md, "session 12, the quote kinds"): analyses
// N generated folder articles up to the governors once, keeps what decideKind reads, then
// runs decideKinds and namesKeepTheirKind alone ROUNDS times, as analyze() calls them.
// Bundled for instruction counts (the phase's cost is the difference of two round counts;
// bench/bundle.mjs keeps the corpus's paths):
//   node -e "import('./bench/bundle.mjs').then((m) => m.bundleForNode('bench/kindsPhase.ts', '/tmp/kindsPhase.cjs'))"
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --predictable --hash-seed=1 --random-seed=1 --single-threaded /tmp/kindsPhase.cjs 300 1   (then 6)
// `node /tmp/kindsPhase.cjs 300 50 --rules` prints how many quotes each rule decided.
import { FolderGenerator } from './corpus';
import { ArticleDocument } from '../server/src/analysis/document';
import { readArticleFacts } from '../server/src/analysis/articleFacts';
import type { Governor } from '../server/src/analysis/governance';
import type { RawQuote } from '../server/src/analysis/quotes';
import { builtinKnowledge } from '../server/src/analysis/knowledge';
import { decideKinds, DEFAULT_KIND_OPTIONS, namesKeepTheirKind, type KindDecision } from '../server/src/analysis/kinds';

interface Case {
  doc: ArticleDocument;
  quotes: RawQuote[];
  governors: (Governor | null)[];
}

/** What analyze() computes before the kinds, for one article (readArticleFacts, as analyze() calls it). */
function prepare(text: string, knowledge: ReturnType<typeof builtinKnowledge>): Case {
  const doc = ArticleDocument.of(text, knowledge);
  const { raw, governors } = readArticleFacts(doc);
  return { doc, quotes: raw, governors };
}

/** The kinds of one article's quotes, as analyze() decides them. */
function kinds({ doc, quotes, governors }: Case): KindDecision[] {
  const decisions = decideKinds(doc, quotes, DEFAULT_KIND_OPTIONS, governors);
  namesKeepTheirKind(doc, quotes, decisions);
  return decisions;
}

const [nArg, roundsArg] = process.argv.slice(2);
if (!/^\d+$/.test(nArg ?? '') || !/^\d+$/.test(roundsArg ?? '')) {
  console.error('usage: node kindsPhase.cjs N ROUNDS [--rules]');
  process.exit(2);
}
const knowledge = builtinKnowledge();
const generator = new FolderGenerator();
const cases = Array.from({ length: Number(nArg) }, (_, i) => prepare(generator.article(i), knowledge));
const rules = new Map<string, number>();
for (let r = 0; r < Number(roundsArg); r++) for (const c of cases) for (const d of kinds(c)) if (r === 0) rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
if (process.argv.includes('--rules')) console.log([...rules].sort((a, b) => b[1] - a[1]));
