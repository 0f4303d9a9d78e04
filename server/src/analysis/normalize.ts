// Normalization for matching, with a map back to the original text.
//
// Arabic text is matched on a normalized copy: diacritics and tatweel removed, alef
// forms, ى/ي, ة/ه, ؤ/و and ئ/ي unified, Arabic-Indic digits read as Western digits,
// NO-BREAK SPACE read as a space, bidi marks as a space between words and nothing inside
// one, invisible format characters dropped, CRLF and lone CR read as LF, a BOM
// dropped, Latin letters lower-cased. Every position in the normalized text maps back
// to the original, so a match found on the normalized text reports exact original
// offsets. The map is sparse: it stores only the points where the shift between the
// two texts changes, so a 50 MB article costs no 200 MB offset array.

import { REMOVE, replacementAt } from '../shared/matchText';
import { isWordCode } from './tokens';
import { hashStep } from './wordTable';
import type { Span } from './types';
import { workMeter } from './workMeter';

export { normalizeForMatch, withoutInvisibles } from '../shared/matchText';

/** Node's Buffer when there is one: it decodes UTF-16 natively and keeps lone surrogates as they are. */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'utf16le'): string } } }).Buffer;

/**
 * One buffer for the normalized code units, reused by every analysis: it is decoded into
 * a string before NormalizedText.of returns, and a new one per short article was 2% of its
 * analysis. Grown as needed; a buffer above 1 MB is not kept.
 */
let sharedUnits = new Uint16Array(4096);

function unitsBuffer(length: number): Uint16Array {
  if (length <= sharedUnits.length) return sharedUnits;
  const units = new Uint16Array(length);
  if (length <= 1 << 20) sharedUnits = units;
  return units;
}

/** The first `length` code units as a string. */
function decodeUnits(units: Uint16Array, length: number): string {
  if (NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192))));
  return parts.join('');
}

export class NormalizedText {
  /** Shift points: from normalized index points[i] on, original = normalized + shifts[i]. */
  private constructor(
    readonly original: string,
    readonly norm: string,
    private readonly points: Int32Array,
    private readonly shifts: Int32Array,
  ) {}

  static of(original: string): NormalizedText {
    return normalizeText(original, null);
  }

  /**
   * The normalized text and its words, found in the same pass over the characters
   * (tokens.ts reads them into Tokens): no second walk over every character, which cost
   * about as much as the normalization itself.
   */
  static withWords(original: string): { nt: NormalizedText; words: WordBounds } {
    const scratch = wordScratchFor(original.length);
    const words: WordBounds = { starts: scratch.starts, ends: scratch.ends, hashes: scratch.hashes, count: 0, units: sharedUnits, own: false };
    const nt = normalizeText(original, words);
    words.own = words.starts.length > MAX_WORD_SCRATCH;
    if (!words.own) wordScratch = { starts: words.starts, ends: words.ends, hashes: words.hashes };
    return { nt, words };
  }

  /** @internal */
  static make(original: string, norm: string, points: Int32Array, shifts: Int32Array): NormalizedText {
    return new NormalizedText(original, norm, points, shifts);
  }

  /**
   * The shift point the last lookup found: most lookups (six in seven on the 1 MB bench
   * article, 50,000 an analysis) fall between the same two points as the one before, and
   * need no binary search over the points.
   */
  private lastPoint = 0;

  /** Original offset of the normalized position `i` (0 ≤ i ≤ norm.length). */
  toOriginal(i: number): number {
    const pts = this.points;
    const last = this.lastPoint;
    if (pts[last] <= i && (last + 1 === pts.length || pts[last + 1] > i)) return i + this.shifts[last];
    let lo = 0;
    let hi = pts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    this.lastPoint = lo;
    return i + this.shifts[lo];
  }

  /**
   * The original range of the normalized range [start, end). The start is the first
   * kept character; the end runs up to the next kept character, so diacritics and
   * tatweel written after the last matched letter belong to the match (after any other
   * last character, the range ends right after it). An empty range is placed as an end
   * is, so an empty quote's content stays right after its opening mark.
   */
  span(start: number, end: number): Span {
    // One call of endAt and one of toOriginal, each written once: span() is inlined into
    // most passes, and each call site written here was a copy of the binary search in
    // what V8 compiles of them (docs/performance-log.md, session 18).
    const empty = end <= start;
    const e = this.endAt(empty ? start : end);
    if (empty) return { start: e, end: e };
    const s = this.toOriginal(start);
    return { start: s, end: Math.max(s, e) };
  }

  /** The original offset where a range ending at normalized `end` ends. */
  private endAt(end: number): number {
    if (end <= 0) return 0;
    // Only a letter carries what was removed after it: a range ending at a quote mark or a
    // full stop ends right after it, not after a tatweel that starts the next word.
    const afterLetter = isWordCode(this.norm.charCodeAt(end - 1));
    if (afterLetter && end >= this.norm.length) return this.trimRemoved(this.original.length);
    const e = this.toOriginal(afterLetter ? end : end - 1);
    return afterLetter ? this.trimRemoved(e) : e + 1;
  }

  /** `e` moved back over a removed CR before LF or a BOM, which are not part of a match. */
  private trimRemoved(e: number): number {
    while (this.removedJustBefore(e)) e--;
    return e;
  }

  /** Whether the original character before `i` is a removed CR (of a CRLF) or a BOM. */
  private removedJustBefore(i: number): boolean {
    const c = this.original.charCodeAt(i - 1);
    return c === 0xfeff || (c === 0x0d && this.original.charCodeAt(i) === 0x0a);
  }
}

/**
 * The words of a normalized text as the tokenizer reads them (runs of word characters of
 * the normalized text), with each word's hashStep hash: the arrays may be longer than
 * `count` and are shared scratch space, valid until the next text is read.
 */
export interface WordBounds {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  count: number;
  /** The normalized text's code units (shared scratch too): the word table compares words here, not through the string. */
  units: Uint16Array;
  /** Whether the arrays are this text's own, too long to be kept as scratch: Tokens may keep them instead of a copy. */
  own: boolean;
}

let wordScratch: { starts: Int32Array; ends: Int32Array; hashes: Int32Array } = { starts: new Int32Array(4096), ends: new Int32Array(4096), hashes: new Int32Array(4096) };
const MAX_WORD_SCRATCH = 1 << 18;

/**
 * The scratch arrays, long enough for a text's words when they average five characters
 * with their space or more, as press Arabic's do: grown before the pass, not in it, where
 * the first growth was a call the optimized loop had never seen and threw the loop's code
 * away on a long article (docs/performance-log.md, session 17). Other texts still grow them.
 * A text with more words than the scratch keeps gets arrays of that size at once, not
 * doublings copied in the pass (10 MB of Arabic: 18 MB allocated and copied, 3 MB kept).
 */
function wordScratchFor(length: number): { starts: Int32Array; ends: Int32Array; hashes: Int32Array } {
  const expected = Math.ceil(length / 5);
  if (expected > MAX_WORD_SCRATCH) return { starts: new Int32Array(expected), ends: new Int32Array(expected), hashes: new Int32Array(expected) };
  let size = wordScratch.starts.length;
  if (size >= expected) return wordScratch;
  while (size < expected) size *= 2;
  return { starts: new Int32Array(size), ends: new Int32Array(size), hashes: new Int32Array(size) };
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function normalizeText(original: string, words: WordBounds | null): NormalizedText {
  // The normalized copy is written as UTF-16 code units into one buffer and decoded
  // once: no string per replaced character.
  const n = original.length;
  const units = unitsBuffer(n);
  if (words !== null) words.units = units;
  const points: number[] = [0];
  const shifts: number[] = [0];
  let normLength = 0;
  let shift = 0;
  // The word being read (words only): where it starts in the normalized text (-1: none) and its hash.
  let wordStart = -1;
  let hash = 0;
  workMeter.steps += n;
  for (let i = 0; i < n; i++) {
    const r = replacementAt(original, i);
    if (r !== REMOVE) {
      if (words !== null) {
        if (isWordCode(r)) {
          if (wordStart < 0) {
            wordStart = normLength;
            hash = 0;
          }
          hash = hashStep(hash, r);
        } else if (wordStart >= 0) {
          addWord(words, wordStart, normLength, hash);
          wordStart = -1;
        }
      }
      units[normLength++] = r;
      continue;
    }
    shift++;
    if (points[points.length - 1] === normLength) shifts[shifts.length - 1] = shift;
    else {
      points.push(normLength);
      shifts.push(shift);
    }
  }
  if (words !== null && wordStart >= 0) addWord(words, wordStart, normLength, hash);
  const norm = decodeUnits(units, normLength);
  // new Int32Array(array), not Int32Array.from: .from walks the array's iterator (a third of this function's time).
  return NormalizedText.make(original, norm, new Int32Array(points), new Int32Array(shifts));
}

function addWord(words: WordBounds, start: number, end: number, hash: number): void {
  const k = words.count;
  if (k === words.starts.length) {
    words.starts = growInt32(words.starts);
    words.ends = growInt32(words.ends);
    words.hashes = growInt32(words.hashes);
  }
  words.starts[k] = start;
  words.ends[k] = end;
  words.hashes[k] = hash;
  words.count = k + 1;
}

/**
 * A lighter normalization that keeps hamza forms: diacritics and tatweel removed only.
 * Used where أمام (in front of) and إمام (a name) must stay apart.
 */
export function lightNormalize(word: string): string {
  return word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
}

/** Whether lightNormalize removes this UTF-16 code (a diacritic or tatweel): for readers that compare without making the string. */
export function lightlyRemoved(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}
