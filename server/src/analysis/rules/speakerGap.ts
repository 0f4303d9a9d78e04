// Why a statement has no speaker, as the two rules about it tell the reader: words that
// nothing in the article attributes (unattributed-quote, a warning on the article), or words
// whose speaker the article gives but the review could not tell (unresolved-speaker, a note):
// a cue attributes them (وتقول: "…"، "…" وفقا للمصادر), or a speaker or an organization the
// review found is named in their paragraph or the one before it, whom a reader may take as
// the speaker, or the article quotes the same words again as someone's (a pull quote set
// between paragraphs, a teaser: "كل الأمور على ما يرام" ¶ … وقالت يوليا "كل الأمور على ما يرام. …").

import { PARAGRAPH_VERB_REASON } from '../attribution/reasons';
import { PLACEHOLDER_REASON } from '../placeholder';
import { normalizeForMatch } from '../normalize';
import type { Analysis, Quote } from '../types';
import { workMeter } from '../workMeter';

export type SpeakerGap = { kind: 'absent' } | { kind: 'cue'; cue: string } | { kind: 'nearby'; named: string } | { kind: 'headline' } | { kind: 'repeated'; named: string };

/** What the gap reads of an analysis (the hover passes a reviewed report). */
type Named = Pick<Analysis, 'blocks' | 'speakers' | 'organizations' | 'quotes'>;
type Mention = { start: number; end: number; text: string };

/** Blocks that can name a speaker for the next paragraph's words (not page chrome or a source line). */
const READ_BLOCKS = new Set(['title', 'dateline', 'heading', 'paragraph']);

/** Blocks whose quoted words the article's body attributes, not the block itself. */
const HEADLINE_BLOCKS = new Set(['title', 'heading']);

/** The gap of a statement with no speaker (null for any other quote). */
export function speakerGap(a: Named, q: Quote): SpeakerGap | null {
  if (q.kind !== 'statement' || q.speakerId !== null) return null;
  // The unfilled placeholder (وقال [المتحدث]:) asks for a name: the article's own gap.
  if (q.unattributedReason === PLACEHOLDER_REASON) return { kind: 'absent' };
  // A verb only the paragraph gives (تقول إيمان إنها … ¶ "…") says less than a speaker named there.
  const paragraphVerb = q.unattributedReason === PARAGRAPH_VERB_REASON;
  if (q.cue && !paragraphVerb) return { kind: 'cue', cue: q.cue.text };
  // وجددت مملكة البحرين "وقوفها …": the subject of the words' own sentence.
  if (q.namedInSentence) return { kind: 'nearby', named: q.namedInSentence };
  const named = namedNear(a, q.span);
  if (named) return { kind: 'nearby', named };
  if (q.cue) return { kind: 'cue', cue: q.cue.text };
  // A headline or heading quotes words whose speaker its article names in the text below
  // (سبع سنوات على الحرب في سوريا: "الغرب يرفض …"): the body, not the headline, attributes them.
  if (HEADLINE_BLOCKS.has(blockAt(a.blocks, q.span.start)?.kind ?? '')) return { kind: 'headline' };
  const repeated = repeatedAs(a, q);
  return repeated ? { kind: 'repeated', named: repeated } : { kind: 'absent' };
}

/**
 * What a gap tells the reader, in English and in Arabic: the message of the finding it raises
 * (unattributed-quote for an absent speaker, unresolved-speaker otherwise), which the quote's
 * hover card shows too.
 */
export function gapMessage(gap: SpeakerGap, q: Quote): { en: string; ar: string } {
  switch (gap.kind) {
    case 'absent':
      return {
        en: `Quoted statement with no speaker: ${q.unattributedReason ?? 'nothing in the text ties it to a person'}.`,
        ar: q.unattributedReason === PLACEHOLDER_REASON ? 'تصريح بين علامتي تنصيص لم يُكتب اسم قائله مكان [المتحدث].' : 'تصريح بين علامتي تنصيص لا يُعرف قائله.',
      };
    case 'cue':
      return {
        en: `The cue "${gap.cue}" attributes this statement, but the review could not tell to whom: ${q.unattributedReason ?? 'no speaker found'}.`,
        ar: `ينسب النص هذا التصريح («${gap.cue}») إلى قائل لم تتعرف عليه المراجعة.`,
      };
    case 'headline':
      return {
        en: 'A headline quotes these words: its article, not the headline, names who says them; check that it does.',
        ar: 'يقتبس العنوان هذا التصريح؛ يذكر متن المقال قائله لا العنوان: تحقق من ذلك.',
      };
    case 'nearby':
      return {
        en: `No cue ties this statement to a speaker; ${gap.named} is named just before it: check who says it.`,
        ar: `لا يربط النص هذا التصريح بقائل صراحة؛ ورد قبله ذكر ${gap.named}: تحقق ممن قاله.`,
      };
    case 'repeated':
      return {
        en: `No cue ties these words to a speaker here; the article quotes them again as ${gap.named}'s: check that they are.`,
        ar: `لا ينسب النص هذا الكلام هنا إلى قائل؛ ويورده مرة أخرى على لسان ${gap.named}: تحقق من ذلك.`,
      };
  }
}

/** How many opening words of a statement another statement must hold for it to quote the same words. */
const REPEATED_WORDS = 4;

/** The words of a quote's content, normalized for matching (diacritics, alef and ya forms). */
function matchWords(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

// Each run of REPEATED_WORDS words of the article's attributed statements, with its speaker's
// name, made once per analysis and only when a statement has no other gap: a search per
// statement, not a pass over every quote.
const repeats = new WeakMap<Named, Map<string, string>>();

/**
 * The speaker of another statement whose words hold this statement's opening words (a pull
 * quote, a teaser, the same words quoted twice), or null. A statement too short to be
 * told from common phrasing (fewer than REPEATED_WORDS words) repeats nothing.
 */
function repeatedAs(a: Named, q: Quote): string | null {
  const opening = matchWords(q.content.text).slice(0, REPEATED_WORDS);
  if (opening.length < REPEATED_WORDS) return null;
  let runs = repeats.get(a);
  if (!runs) {
    runs = new Map();
    const names = new Map(a.speakers.map((s) => [s.id, s.name]));
    for (const other of a.quotes) {
      const name = other.kind === 'statement' && other.speakerId !== null ? names.get(other.speakerId) : undefined;
      if (name === undefined) continue;
      const words = matchWords(other.content.text);
      workMeter.steps += 1 + words.length;
      for (let i = 0; i + REPEATED_WORDS <= words.length; i++) {
        const run = words.slice(i, i + REPEATED_WORDS).join(' ');
        if (!runs.has(run)) runs.set(run, name);
      }
    }
    repeats.set(a, runs);
  }
  return runs.get(opening.join(' ')) ?? null;
}

/** The article's speaker and organization mentions, each list in order of start (ties kept in the report's order). */
interface MentionIndex {
  speakers: Mention[];
  organizations: Mention[];
}

// Both rules and the hover ask for the gaps of one analysis: its mentions are sorted once, so
// an article with many statements costs a search each, not a pass over every mention.
const indexes = new WeakMap<Named, MentionIndex>();

function mentionIndex(a: Named): MentionIndex {
  let index = indexes.get(a);
  if (!index) {
    const byStart = (x: Mention, y: Mention): number => x.start - y.start;
    index = {
      speakers: a.speakers.flatMap((s) => s.mentions).sort(byStart),
      organizations: a.organizations.flatMap((o) => o.mentions).sort(byStart),
    };
    indexes.set(a, index);
  }
  return index;
}

/**
 * The last speaker mention outside the quote, from the block before the quote's to the end of
 * the quote's block; else the last organization mention there (an outlet or a platform named
 * as where words were read is a poorer guess than a speaker).
 */
function namedNear(a: Named, quote: Quote['span']): string | null {
  const { blocks } = a;
  const lo = blockIndexAt(blocks, quote.start);
  if (lo < 0) return null;
  let from = blocks[lo].start;
  for (let i = lo - 1; i >= 0; i--) {
    if (!READ_BLOCKS.has(blocks[i].kind)) continue;
    from = blocks[i].start;
    break;
  }
  const to = blocks[lo].end;
  const index = mentionIndex(a);
  return (lastWithin(index.speakers, from, to, quote) ?? lastWithin(index.organizations, from, to, quote))?.text ?? null;
}

/** The index of the last block starting at or before `at` (-1 when none does). */
function blockIndexAt(blocks: Named['blocks'], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return blocks.length && blocks[lo].start <= at ? lo : -1;
}

function blockAt(blocks: Named['blocks'], at: number): Named['blocks'][number] | null {
  const i = blockIndexAt(blocks, at);
  return i >= 0 ? blocks[i] : null;
}

/**
 * The mention with the greatest start in [from, to] that lies outside the quote; of several
 * with that start, the first in the report's order.
 */
function lastWithin(mentions: Mention[], from: number, to: number, quote: Quote['span']): Mention | null {
  // The first mention starting after `to`: every one before it starts at or before `to`.
  let lo = 0;
  let hi = mentions.length;
  workMeter.steps++; // the binary search, as one step
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start <= to) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = lo - 1; i >= 0; i--) {
    workMeter.steps++;
    const m = mentions[i];
    if (m.start < from || (best && m.start < best.start)) break;
    const outside = m.end <= quote.start || m.start >= quote.end;
    if (outside && m.end <= to) best = m;
  }
  return best;
}
