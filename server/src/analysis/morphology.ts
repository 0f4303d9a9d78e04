// How a language writes short words onto the words they govern (Arabic و، ف، ب، ل، ك and
// the article ال), compiled from the profile's morphology data (knowledge/morphology.json
// for Arabic). Every lexicon lookup reads a word through it, so the clitic rules live in
// data, not in the passes.

import type { MorphologyData } from './language/profile';
import { sameShapeMap } from './sameShapeMap';

export interface Reading {
  stem: string;
  prefix: string;
}

/** A proclitic chain, and whether the word under it keeps an article the chain wrote. */
interface Chain {
  written: string;
  /** The prefix it stands for once the article is given back (لل -> ل). */
  prefix: string;
  /** The chain ends with the article (or swallowed it): the stem starts with the article. */
  carriesArticle: boolean;
}

const NO_CHAINS: readonly Chain[] = [];

/** Readings already computed, by word, bounded so that a long-running server does not grow without end. */
const READINGS_CACHE_LIMIT = 200_000;

/**
 * Every written form (with proclitics) of a set of words, tested by reading the word's
 * proclitics off (Morphology.isFormOf) instead of listing the forms: a set of 19 forms a
 * word cost 9 M instructions at every knowledge build for the title openers alone
 * (docs/performance-log.md, session 16).
 */
export class FormsOf {
  constructor(
    private readonly morphology: Morphology,
    private readonly words: ReadonlySet<string>,
  ) {}

  /** Whether the word is one of morphology.forms(w) for a word w of the set. */
  has(word: string): boolean {
    return this.morphology.isFormOf(word, this.words);
  }
}

export class Morphology {
  readonly article: string;
  readonly feminineEnding: string;
  /** The feminine ending as written before normalization (ة), '' when the data has none. */
  readonly writtenFeminineEnding: string;
  private readonly chains: Chain[];
  /**
   * The chains by the code of their first letter, each group in the chains' order: a word
   * is read only against the chains it can start with (none for most words: ال، ا… start
   * no proclitic), not the whole list, at every word that is looked up.
   */
  private readonly chainsByFirst = new Map<number, Chain[]>();
  private readonly everyChain: boolean;
  private readonly contractions: readonly string[];
  private readonly pronouns: readonly string[];
  /** Every pronoun a particle carries (object and particle pronouns), longest first. */
  private readonly allPronouns: readonly string[];
  /** The proclitics that are prepositions on their own (ب، ل، ك): single letters, no conjunction, no article. */
  private readonly prepositionClitics: readonly string[];
  private readonly presentPrefixes: Readonly<Record<'m' | 'f', string>>;
  private readonly pronounGenders: Readonly<Record<'m' | 'f', string>>;
  private readonly pluralEndings: readonly string[];
  private readonly constructEndings: readonly { construct: string; absolute: string }[];
  private readonly caseEndings: readonly string[];
  /**
   * The character codes of the one-letter proclitic prepositions (ل to, ب by, ك like), -1 for
   * one the language does not have: a pass asks whether a word starts with one by its first
   * code, without slicing it.
   */
  readonly prepositionLetters: { readonly to: number; readonly by: number; readonly like: number };
  /** The conjunction proclitics (و، ف), as the data lists them. */
  readonly conjunctions: readonly string[];
  /** The proclitic chains that carry no article (و، لـ، وبـ), none first: what an indefinite noun can be written with. */
  readonly bareProclitics: readonly string[];
  private readonly feminineBeforePronoun: string;
  private readonly futurePrefix: string;
  private readonly firstPersonPrefixes: readonly string[];
  private readonly cache = new Map<string, readonly Reading[]>();
  /** particleWithPronoun's forms, by the particle list they were written from. */
  private readonly particleForms = new WeakMap<ReadonlySet<string>, { plain: Set<string>; withClitics: Set<string> }>();

  constructor(data: MorphologyData) {
    this.article = data.article;
    this.feminineEnding = data.feminineEnding;
    this.writtenFeminineEnding = data.writtenFeminineEnding ?? '';
    this.pronouns = [...data.objectPronouns].sort((a, b) => b.length - a.length);
    this.presentPrefixes = data.presentPrefixes;
    this.pronounGenders = data.pronounGenders ?? { m: '', f: '' };
    this.pluralEndings = data.pluralEndings;
    this.constructEndings = data.constructEndings ?? [];
    this.caseEndings = data.caseEndings ?? [];
    this.conjunctions = data.conjunctions ?? [];
    this.contractions = data.articleContractions.map((c) => c.written);
    this.feminineBeforePronoun = data.feminineBeforePronoun ?? '';
    this.futurePrefix = data.futurePrefix ?? '';
    this.firstPersonPrefixes = data.firstPersonPrefixes ?? [];
    this.allPronouns = [...data.objectPronouns, ...(data.particlePronouns ?? [])].sort((a, b) => b.length - a.length);
    const letters = data.prepositionProclitics;
    this.prepositionLetters = { to: letters ? letters.to.charCodeAt(0) : -1, by: letters ? letters.by.charCodeAt(0) : -1, like: letters ? letters.like.charCodeAt(0) : -1 };
    this.prepositionClitics = data.proclitics.filter((p) => p.length === 1 && !this.conjunctions.includes(p));
    this.chains = data.proclitics.map((written) => {
      if (data.article && written.endsWith(data.article)) return { written, prefix: written.slice(0, -data.article.length), carriesArticle: true };
      const contraction = data.articleContractions.find((c) => written.endsWith(c.written));
      if (contraction) return { written, prefix: written.slice(0, -contraction.written.length) + contraction.prefix, carriesArticle: true };
      return { written, prefix: written, carriesArticle: false };
    });
    this.bareProclitics = ['', ...this.chains.filter((c) => !c.carriesArticle).map((c) => c.written)];
    // A chain stands only on a word that starts with its first letter (an empty one on any: then every word reads all).
    this.everyChain = this.chains.some((c) => !c.written);
    for (const c of this.chains) {
      const first = c.written.charCodeAt(0);
      const group = this.chainsByFirst.get(first);
      if (group) group.push(c);
      else this.chainsByFirst.set(first, [c]);
    }
  }

  /**
   * The readings of a normalized word with its proclitics removed, the word itself first:
   * "للمنظمه" reads as itself, "المنظمه" (ل + ال) and "لمنظمه"; callers take the first hit.
   * The array is shared between callers: read it, never change it.
   */
  readings(word: string): readonly Reading[] {
    let readings = this.cache.get(word);
    if (!readings) {
      if (this.cache.size >= READINGS_CACHE_LIMIT) this.cache.clear();
      readings = this.computeReadings(word);
      this.cache.set(word, readings);
    }
    return readings;
  }

  /** The stems of a word (itself first), without their prefixes. */
  stems(word: string): string[] {
    return sameShapeMap(this.readings(word), (r) => r.stem);
  }

  /** The written forms of a word with each proclitic: the inverse of readings. */
  forms(word: string): string[] {
    const out = [word];
    for (const c of this.chains) {
      if (c.carriesArticle) {
        if (word.startsWith(this.article)) out.push(c.written + word.slice(this.article.length));
      } else out.push(c.written + word);
    }
    return out;
  }

  /**
   * Whether the word is one of forms(w) for some w that `words` holds: forms' inverse,
   * read off the word instead of adding every form of every listed word to a set (a
   * phrase index did that for its first words at every knowledge build, 19 strings a word).
   */
  isFormOf(word: string, words: { has(w: string): boolean }): boolean {
    if (words.has(word)) return true;
    for (const c of this.chainsStarting(word)) {
      if (!word.startsWith(c.written)) continue;
      const rest = word.slice(c.written.length);
      if (words.has(c.carriesArticle ? this.article + rest : rest)) return true;
    }
    return false;
  }

  /** The word is written with the article (الوزير), as opposed to a bare or construct noun. */
  definite(word: string): boolean {
    return this.article !== '' && word.startsWith(this.article);
  }

  /** The word without its article (الوزير -> وزير), or null when it has none. */
  withoutArticle(word: string): string | null {
    return this.definite(word) ? word.slice(this.article.length) : null;
  }

  /**
   * The conjunction written at the word's start (the و of وقال), or null. Read on every token:
   * a loop over the data's list, no array or closure made per call.
   */
  conjunction(word: string): string | null {
    for (const c of this.conjunctions) if (word.startsWith(c)) return c;
    return null;
  }

  /**
   * The word without one conjunction at its start (وقال -> قال), or null when it has none.
   * Whatever follows is kept, even nothing (و -> ''): callers that need a word left check its length.
   */
  withoutConjunction(word: string): string | null {
    const c = this.conjunction(word);
    return c === null ? null : word.slice(c.length);
  }

  /** Whether `set` holds the word as written or once one conjunction is read off it (وقال -> قال). */
  holds(set: { has(word: string): boolean }, word: string): boolean {
    if (set.has(word)) return true;
    const bare = this.withoutConjunction(word);
    return bare !== null && set.has(bare);
  }

  /** The word opens, after at most one conjunction, with a preposition that swallowed the article's alef (للأمم، وللأمم). */
  contractsArticle(word: string): boolean {
    const rest = this.withoutConjunction(word) ?? word;
    for (const c of this.contractions) if (rest.startsWith(c)) return true;
    return false;
  }

  /** The object or possessive pronoun written at the word's end (ها of قالها), or null. */
  pronounSuffix(word: string): string | null {
    for (const p of this.pronouns) if (word.length > p.length + 1 && word.endsWith(p)) return p;
    return null;
  }

  /**
   * Whether the word, after at most one conjunction, is a particle carrying a pronoun (لهم،
   * بها، إليها، علينا، ولديه): a proclitic preposition or a word of `particles` (the
   * prepositions) with an object pronoun, or a word of `particles` with a particle pronoun.
   * A proclitic preposition with a particle pronoun (لنا، بنا) also spells names (ريم بنا):
   * counted only with `clitics`, where the place says no name can stand. The forms are
   * written out once per particle list: one or two lookups per word.
   */
  particleWithPronoun(word: string, particles: ReadonlySet<string>, clitics = false): boolean {
    let forms = this.particleForms.get(particles);
    if (!forms) this.particleForms.set(particles, (forms = this.formsWithPronouns(particles)));
    const set = clitics ? forms.withClitics : forms.plain;
    if (set.has(word)) return true;
    const bare = this.withoutConjunction(word);
    return bare !== null && set.has(bare);
  }

  /** Every particle + pronoun form (particleWithPronoun's sets). */
  private formsWithPronouns(particles: ReadonlySet<string>): { plain: Set<string>; withClitics: Set<string> } {
    const plain = new Set<string>();
    const withClitics = new Set<string>();
    for (const p of this.allPronouns) {
      const personal = !this.pronouns.includes(p);
      for (const particle of particles) {
        plain.add(particle + p);
        withClitics.add(particle + p);
      }
      for (const clitic of this.prepositionClitics) {
        if (!personal) plain.add(clitic + p);
        withClitics.add(clitic + p);
      }
    }
    return { plain, withClitics };
  }

  /** Whether a character code is one of the proclitic prepositions' letters (ل، ب، ك). */
  isPrepositionLetter(code: number): boolean {
    const l = this.prepositionLetters;
    return code === l.to || code === l.by || code === l.like;
  }

  /** The word ends like a feminine noun or adjective (normalized: ة -> ه). */
  feminine(word: string): boolean {
    return this.feminineEnding !== '' && word.endsWith(this.feminineEnding);
  }

  /** The gender of a third-person singular object pronoun (ه m, ها f), or null (هم، هما، or none). */
  pronounGender(pronoun: string): 'm' | 'f' | null {
    if (this.pronounGenders.m && pronoun === this.pronounGenders.m) return 'm';
    if (this.pronounGenders.f && pronoun === this.pronounGenders.f) return 'f';
    return null;
  }

  /** The gender a present-tense verb's first letter gives (يقول m, تقول f), or null. */
  presentGender(word: string): 'm' | 'f' | null {
    if (this.presentPrefixes.m && word.startsWith(this.presentPrefixes.m)) return 'm';
    if (this.presentPrefixes.f && word.startsWith(this.presentPrefixes.f)) return 'f';
    return null;
  }

  /**
   * The letters a past verb takes under the masculine present prefix (دافع -> يدافع، قرر ->
   * يقرر: forms whose stem the present keeps as written), or null when the profile has no
   * such prefix.
   */
  presentOf(word: string): string | null {
    return this.presentPrefixes.m ? this.presentPrefixes.m + word : null;
  }

  /** The word ends like a plural verb or noun (يقولون، قالوا). */
  plural(word: string): boolean {
    return this.pluralEndings.some((e) => word.length > e.length + 1 && word.endsWith(e));
  }

  /** The word without its plural ending (نظموا -> نظم), or null when it has none. */
  withoutPluralEnding(word: string): string | null {
    for (const e of this.pluralEndings) if (word.length > e.length + 1 && word.endsWith(e)) return word.slice(0, -e.length);
    return null;
  }

  /** The word as it is written alone when it may be a plural in construct (مقاتلي -> مقاتلين), or null. */
  absoluteOfConstruct(word: string): string | null {
    for (const e of this.constructEndings) if (word.length > e.construct.length + 2 && word.endsWith(e.construct)) return word.slice(0, -e.construct.length) + e.absolute;
    return null;
  }

  /**
   * Whether the word is a present verb in the future (سيكون، ستنتقم، سنعود) and in which
   * person: its prefix, a person's prefix, and a stem that some person's prefix makes a
   * verb of `verbs` (the corpus verbs: ستنتقم is read through ينتقم or انتقم). Null for any
   * other word (سيمنز، ستاندرد: no verb under them).
   */
  futureVerb(word: string, verbs: ReadonlySet<string>): 'first' | 'other' | null {
    const f = this.futurePrefix;
    if (!f || !word.startsWith(f)) return null;
    const persons = [this.presentPrefixes.m, this.presentPrefixes.f, ...this.firstPersonPrefixes];
    const rest = word.slice(f.length);
    const person = persons.find((p) => rest.startsWith(p));
    if (person === undefined || rest.length < person.length + 2) return null;
    const stem = rest.slice(person.length);
    if (!persons.some((p) => verbs.has(p + stem))) return null;
    return this.firstPersonPrefixes.includes(person) ? 'first' : 'other';
  }

  /** The word without an accusative ending (طفلا -> طفل), or null when it has none. */
  withoutCaseEnding(word: string): string | null {
    for (const e of this.caseEndings) if (word.length > e.length + 2 && word.endsWith(e)) return word.slice(0, -e.length);
    return null;
  }

  /** The word without its pronoun ending, as it is written alone (قرارها -> قرار، ايجابيته -> ايجابيه), or [] when it has none. */
  withoutPronoun(word: string): string[] {
    const p = this.pronounSuffix(word);
    if (!p) return [];
    const rest = word.slice(0, -p.length);
    const f = this.feminineBeforePronoun;
    return f && this.feminineEnding && rest.endsWith(f) ? [rest, rest.slice(0, -f.length) + this.feminineEnding] : [rest];
  }

  /** The chains that may stand on the word: those that start with its first letter, in the chains' order. */
  private chainsStarting(word: string): readonly Chain[] {
    if (this.everyChain) return this.chains;
    return this.chainsByFirst.get(word.charCodeAt(0)) ?? NO_CHAINS;
  }

  private computeReadings(word: string): Reading[] {
    const out: Reading[] = [{ stem: word, prefix: '' }];
    for (const c of this.chainsStarting(word)) {
      if (word.length <= c.written.length + 1 || !word.startsWith(c.written)) continue;
      const rest = word.slice(c.written.length);
      out.push({ stem: c.carriesArticle ? this.article + rest : rest, prefix: c.prefix });
    }
    return out;
  }
}

/** A profile without clitics: every word reads as itself. */
export const NO_MORPHOLOGY: MorphologyData = { article: '', proclitics: [], articleContractions: [], objectPronouns: [], feminineEnding: '', presentPrefixes: { m: '', f: '' }, pluralEndings: [] };

const compiled = new WeakMap<MorphologyData, Morphology>();

/** The morphology of a profile's data, compiled once: its readings cache serves every knowledge built from it. */
export function morphologyFor(data: MorphologyData | undefined): Morphology {
  const d = data ?? NO_MORPHOLOGY;
  let m = compiled.get(d);
  if (!m) compiled.set(d, (m = new Morphology(d)));
  return m;
}
