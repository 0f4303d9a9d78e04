// A phrase lexicon matched token by token on normalized text, longest phrase first,
// reading proclitics (و ف ب ل ك ال) off the first word.

import { normalizeForMatch } from '../normalize';
import type { Morphology } from '../morphology';
import { isWordCode, Tokens } from '../tokens';
import { WordMemo } from '../wordMemo';
import { wordTable } from '../wordTable';
import { workMeter } from '../workMeter';

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

/** A reading of a first word (its stem after a proclitic) that starts listed phrases. */
interface Candidate<T> {
  prefix: string;
  list: Entry<T>[];
  /** The list filed by second word (secondWords), kept on the candidate once read: no WeakMap lookup per match. */
  filed: SecondWords<T> | null;
}

const NO_CANDIDATES: readonly Candidate<never>[] = [];

/** One first word's entries filed by their second word, each bucket in the list's order, and its first one-word entry. */
interface SecondWords<T> {
  bySecond: Map<string, Entry<T>[]>;
  single: Entry<T> | null;
}

export class PhraseIndex<T> {
  /** The clitic rules a first word is read with (و، ب، ل، ال… for Arabic). */
  constructor(private readonly morphology: Morphology) {}

  /** Entries by first word, in the order added; sorted longest first when next read (see entries). */
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** First words whose list has had entries added since it was last sorted. */
  private readonly unsorted = new Set<string>();
  /** Every phrase listed, so that a repeated one is refused without a scan of its list. */
  private readonly phrases = new Set<string>();
  /** The phrases of one word (hasWord): a small set, read for many words of an article. */
  private readonly singleWords = new Set<string>();
  private size = 0;
  private maxWords = 0;
  /** Whether a word can start a phrase, with or without a proclitic: most words start none. Made when first needed. */
  private surfaceMemo: WordMemo | null = null;
  private firstMemo: WordMemo | null = null;
  /**
   * By process-wide word id (wordTable.ts), the readings of that first word that start
   * phrases, with their lists: each distinct word's proclitics are read off and looked up
   * once per process instead of at every token that might start a phrase.
   */
  private candidates = new Map<number, readonly Candidate<T>[]>();
  private candidatesGeneration = -1;
  /** match() without proclitics: the one candidate of each first word, made when first read. */
  private exactCandidates = new Map<string, readonly Candidate<T>[]>();
  /** Each sorted list filed by second word (see secondWords), made when first matched. */
  private secondWordsOf = new WeakMap<Entry<T>[], SecondWords<T>>();

  /**
   * Adds a phrase in constant time: 100,000 organizations sharing a first word took 55 s
   * when each one scanned and spliced its list (issue 15).
   */
  add(phrase: string, value: T): void {
    const words = splitWords(phrase);
    if (!words.length) return;
    const joined = words.join(' ');
    if (this.phrases.has(joined)) return; // first entry wins
    this.phrases.add(joined);
    if (words.length === 1) this.singleWords.add(joined);
    const list = this.byFirst.get(words[0]);
    if (list) list.push({ words, value, phrase: joined });
    else this.byFirst.set(words[0], [{ words, value, phrase: joined }]);
    this.unsorted.add(words[0]);
    this.size++;
    this.maxWords = Math.max(this.maxWords, words.length);
    // An added phrase changes answers already kept. Only match() keeps any, and it makes a
    // memo first: without one nothing is kept, and building the knowledge (thousands of
    // additions, no match between) allocates no fresh tables.
    if (this.surfaceMemo || this.firstMemo) {
      this.surfaceMemo = null;
      this.firstMemo = null;
      this.candidates.clear();
      this.exactCandidates.clear();
      this.secondWordsOf = new WeakMap();
    }
  }

  /**
   * The entries that start with a word: longest first, and in the order added among
   * phrases of one length (a stable sort, done once after a run of additions).
   */
  private entries(first: string): Entry<T>[] | undefined {
    const list = this.byFirst.get(first);
    if (list && this.unsorted.delete(first)) list.sort((x, y) => y.words.length - x.words.length);
    return list;
  }

  get count(): number {
    return this.size;
  }

  /** The number of words of the longest phrase (0 when empty). */
  get longestPhrase(): number {
    return this.maxWords;
  }

  /** Whether a normalized phrase (words separated by single spaces) is in the index. */
  hasPhrase(phrase: string): boolean {
    return this.phrases.has(phrase);
  }

  /** Whether a phrase can start with this written word (a proclitic allowed): some first word's form. */
  mayStartWith(word: string): boolean {
    return this.morphology.isFormOf(word, this.byFirst);
  }

  /** mayStartWith(tokens.text(i)), answered once per distinct word for the process (the memo match() reads). */
  mayStartAt(tokens: Tokens, i: number): boolean {
    return this.memo(true).at(tokens, i);
  }

  /** Whether a phrase starts with exactly this word (no proclitic read off). */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Whether a single normalized word is a one-word phrase of the index. */
  hasWord(word: string): boolean {
    return this.singleWords.has(word);
  }

  /**
   * The longest phrase starting at token `i`. With `proclitics`, the first word may
   * carry a proclitic. Words of a phrase must be separated by spaces only.
   */
  match(tokens: Tokens, i: number, proclitics = true): PhraseMatch<T> | null {
    if (i < 0 || i >= tokens.count) return null;
    if (!this.memo(proclitics).at(tokens, i)) return null;
    return this.matchCandidates(tokens, i, proclitics ? this.candidatesOf(tokens, i) : this.exactCandidate(tokens.text(i)));
  }

  /**
   * match() past its per-word test, apart: most tokens stop at the test, so match() stays
   * small enough to be inlined where it is called and optimized early. Loops by index, not
   * for-of: the iterators cost each call in code not optimized yet, and made the function
   * longer to compile (docs/performance-log.md, session 18).
   */
  private matchCandidates(tokens: Tokens, i: number, candidates: readonly Candidate<T>[]): PhraseMatch<T> | null {
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c];
      // Longest first: of the phrases of two words or more only those whose second word is
      // the next token's can match (a first word such as وزارة starts hundreds); then the
      // one-word phrase, which always fits.
      const filed = (candidate.filed ??= this.secondWords(candidate.list));
      const same = i + 1 < tokens.count ? filed.bySecond.get(tokens.text(i + 1)) : undefined;
      if (same !== undefined) {
        for (let s = 0; s < same.length; s++) {
          const e = same[s];
          workMeter.steps++;
          if (i + e.words.length > tokens.count) continue;
          let ok = tokens.onlySpaceBetween(tokens.ends[i], tokens.starts[i + 1]);
          for (let k = 2; k < e.words.length && ok; k++) {
            ok = tokens.text(i + k) === e.words[k] && tokens.onlySpaceBetween(tokens.ends[i + k - 1], tokens.starts[i + k]);
          }
          if (ok) return { value: e.value, first: i, end: i + e.words.length, prefix: candidate.prefix, phrase: e.phrase };
        }
      }
      const single = filed.single;
      if (single) return { value: single.value, first: i, end: i + 1, prefix: candidate.prefix, phrase: single.phrase };
    }
    return null;
  }

  /**
   * The per-word test before a match: whether a word can start a phrase. Made here, not in
   * match(): a closure over `this` in match() made every call allocate a context for it,
   * most of the garbage of a short article's analysis.
   */
  private memo(proclitics: boolean): WordMemo {
    if (proclitics) return (this.surfaceMemo ??= memoOfStarts(this));
    return (this.firstMemo ??= memoOfKeys(this.byFirst));
  }

  /** A sorted list (entries()) filed by second word, each bucket in the list's order. */
  private secondWords(list: Entry<T>[]): SecondWords<T> {
    let filed = this.secondWordsOf.get(list);
    if (!filed) {
      filed = { bySecond: new Map(), single: null };
      for (const e of list) {
        if (e.words.length === 1) {
          filed.single ??= e;
          continue;
        }
        const bucket = filed.bySecond.get(e.words[1]);
        if (bucket) bucket.push(e);
        else filed.bySecond.set(e.words[1], [e]);
      }
      this.secondWordsOf.set(list, filed);
    }
    return filed;
  }

  /** The readings of token i's word (proclitics read off) that start phrases, kept by word id. */
  private candidatesOf(tokens: Tokens, i: number): readonly Candidate<T>[] {
    // Tokens read before the word table started over have ids of another generation.
    if (tokens.generation !== wordTable.generation) return this.readCandidates(tokens.text(i));
    if (this.candidatesGeneration !== wordTable.generation) {
      this.candidates.clear();
      this.candidatesGeneration = wordTable.generation;
    }
    // Only words that passed the surface test get here: few, so a map, not an array by id.
    const id = tokens.wordId(i);
    let found = this.candidates.get(id);
    if (!found) this.candidates.set(id, (found = this.readCandidates(tokens.text(i))));
    return found;
  }

  private readCandidates(word: string): readonly Candidate<T>[] {
    let out: Candidate<T>[] | null = null;
    for (const { stem, prefix } of this.morphology.readings(word)) {
      const list = this.entries(stem);
      if (list) (out ??= []).push({ prefix, list, filed: null });
    }
    return out ?? NO_CANDIDATES;
  }

  private exactCandidate(word: string): readonly Candidate<T>[] {
    // Kept by word: only words that start a phrase get here (the firstMemo test), a bounded set.
    let found = this.exactCandidates.get(word);
    if (!found) {
      const list = this.entries(word);
      this.exactCandidates.set(word, (found = list ? [{ prefix: '', list, filed: null }] : NO_CANDIDATES));
    }
    return found;
  }

  /**
   * match() (proclitics read off) on a list of words read as if separated by single
   * spaces: the longest phrase that starts at the first word and fits in the list, or null.
   */
  matchWords(words: readonly string[]): PhraseMatch<T> | null {
    if (!words.length || !this.mayStartWith(words[0])) return null;
    for (const { stem, prefix } of this.morphology.readings(words[0])) {
      for (const e of this.entries(stem) ?? []) {
        if (e.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = words[k] === e.words[k];
        if (ok) return { value: e.value, first: 0, end: e.words.length, prefix, phrase: e.phrase };
      }
    }
    return null;
  }
}

/** A memo of whether a word is one of the keys; its own function so that only its calls allocate the closure's context. */
function memoOfKeys(keys: { has(word: string): boolean }): WordMemo {
  return new WordMemo((w) => keys.has(w));
}

/** A memo of mayStartWith, made the same way as memoOfKeys. */
function memoOfStarts(index: PhraseIndex<unknown>): WordMemo {
  return new WordMemo((w) => index.mayStartWith(w));
}

function splitWords(phrase: string): string[] {
  const norm = normalizeForMatch(phrase);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= norm.length; i++) {
    const word = i < norm.length && isWordCode(norm.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(norm.slice(start, i));
      start = -1;
    }
  }
  return out;
}
