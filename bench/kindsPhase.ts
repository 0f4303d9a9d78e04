// The quote-kind phase alone (docs/performance.md, "session 12, the quote kinds"): analyses
// N generated folder articles up to the governors once, keeps what decideKind reads, then
// runs decideKind and namesKeepTheirKind alone ROUNDS times, as analyze() calls them.
// Bundled for instruction counts (the phase's cost is the difference of two round counts;
// bench/bundle.mjs keeps the corpus's paths):
//   node -e "import('./bench/bundle.mjs').then((m) => m.bundleForNode('bench/kindsPhase.ts', '/tmp/kindsPhase.cjs'))"
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --predictable --hash-seed=1 --random-seed=1 --single-threaded /tmp/kindsPhase.cjs 300 1   (then 6)
// `node /tmp/kindsPhase.cjs 300 50 --rules` prints how many quotes each rule decided.
import { FolderGenerator } from './corpus';
import { ArticleDocument } from '../server/src/analysis/document';
import { builtinKnowledge } from '../server/src/analysis/knowledge';
import { decideKind, DEFAULT_KIND_OPTIONS, namesKeepTheirKind, type KindDecision } from '../server/src/analysis/kinds';
import { findOrganizationHits } from '../server/src/analysis/organizations';
import { findQuotes, type RawQuote } from '../server/src/analysis/quotes';
import { CueFinder } from '../server/src/analysis/cues';
import { CueIndex, findGovernors, type Governor } from '../server/src/analysis/governance';
import { PeopleFinder } from '../server/src/analysis/people';
import { RangeSet } from '../server/src/analysis/ranges';
import { analyzeStructure } from '../server/src/analysis/structure';
import type { Block } from '../server/src/analysis/types';

interface Case {
  doc: ArticleDocument;
  quotes: RawQuote[];
  governors: (Governor | null)[];
}

/** What analyze() computes before the kinds, for one article (the same steps, in index.ts's order). */
function prepare(text: string, knowledge: ReturnType<typeof builtinKnowledge>): Case {
  const doc = ArticleDocument.of(text, knowledge);
  const structure = analyzeStructure(doc);
  const content = structure.blocks.filter((b) => b.kind === 'title' || b.kind === 'heading' || b.kind === 'paragraph');
  const contentRanges = content.map((b) => ({ start: doc.lines[b.line].normStart, end: doc.lines[b.line].normEnd }));
  const { quotes } = findQuotes(doc, structure.blocks);
  const orgHits = findOrganizationHits(doc, structure.blocks);
  const inQuote = new RangeSet();
  for (const q of quotes) if (q.parent === null) inQuote.add(q.open, q.close + 1);
  const orgByToken = new Map(orgHits.map((h) => [h.first, h]));
  const people = new PeopleFinder(doc, inQuote, (i) => orgByToken.get(i) ?? null);
  const mentionStarts = new Set(people.find(contentRanges).map((m) => m.first));
  const cueFinder = new CueFinder(
    doc,
    inQuote,
    (j) => mentionStarts.has(j) || people.nameAt(j, false) !== null || people.titleAt(j) !== null,
    (j) => orgByToken.has(j) || doc.knowledge.countryNameIndex.match(doc.tokens, j, false) !== null,
  );
  const cues = new CueIndex(doc, cueFinder, contentRanges);
  const blockIndex = new Map(content.map((b, i) => [b, i]));
  const previousBlock = (b: Block): Block | null => {
    const k = blockIndex.get(b) ?? -1;
    return k > 0 ? content[k - 1] : null;
  };
  return { doc, quotes, governors: findGovernors(doc, quotes, cues, inQuote, previousBlock) };
}

/** The kinds of one article's quotes, as analyze() decides them. */
function kinds({ doc, quotes, governors }: Case): KindDecision[] {
  const decisions: KindDecision[] = [];
  quotes.forEach((q, i) => decisions.push(decideKind(doc, q, DEFAULT_KIND_OPTIONS, q.parent !== null ? decisions[q.parent].kind : null, governors[i], i > 0 ? { quote: quotes[i - 1], kind: decisions[i - 1].kind } : null)));
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
