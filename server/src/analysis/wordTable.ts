// Every distinct normalized word the process reads gets an id, found by hashing the word's
// characters in place while tokenizing: a word is sliced into a string once per process,
// not once per article, and the per-word memos (wordMemo.ts) index their answers by it.
// Bounded: once more than WORD_LIMIT words are kept, the table starts over before the
// next text is tokenized, and a new generation number tells the memos and older Tokens.
//
// The lookup is the tokenizer's inner step, once per token of every article, and between
// two articles the rest of the analysis pushes the table out of the processor's caches.
// So a probe reads one 16-byte slot (hash, length, where the characters are, id) and
// compares the characters in one contiguous pool, instead of reading a hash array, the
// words array and a string object scattered over the heap: two cache misses, not four.

export const WORD_LIMIT = 300_000;

/** The hash of a word's characters, as the tokenizer computes it while reading them. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Int32 fields of one slot: mixed hash, length, offset in the character pool, id + 1 (0: empty). */
const SLOT = 4;
const INITIAL_SLOTS = 4096;

class WordTable {
  generation = 0;
  /** Each id's word; replaced (not cleared) when the table starts over, so older Tokens keep theirs. */
  words: string[] = [];
  /** Open addressing, SLOT fields a slot. */
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);
  /** The characters of every word, one after another. */
  private pool = new Uint16Array(INITIAL_SLOTS * 8);
  private poolLength = 0;

  /** Starts over when over the limit; called before a text is tokenized, never during. */
  trim(): void {
    if (this.words.length <= WORD_LIMIT) return;
    this.words = [];
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT);
    this.pool = new Uint16Array(INITIAL_SLOTS * 8);
    this.poolLength = 0;
    this.generation++;
  }

  /** The id of text[start, end), whose hashStep hash is `hash`. */
  idOf(text: string, start: number, end: number, hash: number): number {
    return this.idIn(text, null, start, end, hash);
  }

  /**
   * idOf for a word whose characters are also in `units`, the code units of `text` (the
   * normalization's buffer): the comparison reads a typed array instead of calling
   * charCodeAt on the string, a sixth fewer instructions per token.
   */
  idOfUnits(units: Uint16Array, start: number, end: number, hash: number, text: string): number {
    return this.idIn(text, units, start, end, hash);
  }

  /** The probe both share: `units`, when given, holds text's code units for the comparison. */
  private idIn(text: string, units: Uint16Array | null, start: number, end: number, hash: number): number {
    const h = hash ^ (hash >>> 15);
    const length = end - start;
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const entry = slots[at + 3];
      if (entry === 0) return this.insert(at, text, start, end, h);
      if (slots[at] !== h || slots[at + 1] !== length) continue;
      if (units === null ? this.samePooled(slots[at + 2], text, start, length) : this.samePooledUnits(slots[at + 2], units, start, length)) return entry - 1;
    }
  }

  private samePooledUnits(offset: number, units: Uint16Array, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[offset + k] !== units[start + k]) return false;
    return true;
  }

  private samePooled(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[offset + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private insert(at: number, text: string, start: number, end: number, h: number): number {
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      bigger.set(this.pool.subarray(0, this.poolLength));
      this.pool = bigger;
    }
    const offset = this.poolLength;
    for (let k = 0; k < length; k++) this.pool[offset + k] = text.charCodeAt(start + k);
    this.poolLength += length;
    const slots = this.slots;
    slots[at] = h;
    slots[at + 1] = length;
    slots[at + 2] = offset;
    slots[at + 3] = id + 1;
    if (this.words.length * 2 * SLOT > slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 3] === 0) continue;
      let slot = old[from] & mask;
      while (slots[slot * SLOT + 3] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + SLOT), slot * SLOT);
    }
    this.slots = slots;
  }
}

export const wordTable = new WordTable();
