// Answers of per-word lexicon tests, kept across analyses. Most tests ask whether a word
// (with its proclitics) is in some lexicon; an article's words are mostly words seen in
// earlier articles, so each distinct word is tested once per process, not once per
// article (a folder of ten thousand short articles repeats its vocabulary constantly).
// A memo keeps one byte per process-wide word id (wordTable.ts).

import type { Tokens } from './tokens';
import { wordTable } from './wordTable';
import { workMeter } from './workMeter';

/** A per-word test with its answers remembered (0 unknown, 1 no, 2 yes, by word id). */
export class WordMemo {
  private answers = new Int8Array(1024);
  private generation = wordTable.generation;

  constructor(private readonly test: (word: string) => boolean) {}

  /** The test's answer for token i. */
  at(tokens: Tokens, i: number): boolean {
    workMeter.steps++;
    // Tokens read before the word table started over have ids of another generation.
    if (tokens.generation !== wordTable.generation) return this.test(tokens.text(i));
    if (this.generation !== wordTable.generation) {
      this.answers = new Int8Array(1024);
      this.generation = wordTable.generation;
    }
    const id = tokens.wordId(i);
    if (id >= this.answers.length) {
      const bigger = new Int8Array(Math.max(id + 1, this.answers.length * 2));
      bigger.set(this.answers);
      this.answers = bigger;
    }
    let v = this.answers[id];
    if (v === 0) v = this.answers[id] = this.test(tokens.text(i)) ? 2 : 1;
    return v === 2;
  }

  /**
   * The first token in [from, to) whose word the test takes, or `to`: at(tokens, i) for each
   * in turn, the known answers read in one loop over the ids (a pass over an article's
   * words asks mostly words that start nothing).
   */
  nextAt(tokens: Tokens, from: number, to: number): number {
    let i = from;
    if (tokens.generation === wordTable.generation && this.generation === wordTable.generation) {
      const answers = this.answers;
      while (i < to) {
        const id = tokens.wordId(i);
        if (id >= answers.length || answers[id] !== 1) break;
        i++;
      }
      workMeter.steps += i - from;
    }
    for (; i < to; i++) if (this.at(tokens, i)) return i;
    return to;
  }
}

const memosByOwner = new WeakMap<object, Map<string, WordMemo>>();

/**
 * The memo of a test that depends on `owner` (a knowledge object): one per owner and
 * name, dropped with the owner. The test takes the owner as an argument, so that callers
 * pass a module-level function: a closure made at every call (every analysis) only to be
 * dropped when the memo already exists was garbage of each article's setup.
 */
export function memoOf<O extends object>(owner: O, name: string, test: (owner: O, word: string) => boolean): WordMemo {
  let memos = memosByOwner.get(owner);
  if (!memos) memosByOwner.set(owner, (memos = new Map()));
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new WordMemo((word) => test(owner, word))));
  return memo;
}

/**
 * The memos a pass reads, made by `make` once for the last owner (every article of a process
 * reads one knowledge) instead of a memoOf lookup by name per memo at every article: those
 * lookups, inlined into each pass's constructor, were most of what TurboFan compiled of it
 * (PeopleFinder's compile 48.3 → 16.9 M instructions; docs/performance-log.md, session 19).
 */
export function memoGroup<O extends object, M>(make: (owner: O) => M): (owner: O) => M {
  let lastOwner: O | null = null;
  let last: M | null = null;
  return (owner) => {
    if (owner !== lastOwner || last === null) {
      last = make(owner);
      lastOwner = owner;
    }
    return last;
  };
}
