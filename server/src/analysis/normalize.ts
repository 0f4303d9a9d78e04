// Normalization for matching, with a map back to the original text.
//
// Arabic text is matched on a normalized copy: diacritics and tatweel removed, alef
// forms, ى/ي, ة/ه, ؤ/و and ئ/ي unified, Arabic-Indic digits read as Western digits,
// NO-BREAK SPACE read as a space, bidi marks as a space between words and nothing
// inside one, invisible format characters (word joiner, variation selectors…) dropped, CRLF and lone CR read as LF, a BOM
// dropped, Latin letters lower-cased. Every position in the normalized text maps back
// to the original, so a match found on the normalized text reports exact original
// offsets. The map is sparse: it stores only the points where the shift between the
// two texts changes, so a 50 MB article costs no 200 MB offset array.

import { isWordCode } from './tokens';
import type { Span } from './types';

const REMOVE = -1;
/** A bidi mark: removed between two letters of a word (it would split the word), a space elsewhere. */
const SPACE_UNLESS_IN_WORD = -2;

/** Per-UTF-16-unit replacement: REMOVE, a replacement code, or the code itself. */
const TABLE: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  const remove = (from: number, to = from): void => {
    for (let c = from; c <= to; c++) t[c] = REMOVE;
  };
  const map = (chars: string, to: string): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  remove(0x064b, 0x065f); // harakat, shadda, sukun, hamza above/below, madda
  remove(0x0670); // superscript alef
  remove(0x0610, 0x061a); // Quranic marks
  remove(0x06d6, 0x06dc);
  remove(0x06df, 0x06e8);
  remove(0x06ea, 0x06ed);
  remove(0x0640); // tatweel
  remove(0xfeff); // BOM / zero-width no-break space
  remove(0x200b, 0x200d); // zero-width space, ZWNJ, ZWJ
  remove(0x00ad); // soft hyphen
  map('أإآٱ', 'ا');
  map('ى', 'ي');
  map('ة', 'ه');
  map('ؤ', 'و');
  map('ئ', 'ي');
  map('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\u000b\u000c', ' ');
  // Bidi marks: a space between words, nothing inside one (سيرغي لاف<RLO>روف is one name).
  for (const ch of '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069') t[ch.charCodeAt(0)] = SPACE_UNLESS_IN_WORD;
  // Invisible format and filler characters that never separate words: word joiner and
  // invisible operators, combining grapheme joiner, variation selectors, Hangul fillers,
  // Mongolian vowel separator, Khmer inherent vowels, deprecated format controls.
  remove(0x2060, 0x2064);
  remove(0x206a, 0x206f);
  remove(0x034f);
  remove(0xfe00, 0xfe0f);
  remove(0x3164);
  remove(0xffa0);
  remove(0x115f, 0x1160);
  remove(0x180e);
  remove(0x17b4, 0x17b5);
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d; // Arabic-Indic
    t[0x06f0 + d] = 0x30 + d; // Extended Arabic-Indic (Persian)
  }
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20; // Latin A-Z
  return t;
}

/** What normalization makes of the character at i: REMOVE, a replacement, or its own code (a CR of a CRLF goes, a lone CR is a LF). */
function replacementAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? REMOVE : 0x0a;
  const r = TABLE[c];
  if (r !== SPACE_UNLESS_IN_WORD) return r;
  return inWord(text.charCodeAt(i - 1)) && inWord(text.charCodeAt(i + 1)) ? REMOVE : 0x20;
}

/** Whether a neighbour of a bidi mark belongs to a word: a letter or digit, a removed mark (a diacritic), or another bidi mark. */
function inWord(c: number): boolean {
  return c === c && (isWordCode(c) || TABLE[c] === REMOVE || TABLE[c] === SPACE_UNLESS_IN_WORD);
}

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

/** Normalizes one character or short string for lexicon matching (no offset map). */
export function normalizeForMatch(text: string): string {
  // Lexicon words by the thousand when knowledge is built: no offset map needed.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const r = replacementAt(text, i);
    if (r === text.charCodeAt(i)) continue;
    out += text.slice(runStart, i);
    if (r !== REMOVE) out += String.fromCharCode(r);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
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
    // The normalized copy is written as UTF-16 code units into one buffer and decoded
    // once: no string per replaced character.
    const n = original.length;
    const units = unitsBuffer(n);
    const points: number[] = [0];
    const shifts: number[] = [0];
    let normLength = 0;
    let shift = 0;
    for (let i = 0; i < n; i++) {
      const r = replacementAt(original, i);
      if (r !== REMOVE) {
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
    const norm = decodeUnits(units, normLength);
    return new NormalizedText(original, norm, Int32Array.from(points), Int32Array.from(shifts));
  }

  /** Original offset of the normalized position `i` (0 ≤ i ≤ norm.length). */
  toOriginal(i: number): number {
    const pts = this.points;
    let lo = 0;
    let hi = pts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
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
    if (end <= start) {
      const p = this.endAt(start);
      return { start: p, end: p };
    }
    const s = this.toOriginal(start);
    return { start: s, end: Math.max(s, this.endAt(end)) };
  }

  /** The original offset where a range ending at normalized `end` ends. */
  private endAt(end: number): number {
    if (end <= 0) return 0;
    // Only a letter carries what was removed after it: a range ending at a quote mark or a
    // full stop ends right after it, not after a tatweel that starts the next word.
    if (!isWordCode(this.norm.charCodeAt(end - 1))) return this.toOriginal(end - 1) + 1;
    let e = end >= this.norm.length ? this.original.length : this.toOriginal(end);
    // A removed CR before LF or a BOM is not part of the match.
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
 * A lighter normalization that keeps hamza forms: diacritics and tatweel removed only.
 * Used where أمام (in front of) and إمام (a name) must stay apart.
 */
export function lightNormalize(word: string): string {
  return word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
}
