// Word tokens of a normalized text, kept as offset arrays (no object per word) so that a
// multi-megabyte article tokenizes without garbage. Offsets are normalized ones. Each
// token also carries its word's process-wide id (wordTable.ts).

import { hashStep, wordTable } from './wordTable';
import { workMeter } from './workMeter';
import type { WordBounds } from './normalize';

import { isWordCode } from '../shared/matchText';

export { isWordCode };

/** Scratch arrays the tokenizer reads into, shared by every text (grown as needed; above MAX_SCRATCH tokens not kept). */
let scratch: { starts: Int32Array; ends: Int32Array; ids: Int32Array } = { starts: new Int32Array(4096), ends: new Int32Array(4096), ids: new Int32Array(4096) };
const MAX_SCRATCH = 1 << 18;

/**
 * Each word's process-wide id into ids[k], which may be words.hashes itself (each hash is
 * read before its id is written). A function of its own so that a long article's on-stack
 * compile of this loop ends with it: code after the loop, run for the first time, threw
 * that compile away (docs/performance-log.md, session 14).
 */
function fillIds(ids: Int32Array, norm: string, words: WordBounds): void {
  const n = words.count;
  for (let k = 0; k < n; k++) ids[k] = wordTable.idOfUnits(words.units, words.starts[k], words.ends[k], words.hashes[k], norm);
}

export class Tokens {
  private constructor(
    readonly norm: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly count: number,
    /** The process-wide word id of each token (equal words share one). */
    private readonly ids: Int32Array,
    /** The word table's words when these tokens were read (it may have started over since). */
    private readonly words: readonly string[],
    /** The word table's generation when these tokens were read. */
    readonly generation: number,
  ) {}

  static of(norm: string, from = 0, to = norm.length): Tokens {
    wordTable.trim();
    // Read into the shared scratch arrays, then copied into one exact-size buffer: one
    // typed array per article instead of three (each a separate off-heap store, with
    // doublings on the way), a tenth of the tokenizer's time on short articles.
    let starts = scratch.starts;
    let ends = scratch.ends;
    let ids = scratch.ids;
    let n = 0;
    let i = from;
    workMeter.steps += to - from;
    while (i < to) {
      while (i < to && !isWordCode(norm.charCodeAt(i))) i++;
      if (i >= to) break;
      const s = i;
      let hash = 0;
      for (let c = norm.charCodeAt(i); i < to && isWordCode(c); c = norm.charCodeAt(++i)) hash = hashStep(hash, c);
      if (n === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
        ids = grow(ids);
        if (starts.length <= MAX_SCRATCH) scratch = { starts, ends, ids };
      }
      starts[n] = s;
      ends[n] = i;
      ids[n] = wordTable.idOf(norm, s, i, hash);
      n++;
    }
    const all = new Int32Array(3 * n);
    for (let k = 0; k < n; k++) {
      all[k] = starts[k];
      all[n + k] = ends[k];
      all[2 * n + k] = ids[k];
    }
    return new Tokens(norm, all.subarray(0, n), all.subarray(n, 2 * n), n, all.subarray(2 * n, 3 * n), wordTable.words, wordTable.generation);
  }

  /**
   * The tokens of words already found with their hashes (NormalizedText.withWords), in one
   * exact-size buffer; or, for a text too long for the shared scratch, in the arrays the
   * words were read into (the ids over the hashes): no second copy of a long text's words.
   */
  static fromWords(norm: string, words: WordBounds): Tokens {
    wordTable.trim();
    const n = words.count;
    workMeter.steps += norm.length;
    if (words.own) {
      fillIds(words.hashes, norm, words);
      return new Tokens(norm, words.starts.subarray(0, n), words.ends.subarray(0, n), n, words.hashes.subarray(0, n), wordTable.words, wordTable.generation);
    }
    const all = new Int32Array(3 * n);
    all.set(words.starts.subarray(0, n));
    all.set(words.ends.subarray(0, n), n);
    const ids = all.subarray(2 * n, 3 * n);
    fillIds(ids, norm, words);
    return new Tokens(norm, all.subarray(0, n), all.subarray(n, 2 * n), n, ids, wordTable.words, wordTable.generation);
  }

  text(i: number): string {
    workMeter.steps++;
    return this.words[this.ids[i]];
  }

  /** The process-wide id of token i's word, of this object's generation (see wordMemo.ts). */
  wordId(i: number): number {
    return this.ids[i];
  }

  /** Index of the first token that starts at or after `offset`. */
  indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * indexAtOrAfter(offset), found from `from`, an earlier answer of a pass that asks in text
   * order (the cue index, the organization and people scans, the quote kinds): the few
   * tokens between are walked, forward or back, where a binary search mispredicts a branch
   * at every step; an offset further than MAX_CHARS_STEPPED from there is searched.
   */
  stepTo(from: number, offset: number): number {
    const starts = this.starts;
    let i = from < this.count ? from : this.count;
    const before = i;
    if (i > 0 && starts[i - 1] >= offset) {
      if (starts[i - 1] - offset > MAX_CHARS_STEPPED) return this.indexAtOrAfter(offset);
      while (i > 0 && starts[i - 1] >= offset) i--;
      workMeter.steps += before - i;
      return i;
    }
    if (i < this.count && offset - starts[i] > MAX_CHARS_STEPPED) return this.indexAtOrAfter(offset);
    while (i < this.count && starts[i] < offset) i++;
    workMeter.steps += i - before;
    return i;
  }

  /** Index of the last token that ends at or before `offset`, or -1. */
  indexBefore(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether one comma (، or ,) and white space only lie between two normalized offsets: an apposition's or a list's break. */
  commaBetween(a: number, b: number): boolean {
    return ONLY_COMMA.test(this.norm.slice(a, b));
  }

  /** Whether only spaces (no letters, no punctuation) lie between two normalized offsets. */
  onlySpaceBetween(a: number, b: number): boolean {
    workMeter.steps += b - a;
    for (let i = a; i < b; i++) if (this.norm.charCodeAt(i) !== 0x20) return false;
    return true;
  }

  /** Whether a bracket stands between two normalized offsets: the words of one name never have one between them (إيفان (37 عاما)). */
  bracketBetween(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      const c = this.norm.charCodeAt(i);
      if (c === OPEN_BRACKET || c === CLOSE_BRACKET) return true;
    }
    return false;
  }

  /** Whether one hyphen and nothing else joins two normalized offsets (كيم جونغ-أون): one word written in parts, not a dash set off by spaces. */
  hyphenBetween(a: number, b: number): boolean {
    return b === a + 1 && this.norm.charCodeAt(a) === HYPHEN;
  }
}

const HYPHEN = 0x2d;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

const ONLY_COMMA = /^\s*[،,]\s*$/u;

/** How far (in characters, some thirty words) stepTo walks token by token; further, a binary search costs fewer instructions. */
const MAX_CHARS_STEPPED = 200;

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
