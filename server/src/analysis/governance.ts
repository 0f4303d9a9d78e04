// Which cue governs each quote: the speech verb, participle or "according to" frame of
// its sentence that introduces it (before the opening mark, in the lead-in paragraph
// that ends with a colon, or right after the closing mark), or a headline's `Name:`.
// Computed once per article from one list of cues; the quote kinds and the attribution
// both read it, so they cannot disagree about what introduces a quote.

import type { CueFinder, CueHit } from './cues';
import type { ArticleDocument } from './document';
import type { RawQuote } from './quotes';
import type { RangeSet } from './ranges';
import type { Block } from './types';
import { readsAsSpeech } from './kinds';
import { workMeter } from './workMeter';
import { sameShapeMap } from './sameShapeMap';
import { memoOf } from './wordMemo';
import type { Knowledge } from './knowledge';

/** The most words a quote that opens its sentence may have to be read as the subject of the verb right after it. */
const SUBJECT_QUOTE_WORDS = 3;
/** How many words a speaker's label before a colon opening a paragraph may have (وزير الخارجية الأردني: "…"). */
const LABEL_WORDS = 4;

export type GovernorSide = 'before' | 'lead-in' | 'after' | 'headline';

export interface Governor {
  side: GovernorSide;
  /** The cue (none for a headline colon). */
  cue: CueHit | null;
  /** Normalized offset where the quote's sentence (or lead-in) starts. */
  sentenceStart: number;
  /** Words between the cue and the quote (before) or the quote and the cue (after). */
  distance: number;
}

/** How many words before a quote are read for a clause opener that ends its cue's reach. */
const MAX_SCOPE_WORDS = 40;

/** How far back (characters) a quote's sentence is read for its cue. */
export const MAX_SENTENCE = 600;

/** Every cue of the article, found once, in text order, with a range query. */
export class CueIndex {
  readonly all: CueHit[] = [];
  /** Normalized offsets where each cue starts and ends, in one typed array each: the searches read no cue object. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    doc: ArticleDocument,
    readonly finder: CueFinder,
    ranges: { start: number; end: number }[],
  ) {
    const t = doc.tokens;
    // Appended in place: no list made per line and copied. The ranges come in text order:
    // their tokens are found walking on from the last range's, not by two searches each.
    let i = 0;
    for (const r of ranges) {
      i = t.stepTo(i, r.start);
      let to = i;
      while (to < t.count && t.ends[to] <= r.end) to++;
      finder.cuesOfTokens(i, to, r.end, this.all);
      i = to;
    }
    const n = this.all.length;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      this.starts[k] = t.starts[this.all[k].first];
      this.ends[k] = t.ends[this.all[k].end - 1];
    }
  }

  /**
   * The last of at most `reach` cues starting in [start, end) that `accept` takes, read back
   * from `end`: no list of the range made, so a statement late in a long paragraph costs a
   * search, not a pass over the paragraph's cues.
   */
  lastIn(start: number, end: number, reach: number, accept: (c: CueHit) => boolean): CueHit | null {
    const all = this.all;
    for (let k = this.firstFrom(end) - 1, n = 0; k >= 0 && n < reach && this.starts[k] >= start; k--, n++) {
      workMeter.steps++;
      if (this.ends[k] <= end && accept(all[k])) return all[k];
    }
    return null;
  }

  /**
   * The index in `all` of the last cue lying wholly inside the normalized range [start, end),
   * or -1: the cues of the range are those from firstFrom(start) up to it. Cues do not
   * overlap, so only the last one starting before `end` may end past it.
   */
  lastIndexIn(start: number, end: number): number {
    let k = this.firstFrom(end) - 1;
    if (k >= 0 && this.ends[k] > end) k--;
    workMeter.steps++;
    return k >= 0 && this.starts[k] >= start ? k : -1;
  }

  /** The cues lying wholly inside the normalized range [start, end). */
  between(start: number, end: number): CueHit[] {
    const all = this.all;
    const out: CueHit[] = [];
    for (let k = this.firstFrom(start); k < all.length && this.ends[k] <= end; k++) out.push(all[k]);
    workMeter.steps += 1 + out.length;
    return out;
  }

  /** The index of the first cue (in order of start) that starts at or after `offset`. */
  firstFrom(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether norm[i] ends a sentence: . ! ? ؟ followed by a space, a line break or the text's end. */
function endsSentenceAt(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x61f) return false;
  const next = norm.charCodeAt(i + 1);
  return i + 1 >= norm.length || next === 0x20 || next === 0x0a;
}

/**
 * Where the sentence holding each quote starts (quotes in order of opening mark): after the
 * last . ! ? ؟ followed by a space on the quote's line (for a top-level quote, not one inside
 * an earlier quote), at most MAX_SENTENCE characters back, so one huge line stays linear.
 * Computed once, for the governors and the attribution alike. A quote reads back only to
 * the quote before it on its line and takes that one's findings for what lies before, so
 * quotes sharing a long sentence do not each read it again.
 */
export function quoteSentenceStarts(doc: ArticleDocument, quotes: readonly RawQuote[], inQuote: RangeSet): Int32Array {
  const norm = doc.norm;
  const starts = new Int32Array(quotes.length);
  // The quote asked before: its line and opening mark, the last sentence end before that
  // mark and at or after its floor (or -1), and the last one outside the top-level quotes.
  let prevLine = -1;
  let prevOpen = -1;
  let lastAny = -1;
  let lastOutside = -1;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const floor = Math.max(doc.lines[q.block.line].normStart, q.open - MAX_SENTENCE);
    // Floors only rise along a line: what the quote before found at or above its floor holds here.
    const after = q.block.line === prevLine && prevOpen <= q.open && prevOpen >= floor;
    const stop = after ? prevOpen : floor;
    let any = -1;
    let outside = -1;
    for (let i = q.open - 1; i >= stop && outside < 0; i--) {
      workMeter.steps++;
      if (!endsSentenceAt(norm, i)) continue;
      if (any < 0) any = i;
      if (!inQuote.has(i)) outside = i;
    }
    if (after) {
      if (any < 0) any = lastAny;
      if (outside < 0) outside = lastOutside;
    }
    prevLine = q.block.line;
    prevOpen = q.open;
    lastAny = any;
    lastOutside = outside;
    // A period inside an earlier quote ends no sentence of a top-level quote.
    const last = q.parent === null ? outside : any;
    starts[qi] = last >= floor ? last + 1 : floor;
  }
  return starts;
}

/** The last sentence of the previous paragraph when it ends with a colon and the quote opens its own line. */
export function leadInFromPreviousBlock(doc: ArticleDocument, q: RawQuote, previous: Block | null): { start: number; end: number } | null {
  // The previous paragraph first: few end with a colon, and the quote's line is then not sliced.
  if (!previous || previous.kind !== 'paragraph') return null;
  const prevLine = doc.lines[previous.line];
  if (!prevLine.key.endsWith(':')) return null;
  const line = doc.lines[q.block.line];
  if (doc.norm.slice(line.normStart, q.open).trim() !== '') return null;
  const text = doc.norm.slice(prevLine.normStart, prevLine.normEnd);
  const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('؟ '), text.lastIndexOf('! '));
  return { start: prevLine.normStart + (cut >= 0 ? cut + 2 : 0), end: prevLine.normEnd };
}

/** Whether a clause-opening word (حيث، فيما، بينما) stands between token `from` and token `to` (the first at or after the quote). */
function breakerBetween(doc: ArticleDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  if (!doc.knowledge.lexicon.scopeBreakers) return false;
  const breaker = memoOf(doc.knowledge, 'scopeBreaker', isScopeBreaker);
  // Read at most MAX_SCOPE_WORDS back from the quote: deep nesting stays linear.
  for (let j = Math.max(from, to - MAX_SCOPE_WORDS); j < to; j++) if (breaker.at(t, j)) return true;
  return false;
}

/** Whether a word opens a clause that ends a cue's reach (memoOf's test). */
function isScopeBreaker(k: Knowledge, word: string): boolean {
  return k.lexicon.scopeBreakers?.has(word) ?? false;
}

/**
 * Whether a cue is the verb of a relative clause that only describes a noun (الاتفاق الذي أقر
 * في القمة "…"): a relative pronoun right before it, a preposition right after it, and no
 * إن/أن or colon of its own before the quote. The sentence's earlier cue then governs (ويقترح الاتفاق الذي أقر … "…");
 * والذي قال إنه "…" keeps its own.
 */
function describesANoun(doc: ArticleDocument, c: CueHit, q: RawQuote): boolean {
  const t = doc.tokens;
  const lx = doc.knowledge.lexicon;
  if (c.kind !== 'verb' || c.first === 0) return false;
  const m = doc.knowledge.morphology;
  const prev = t.text(c.first - 1);
  if (!lx.relativePronouns || !m.holds(lx.relativePronouns, prev)) return false;
  // With a subject or object after it (التي وصفها أردوغان بـ"…") the relative verb is the
  // quote's own; a preposition right after it (أقر في القمة) leaves it without one.
  if (c.end >= t.count || !lx.prepositions.has(t.text(c.end))) return false;
  if (doc.norm.slice(t.ends[c.end - 1], q.open).includes(':')) return false;
  for (let j = c.end; j < t.count && t.starts[j] < q.open; j++) {
    const w = t.text(j);
    if (m.holds(lx.complementizers, w)) return false;
  }
  return true;
}

/** The words between two normalized offsets, counted on the article's tokens. */
function wordsBetween(doc: ArticleDocument, from: number, to: number): number {
  const t = doc.tokens;
  return Math.max(0, t.indexAtOrAfter(to) - t.indexAtOrAfter(from));
}

/** A cue verb or "according to" right after the closing mark: "…"، قال X / "…" هكذا قالت X. */
export function cueAfter(doc: ArticleDocument, q: RawQuote, finder: CueFinder, sentenceStart: number): CueHit | null {
  if (!q.closed) return null;
  const t = doc.tokens;
  let j = t.indexAtOrAfter(q.close + 1);
  // On the quote's line: a token after the closing mark starts before the line's end.
  if (j >= t.count || t.starts[j] >= doc.lines[q.block.line].normEnd) return null;
  const gap = doc.norm.slice(q.close + 1, t.starts[j]);
  // "…".. بهذه الكلمات تحدث X، "…". هكذا قالت X: words pointing back at the quote carry
  // its cue past the end of its sentence; without them a period ends the quote's reach.
  const filler = fillerWordsAt(doc, j);
  if (!/^[\s،,-]*$/u.test(gap) && !(filler > 0 && /^[\s.…،,-]*$/u.test(gap))) return null;
  j += filler;
  const c = accordingToWhat(doc, finder, j) ?? finder.cueAt(j);
  if (!c || !(c.kind === 'verb' || c.kind === 'according' || c.kind === 'self')) return null;
  // "X" ذكر أن …: a verb that opens its own clause introduces what follows, not the quote.
  if (!/[،,-]/u.test(gap) && c.end < t.count && doc.knowledge.lexicon.complementizers.has(t.text(c.end))) return null;
  // "الصحة" تعلن …، "النواب المصري" يقر …: in a headline, a short quote that opens its
  // sentence and runs into the verb with no comma is the verb's subject, a name, unless it
  // reads as speech.
  const headline = q.block.kind === 'title' || q.block.kind === 'heading';
  if (headline && !/[،,-]/u.test(gap) && /^\s*$/u.test(doc.norm.slice(sentenceStart, q.open)) && wordsBetween(doc, q.open, q.close) <= SUBJECT_QUOTE_WORDS && !readsAsSpeech(doc, q)) return null;
  return c;
}

/** How many words of an after-quote filler (lexicon.afterQuoteFillers: هكذا، بهذه الكلمات) start at token j. */
export function fillerWordsAt(doc: ArticleDocument, j: number): number {
  const t = doc.tokens;
  const fillers = doc.knowledge.lexicon.afterQuoteFillers;
  if (!fillers || j >= t.count) return 0;
  if (j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) && fillers.has(`${t.text(j)} ${t.text(j + 1)}`)) return 2;
  return fillers.has(t.text(j)) ? 1 : 0;
}

/**
 * "…"، وفق ما أعلنت الرئاسة / حسبما أفادت الوزارة: "according to what" (an "according to"
 * and a relative ما, or an "as" relative) and a speech verb: the verb is the quote's cue, its
 * subject the source. Not a verb of content (حسبما جاء في البيان only says where it was read).
 */
function accordingToWhat(doc: ArticleDocument, finder: CueFinder, j: number): CueHit | null {
  const t = doc.tokens;
  const lx = doc.knowledge.lexicon;
  if (j + 1 >= t.count) return null;
  let v = j;
  if (lx.asRelatives?.has(t.text(j))) {
    v = j + 1;
    // Right after the quote (no period between: cueAfter), كما is "as" (…" كما تقول هابي) when
    // its verb is followed by its subject or ends the clause; before a complement (كما دعاه إلى،
    // كما طالبوا بـ، كما أعلن أن) it is the "also" that opens a clause of its own.
    if (lx.clauseOpeners.has(t.text(j)) && !endsOrSubjectAfter(doc, v + 1)) return null;
  } else {
    const according = finder.cueAt(j);
    if (!according || according.kind !== 'according' || according.end >= t.count || !lx.whatRelatives?.has(t.text(according.end))) return null;
    v = according.end + 1;
  }
  const c = finder.cueAt(v);
  if (!c || c.kind !== 'verb' || doc.knowledge.morphology.holds(lx.contentVerbs, t.text(c.first))) return null;
  return c;
}

/** Whether token j ends its clause (a break or the text's end before it) or can open a subject (no preposition, إن/أن, or ل/ب written on it). */
function endsOrSubjectAfter(doc: ArticleDocument, j: number): boolean {
  const t = doc.tokens;
  if (j >= t.count || !t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return true;
  const w = t.text(j);
  const lx = doc.knowledge.lexicon;
  // A lone ب/ل (بـ"…") or one written on a word (بإسقاط، للحكومة) opens a complement; لنا، له (to us, to him) an addressee.
  return !(lx.prepositions.has(w) || lx.complementizers.has(w) || (/^[لب]/u.test(w) && (w.length === 1 || w.length > 3)));
}

/** Whether a cue's very next word says its source goes unnamed (ذكر اسمه، طلب عدم …): then it is no speech act. */
function unnaming(doc: ArticleDocument, c: CueHit): boolean {
  const t = doc.tokens;
  return c.end < t.count && t.onlySpaceBetween(t.ends[c.end - 1], t.starts[c.end]) && !!doc.knowledge.lexicon.anonymityMarkers?.has(t.text(c.end));
}

/** The first colon of each line, looked up once per line (every quote of a long headline asks). */
export class LineColons {
  private readonly cache = new Map<number, number>();
  constructor(private readonly doc: ArticleDocument) {}

  /** Normalized offset of the first colon on the line, or -1. */
  of(lineIndex: number): number {
    let at = this.cache.get(lineIndex);
    if (at === undefined) {
      const line = this.doc.lines[lineIndex];
      const found = this.doc.norm.indexOf(':', line.normStart);
      at = found >= 0 && found < line.normEnd ? found : -1;
      this.cache.set(lineIndex, at);
    }
    return at;
  }
}

/**
 * `X: … "…"` in a title or heading line: a colon before the quote on its line. In a
 * paragraph, only a speaker's label (جهاد: "…"، وزير الخارجية الأردني: "…"، الخاطر: "…" in an
 * interview): a line that opens with at most LABEL_WORDS words and a colon, the quote right after it.
 */
function headlineColon(doc: ArticleDocument, q: RawQuote, colons: LineColons): number {
  const colon = colons.of(q.block.line);
  if (colon <= 0 || colon >= q.open) return -1;
  if (q.block.kind === 'title' || q.block.kind === 'heading') return colon;
  if (q.block.kind !== 'paragraph' || doc.norm.slice(colon + 1, q.open).trim() !== '') return -1;
  const lineStart = doc.lines[q.block.line].normStart;
  return wordsBetween(doc, lineStart, colon) <= LABEL_WORDS ? colon : -1;
}

/**
 * The governor of every quote. Nested quotes are governed like any other quote, by the
 * cues of their own sentence (a cue inside the enclosing quote's words is ignored: the
 * cue finder skips quoted text).
 */
export function findGovernors(
  doc: ArticleDocument,
  quotes: RawQuote[],
  cues: CueIndex,
  sentenceStarts: Int32Array,
  previousBlock: (b: Block) => Block | null,
): (Governor | null)[] {
  const colons = new LineColons(doc);
  // The block before the quote's, asked once per block (quotes come block by block).
  let block: Block | null = null;
  let blockBefore: Block | null = null;
  return sameShapeMap(quotes, (q, qi): Governor | null => {
    const start = sentenceStarts[qi];
    // The last two cues of the sentence before the quote, read back from it: no list of them made.
    // لم يذكر اسمه، طلب عدم الكشف: a verb whose object says the source goes unnamed speaks nothing.
    const all = cues.all;
    const lo = cues.firstFrom(start);
    let k = cues.lastIndexIn(start, q.open);
    while (k >= lo && unnaming(doc, all[k])) k--;
    if (k >= lo) {
      let previous = k - 1;
      while (previous >= lo && unnaming(doc, all[previous])) previous--;
      workMeter.steps += 1 + k - previous;
      const c = previous >= lo && describesANoun(doc, all[k], q) ? all[previous] : all[k];
      // A new clause between the cue and the quote (… حيث تحاول …) ends the cue's reach,
      // but not an "according to" frame's: it covers its whole sentence (وبحسب ماكرون، فإن
      // تدخله حين "…"). يمكن وصفه بـ"…" (it can be described as) is the writer's word.
      const modal = c.first > 0 && doc.knowledge.lexicon.modalsBeforeCue?.has(doc.tokens.text(c.first - 1));
      if (!modal) {
        // The first token at or after the quote; the cue's words end where token c.end is the first after them.
        const to = doc.tokens.indexAtOrAfter(q.open);
        if (c.kind === 'according' || !breakerBetween(doc, c.end, to)) return { side: 'before', cue: c, sentenceStart: start, distance: Math.max(0, to - c.end) };
      }
    }
    if (q.block !== block) {
      block = q.block;
      blockBefore = previousBlock(block);
    }
    const lead = leadInFromPreviousBlock(doc, q, blockBefore);
    if (lead) {
      const last = cues.lastIndexIn(lead.start, lead.end);
      if (last >= 0) return { side: 'lead-in', cue: cues.all[last], sentenceStart: lead.start, distance: 0 };
    }
    const colon = headlineColon(doc, q, colons);
    if (colon >= 0) return { side: 'headline', cue: null, sentenceStart: start, distance: wordsBetween(doc, colon, q.open) };
    const after = cueAfter(doc, q, cues.finder, start);
    if (after) return { side: 'after', cue: after, sentenceStart: start, distance: 0 };
    return null;
  });
}
