// What the first of PeopleFinder.find()'s two scans read from the names it was still
// learning. The second scan exists only for names used before they are introduced (a
// headline's لافروف: before وزير الخارجية الروسي سيرغي لافروف); when no answer the first
// scan read about the article's names would differ once all are learned, the second scan
// would repeat it decision for decision, and is skipped.
//
// Two answers depend on the names learned: "is this word one of them?" (a word read as no
// name, then learned, changes it) and "is this word a one-letter variant of a surname?"
// (a surname learned, or a name that starts or stops being a surname, can change it for
// the words that are its variants).

import type { Tokens } from './tokens';

/** Per word id: the probe epoch in which "is this word one of the article's names?" was answered no. */
let missed = new Int32Array(4096);
let lastEpoch = 0;

export class ScanProbe {
  private readonly epoch = ++lastEpoch;
  /** Names that became surnames or stopped being one during the scan. */
  private readonly surnameChanges: string[] = [];
  private changed = false;

  /** The scan read that the word of this id is none of the article's names. */
  missedName(wordId: number): void {
    if (wordId >= missed.length) {
      const bigger = new Int32Array(Math.max(wordId + 1, missed.length * 2));
      bigger.set(missed);
      missed = bigger;
    }
    missed[wordId] = this.epoch;
  }

  /**
   * A single-word name is learned or takes other words. `isNew`: not known before;
   * `wasSurname`/`isSurname`: whether it closed a longer name before and now (what a
   * variant search reads).
   */
  learned(wordId: number, name: string, isNew: boolean, wasSurname: boolean, isSurname: boolean): void {
    if (isNew && wordId < missed.length && missed[wordId] === this.epoch) this.changed = true;
    if (isNew ? isSurname : wasSurname !== isSurname) this.surnameChanges.push(name);
  }

  /**
   * Whether a second scan could decide anything differently: a name was read as none
   * before it was learned, or a surname that changed has a variant among the words
   * (`isVariant` is variantOf's test; names are filed by their first three letters, so
   * each word is compared only with the few names that start like it).
   */
  secondScanNeeded(tokens: Tokens, isVariant: (name: string, word: string) => boolean): boolean {
    if (this.changed || this.surnameChanges.length === 0) return this.changed;
    const byLead = new Map<number, string[]>();
    let shortest = Infinity;
    let longest = 0;
    for (const name of this.surnameChanges) {
      const list = byLead.get(leadOf(name));
      if (list) list.push(name);
      else byLead.set(leadOf(name), [name]);
      shortest = Math.min(shortest, name.length);
      longest = Math.max(longest, name.length);
    }
    // A variant is one letter longer or shorter at most, and has five letters or more.
    const from = Math.max(5, shortest - 1);
    const to = longest + 1;
    // Lengths and first letters from the offsets and the text: a word's string is read
    // only when a name starts like it (reading each one is a cache miss).
    const norm = tokens.norm;
    for (let i = 0; i < tokens.count; i++) {
      const s = tokens.starts[i];
      const length = tokens.ends[i] - s;
      if (length < from || length > to) continue;
      const names = byLead.get(leadKey(norm.charCodeAt(s), norm.charCodeAt(s + 1), norm.charCodeAt(s + 2)));
      if (!names) continue;
      const word = tokens.text(i);
      for (const name of names) if (name !== word && isVariant(name, word)) return true;
    }
    return false;
  }
}

/** The first three letters of a word hashed to a small integer (a Map key without a heap number); isVariant compares the letters. */
function leadOf(word: string): number {
  return leadKey(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2) | 0);
}

function leadKey(a: number, b: number, c: number): number {
  return ((a * 1021 + b) * 1021 + c) & 0x3fffffff;
}
