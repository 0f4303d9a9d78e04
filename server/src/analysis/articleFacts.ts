// The facts of an article that the quote kinds and the attribution both read, in the order
// analyze() computes them: structure, quotes, organizations, people, cues, and which cue
// governs each quote. One function, so a bench that measures a later phase alone
// (bench/kindsPhase.ts) prepares its input exactly as analyze() does.
import type { ArticleDocument } from './document';
import { CueFinder } from './cues';
import { CueIndex, findGovernors, quoteSentenceStarts, type Governor } from './governance';
import { findOrganizationHits, type OrganizationHit } from './organizations';
import { PeopleFinder, type PersonMention } from './people';
import { findQuotes, type RawQuote, type UnbalancedMark } from './quotes';
import { RangeSet } from './ranges';
import { sameShapeMap } from './sameShapeMap';
import { analyzeStructure, type Structure } from './structure';
import type { Block } from './types';

export interface ArticleFacts {
  structure: Structure;
  /** The normalized ranges of the title, headings and paragraphs. */
  contentRanges: { start: number; end: number }[];
  raw: RawQuote[];
  unbalanced: UnbalancedMark[];
  orgHits: OrganizationHit[];
  /** Where the top-level quotes are (normalized offsets). */
  inQuote: RangeSet;
  people: PeopleFinder;
  mentions: PersonMention[];
  cues: CueIndex;
  /** Where the sentence of each quote starts (normalized offset): the governors and the attribution read the same. */
  sentenceStarts: Int32Array;
  /** The cue governing each quote, if any. */
  governors: (Governor | null)[];
  /** The content block before a block (a carry-over reads the paragraph above). */
  previousBlock: (b: Block) => Block | null;
}

export function readArticleFacts(doc: ArticleDocument): ArticleFacts {
  const structure = analyzeStructure(doc);
  const content = structure.blocks.filter((b) => b.kind === 'title' || b.kind === 'heading' || b.kind === 'paragraph');
  const contentRanges = sameShapeMap(content, (b) => ({ start: doc.lines[b.line].normStart, end: doc.lines[b.line].normEnd }));

  const { quotes: raw, unbalanced } = findQuotes(doc, structure.blocks);
  const orgHits = findOrganizationHits(doc, structure.blocks);
  // Facts computed once and read by the kinds and the attribution: what is quoted, the
  // people and organizations, every cue, and which cue governs each quote.
  const inQuote = new RangeSet();
  for (const q of raw) if (q.parent === null) inQuote.add(q.open, q.close + 1);
  // Maps filled by loops, not from `xs.map(…)`: optimized code makes a mapped array in
  // place only up to 16,375 items and throws itself away past that (a 10 MB article's hits,
  // mentions and blocks), every time (docs/performance-log.md, session 19).
  const orgByToken = new Map<number, OrganizationHit>();
  for (let i = 0; i < orgHits.length; i++) orgByToken.set(orgHits[i].first, orgHits[i]);
  const people = new PeopleFinder(doc, inQuote, (i) => orgByToken.get(i) ?? null);
  const mentions = people.find(contentRanges);
  const mentionStarts = new Set<number>();
  for (let i = 0; i < mentions.length; i++) mentionStarts.add(mentions[i].first);
  const cueFinder = new CueFinder(
    doc,
    inQuote,
    (j) => mentionStarts.has(j) || people.nameAt(j, false) !== null || people.titleAt(j) !== null,
    (j) => orgByToken.has(j) || doc.knowledge.countryNameIndex.match(doc.tokens, j, false) !== null,
  );
  const cues = new CueIndex(doc, cueFinder, contentRanges);
  const blockIndex = new Map<Block, number>();
  for (let i = 0; i < content.length; i++) blockIndex.set(content[i], i);
  const previousBlock = (b: Block): Block | null => {
    const k = blockIndex.get(b) ?? -1;
    return k > 0 ? content[k - 1] : null;
  };
  const sentenceStarts = quoteSentenceStarts(doc, raw, inQuote);
  const governors = findGovernors(doc, raw, cues, sentenceStarts, previousBlock);
  return { structure, contentRanges, raw, unbalanced, orgHits, inQuote, people, mentions, cues, sentenceStarts, governors, previousBlock };
}
