// Answers of per-word lexicon tests, kept across analyses. Most tests ask whether a word
// (with its proclitics) is in some lexicon; an article's words are mostly words seen in
// earlier articles, so each distinct word is tested once per process, not once per
// article (a folder of ten thousand short articles repeats its vocabulary constantly).
//
// Words get a process-wide id (bounded: past WORD_LIMIT distinct words the ids start
// over, and every memo notices by the generation number); a memo keeps one byte per id.

import type { Tokens } from './tokens';

const WORD_LIMIT = 300_000;
const wordIds = new Map<string, number>();
let generation = 0;

/** The current generation of word ids: it changes when the ids start over. */
export function wordIdGeneration(): number {
  return generation;
}

/** The process-wide id of a normalized word. */
export function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    if (wordIds.size >= WORD_LIMIT) {
      wordIds.clear();
      generation++;
    }
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** A per-word test with its answers remembered (0 unknown, 1 no, 2 yes, by word id). */
export class WordMemo {
  private answers = new Int8Array(1024);
  private generation = generation;

  constructor(private readonly test: (word: string) => boolean) {}

  /** The test's answer for token i. */
  at(tokens: Tokens, i: number): boolean {
    const id = tokens.wordId(i);
    if (this.generation !== generation) {
      this.answers = new Int8Array(1024);
      this.generation = generation;
    }
    if (id >= this.answers.length) {
      const bigger = new Int8Array(Math.max(id + 1, this.answers.length * 2));
      bigger.set(this.answers);
      this.answers = bigger;
    }
    let v = this.answers[id];
    if (v === 0) v = this.answers[id] = this.test(tokens.text(i)) ? 2 : 1;
    return v === 2;
  }
}

const memosByOwner = new WeakMap<object, Map<string, WordMemo>>();

/**
 * The memo of a test that depends on `owner` (a knowledge object): one per owner and
 * name, dropped with the owner.
 */
export function memoOf(owner: object, name: string, test: (word: string) => boolean): WordMemo {
  let memos = memosByOwner.get(owner);
  if (!memos) memosByOwner.set(owner, (memos = new Map()));
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new WordMemo(test)));
  return memo;
}
