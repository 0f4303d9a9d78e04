// Every distinct normalized word the process reads gets an id, found by hashing the word's
// characters in place while tokenizing: a word is sliced into a string once per process,
// not once per article, and the per-word memos (wordMemo.ts) index their answers by it.
// Bounded: once more than WORD_LIMIT words are kept, the table starts over before the
// next text is tokenized, and a new generation number tells the memos and older Tokens.

export const WORD_LIMIT = 300_000;

/** The hash of a word's characters, as the tokenizer computes it while reading them. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

class WordTable {
  generation = 0;
  /** Each id's word; replaced (not cleared) when the table starts over, so older Tokens keep theirs. */
  words: string[] = [];
  private hashes = new Int32Array(1024);
  /** Open addressing: id + 1 per slot, 0 for empty. */
  private slots = new Int32Array(4096);

  /** Starts over when over the limit; called before a text is tokenized, never during. */
  trim(): void {
    if (this.words.length <= WORD_LIMIT) return;
    this.words = [];
    this.hashes = new Int32Array(1024);
    this.slots = new Int32Array(4096);
    this.generation++;
  }

  /** The id of text[start, end), whose hashStep hash is `hash`. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const h = hash ^ (hash >>> 15);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) return this.insert(slot, text.slice(start, end), h);
      const id = entry - 1;
      if (this.hashes[id] === h && sameWord(this.words[id], text, start, end)) return id;
    }
  }

  private insert(slot: number, word: string, h: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const bigger = new Int32Array(id * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export const wordTable = new WordTable();
