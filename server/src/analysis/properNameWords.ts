// The words of an organization's proper name written bare after its head (جامعة بنسلفانيا،
// صحيفة فاينانشل تايمز): per-word tests of the knowledge and the word alone, asked through the
// organization grammar's memos (organizationGrammar.ts properName).

import { writtenAsCommonWord } from './commonWords';
import type { Knowledge } from './knowledge';

/** A word of Arabic letters only (no digits, marks or Latin): the organization grammar's test too. */
export const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/**
 * A word of a proper name written bare (بنسلفانيا، فورستر، باركليز): Arabic letters, not the
 * article, and a word the corpus never writes as a verb, a common noun or with the article
 * under any reading (word-classes: a transliterated name's word), nor a word of the grammar
 * (a preposition, a stop, a head, a country adjective, a naming verb).
 */
export function isProperNameWord(k: Knowledge, w: string): boolean {
  return mayBeNameWord(k, w) && !writtenAsCommonWord(k, w) && !readsAsVerbOrParticle(k, w);
}

/**
 * A word that ends a foreign name though the corpus writes it as a noun with the article
 * (بنك كريديت سويس، صحيفة ديلي تلغراف: السويس، التلغراف): written so itself, no verb, and
 * not feminine (a feminine noun after the name is the verb's object: أجرت جامعة X دراسة).
 * The grammar takes it only before a boundary (organizationGrammar.ts properName).
 */
export function isForeignNameEnd(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  return lx.corpusCommonNouns.has(w) && !lx.corpusVerbs.has(w) && !lx.timeWords.has(w) && !k.morphology.feminine(w) && !k.morphology.plural(w) && mayBeNameWord(k, w) && !readsAsVerbOrParticle(k, w);
}

/** The tests a word of a foreign name passes whatever the corpus writes it as: no grammar word, head, adjective or proclitic on something else. */
function mayBeNameWord(k: Knowledge, w: string): boolean {
  const g = k.organizationGrammar;
  const lx = k.lexicon;
  if (w.length < 3 || !ARABIC_WORD.test(w) || k.morphology.definite(w)) return false;
  // A grammar word, also under a conjunction (وهي، وذلك; not كوفي، بلان under ك، ب).
  const unjoined = k.morphology.withoutConjunction(w);
  if (grammarWord(k, w) || (unjoined !== null && grammarWord(k, unjoined))) return false;
  // شركة تدعى X، شركة مقرها لندن: the name follows a naming verb, not the head.
  if (lx.namedVerbs.has(w) || lx.labelMarkers.has(w)) return false;
  if (g.heads.has(w) || g.complementNouns.has(w) || k.countryAdjectiveIndex.hasWord(w) || k.morphology.contractsArticle(w)) return false;
  // An indefinite relational adjective describes the head (منظمة فدائية، صحيفة حائطية).
  if (feminineRelational(k, w)) return false;
  // A proclitic on a word that is something else: لبي بي سي، لإشبيلية، بالقاهرة (هجمة منظمة لإشبيلية).
  for (const r of k.morphology.readings(w)) if (r.prefix !== '' && startsSomethingElse(k, r.stem)) return false;
  return true;
}

/**
 * A word that goes on a proper name after its first word (فاينانشال تايمز، عثمان غازي، رولز
 * رويس): one the corpus writes with the article now and then but mostly bare, neither a common
 * noun nor a verb (word-classes corpusArticleWords: a foreign name's word the copy sometimes
 * writes as التايمز), and no word of the grammar.
 */
export function isNameTailWord(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  if (!lx.corpusArticleWords?.has(w) || lx.corpusCommonNouns.has(w) || lx.corpusVerbs.has(w)) return false;
  if (lx.nameStops.has(w) || lx.organizationNameStops.has(w) || lx.prepositions.has(w) || lx.clauseWords.has(w) || lx.timeWords.has(w) || k.organizationGrammar.nameStops.has(w)) return false;
  return !k.morphology.feminine(w) && !feminineRelational(k, w) && !k.personIndex.hasWord(w);
}

/** Whether a word ends as a feminine relational adjective (دولية، فدائية: lexicon.relationalAdjectiveEndings, then the feminine ending). */
export function feminineRelational(k: Knowledge, w: string): boolean {
  const feminine = k.morphology.feminineEnding;
  if (feminine === '') return false;
  for (const e of k.lexicon.relationalAdjectiveEndings ?? []) if (w.endsWith(e + feminine)) return true;
  return false;
}

/** Whether a word ends as a relational adjective of either gender (الإعلامي، الشيوعية). */
export function relationalAdjective(k: Knowledge, w: string): boolean {
  for (const e of k.lexicon.relationalAdjectiveEndings ?? []) if (w.endsWith(e)) return true;
  return feminineRelational(k, w);
}

/**
 * A verb or a particle the word classes do not list in this form: an indefinite noun's
 * clause (شركة يديرها رجل، بنك سيتحول خلال) or a preposition with a pronoun (شركة منهم): a
 * corpus verb in the future, a speech verb, a present verb whose masculine form the corpus
 * writes as a verb (صحيفة تشاينا دايلي تشير), or one with an object pronoun or a plural
 * ending (منظمة يسرقون هويات).
 */
function readsAsVerbOrParticle(k: Knowledge, w: string): boolean {
  const m = k.morphology;
  const lx = k.lexicon;
  if (m.particleWithPronoun(w, lx.prepositions)) return true;
  if (m.futureVerb(w, lx.corpusVerbs) !== null || k.cues.verbs.has(w)) return true;
  // After و a known verb opens the next clause (جامعة صنعاء ونظموا، شركة X ويقول); an ending
  // alone says nothing there (فيراغون، ويلسون).
  const unjoined = m.withoutConjunction(w);
  if (unjoined !== null && knownVerb(k, unjoined)) return true;
  if (m.presentGender(w) === null) return false;
  // تشير beside the corpus verb يشير; a present verb with a pronoun or a plural ending.
  const masculine = m.presentOf(w.slice(1));
  return (masculine !== null && lx.corpusVerbs.has(masculine)) || m.pronounSuffix(w) !== null || m.plural(w);
}

/** A verb the cues or the corpus verbs list, also with a plural ending (نظموا) or in the feminine present (تقول). */
function knownVerb(k: Knowledge, v: string): boolean {
  const m = k.morphology;
  const verbs = k.lexicon.corpusVerbs;
  const stem = m.withoutPluralEnding(v);
  const masculine = m.presentGender(v) === null ? null : m.presentOf(v.slice(1));
  return k.cues.verbs.has(v) || verbs.has(v) || (stem !== null && verbs.has(stem)) || (masculine !== null && verbs.has(masculine));
}

/** A word of the grammar lists: a stop, a preposition, a clause word, a pronoun or a relative (بما). */
function grammarWord(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  return k.organizationGrammar.nameStops.has(w) || lx.organizationNameStops.has(w) || lx.nameStops.has(w) || lx.prepositions.has(w) || lx.clauseWords.has(w) || lx.subjectStops.has(w) || lx.relativePronouns.has(w) || lx.scopeBreakers.has(w) || lx.clauseSubjectPronouns.has(w) || lx.whatRelatives.has(w);
}

/**
 * Whether a word under a proclitic is a head, a complement's noun, a definite word the corpus
 * writes (والحفر، بالقاهرة; not فالدن: ف and an unknown word), or starts a known organization,
 * person or country.
 */
function startsSomethingElse(k: Knowledge, stem: string): boolean {
  const bare = k.morphology.withoutArticle(stem);
  return (
    (bare !== null && writtenAsCommonWord(k, bare)) ||
    k.organizationGrammar.heads.has(stem) ||
    k.organizationGrammar.complementNouns.has(stem) ||
    k.organizationIndex.mayStartWith(stem) ||
    k.ambiguousOrganizationIndex.mayStartWith(stem) ||
    k.personIndex.hasWord(stem) ||
    k.countryNameIndex.hasWord(stem) ||
    k.lexicon.spelledLetters.has(stem)
  );
}
