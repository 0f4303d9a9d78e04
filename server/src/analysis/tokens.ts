// Word tokens of a normalized text, kept as two offset arrays (no object per word) so
// that a multi-megabyte article tokenizes without garbage. Offsets are normalized ones.

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
  /** Each word's text, sliced once on first use: the passes ask for the same words many times. */
  private readonly words: (string | undefined)[];

  private constructor(
    readonly norm: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly count: number,
  ) {
    this.words = new Array(count);
  }

  static of(norm: string, from = 0, to = norm.length): Tokens {
    let starts: Int32Array = new Int32Array(64);
    let ends: Int32Array = new Int32Array(64);
    let n = 0;
    let i = from;
    while (i < to) {
      while (i < to && !isWordCode(norm.charCodeAt(i))) i++;
      if (i >= to) break;
      const s = i;
      while (i < to && isWordCode(norm.charCodeAt(i))) i++;
      if (n === starts.length) {
        const grow = (a: Int32Array): Int32Array => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[n] = s;
      ends[n] = i;
      n++;
    }
    return new Tokens(norm, starts, ends, n);
  }

  text(i: number): string {
    return (this.words[i] ??= this.norm.slice(this.starts[i], this.ends[i]));
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
