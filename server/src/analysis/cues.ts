// Attribution cues found in a stretch of text: speech verbs (قال، أكد، وأضاف…), participles
// (قائلا، موضحاً…), "according to" phrases (بحسب X، وفقا لـ X) and their pronoun forms
// (حسب قوله). Forms come from knowledge/cues.json; و and ف are read off the front.

import type { ArticleDocument } from './document';
import type { RangeSet } from './ranges';
import type { GovernedForm, Knowledge } from './knowledge';
import { memoGroup, memoOf, type WordMemo } from './wordMemo';
import { wordTable } from './wordTable';

export type CueKind = 'verb' | 'participle' | 'according' | 'self';

export type Gender = 'm' | 'f';

export interface CueHit {
  kind: CueKind;
  lemma: string;
  /** Grammatical gender of the verb or participle (قالت = f), when it shows. */
  gender: Gender | null;
  /** Token range of the cue words (with proclitic و/ف, without a preceding كما/هذا). */
  first: number;
  end: number;
}

const CUE_PROCLITICS = ['', 'و', 'ف'];
/** The ل of purpose or sequence before a present-tense verb (ليقول، لتضيف، وليؤكد). */
const PRESENT_PROCLITICS = ['ل', 'ول', 'فل'];
const PRESENT_PREFIX = /^[يت]/u;
const ALL_PROCLITICS = [...CUE_PROCLITICS, ...PRESENT_PROCLITICS];
/** How far, in words, each reading of a cue looks. */
const REACH = {
  /** After an ambiguous verb form, for what confirms it… */
  confirm: 6,
  /** …and, past commas, for an أن that opens a quote and still confirms it. */
  confirmFar: 20,
  /** A verb of opinion's clause (its subject, أن) before its quote opens. */
  quoteClause: 12,
  /** Back from a verb of opinion, for a cue of its sentence that would report it. */
  sentenceLead: 40,
  /** After a governed form, to its preposition (its object between: تعد زبائنها بـ). */
  governed: 3,
  /** Between أن and the quote it opens (أن الوضع "خطير"), as the cue miner counts. */
  afterComplementizer: 2,
} as const;

const cueMemos = memoGroup((k: Knowledge) => ({ mayBeCue: memoOf(k, 'mayBeCue', mayBeCue), mayStartCue: memoOf(k, 'mayStartCue', mayStartCue) }));

export class CueFinder {
  /** Whether any reading of a word (with و/ف off) is a verb, a participle or the head of "according to ل". */
  private readonly mayBeCue: WordMemo;
  /** Whether a word can start any cue at all: most words cannot, and one test says so. */
  private readonly mayStartCue: WordMemo;
  /** readingsByKnowledge's entry for this knowledge and word-table generation, kept: no WeakMap lookup per cue word. */
  private kept: KeptReadings | null = null;

  constructor(
    private readonly doc: ArticleDocument,
    private readonly inQuote: RangeSet,
    /** Whether a speaker's mention starts at token j (confirms an ambiguous verb form). */
    private readonly speakerStartsAt: (j: number) => boolean = () => false,
    /** Whether an organization or a country starts at token j (the subject of a verb of opinion). */
    private readonly bodyStartsAt: (j: number) => boolean = () => false,
  ) {
    const memos = cueMemos(doc.knowledge);
    this.mayBeCue = memos.mayBeCue;
    this.mayStartCue = memos.mayStartCue;
  }

  /** The cue starting at token i, if any. */
  cueAt(i: number): CueHit | null {
    const t = this.doc.tokens;
    const cues = this.doc.knowledge.cues;
    if (i >= t.count || !this.mayStartCue.at(t, i) || this.inQuote.has(t.starts[i])) return null;
    // The phrase lexicons read their own proclitics: one lookup each, whatever the prefix.
    const self = cues.selfAccordingTo.match(t, i, true);
    if (self) return { kind: 'self', lemma: self.phrase, gender: null, first: i, end: self.end };
    const according = cues.accordingTo.match(t, i, true);
    if (according && (according.prefix === '' || this.doc.knowledge.morphology.conjunctions.includes(according.prefix))) {
      return { kind: 'according', lemma: according.phrase, gender: null, first: i, end: according.end };
    }
    if (!this.mayBeCue.at(t, i)) return null;
    const lamNext = according === null && i + 1 < t.count && t.text(i + 1).startsWith('ل');
    for (const r of this.readingsAt(i)) {
      // وفقاً لمديرة …: the ل of "according to" is written on the next word.
      if (lamNext && r.lamLemma !== null) return { kind: 'according', lemma: r.lamLemma, gender: null, first: i, end: i + 1 };
      if (r.verb !== null && (!r.mayBeNoun || this.readsAsVerb(i, r)) && (r.quoteOnly ? this.quoteOpensClause(i + 1, r.stem) && this.leadsSentence(i) : r.governed ? this.governs(i, r.governed) : !r.ambiguous || this.confirmsCue(i + 1, r.stem))) return { kind: 'verb', lemma: r.verb, gender: r.verbGender, first: i, end: i + 1 };
      if (r.participle !== null) return { kind: 'participle', lemma: r.participle, gender: r.participleGender, first: i, end: i + 1 };
    }
    return null;
  }

  /** The cue readings of token i's word, kept by word id for the process (see cueReadings). */
  private readingsAt(i: number): readonly CueReading[] {
    const t = this.doc.tokens;
    const k = this.doc.knowledge;
    if (t.generation !== wordTable.generation) return cueReadings(k, t.text(i));
    let kept = this.kept;
    if (!kept || kept.generation !== wordTable.generation) {
      kept = readingsByKnowledge.get(k) ?? null;
      if (!kept || kept.generation !== wordTable.generation) readingsByKnowledge.set(k, (kept = { generation: wordTable.generation, byId: new Map() }));
      this.kept = kept;
    }
    let readings = kept.byId.get(t.wordId(i));
    if (!readings) kept.byId.set(t.wordId(i), (readings = cueReadings(k, t.text(i))));
    return readings;
  }

  /**
   * Whether a verb reading that may be a noun's is the verb: a word written with the feminine
   * ending (طالبة student, وصفة recipe) is no verb with an object pronoun (طالبه، وصفه), and a
   * form that is also a noun is the noun after a subject pronoun (وهو طالب حقوق) or before its
   * و-coordinated feminine (طالب وطالبة).
   */
  private readsAsVerb(i: number, r: CueReading): boolean {
    const t = this.doc.tokens;
    const m = this.doc.knowledge.morphology;
    if (r.objectPronoun && m.writtenFeminineEnding && writtenEnding(this.doc.tokenText(i, i + 1)).endsWith(m.writtenFeminineEnding)) return false;
    if (!r.noun) return true;
    if (i > 0 && this.doc.knowledge.lexicon.clauseSubjectPronouns?.has(t.text(i - 1))) return false;
    return !(i + 1 < t.count && m.withoutConjunction(t.text(i + 1)) === r.stem + m.feminineEnding);
  }

  /**
   * Whether a governed form speaks: the preposition it governs stands on one of the next few
   * words of its clause (يعد بـ"…"، تعد زبائنها بـ), not after a particle that makes it another
   * verb (لم يعد), and that word is neither a word of its own (بمثابة، بين) nor a name's start
   * nor a word that only begins with the preposition's letter (برامج، برديتا).
   */
  private governs(i: number, g: GovernedForm): boolean {
    const t = this.doc.tokens;
    const lx = this.doc.knowledge.lexicon;
    if (i > 0) {
      const before = t.text(i - 1);
      if (g.notAfter.has(this.doc.knowledge.morphology.withoutConjunction(before) ?? before)) return false;
    }
    for (let k = i + 1; k < Math.min(t.count, i + 1 + REACH.governed); k++) {
      if (!t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && /[.؟?!:\n]/u.test(this.doc.norm.slice(t.ends[k - 1], t.starts[k]))) return false;
      const w = t.text(k);
      if (!w.startsWith(g.preposition) || g.notGoverning.has(w) || lx.prepositions.has(w) || this.speakerStartsAt(k)) continue;
      // The preposition written apart (بـ"…") or on a definite or a common noun (بالحفاظ، بهزيمة), not a word that merely starts with its letter (برامج).
      const rest = w.slice(g.preposition.length);
      if (rest === '' || this.doc.knowledge.morphology.definite(rest) || lx.corpusCommonNouns.has(rest)) return true;
    }
    return false;
  }

  /** After an ambiguous verb form: a colon, a quote, أن/إن, أيضا or a title confirms it. */
  private confirmsCue(j: number, bare: string): boolean {
    const t = this.doc.tokens;
    const prevEnd = t.ends[j - 1];
    const gap = j < t.count ? this.doc.norm.slice(prevEnd, t.starts[j]) : this.doc.norm.slice(prevEnd, prevEnd + 3);
    // A preposition's form (بين "أمراء الحرب"، بينها اثنان) is a verb only before a colon or أن.
    const preposition = this.doc.knowledge.lexicon.prepositionForms?.has(bare);
    if (preposition) {
      // بيّن with its shadda written is the verb; otherwise a colon, أن or أيضا must follow.
      if (this.doc.tokenText(j - 1, j).includes('\u0651')) return true;
      return /^\s*:/u.test(gap) || (j < t.count && (this.doc.knowledge.lexicon.complementizers.has(t.text(j)) || t.text(j) === 'ايضا'));
    }
    if (/^\s*[:"«“]/u.test(gap)) return true;
    if (j >= t.count) return false;
    // A relayed quote: ونقل بيان للحكومة عن الوزيرة قولها.
    const relay = t.text(j - 1);
    if (this.doc.knowledge.cues.relayVerbs.has(this.doc.knowledge.morphology.withoutConjunction(relay) ?? relay)) {
      for (let k = j; k < Math.min(t.count, j + 10); k++) if (this.doc.knowledge.lexicon.relaySourcePrepositions.has(t.text(k))) return true;
    }
    const next = t.text(j);
    if (this.doc.knowledge.lexicon.cueConfirmers.has(next) || this.doc.knowledge.roleIndex.match(t, j) !== null || this.speakerStartsAt(j)) return true;
    // وتابع التقرير "…"، واعتبر المدرب الإسباني الجمعة أنه "…": a colon, a quote or أن a
    // few words on, in the same clause, confirms the verb too (not a preposition's form: بين).
    // With its subject written right after it (اعتبر الدكتور X، وزير …، أن), the verb's
    // clause runs on through the subject's appositions: commas do not end it, a sentence does.
    const subjectFollows = this.speakerStartsAt(j) || (j + 1 < t.count && this.speakerStartsAt(j + 1));
    let commas = 0;
    for (let k = j; k < Math.min(t.count, j + REACH.confirmFar); k++) {
      const near = k < j + REACH.confirm && commas === 0;
      // Farther on, another cue word opens its own clause (… الأمر، فبحسب قوله:).
      if (!near && this.opensClause(k)) return false;
      // Most words are apart by a space alone: no string made and searched then.
      if (!t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) {
        const between = this.doc.norm.slice(t.ends[k - 1], t.starts[k]);
        if (/[:"«“]/u.test(between)) return true;
        if (/[.؟?!]/u.test(between)) return false;
        if (/[،,]/u.test(between)) commas++;
      }
      if (k > j && this.doc.knowledge.lexicon.complementizers.has(t.text(k))) {
        // Farther on, past commas, only an أن that opens a quote (… في أوتاوا، أن "…").
        if (near || (subjectFollows && k < j + REACH.confirm)) return true;
        if (/^\s*["«“]/u.test(this.doc.norm.slice(t.ends[k], t.ends[k] + 3))) return true;
      }
    }
    return false;
  }

  /**
   * After a verb of opinion or expectation (ويعتقد، وتوقعت): the words are the subject's only
   * when a quote opens the verb's clause, after a colon or within two words after its first
   * أن (ويعتقد الخبير أن الوضع "خطير"، وزاد: "…") or with أن as its first word (وتوقعت
   * الوزارة في بيان "أن يبقى …"). A quote right after the verb is its object or its quoted
   * subject, not its words; a quote after a second أن is someone else's (وتوقع أن يتهم بأنه
   * "…"); a sentence break or another cue ends the clause.
   */
  private quoteOpensClause(j: number, stem: string): boolean {
    const t = this.doc.tokens;
    const complementizers = this.doc.knowledge.lexicon.complementizers;
    let complementizer = -1;
    for (let k = j; k < Math.min(t.count, j + REACH.quoteClause); k++) {
      // Most words are apart by a space alone: no mark, colon or break to look for then.
      const plain = t.onlySpaceBetween(t.ends[k - 1], t.starts[k]);
      const gap = plain ? '' : this.doc.norm.slice(t.ends[k - 1], t.starts[k]);
      const open = plain ? -1 : gap.search(/["«“]/u);
      const colon = !plain && (open >= 0 ? gap.slice(0, open) : gap).includes(':');
      if (open >= 0) {
        const afterComplementizer = complementizer >= 0 && k - complementizer <= REACH.afterComplementizer + 1;
        const opensWithComplementizer = complementizer < 0 && complementizers.has(t.text(k));
        if (!colon && !afterComplementizer && !opensWithComplementizer) return false;
        return this.hasSubject(j, complementizer >= 0 ? complementizer : k, stem);
      }
      if (colon || (!plain && /[.؟?!؛\n]/u.test(gap))) return false;
      if (k > j && this.opensClause(k)) return false;
      if (complementizer < 0 && complementizers.has(t.text(k))) complementizer = k;
    }
    return false;
  }

  /**
   * Whether the words between a verb of opinion and its أن (tokens [j, end)) name who holds
   * it: a person, a title, a body or a definite noun (ويعتقد الادعاء العام بأن، ويأمل الوفد في
   * أن). With no words, or words that open with a preposition (ونبه في لقاء مع الصحفيين إلى
   * أن), the subject is a pronoun (فهي تعتقد أن، ونبه إلى أن), except after the masculine
   * present: يعتقد أن، يتوقع أن are the impersonal "it is believed, expected".
   */
  private hasSubject(j: number, end: number, stem: string): boolean {
    const t = this.doc.tokens;
    const prepositions = this.doc.knowledge.lexicon.prepositions;
    while (end > j && prepositions.has(t.text(end - 1))) end--;
    if (end === j || prepositions.has(t.text(j))) return !PRESENT_PREFIX.test(stem) || stem.startsWith('ت');
    return this.speakerStartsAt(j) || this.bodyStartsAt(j) || this.doc.knowledge.morphology.definite(t.text(j));
  }

  /**
   * Whether no cue stands before token i in its sentence: a verb of opinion inside what
   * another cue reports (وقال مسؤول إن واشنطن تعتقد أن "…"، ونقلت الوكالة عن روحاني قوله إن
   * إيران تتوقع …) is part of those words, and the outer cue governs them.
   */
  private leadsSentence(i: number): boolean {
    const t = this.doc.tokens;
    for (let k = i - 1; k >= 0 && k >= i - REACH.sentenceLead; k--) {
      if (!t.onlySpaceBetween(t.ends[k], t.starts[k + 1]) && /[.؟?!\n]/u.test(this.doc.norm.slice(t.ends[k], t.starts[k + 1]))) return true;
      if (!this.inQuote.has(t.starts[k]) && this.opensClause(k)) return false;
    }
    return true;
  }

  /** Whether token k may be a cue of its own: a speech verb's form (not a preposition's), or an "according to" phrase. */
  private opensClause(k: number): boolean {
    const t = this.doc.tokens;
    const cues = this.doc.knowledge.cues;
    // A verb of opinion (طلب، يعتقد) is a cue of its own only with its quote: not a clause break here.
    if (this.mayBeCue.at(t, k) && !this.doc.knowledge.lexicon.prepositionForms?.has(t.text(k)) && !this.readingsAt(k).every((r) => r.quoteOnly)) return true;
    return cues.accordingTo.match(t, k, true) !== null || cues.selfAccordingTo.match(t, k, true) !== null;
  }

  /** Every cue in the normalized range [start, end), outside quotes, in order (appended to `out` when given). */
  cuesIn(start: number, end: number, out: CueHit[] = []): CueHit[] {
    const t = this.doc.tokens;
    return this.cuesOfTokens(t.indexAtOrAfter(start), t.indexBefore(end) + 1, end, out);
  }

  /**
   * Every cue in the tokens [first, to), those lying wholly before the normalized offset `end`
   * (cuesIn's range once its tokens are known), appended to `out`.
   */
  cuesOfTokens(first: number, to: number, end: number, out: CueHit[]): CueHit[] {
    const t = this.doc.tokens;
    // Only words that may start a cue are read.
    let i = this.mayStartCue.nextAt(t, first, to);
    while (i < to) {
      const cue = this.cueAt(i);
      if (cue && t.ends[cue.end - 1] <= end) {
        out.push(cue);
        i = cue.end;
      } else i++;
      i = this.mayStartCue.nextAt(t, i, to);
    }
    return out;
  }
}

/**
 * One reading of a word as a cue (a proclitic read off), with what the lexicons say of
 * its stem. cueAt tries them in order; they depend on the word only, so each distinct
 * word's are made once per process (only words that may be cues get here: few).
 */
interface CueReading {
  stem: string;
  /** `stem ل` when it is an "according to" whose ل is written on the next word (وفقاً لمديرة). */
  lamLemma: string | null;
  /**
   * The verb's lemma. A verb carries its object only in the forms the cue data lists
   * (ووصفته بأنه "…"): stripping any ه/ها would read إضافة (normalized اضافه) as أضاف + ه,
   * بينها as بيّن + ها.
   */
  verb: string | null;
  /** Whether the verb form is ambiguous (confirmed by what follows). */
  ambiguous: boolean;
  /** The preposition the form's speech sense governs, when only it confirms the form (يعد بـ). */
  governed: GovernedForm | null;
  /** Whether the verb form ends like one with an object pronoun that a feminine noun is written alike (طالبه / طالبة). */
  objectPronoun: boolean;
  /** Whether the verb form is also a common noun (طالب student). */
  noun: boolean;
  /** objectPronoun or noun: readsAsVerb has something to check. */
  mayBeNoun: boolean;
  /** A verb of opinion or expectation: a cue only when a quote opens its clause (quoteOpensClause). */
  quoteOnly: boolean;
  verbGender: Gender | null;
  participle: string | null;
  /** Null for a verbal noun read as a participle (بالقول، بقوله): its ending shows no gender. */
  participleGender: Gender | null;
}

interface KeptReadings {
  generation: number;
  byId: Map<number, readonly CueReading[]>;
}

const readingsByKnowledge = new WeakMap<Knowledge, KeptReadings>();

/** A word's cue readings in cueAt's order; readings that can be no cue are left out. */
function cueReadings(knowledge: Knowledge, word: string): readonly CueReading[] {
  const cues = knowledge.cues;
  const out: CueReading[] = [];
  for (const p of procliticsOf(word)) {
    const stem = word.slice(p.length);
    if (stem.length < 2) continue;
    const lamLemma = cues.accordingTo.hasPhrase(`${stem} ل`) ? `${stem} ل` : null;
    const speech = cues.verbs.get(stem) || null;
    const opinion = speech === null ? cues.quoteVerbs.get(stem) || null : null;
    const verb = speech ?? opinion;
    const participle = cues.participles.get(stem) || null;
    if (lamLemma === null && verb === null && participle === null) continue;
    const feminine = knowledge.morphology.feminineEnding;
    const objectPronoun = verb !== null && feminine !== '' && stem.endsWith(feminine);
    const noun = verb !== null && cues.nounForms.has(stem);
    out.push({
      stem,
      lamLemma,
      verb,
      ambiguous: verb !== null && cues.ambiguousForms.has(stem),
      governed: (verb !== null && cues.governedForms.get(stem)) || null,
      objectPronoun,
      noun,
      mayBeNoun: objectPronoun || noun,
      quoteOnly: opinion !== null,
      verbGender: verb !== null ? verbGender(stem, verb) : null,
      participle,
      participleGender: participle === null || !participle.endsWith('ا') ? null : stem.endsWith('ه') ? 'f' : 'm',
    });
  }
  return out;
}

/** A word as written without the vowel marks after its last letter (طالبةً → طالبة). */
function writtenEnding(raw: string): string {
  let end = raw.length;
  while (end > 0 && MARK.test(raw.charAt(end - 1))) end--;
  return raw.slice(0, end);
}

const MARK = /\p{M}/u;

/** The proclitics a word may carry before a cue, none first (the ل ones only before a present tense). */
function procliticsOf(word: string): string[] {
  return ALL_PROCLITICS.filter((p) => !p || (word.startsWith(p) && (!PRESENT_PROCLITICS.includes(p) || PRESENT_PREFIX.test(word.slice(p.length)))));
}

function mayBeCue(knowledge: Knowledge, word: string): boolean {
  const cues = knowledge.cues;
  for (const p of procliticsOf(word)) {
    const stem = word.slice(p.length);
    if (stem.length < 2) continue;
    if (cues.verbs.has(stem) || cues.quoteVerbs.has(stem) || cues.participles.has(stem) || cues.accordingTo.hasPhrase(`${stem} ل`)) return true;
  }
  return false;
}

/**
 * The gender a verb form shows: past قالت / present تقول are feminine, قال / يقول
 * masculine; plurals and forms that do not show it give null.
 */
export function verbGender(form: string, lemma: string): Gender | null {
  const base = lemma.replace(/[أإآ]/gu, 'ا');
  if (form === base || form === lemma) return 'm';
  if (form.endsWith('وا') || form.endsWith('ون') || form.endsWith('ا') && form.length > base.length) return null;
  if (form.endsWith('ت') && form.length === base.length + 1) return 'f';
  if (form.startsWith('ت')) return 'f';
  if (form.startsWith('ي')) return 'm';
  return null;
}

/** Object pronouns a speech verb may carry (وصفته، أكدها، أبلغهم). */

/** Whether a word can start any cue at all (memoOf's test). */
function mayStartCue(knowledge: Knowledge, word: string): boolean {
  const cues = knowledge.cues;
  return word.length >= 2 && (cues.selfAccordingTo.mayStartWith(word) || cues.accordingTo.mayStartWith(word) || mayBeCue(knowledge, word));
}
