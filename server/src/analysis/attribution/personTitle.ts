// The person a title no role lists names: the words real copy writes before a person's name
// after a speech verb (lexicon.corpusPersonTitles, mined by scripts/mine-word-classes.mjs:
// المدرب، القاضية، البروفيسور). The name after such a title, its complement or a relative
// clause on it speaks; without one the title stays a noun phrase that speaks (speakerAt.ts,
// phraseSpeaker).

import { writtenAsCommonWord } from '../commonWords';
import { isOrganizationAddressee } from '../people';
import type { PersonCluster } from '../speakers';
import type { SubjectPhrase } from '../subjects';
import type { AttributionContext } from './context';
import { register } from './subjectHistory';
import { closingName, nameAfterTitleComplement, nameMention } from './speakerAt';

/** The tanween marks (ً ٌ ٍ): an indefinite noun's or adjective's ending, never a name's. */
const TANWEEN = /[\u064B-\u064D]/u;

/**
 * Whether a definite phrase opens with a word real copy writes before a person's name
 * (lexicon.corpusPersonTitles: المدرب الإيطالي، القاضية، البروفيسور), a title no role lists.
 */
export function personTitlePhrase(cx: AttributionContext, phrase: SubjectPhrase): boolean {
  return phrase.type === 'institution' && !!cx.doc.knowledge.lexicon.corpusPersonTitles?.has(cx.t.text(phrase.first));
}

/**
 * The person a title no role lists names (personTitlePhrase): a name right after it (المدرب
 * الإيطالي فابيو كابيلو إن)، or, after the title's complement (ل on a noun or a body, or an
 * office preposition: المدرب السابق لنادي إشبيلية أوناي إيمري إن، الباحث في مركز …، X) or a
 * relative clause (السياسي الذي ينتمي لحزب … مارتن سيكرت، إن)، the name that closes the
 * clause as it does a listed title's. Not when the phrase runs over a
 * title in the genitive (الطبيب السابق للرئيس الأمريكي دونالد ترامب: the name is the president's).
 */
export function namedAfterPersonTitle(cx: AttributionContext, phrase: SubjectPhrase): { cluster: PersonCluster; end: number } | null {
  const { t, doc } = cx;
  const k = doc.knowledge;
  for (let i = phrase.first + 1; i < phrase.end; i++) if (titleInGenitive(cx, i)) return null;
  const end = phrase.end;
  if (end >= t.count || !t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) return null;
  const complement = procliticComplement(cx, end);
  const direct = complement ? null : nameRightAfter(cx, end);
  // المهاجم السابق لأستون فيلا، ديون دوبلن: a name under ل or ب may be the body the title is of.
  const directWord = direct ? t.text(direct.first) : '';
  const letters = cx.morph.prepositionLetters;
  const under = directWord.charCodeAt(0);
  const underPreposition = directWord.length >= 3 && (under === letters.to || under === letters.by) && !k.personIndex.hasWord(directWord);
  let name = underPreposition ? null : direct;
  // القاضية التي نظرت في القضية حينها إيفلين بيكر إن: a relative clause, then the name closing the clause.
  if (!name && k.lexicon.relativePronouns?.has(t.text(end))) name = nameClosingRelative(cx, end);
  if (!name && (complement || underPreposition || k.lexicon.officePrepositions.has(t.text(end)))) {
    // The name closing the clause must read as nothing but a name; one set off by commas
    // after the complement (…، ديون دوبلن،) is one by its place.
    const closing = closingName(cx, end);
    if (closing && onlyNameWords(cx, closing)) name = closing;
    else {
      const apposed = nameAfterTitleComplement(cx, end);
      if (apposed && !procliticComplement(cx, apposed.first) && !isOrganizationAddressee(k, t.text(apposed.first))) name = apposed;
    }
  }
  // المدرب الفرنسي لأرسنال أرسين فينغر: the body under ل, then the name.
  if (!name && direct) name = direct.end - direct.first >= 3 ? { first: direct.first + 1, end: direct.end, knowledgeId: null } : direct;
  if (!name) return null;
  // التي تدعى فلورار لو: the verb that introduces the name is no part of it.
  if (name.end - name.first > 2 && k.lexicon.namedVerbs?.has(t.text(name.first))) name = { first: name.first + 1, end: name.end, knowledgeId: null };
  const c = register(cx, nameMention(t, name.first, name.end, name.knowledgeId));
  return c ? { cluster: c, end: name.end } : null;
}

/** How many words a relative clause on a title may run before the name that closes it. */
const MAX_RELATIVE_WORDS = 14;

/**
 * The name of two or three words that ends the relative clause opened at token `from` (الذي،
 * التي), right before a mark, a comma or إن/أن (or an addressee before them): السياسي الذي
 * ينتمي لحزب البديل مارتن سيكرت، إن.
 * Only words that read as nothing but a name (onlyNameWords), not a preposition's object.
 */
function nameClosingRelative(cx: AttributionContext, from: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, doc } = cx;
  const k = doc.knowledge;
  let end = from + 1;
  while (end < t.count && end - from <= MAX_RELATIVE_WORDS && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) && !k.lexicon.complementizers.has(t.text(end))) end++;
  if (end >= t.count || end - from > MAX_RELATIVE_WORDS) return null;
  // … إيفلين بيكر لبي بي سي "…": whom the words were said to ends the name.
  for (let p = end - 1; p > from + 2 && p >= end - 4; p--) {
    if (isOrganizationAddressee(k, t.text(p)) || k.lexicon.anonymousEnds.has(t.text(p))) {
      end = p;
      break;
    }
  }
  for (let first = Math.max(from + 2, end - 3); first <= end - 2; first++) {
    if (k.lexicon.prepositions.has(t.text(first - 1)) || !onlyNameWords(cx, { first, end })) continue;
    const known = k.personIndex.match(t, first, false);
    return { first, end, knowledgeId: known && known.end === end ? known.value : null };
  }
  return null;
}

/** Whether token i is ل on a title (للرئيس، للمدرب): the genitive's holder, not the phrase's, is named after it. */
function titleInGenitive(cx: AttributionContext, i: number): boolean {
  const { t, morph, doc } = cx;
  const w = t.text(i);
  const lam = morph.prepositionLetters.to;
  if (w.charCodeAt(0) !== lam || w.charCodeAt(1) !== lam) return false;
  const definite = morph.article + w.slice(2);
  return doc.knowledge.titleOpeners.has(definite) || !!doc.knowledge.lexicon.corpusPersonTitles?.has(definite);
}

/**
 * Whether token i is و، ل or ب written on a word that is no name's (لنادي، لريال، ليصف،
 * ببطولة، لدونالد، وبايرن): the conjunction or the title's complement, not a name's first
 * word (لوكاس، بيب are names: nothing the corpus writes is left under the letter).
 */
function procliticComplement(cx: AttributionContext, i: number): boolean {
  const { t, morph, doc } = cx;
  const k = doc.knowledge;
  const w = t.text(i);
  if (!/^[ولب]/u.test(w) || w.length < 4 || k.personIndex.hasWord(w)) return false;
  const rest = w.slice(1);
  return morph.definite(rest) || k.personIndex.hasWord(rest) || k.personIndex.startsWith(rest) || k.countryNameIndex.hasWord(rest) || k.organizationIndex.startsWith(rest) || writtenAsCommonWord(k, w);
}

/**
 * Whether a name found at the end of a clause reads as nothing but a name: its first word
 * indefinite, no proclitic on a noun, written as no ordinary word; the others such words or
 * family names with the article (حمدان الشهري). Not الألماني بابتسامة، جماهير الوحدة، بقلقه لجهة.
 */
function onlyNameWords(cx: AttributionContext, name: { first: number; end: number }): boolean {
  const { t, morph, people, doc } = cx;
  const k = doc.knowledge;
  if (morph.definite(t.text(name.first)) || procliticComplement(cx, name.first) || isOrganizationAddressee(k, t.text(name.first))) return false;
  for (let i = name.first; i < name.end; i++) {
    const w = t.text(i);
    if (i > name.first && (k.lexicon.nameConnectors.has(w) || people.familyName(i))) continue;
    if (!(people.nameLike(i) && (k.personIndex.hasWord(w) || !writtenAsCommonWord(k, w)))) return false;
  }
  return true;
}

/**
 * A name of two words or more right at token j, closed like a subject (nameClosedAt), whose
 * words after the second real copy writes as nothing else (not نصير شمة ملابسات), none
 * written with a tanween, and whose last word is no connector (محمد عبد before الحميد: the
 * name runs on).
 */
function nameRightAfter(cx: AttributionContext, j: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, people, subjects, doc } = cx;
  const k = doc.knowledge;
  // وأبلغ الإسباني الشاب شبكة سكاي سبورتس: a common noun that opens a body's name is the verb's object, no name.
  const first = t.text(j);
  if (isOrganizationAddressee(k, first) || (k.organizationIndex.startsWith(first) && writtenAsCommonWord(k, first))) return null;
  const name = subjects.nameClosedAt(j, (i) => people.nameLike(i) && (i < j + 2 || k.personIndex.hasWord(t.text(i)) || !writtenAsCommonWord(k, t.text(i))));
  if (!name || name.end - name.first < 2 || k.lexicon.nameConnectors.has(t.text(name.end - 1))) return null;
  // بنبرة تحدٍ: a word written with a tanween is an indefinite noun or adjective, no name's.
  if (TANWEEN.test(doc.tokenText(name.first, name.end))) return null;
  const known = k.personIndex.match(t, name.first, false);
  return { first: name.first, end: name.end, knowledgeId: known && known.end === name.end ? known.value : null };
}
