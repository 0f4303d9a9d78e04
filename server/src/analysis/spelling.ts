// How Arabic spells a foreign name: whether two written forms can be one name spelt two
// ways (ترامب/ترمب, لوكاشينكو/لوكاشينكا, غوتيريش/جوتيريس), as opposed to two inflections
// of one word (الأمريكي/الأمريكية) or two different words. The model is data
// (knowledge/spelling.json, read through the language profile): letters compared as one, long vowels that count for nothing,
// a doubled letter counted once, and the inflection endings that make two forms one word.

import { normalizeForMatch } from './normalize';

export interface SpellingModel {
  letters: Record<string, string>;
  sequences: Record<string, string>;
  longVowels: string[];
  inflectionSuffixes: string[];
  minTypoLetters: number;
  hamzaSeats: string[];
  pronounEndings: string[];
  proclitics: string[];
}

/** Checks the shape of a spelling model, so that a broken data file fails at load with a clear message. */
export function validateSpellingModel(data: unknown): SpellingModel {
  const d = data as Partial<SpellingModel> | null;
  const isMap = (v: unknown): v is Record<string, string> => !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string');
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
  if (!d || !isMap(d.letters) || !isMap(d.sequences) || !isList(d.longVowels) || !isList(d.inflectionSuffixes) || !(typeof d.minTypoLetters === 'number' && d.minTypoLetters >= 1) || !isList(d.hamzaSeats) || !isList(d.pronounEndings) || !isList(d.proclitics))
    throw new Error('spelling: expected letters and sequences (maps of strings), longVowels and inflectionSuffixes (lists of strings) minTypoLetters (a number ≥ 1) hamzaSeats, pronounEndings and proclitics (lists of strings)');
  for (const [from, to] of Object.entries(d.letters)) if ([...from].length !== 1 || [...to].length !== 1) throw new Error(`spelling: letters maps one letter to one letter, not "${from}" → "${to}"`);
  return d as SpellingModel;
}

/** A spelling model compiled for matching: what the name-variant rule asks of two written words. */
export interface Spelling {
  /** Whether a written form (original text, not normalized) has a hamza after its first letter: an Arabic word's mark, not a foreign name's. */
  hasInnerHamza(written: string): boolean;
  /** Whether a normalized word carries the clitics of an Arabic word: a pronoun ending, or a proclitic with a final ه (بجروحه). */
  hasWordClitics(word: string): boolean;
  /** The skeleton of a written name: normalized, sequences and letters mapped, a doubled letter counted once and long vowels dropped after the first letter. */
  nameSkeleton(word: string): string;
  /** Whether two normalized words are one stem with two inflection endings (or one with and one without). */
  isInflection(a: string, b: string): boolean;
  /**
   * Whether two different written words can be one foreign name spelt two ways: the same
   * skeleton, or (long names only) skeletons one letter apart, and not two inflections of one word.
   */
  sameNameSpelling(a: string, b: string): boolean;
}

/** Compiles a profile's spelling model (once per profile: knowledge/index.ts keeps it). */
export function compileSpelling(model: SpellingModel): Spelling {
  const letter = new Map(Object.entries(model.letters).map(([from, to]) => [normalizeForMatch(from) || from, to]));
  const sequences = Object.entries(model.sequences).map(([from, to]) => [normalizeForMatch(from), to] as const);
  const longVowels = new Set(model.longVowels);
  // Longest first, so that يين is tried before ين.
  const suffixes = [...new Set(model.inflectionSuffixes.map(normalizeForMatch))].sort((a, b) => b.length - a.length);
  const hamzaSeats = new Set(model.hamzaSeats);
  const pronounEndings = model.pronounEndings.map(normalizeForMatch);
  const proclitics = new Set(model.proclitics.map(normalizeForMatch));

  const hasInnerHamza = (written: string): boolean => {
    for (let i = 1; i < written.length; i++) if (hamzaSeats.has(written[i])) return true;
    return false;
  };
  const hasWordClitics = (word: string): boolean => {
    if (word.length < 4) return false;
    if (pronounEndings.some((e) => word.endsWith(e))) return true;
    return proclitics.has(word[0]) && word.endsWith('ه');
  };
  /** Whether `longer` is `word` with one proclitic letter before it. */
  const withProclitic = (word: string, longer: string): boolean => longer.length === word.length + 1 && proclitics.has(longer[0]) && longer.endsWith(word);
  const nameSkeleton = (word: string): string => {
    let w = normalizeForMatch(word);
    for (const [from, to] of sequences) if (w.includes(from)) w = w.split(from).join(to);
    let out = '';
    let previous = '';
    for (let i = 0; i < w.length; i++) {
      const c = letter.get(w[i]) ?? w[i];
      const doubled = c === previous;
      previous = c;
      if (doubled || (i > 0 && longVowels.has(c))) continue;
      out += c;
    }
    return out;
  };
  const isInflection = (a: string, b: string): boolean => {
    const stems = (w: string): string[] => [w, ...suffixes.filter((s) => w.length > s.length + 2 && w.endsWith(s)).map((s) => w.slice(0, w.length - s.length))];
    const fromA = new Set(stems(a));
    return stems(b).some((s) => fromA.has(s));
  };
  const sameNameSpelling = (a: string, b: string): boolean => {
    const na = normalizeForMatch(a);
    const nb = normalizeForMatch(b);
    if (na === nb || isInflection(na, nb) || hasWordClitics(na) || hasWordClitics(nb)) return false;
    // One form is the other with a proclitic (اجتمع / واجتمع): one word, not two spellings.
    if (withProclitic(na, nb) || withProclitic(nb, na)) return false;
    const sa = nameSkeleton(na);
    const sb = nameSkeleton(nb);
    if (sa === sb) return true;
    return Math.min(sa.length, sb.length) >= model.minTypoLetters && oneEditApart(sa, sb);
  };
  return { hasInnerHamza, hasWordClitics, nameSkeleton, isInflection, sameNameSpelling };
}

/** The spelling of a profile that has no model: no two different words are one name. */
export function noSpelling(): Spelling {
  return { hasInnerHamza: () => false, hasWordClitics: () => false, nameSkeleton: normalizeForMatch, isInflection: () => false, sameNameSpelling: () => false };
}

/** Whether two skeletons differ by exactly one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
