// A phrase lexicon matched token by token on normalized text, longest phrase first,
// reading proclitics (و ف ب ل ك ال) off the first word.

import { normalizeForMatch } from '../normalize';
import { Tokens, withoutProclitics } from '../tokens';

export interface PhraseMatch<T> {
  value: T;
  /** Token index of the first and one past the last token of the match. */
  first: number;
  end: number;
  /** The proclitic read off the first word ("" when none). */
  prefix: string;
  /** The phrase as listed (normalized). */
  phrase: string;
}

interface Entry<T> {
  words: string[];
  value: T;
  phrase: string;
}

/** How many distinct words each index remembers the readings of (see `readingsOf`). */
const MAX_CACHED_WORDS = 100_000;

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private size = 0;
  /**
   * Per first word, the proclitic readings that start some phrase (for most words none).
   * Every token of every article is matched against several indexes, and words repeat:
   * remembering the readings makes a match one lookup instead of up to 19.
   */
  private readonly readings = new Map<string, { prefix: string; list: Entry<T>[] }[]>();

  add(phrase: string, value: T): void {
    const words = splitWords(phrase);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return; // first entry wins
    list.push({ words, value, phrase: words.join(' ') });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    this.size++;
    this.readings.clear();
  }

  get count(): number {
    return this.size;
  }

  /** Whether a normalized phrase (words separated by single spaces) is in the index. */
  hasPhrase(phrase: string): boolean {
    const words = phrase.split(' ');
    return (this.byFirst.get(words[0]) ?? []).some((e) => e.phrase === phrase);
  }

  /** Whether a single normalized word is a one-word phrase of the index. */
  hasWord(word: string): boolean {
    return (this.byFirst.get(word) ?? []).some((e) => e.words.length === 1);
  }

  /**
   * The longest phrase starting at token `i`. With `proclitics`, the first word may
   * carry a proclitic. Words of a phrase must be separated by spaces only.
   */
  match(tokens: Tokens, i: number, proclitics = true): PhraseMatch<T> | null {
    if (i < 0 || i >= tokens.count) return null;
    const first = tokens.text(i);
    if (!proclitics) {
      const list = this.byFirst.get(first);
      return list ? this.longest(tokens, i, '', list) : null;
    }
    for (const { prefix, list } of this.readingsOf(first)) {
      const m = this.longest(tokens, i, prefix, list);
      if (m) return m;
    }
    return null;
  }

  private readingsOf(word: string): { prefix: string; list: Entry<T>[] }[] {
    let found = this.readings.get(word);
    if (!found) {
      found = [];
      for (const { stem, prefix } of withoutProclitics(word)) {
        const list = this.byFirst.get(stem);
        if (list) found.push({ prefix, list });
      }
      if (this.readings.size >= MAX_CACHED_WORDS) this.readings.clear();
      this.readings.set(word, found);
    }
    return found;
  }

  /** The longest entry of `list` (longest first) whose words follow token i. */
  private longest(tokens: Tokens, i: number, prefix: string, list: Entry<T>[]): PhraseMatch<T> | null {
    for (const e of list) {
      if (i + e.words.length > tokens.count) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        ok = tokens.text(i + k) === e.words[k] && tokens.onlySpaceBetween(tokens.ends[i + k - 1], tokens.starts[i + k]);
      }
      if (ok) return { value: e.value, first: i, end: i + e.words.length, prefix, phrase: e.phrase };
    }
    return null;
  }
}

function splitWords(phrase: string): string[] {
  const norm = normalizeForMatch(phrase);
  const t = Tokens.of(norm);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(t.text(i));
  return out;
}
