// Word tokens of a normalized text, kept as two offset arrays (no object per word) so
// that a multi-megabyte article tokenizes without garbage. Offsets are normalized ones.

import { wordId as globalWordId, wordIdGeneration } from './wordMemo';

/** Arabic letters, Latin letters and digits make words; everything else separates. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x0400 && c <= 0x04ff)
  );
}

export class Tokens {
  /** Each distinct word's text, sliced once on first use (by word id). */
  private readonly words: (string | undefined)[];
  /** The process-wide id of each distinct word (-1 until asked), of generation globalGeneration. */
  private readonly globalIds: Int32Array;
  private globalGeneration = wordIdGeneration();

  private constructor(
    readonly norm: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly count: number,
    /** The word id of each token: equal words share an id, so per-word work is done once per id. */
    readonly ids: Int32Array,
    /** The token index of each word id's first occurrence. */
    private readonly firstOf: Int32Array,
  ) {
    this.words = new Array(firstOf.length);
    this.globalIds = new Int32Array(firstOf.length).fill(-1);
  }

  static of(norm: string, from = 0, to = norm.length): Tokens {
    const initial = Math.min(64, ((to - from) >> 1) + 2);
    let starts: Int32Array = new Int32Array(initial);
    let ends: Int32Array = new Int32Array(initial);
    let ids: Int32Array = new Int32Array(initial);
    const vocab = new Vocabulary(norm, to - from);
    let n = 0;
    let i = from;
    while (i < to) {
      while (i < to && !isWordCode(norm.charCodeAt(i))) i++;
      if (i >= to) break;
      const s = i;
      let hash = 0;
      for (let c = norm.charCodeAt(i); i < to && isWordCode(c); c = norm.charCodeAt(++i)) hash = (Math.imul(hash, 31) + c) | 0;
      if (n === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
        ids = grow(ids);
      }
      starts[n] = s;
      ends[n] = i;
      ids[n] = vocab.idOf(s, i, hash, n);
      n++;
    }
    return new Tokens(norm, starts, ends, n, ids, vocab.firstTokens());
  }

  text(i: number): string {
    const id = this.ids[i];
    let w = this.words[id];
    if (w === undefined) {
      const first = this.firstOf[id];
      w = this.words[id] = this.norm.slice(this.starts[first], this.ends[first]);
    }
    return w;
  }

  /** The process-wide id of token i's word (see wordMemo.ts), looked up once per distinct word. */
  wordId(i: number): number {
    this.dropStaleGlobalIds();
    const id = this.ids[i];
    let g = this.globalIds[id];
    if (g < 0) {
      g = globalWordId(this.text(i));
      // The ids may have started over during the lookup: the ones kept are stale then.
      this.dropStaleGlobalIds();
      this.globalIds[id] = g;
    }
    return g;
  }

  private dropStaleGlobalIds(): void {
    if (this.globalGeneration === wordIdGeneration()) return;
    this.globalIds.fill(-1);
    this.globalGeneration = wordIdGeneration();
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
    for (let i = a; i < b; i++) if (this.norm.charCodeAt(i) !== 0x20) return false;
    return true;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The distinct words of a text, found by hashing each word's characters in place
 * (open addressing): a word is sliced into a string only when first asked for.
 */
class Vocabulary {
  private table: Int32Array; // word id + 1, 0 = empty
  private hashes: Int32Array;
  private firsts: Int32Array; // token index of the first occurrence
  private starts: Int32Array;
  private ends: Int32Array;
  private size = 0;

  /** Sized for the text: the kinds pass tokenizes many short stretches. */
  constructor(
    private readonly norm: string,
    length: number,
  ) {
    const capacity = Math.min(256, (length >> 2) + 4);
    this.table = new Int32Array(capacity >= 128 ? 1024 : 16);
    this.hashes = new Int32Array(capacity);
    this.firsts = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  idOf(start: number, end: number, hash: number, token: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot];
      if (entry === 0) return this.insert(slot, start, end, hash, token);
      const id = entry - 1;
      if (this.hashes[id] === hash && this.same(id, start, end)) return id;
    }
  }

  private same(id: number, start: number, end: number): boolean {
    const s = this.starts[id];
    if (this.ends[id] - s !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.norm.charCodeAt(s + k) !== this.norm.charCodeAt(start + k)) return false;
    return true;
  }

  private insert(slot: number, start: number, end: number, hash: number, token: number): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.firsts = grow(this.firsts);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.hashes[id] = hash;
    this.firsts[id] = token;
    this.starts[id] = start;
    this.ends[id] = end;
    this.table[slot] = id + 1;
    if (this.size * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }

  firstTokens(): Int32Array {
    return this.firsts.slice(0, this.size);
  }
}

/** Proclitic prefixes read off a word before matching it against a lexicon. */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

export interface Reading {
  stem: string;
  prefix: string;
}

/**
 * Readings already computed, by word: every lexicon lookup of every pass reads the same
 * words again. Bounded, so a server that reads many articles does not grow without end.
 */
const readingsCache = new Map<string, readonly Reading[]>();
const READINGS_CACHE_LIMIT = 200_000;

/**
 * The readings of a normalized word with its proclitics removed, the word itself first.
 * "للمنظمه" reads as itself, "المنظمه" (ل + ال) and "لمنظمه"… callers take the first hit.
 * The array is shared between callers: read it, never change it.
 */
export function withoutProclitics(word: string): readonly Reading[] {
  let readings = readingsCache.get(word);
  if (!readings) {
    if (readingsCache.size >= READINGS_CACHE_LIMIT) readingsCache.clear();
    readings = computeReadings(word);
    readingsCache.set(word, readings);
  }
  return readings;
}

function computeReadings(word: string): Reading[] {
  const out: Reading[] = [{ stem: word, prefix: '' }];
  for (const p of PROCLITICS) {
    if (word.length <= p.length + 1 || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (p.endsWith('ال')) {
      // و+ال… : the stem keeps its article
      out.push({ stem: 'ال' + rest, prefix: p.slice(0, -2) });
    } else if (p.endsWith('لل')) {
      // ل+ال… written لل…
      out.push({ stem: 'ال' + rest, prefix: p.slice(0, -1) });
    } else out.push({ stem: rest, prefix: p });
  }
  return out;
}

/** The written forms of a word with each proclitic, the inverse of withoutProclitics. */
export function withProclitics(word: string): string[] {
  const out = [word];
  for (const p of PROCLITICS) {
    if (p.endsWith('ال') || p.endsWith('لل')) {
      if (word.startsWith('ال')) out.push(p + word.slice(2));
    } else out.push(p + word);
  }
  return out;
}
