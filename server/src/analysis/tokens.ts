// Word tokens of a normalized text, kept as offset arrays (no object per word) so that a
// multi-megabyte article tokenizes without garbage. Offsets are normalized ones. Each
// token also carries its word's process-wide id (wordTable.ts).

import { hashStep, wordTable } from './wordTable';
import { workMeter } from './workMeter';

import { isWordCode } from '../shared/matchText';

export { isWordCode };

/** Characters per token in Arabic news prose, about; the arrays start at this estimate. */
const CHARS_PER_TOKEN = 5;

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
    const initial = Math.max(16, Math.ceil((to - from) / CHARS_PER_TOKEN));
    let starts: Int32Array = new Int32Array(initial);
    let ends: Int32Array = new Int32Array(initial);
    let ids: Int32Array = new Int32Array(initial);
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
      }
      starts[n] = s;
      ends[n] = i;
      ids[n] = wordTable.idOf(norm, s, i, hash);
      n++;
    }
    return new Tokens(norm, starts, ends, n, ids, wordTable.words, wordTable.generation);
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

  /** Whether only spaces (no letters, no punctuation) lie between two normalized offsets. */
  onlySpaceBetween(a: number, b: number): boolean {
    workMeter.steps += b - a;
    for (let i = a; i < b; i++) if (this.norm.charCodeAt(i) !== 0x20) return false;
    return true;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
