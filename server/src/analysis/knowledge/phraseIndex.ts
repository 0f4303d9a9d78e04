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

/** The phrases a written first word can start, with the proclitic read off for them. */
interface Start<T> {
  prefix: string;
  list: Entry<T>[];
}

const NO_STARTS: readonly Start<never>[] = [];
/** Distinct words remembered per index; a server reading many articles does not grow without end. */
const STARTS_CACHE_LIMIT = 100_000;

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly oneWord = new Set<string>();
  /**
   * Per written word, the entry lists its proclitic readings lead to. Every pass asks
   * the indexes about every word, and most words start no phrase at all: one lookup
   * answers that instead of one per reading.
   */
  private readonly starts = new Map<string, readonly Start<T>[]>();
  private size = 0;

  add(phrase: string, value: T): void {
    const words = splitWords(phrase);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return; // first entry wins
    list.push({ words, value, phrase: words.join(' ') });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    if (words.length === 1) this.oneWord.add(words[0]);
    this.starts.clear();
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /** Whether a single normalized word is a one-word phrase of the index. */
  hasWord(word: string): boolean {
    return this.oneWord.has(word);
  }

  /**
   * The longest phrase starting at token `i`. With `proclitics`, the first word may
   * carry a proclitic. Words of a phrase must be separated by spaces only.
   */
  match(tokens: Tokens, i: number, proclitics = true): PhraseMatch<T> | null {
    if (i < 0 || i >= tokens.count) return null;
    const first = tokens.text(i);
    if (!proclitics) return this.matchFrom(tokens, i, first, '');
    for (const { list, prefix } of this.startsOf(first)) {
      const m = this.matchList(tokens, i, list, prefix);
      if (m) return m;
    }
    return null;
  }

  private startsOf(word: string): readonly Start<T>[] {
    let starts = this.starts.get(word);
    if (!starts) {
      const found: Start<T>[] = [];
      for (const { stem, prefix } of withoutProclitics(word)) {
        const list = this.byFirst.get(stem);
        if (list) found.push({ prefix, list });
      }
      starts = found.length ? found : NO_STARTS;
      if (this.starts.size >= STARTS_CACHE_LIMIT) this.starts.clear();
      this.starts.set(word, starts);
    }
    return starts;
  }

  private matchFrom(tokens: Tokens, i: number, stem: string, prefix: string): PhraseMatch<T> | null {
    const list = this.byFirst.get(stem);
    return list ? this.matchList(tokens, i, list, prefix) : null;
  }

  private matchList(tokens: Tokens, i: number, list: Entry<T>[], prefix: string): PhraseMatch<T> | null {
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
