// What a quote is: a statement (someone's words, whole or partial), a term (a name,
// label or scare-quote: "ناتو"، "الثورات الملونة") or a title (of a film, conference,
// forum, programme: مؤتمر "…"، نادي "فالداي"). Decided from context first, length last.

import type { ArticleDocument } from './document';
import { lazyRegExp } from './lazyRegExp';
import type { Knowledge } from './knowledge';
import type { RawQuote } from './quotes';
import type { Tokens } from './tokens';
import type { Reading } from './morphology';
import { lightNormalize } from './normalize';
import { memoGroup, memoOf } from './wordMemo';
import type { QuoteKind } from './types';
import type { Governor } from './governance';
import { workMeter } from './workMeter';
import { writtenAsCommonWord } from './commonWords';
import { isCommonLetter } from '../shared/scripts';
import { quotedCueSubject } from './quotedCueSubject';
import { ownerAfterLam } from './ownerAfterLam';
import { placeBeforeColon } from './placeBeforeColon';

export interface KindOptions {
  /** Quotes with fewer words are terms unless a colon introduces them. */
  statementMinWords: number;
}

export const DEFAULT_KIND_OPTIONS: KindOptions = { statementMinWords: 3 };

/**
 * The first words of a quote's content. The rules look at the first few words and at
 * counts up to a handful, so reading at most MAX_WORDS_READ keeps deeply nested quotes
 * linear (an enclosing quote's content is not tokenized again for each quote inside).
 */
function contentWords(doc: ArticleDocument, q: RawQuote, first = doc.tokens.indexAtOrAfter(q.open + 1)): string[] {
  const end = Math.min(q.close, q.open + 1 + MAX_CHARS_READ);
  // The article's own tokens: a quote mark is no word character, so the words inside the
  // marks are the article's tokens (the last one cut where the reading stops).
  const t = doc.tokens;
  const out: string[] = [];
  for (let i = first; i < t.count && t.starts[i] < end && out.length < MAX_WORDS_READ; i++) {
    out.push(t.ends[i] <= end ? t.text(i) : doc.norm.slice(t.starts[i], end));
  }
  return out;
}

const MAX_WORDS_READ = 24;

/** Whether contentWords(doc, q) has more than n words (n < MAX_WORDS_READ), told from the token offsets alone. */
function moreWordsThan(doc: ArticleDocument, q: RawQuote, n: number): boolean {
  const end = Math.min(q.close, q.open + 1 + MAX_CHARS_READ);
  const t = doc.tokens;
  const i = t.indexAtOrAfter(q.open + 1) + n;
  return i < t.count && t.starts[i] < end;
}
const MAX_CHARS_READ = 400;

/** Where the text read before the opening mark starts: at most 60 characters back, on the same line. */
function beforeStart(doc: ArticleDocument, q: RawQuote): number {
  return Math.max(doc.lines[q.block.line].normStart, q.open - 60);
}

/** The text just before the opening mark, on the same line, with spaces trimmed. */
function before(doc: ArticleDocument, q: RawQuote): string {
  // The spaces are stepped over backwards before slicing: no pattern run, no second string.
  const start = beforeStart(doc, q);
  let end = q.open;
  while (end > start && doc.norm.charCodeAt(end - 1) === 0x20) end--;
  return doc.norm.slice(start, end);
}

/** The word before the opening mark, its clitic article (الـ) skipped. */
function wordBeforeMark(lead: string): string | null {
  // The last run of letters and digits of the (space-trimmed) text before the mark
  // (before()); when that run is a clitic article after spaces (الـ "ناتو" written as
  // ال "ناتو"), the run before it. Read backwards from the end: no pattern tried at every position.
  const lastStart = runStart(lead, lead.length);
  if (lastStart === lead.length) return null;
  const last = lead.slice(lastStart);
  if (CLITIC_ARTICLES.has(last)) {
    let spaces = lastStart;
    while (spaces > 0 && lead.charCodeAt(spaces - 1) === 0x20) spaces--;
    const prevStart = spaces < lastStart ? runStart(lead, spaces) : spaces;
    if (prevStart < spaces) return lead.slice(prevStart, spaces);
  }
  return last;
}

const CLITIC_ARTICLES = new Set(['ال', 'لل', 'بال', 'وال']);
const LETTER_OR_NUMBER = lazyRegExp(String.raw`^[\p{L}\p{N}]$`, 'u');
const OPENS_WITH_SPACED_LETTER = lazyRegExp(String.raw`^ [\p{L}]`, 'u');
const OPENS_WITH_NUMBER = lazyRegExp(String.raw`^\p{N}`, 'u');
const ALL_NUMBERS = lazyRegExp(String.raw`^\p{N}+$`, 'u');

/** Length in code units (1 or 2) of the letter or number that ends at `end`, or 0. */
function letterOrNumberBefore(s: string, end: number): number {
  if (end <= 0) return 0;
  const c = s.charCodeAt(end - 1);
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return 1;
  if (c === 0x20) return 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_NUMBER().test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER_OR_NUMBER().test(s[end - 1]) ? 1 : 0;
}

/** Where the run of letters and numbers that ends at `end` starts (`end` when there is none). */
function runStart(s: string, end: number): number {
  let i = end;
  for (let n = letterOrNumberBefore(s, i); n > 0; n = letterOrNumberBefore(s, i)) i -= n;
  workMeter.steps += 1 + end - i;
  return i;
}

function isExactlyAName(doc: ArticleDocument, words: string[], first: number): boolean {
  if (!words.length) return false;
  const k = doc.knowledge;
  const t = doc.tokens;
  // The first word is its token's (the quote does not cut it): each index's word memo answers for it.
  const token = first < t.count && t.text(first) === words[0] ? first : -1;
  // A quote longer than every name of an index, or whose first word starts none of its
  // names, is none of them (most statements): only the other indexes are matched.
  return isWholeName(k.organizationIndex, words, t, token) || isWholeName(k.quotedOrganizationIndex, words, t, token) || isWholeName(k.personIndex, words, t, token);
}

/** Whether the words are exactly a name of the index: the longest name matchWords finds at their start is all of them. */
function isWholeName(index: Knowledge['personIndex'], words: string[], t: Tokens, token: number): boolean {
  if (!mayBeName(index, words, t, token)) return false;
  const m = index.matchWords(words);
  return !!m && m.end === words.length;
}

function mayBeName(index: Knowledge['personIndex'], words: string[], t: Tokens, token: number): boolean {
  return words.length <= index.longestPhrase && (token >= 0 ? index.mayStartAt(t, token) : index.mayStartWith(words[0]));
}

/** A speech verb or participle, also after و/ف (the profile's conjunctions). */
function isCueWord(k: Knowledge, word: string): boolean {
  return k.morphology.holds(k.cues.verbs, word) || k.morphology.holds(k.cues.participles, word);
}

/**
 * Whether a speech verb or participle is among the words between two normalized offsets
 * (وقال: "لا"). The article's own tokens are read; a word the range cuts counts by its
 * part inside the range, as if that part were tokenized alone.
 */
function cueBetween(doc: ArticleDocument, from: number, to: number): boolean {
  if (from >= to) return false;
  const t = doc.tokens;
  const isCue = kindMemos(doc.knowledge).cue;
  let i = t.indexAtOrAfter(from);
  if (i > 0 && t.ends[i - 1] > from && isCueWord(doc.knowledge, doc.norm.slice(from, Math.min(t.ends[i - 1], to)))) return true;
  for (; i < t.count && t.starts[i] < to; i++) {
    if (t.ends[i] > to) return isCueWord(doc.knowledge, doc.norm.slice(t.starts[i], to));
    if (isCue.at(t, i)) return true;
  }
  return false;
}

/**
 * The per-word memos the kind rules read (wordMemo.ts), each made once per knowledge by
 * memoOf and taken together for the last knowledge (memoGroup): every article reads one.
 */
const kindMemos = memoGroup((k: Knowledge) => ({
  cue: memoOf(k, 'verbOrParticiple', isCueWord),
  complementizer: memoOf(k, 'complementizer', isComplementizer),
  indefiniteTitleHead: memoOf(k, 'indefiniteTitleHead', readsAsIndefiniteTitleHead),
  endsTitlePhrase: memoOf(k, 'endsTitlePhrase', endsTitlePhrase),
  speechWord: memoOf(k, 'speechWord', isSpeechWord),
  mayStandInConstruct: memoOf(k, 'mayStandInConstruct', mayStandInConstruct),
  bareNounBeforeName: memoOf(k, 'bareNounBeforeName', bareNounBeforeName),
  definiteNounBeforeQuote: memoOf(k, 'definiteNounBeforeQuote', definiteNounBeforeQuote),
  namesAKindOfThing: memoOf(k, 'namesAKindOfThing', namesAKindOfThing),
  labelMarker: memoOf(k, 'labelMarker', isLabelMarker),
  quotedTextMarker: memoOf(k, 'quotedTextMarker', isQuotedTextMarker),
  nameWordLetters: memoOf(k, 'nameWordLetters', nameWordLetters),
}));

export interface PreviousQuote {
  quote: RawQuote;
  kind: QuoteKind;
}

/** A quote's kind and the rule that decided it (for tests and for explaining a call). */
export interface KindDecision {
  kind: QuoteKind;
  rule: string;
}

/**
 * What several rules ask of one quote, each read once per decision: whether the quote reads
 * as speech (asked by up to five rules, each walking its words) and whether it stands in
 * the clause its cue reports (up to three, each walking the words back to the cue).
 */
class QuoteFacts {
  private speech = UNKNOWN;
  private reported = UNKNOWN;

  constructor(
    readonly doc: ArticleDocument,
    readonly q: RawQuote,
    /** The quote's first token: the opening mark is no word character, so it is the first at or after q.open and q.open + 1 alike. */
    readonly first: number,
    readonly words: string[],
    readonly governor: Governor | null,
  ) {}

  readsAsSpeech(): boolean {
    if (this.speech === UNKNOWN) this.speech = readsAsSpeech(this.doc, this.q, this.words, this.first) ? YES : NO;
    return this.speech === YES;
  }

  inReportedClause(): boolean {
    if (this.reported === UNKNOWN) this.reported = inReportedClause(this.doc, this.governor, this.first) ? YES : NO;
    return this.reported === YES;
  }
}

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * Every quote's kind, in text order (raw's order): each quote's first token is stepped to
 * from the last one's, where a binary search per quote mispredicted its branches at every step.
 */
export function decideKinds(doc: ArticleDocument, raw: readonly RawQuote[], options: KindOptions, governors: readonly (Governor | null)[]): KindDecision[] {
  const decisions: KindDecision[] = [];
  const t = doc.tokens;
  let first = 0;
  for (let i = 0; i < raw.length; i++) {
    const q = raw[i];
    first = t.stepTo(first, q.open);
    const previous = i > 0 ? { quote: raw[i - 1], kind: decisions[i - 1].kind } : null;
    decisions.push(decideKind(doc, q, options, q.parent !== null ? decisions[q.parent].kind : null, governors[i], previous, first));
  }
  return decisions;
}

export function decideKind(
  doc: ArticleDocument,
  q: RawQuote,
  options: KindOptions,
  parentKind: QuoteKind | null,
  governor: Governor | null = null,
  previous: PreviousQuote | null = null,
  /** The quote's first token: the opening mark is no word character, so the first at or after q.open. */
  first = doc.tokens.indexAtOrAfter(q.open),
): KindDecision {
  const words = contentWords(doc, q, first);
  const f = new QuoteFacts(doc, q, first, words, governor);
  const lead = before(doc, q);
  const colonBefore = endsWithColon(lead);
  const lx = doc.knowledge.lexicon;
  const prev = wordBeforeMark(lead);
  const morphology = doc.knowledge.morphology;
  // Its readings as the morphology keeps them: no array of stems made per quote.
  const readings = prev ? morphology.readings(prev) : NO_READINGS;
  // فيلم "…"، كتاب "…" is a title; a definite head with a clause after it under a cue is the
  // clause's subject (وتابع التقرير "من الواضح …"، إن معارضة الخطة "لا أساس لها …").
  const titleHead = firstStemIn(lx.titleHeads, readings);
  if (titleHead && !(morphology.definite(titleHead) && governor && words.length >= options.statementMinWords)) return is('title', 'title-head');
  if (isExactlyAName(doc, words, f.first)) return is('term', 'known-name');
  // A name right after the noun of its kind: شبكة "بي إن سبورت"، مطار "مهرآباد"، شركة "…".
  // Not an adjective agreeing with the noun (صواريخ "ذكية"، مادة "مجهولة"): a description.
  if (firstStemIn(lx.nameHeads, readings) !== undefined && !(firstStemIn(lx.placeHeads, readings) === undefined && agreeingAdjectives(doc, words))) return is('term', 'name-head');
  // A case's name after its noun (في قضية "فض اعتصام رابعة"): the name of that case only, so
  // its words elsewhere keep their own kind (أعلنت "موت" الإعلامي is a word someone chose).
  if (words.length <= SHORT_QUOTE_WORDS && firstStemIn(lx.caseHeads, readings) !== undefined && !agreeingAdjectives(doc, words) && !f.readsAsSpeech()) return is('term', 'case-head');
  // A name spelled out letter by letter (بي أم دبليو، إن دي إم إيه) is a name, not words.
  if (spelledOut(lx.spelledLetters, words)) return is('term', 'spelled-out');
  // كتاب الصحفي بوب وودورد "…": a title head with its author's name between it and the quote.
  if (!f.inReportedClause() && titleHeadBefore(doc, q, governor, f.first) && !f.readsAsSpeech()) return is('title', 'title-head-at-distance');
  // A name that carries the noun of its kind: ما قبل "اتفاقية أوسلو"، تحرير "معسكر الكمب".
  if (words.length >= 2 && words.length <= 3 && lx.nameHeads.has(words[0]) && !agreeingAdjectives(doc, words.slice(1))) return is('term', 'headed-name');
  // …and so does one whose head is an organization's or a title's, up to four words, when the
  // word after the head is definite or a name's (استراتيجية العزم، مؤتمر ميونيخ للأمن، بنك المستقبل
  // الإيراني): in construct with it, a name. An adjective there describes (عملية عسكرية، خطة بديلة);
  // so does the object of a verb that describes (وصفه بأنه "مقال أجوف"، تصفه بأنه "دورة ألعاب السلام").
  if (words.length >= 2 && words.length <= SHORT_QUOTE_WORDS && headedByItsKind(doc, words, f.first) && !f.readsAsSpeech() && !namedBy(doc, governor) && !(governor && governedBy(doc, governor, 'baObjectVerbs')))
    return is('term', 'headed-name');
  // A short quote between its cue and the إن/أن that opens what was said belongs to the
  // subject or the object, a name: أكدت "أكسينتور" أن …، وذكر صحافي لدى "إيريب" … أنه …
  if (words.length <= SHORT_QUOTE_WORDS && governor?.side === 'before' && beforeItsContent(f) && !f.readsAsSpeech()) return is('term', 'before-content');
  // A short quote the words around it name: the subject of the speech verb right before it
  // (ونقلت "فارايتي" عن …، وقالت "فتح" في بيان) or the owner after ل (الرئيس التنفيذي لـ"نيوم").
  const neighbours = words.length <= NAME_WORDS ? nameByItsNeighbours(f) : null;
  if (neighbours) return is('term', neighbours);
  // A name right after the noun it stands in construct with names something, whatever
  // verb governs the sentence (مؤسسة "كابجيميني"، إعصار "مكونو").
  // Not under a verb that describes or accuses (وصفتها بأنها شكل من أشكال "التطهير العرقي"،
  // اتهمت تركيا إسرائيل بممارسة "إرهاب الدولة"): the noun phrase there is the speaker's charge.
  if (words.length <= NAME_WORDS && !f.readsAsSpeech() && !calledFor(f) && !namedBy(doc, governor) && !(governor && governedBy(doc, governor, 'baObjectVerbs')) && namedByTheNounBefore(doc, q, words, f.first)) return is('term', 'name-in-construct');
  // A name in apposition to the definite noun phrase before it: غاز الأعصاب "نوفيتشوك"،
  // الشركة الألمانية "زيلوفاكس". Only a name's words: an Arabic word there is the phrase's
  // predicate or the speaker's (إن القوات "ستنتقم"، الحرب "الباردة").
  // One word of a name's letters there is a name even when it ends like a first person (وكالة الأنباء السودانية "سونا"، "إيرنا").
  if (words.length <= NAME_WORDS && !(f.readsAsSpeech() && words.length > 1) && !calledFor(f) && !namedBy(doc, governor) && afterDefiniteNoun(doc, q, f.first) && allNameWords(doc, words, f.first)) return is('term', 'name-in-apposition');
  // Right after an "according to" frame the quote is the frame's source, a name, not what was
  // said (بحسب "سونا"، وفق "يوروستات"، بحسب ما ذكرت "إرنا"): the frame's words are the rest of the sentence.
  // So is it after the frame's verb (وفق ما نقل "بيزنس إنسايدر"): its subject.
  if (words.length <= NAME_WORDS && governor?.side === 'before' && governor.distance === 0 && (governor.cue?.kind === 'according' || afterAccordingWhat(doc, governor)) && !(f.readsAsSpeech() && !allNameWords(doc, words, f.first))) return is('term', 'according-source');
  // A word quoted as a word or a name after a noun that says so (استخدام كلمة "بالستيكية"،
  // بالكلمة الإيطالية "canali"، تعرف باسم "حوالة"): a label, whatever verb governs the sentence.
  if (words.length <= NAME_WORDS && !f.readsAsSpeech() && markedAsLabel(doc, q, f.first)) return is('term', 'label-marker');
  // The name a verb gives with على (أطلقت عليها "…"، ما يطلق عليه "…"): a name, whoever says so.
  if (words.length <= NAME_WORDS && !f.readsAsSpeech() && namedWithAla(doc, q, f.first)) return is('term', 'named-with-ala');
  // In a headline or sub-heading, quoted words are someone's only when a cue or `Name:` introduces them.
  // A word or two after a bare colon (مونديال 2018: "ميسي إيران") is as short as a name: a
  // statement only if the attribution finds whose (statementOnlyByItsCue), as under a cue.
  // A country's name before the colon may be the story's place (مالي: مقتل 11 جهاديا في "كمين إرهابي"): its label, no one's words.
  if ((q.block.kind === 'title' || q.block.kind === 'heading') && governor?.side === 'headline' && words.length > 0 && words.length < options.statementMinWords && placeBeforeColon(doc, q, f.first, (i) => kindMemos(doc.knowledge).speechWord.at(doc.tokens, i)))
    return is('term', 'place-before-colon');
  if (q.block.kind === 'title' || q.block.kind === 'heading') return is(governor && words.length > 0 ? 'statement' : 'term', governor && words.length < options.statementMinWords && (!colonBefore || !governor.cue) ? SHORT_UNDER_CUE : 'headline');
  // `X: "…"` is someone's words when a speech verb or a long enough quote says so;
  // `القاهرة: «الشرق الأوسط»` (a dateline and a name) is not.
  if (colonBefore && words.length > 0 && (words.length >= options.statementMinWords || governor || cueBetween(doc, beforeStart(doc, q), q.open))) return is('statement', 'colon');
  if (parentKind === 'statement' && words.length <= 2) return is('term', 'short-in-statement');
  // A short quote coordinated with the quote before it (منطقتي "حيد الأصم" و"أبو عقال")
  // is the same kind of thing; a clause after a name is not in its list (وفقا لـ"ميزان"، "اعتقلت القوات …").
  if (previous && previous.kind !== 'statement' && !(previous.kind === 'term' && words.length > SHORT_QUOTE_WORDS) && coordinatedWith(doc, previous.quote, q)) return is(previous.kind, 'coordinated');
  // A short quote that opens the clause after إن/أن and is followed by its verb is the
  // clause's subject, a name: إن "أكسينتور" عرضت …, when its words are a name's words.
  // Arabic words there are the speaker's (إن "قتلة مارقين" ربما، أن "صبرها نفد"، أن "لا بديل" عن),
  // and so is a definite phrase: أن "الجماعات الإرهابية المسلحة" تطلق.
  if (words.length <= 3 && !(words.length > 0 && morphology.definite(words[0])) && subjectOfClause(doc, q, lead) && !f.readsAsSpeech() && allNameWords(doc, words, f.first)) return is('term', 'clause-subject');
  // The short object of a proposal verb is the proposal's label: ويقترح الاتفاق "مقاربة جديدة".
  if (words.length <= SHORT_QUOTE_WORDS && governor?.side === 'before' && governedBy(doc, governor, 'proposalVerbs') && !f.readsAsSpeech()) return is('term', 'proposal');
  // Under a naming verb (طريقة سمتها "…") a quote is the name given, a label; after ما with
  // nothing between verb and quote (مما أسماه "…"، فيما سماها "…") it is the sentence's
  // speaker's own word for something; ما يسميه الإعلام "…" is what others call it.
  if (governor?.side === 'before' && governor.distance <= NAMED_WORDS && labelledBy(doc, governor)) return is(afterWhat(doc, governor) && governor.distance === 0 ? 'statement' : 'term', 'naming-verb');
  // A short definite noun phrase is a label the writer quotes (أشار إلى "الهجوم المشترك"،
  // استذكر "الثورات الملونة"), unless a naming verb gives it (ما أسماه "الطلب المفرط").
  // As the object of the cue's ب (اتهم إيران بـ"السيطرة"، واصفة إياها بـ"الجامحة") the
  // phrase is the speaker's; so is it inside the clause a speech verb reports (وقال إن
  // إسرائيل ستوطن "اللاجئين الحقيقيين"): the writer relays the speaker's word there.
  if (words.length <= 2 && words.length > 0 && morphology.definite(words[0]) && !namedBy(doc, governor) && !objectOfBa(lead, governor) && !calledFor(f) && !reportedBySpeechVerb(f))
    return is('term', 'short-definite-label');
  // "…" (بحسب تصريحات الغرب): a parenthetical source marks the words as a label of others.
  if (words.length <= 2 && parentheticalSource(doc, q)) return is('term', 'parenthetical-source');
  // One word that qualifies a noun inside the cue's prepositional object (حذر من وجود خلايا
  // "نائمة") is a label of that noun; after أن/إن or straight after the cue it is still words.
  // A quote coordinated with a statement under the same cue is said too: يشير إلى "مجرد عدد" و"وتيرة".
  if (governor && previous?.kind === 'statement' && coordinatedWith(doc, previous.quote, q)) return is('statement', 'coordinated-statement');
  if (words.length === 1 && governor?.side === 'before' && qualifiesPrepositionalObject(doc, governor, f.first)) return is('term', 'qualifies-object');
  // Whatever its length, a quote that a speech verb, participle or "according to" of its
  // sentence introduces is someone's words: وصفها بأنها "خطيرة"، هدد "بالقصاص".
  // Shorter than a statement and with no colon, it is one only by its cue: attribution makes
  // it a term again when the cue names no one (statementOnlyByItsCue).
  if (governor && words.length > 0) return is('statement', words.length < options.statementMinWords ? SHORT_UNDER_CUE : 'governed');
  // Words that nothing introduces after the noun of a text quoted as a text (المادة (28)
  // "بالسجن المؤقت …"، تهمة "تعذيب …"، مبدأ "…"، بالهتاف "…"): an excerpt, no one's statement.
  if (quotedTextBefore(doc, q, f.first)) return is('term', 'quoted-text');
  if (words.length < options.statementMinWords) return is('term', 'too-short');
  // A short quote with no speech verb anywhere around it is a label: في إطار «الحرب على الإرهاب».
  if (words.length <= SHORT_QUOTE_WORDS && parentKind !== 'statement') return is('term', 'short-ungoverned');
  if (words.length === options.statementMinWords) {
    // Three words: a clause (ستكون أكثر أهمية، التصرف بشكل استباقي) or a label (الحرب الباردة الجديدة)?
    const clause = words.some((w) => lx.clauseWords?.has(w)) || !morphology.definite(words[0]);
    return is(clause ? 'statement' : 'term', 'three-words');
  }
  return is('statement', 'long');
}

/**
 * The rule that reads a short quote as a name by its neighbours, or null: `cue-subject` when
 * the speech verb right before it has it as subject (quotedCueSubject.ts; not under a verb
 * that describes or accuses, ما وصفته "بالتدخل" في …, whose quote is its object), and
 * `owner-after-lam` after the ل of ownership (ownerAfterLam.ts). Each place test runs first:
 * it fails for almost every quote.
 */
function nameByItsNeighbours(f: QuoteFacts): string | null {
  const { doc, q, governor } = f;
  if (quotedCueSubject(doc, q, governor) && !f.readsAsSpeech() && !namedBy(doc, governor) && !(governor && governedBy(doc, governor, 'baObjectVerbs'))) return 'cue-subject';
  if (ownerAfterLam(doc, q, f.first) && !f.readsAsSpeech() && !calledFor(f)) return 'owner-after-lam';
  return null;
}

/** The rule of a statement shorter than statementMinWords that only its cue makes one (no colon before it). */
const SHORT_UNDER_CUE = 'short-under-cue';

/**
 * Whether a statement is one only because a cue governs it: a word or two with no colon
 * (ينتقد "تقاعس" الخارجية، كشف "علاقة حميمة"). When its cue names no one, nothing says
 * anyone spoke these words: they are the writer's quoted phrase, a term.
 */
export const statementOnlyByItsCue = (d: KindDecision): boolean => d.rule === SHORT_UNDER_CUE;

/** Whether the (space-trimmed) text before the mark ends with a colon (ASCII or full-width). */
function endsWithColon(lead: string): boolean {
  const c = lead.length > 0 ? lead.charCodeAt(lead.length - 1) : 0;
  return c === 0x3a || c === 0xff1a;
}

/** The first word of `words` that `set` holds: a loop, not a closure made at every decision. */
function firstIn(set: ReadonlySet<string> | undefined, words: readonly string[]): string | undefined {
  if (set) for (const w of words) if (set.has(w)) return w;
  return undefined;
}

/** The first stem of `readings` that `set` holds (morphology.stems without its array). */
function firstStemIn(set: ReadonlySet<string> | undefined, readings: readonly Reading[]): string | undefined {
  if (set) for (const r of readings) if (set.has(r.stem)) return r.stem;
  return undefined;
}

const NO_READINGS: readonly Reading[] = [];

/** A decision; a function of the module, not a closure made at every call of decideKind. */
function is(kind: QuoteKind, rule: string): KindDecision {
  return { kind, rule };
}

/** Whether at least half of a short quote's words are the Arabic names of Latin letters. */
function spelledOut(letters: Set<string> | undefined, words: string[]): boolean {
  if (!letters || !words.length || words.length > 5) return false;
  let n = 0;
  for (const w of words) if (letters.has(w)) n++;
  return n * 2 >= words.length && n >= 1 && (words.length > 1 || n === 1 && words[0].length <= 3);
}

/** Quotes this short need a speech verb in their sentence to count as someone's words. */
const SHORT_QUOTE_WORDS = 4;

/** Whether `q` follows `previous` on its line with only و between them: "…" و"…". */
function coordinatedWith(doc: ArticleDocument, previous: RawQuote, q: RawQuote): boolean {
  if (previous.block !== q.block || !previous.closed || previous.parent !== q.parent) return false;
  const gap = doc.norm.slice(previous.close + 1, q.open).trim();
  return gap === 'و' || gap === '،' || gap === ',' || gap === '، و' || gap === 'او';
}

/** إن "X" verb …: a short quote right after a bare complementizer, followed on its line by a word. */
function subjectOfClause(doc: ArticleDocument, q: RawQuote, lead: string): boolean {
  if (!q.closed || !lead.endsWith('ان') || !/(?:^|\s)(?:ان|بان)$/u.test(lead)) return false;
  const line = doc.lines[q.block.line];
  const after = doc.norm.slice(q.close + 1, Math.min(line.normEnd, q.close + 30));
  return OPENS_WITH_SPACED_LETTER().test(after) && !/^ و?["«“]/u.test(after);
}

/** Whether the quote's governing cue is a naming or describing verb (وصف، أسمى، سمى). */
function namedBy(doc: ArticleDocument, governor: Governor | null): boolean {
  if (!governor?.cue) return false;
  const naming = doc.knowledge.lexicon.namingVerbs;
  return !!naming && (naming.has(governor.cue.lemma) || naming.has(normalizeLemma(governor.cue.lemma)));
}

function normalizeLemma(lemma: string): string {
  let out = normalizedLemmas.get(lemma);
  if (out === undefined) normalizedLemmas.set(lemma, (out = lemma.replace(/[أإآ]/gu, 'ا').replace(/ى$/u, 'ي')));
  return out;
}

/** Lemmas come from the cue data, a bounded set: each is rewritten once per process, not at every quote. */
const normalizedLemmas = new Map<string, string>();

/** `"…" (بحسب …)`: the closing mark is followed by a parenthesis opening on an "according to". */
function parentheticalSource(doc: ArticleDocument, q: RawQuote): boolean {
  if (!q.closed) return false;
  const after = doc.norm.slice(q.close + 1, Math.min(doc.lines[q.block.line].normEnd, q.close + 24));
  // Most quotes have no parenthesis after them: no pattern run.
  if (!after.includes('(')) return false;
  const m = /^\s*\(\s*(\S+)/u.exec(after);
  if (!m) return false;
  const t = doc.tokens;
  const j = t.indexAtOrAfter(q.close + 1 + m[0].length - m[1].length);
  return j < t.count && doc.knowledge.cues.accordingTo.match(t, j) !== null;
}

/**
 * Whether a quote reads as someone speaking: a first- or second-person word (نحن، لدينا،
 * قمنا، عليكم) or a word of direct speech from lexicon.speechMarkers among its first words.
 */
export function readsAsSpeech(doc: ArticleDocument, q: RawQuote, words: string[] = contentWords(doc, q), first = doc.tokens.indexAtOrAfter(q.open + 1)): boolean {
  const k = doc.knowledge;
  // A quote that opens with إن/إنه (and what follows) is a whole clause someone said.
  if (words.length >= 3 && k.lexicon.complementizers.has(words[0])) return true;
  // Word i is token first + i, or a part of it where the reading stopped: the test of a whole token is kept per word.
  const t = doc.tokens;
  const speech = kindMemos(k).speechWord;
  for (let i = 0; i < words.length; i++) {
    const j = first + i;
    if (j < t.count && t.text(j) === words[i] ? speech.at(t, j) : isSpeechWord(k, words[i])) return true;
  }
  return false;
}

/** A word of someone speaking: a marker of direct speech, a first person in the future, a first- or second-person ending. */
function isSpeechWord(k: Knowledge, w: string): boolean {
  if (k.lexicon.speechMarkers?.has(w)) return true;
  // سنعود، سأواصل: a first person in the future speaks.
  const m = k.morphology;
  if (m.futureVerb(m.withoutConjunction(w) ?? w, k.lexicon.corpusVerbs) === 'first') return true;
  return w.length >= 4 && (w.endsWith('نا') || w.endsWith('كم'));
}

/** The cue is followed by a preposition (من، عن، إلى، على), then at least two words of its object, then the quote. */
function qualifiesPrepositionalObject(doc: ArticleDocument, governor: Governor, quoteFirst: number): boolean {
  const t = doc.tokens;
  const cue = governor.cue;
  if (!cue || cue.end >= t.count) return false;
  const lx = doc.knowledge.lexicon;
  if (!lx.prepositions.has(t.text(cue.end))) return false;
  if (quoteFirst - (cue.end + 1) < 2) return false;
  for (let j = cue.end + 1; j < quoteFirst; j++) if (lx.complementizers.has(t.text(j))) return false;
  return true;
}

/** How many words after a closing mark are read for the إن/أن of the quote's cue. */
const CONTENT_LOOKAHEAD = 6;

/**
 * Whether the quote stands between its cue and the complementizer that opens the cue's
 * content: no إن/أن or colon between the cue and the quote, and one a few words after the
 * quote, in the same clause, before any other cue.
 */
function beforeItsContent(f: QuoteFacts): boolean {
  const { doc, q } = f;
  const cue = f.governor?.cue;
  if (!cue || !q.closed) return false;
  const t = doc.tokens;
  const lx = doc.knowledge.lexicon;
  // Its caller asks under a cue before the quote: an إن/أن between them is inReportedClause.
  if (f.inReportedClause()) return false;
  if (doc.norm.slice(t.ends[cue.end - 1], q.open).includes(':')) return false;
  const lineEnd = doc.lines[q.block.line].normEnd;
  let prevEnd = q.close + 1;
  const isCue = kindMemos(doc.knowledge).cue;
  for (let j = t.indexAtOrAfter(q.close + 1), n = 0; j < t.count && t.starts[j] < lineEnd && n < CONTENT_LOOKAHEAD; j++, n++) {
    // Most gaps are one space: no string made to test them.
    if (!t.onlySpaceBetween(prevEnd, t.starts[j]) && /[.،,:؛;!?؟"«“»”]/u.test(doc.norm.slice(prevEnd, t.starts[j]))) return false;
    const w = t.text(j);
    // إلا أن، غير أن (but, however) open a contrast, not the cue's content.
    if (lx.complementizers.has(w)) return !(j > 0 && lx.contrastBeforeComplementizer?.has(t.text(j - 1)));
    // Another cue's إن/أن is not this one's (… "X" وأضاف أن); an ambiguous form
    // (صحافي لدى "إيريب" تحدث إلى أحد الطيارين أنه) does not end the clause.
    if (isCue.at(t, j) && !doc.knowledge.cues.ambiguousForms.has(doc.knowledge.morphology.withoutConjunction(w) ?? w)) return false;
    prevEnd = t.ends[j];
  }
  return false;
}

/** Whether an إن/أن stands between the governing cue and the quote: the quote is inside what was said. */
function inReportedClause(doc: ArticleDocument, governor: Governor | null, first: number): boolean {
  if (governor?.side !== 'before' || !governor.cue) return false;
  const t = doc.tokens;
  // Asked of every word between the cue and the quote, up to three times a quote: remembered per word.
  const complementizer = kindMemos(doc.knowledge).complementizer;
  for (let j = governor.cue.end; j < first; j++) if (complementizer.at(t, j)) return true;
  return false;
}

/**
 * Whether a speech verb or participle (not an "according to" frame) governs the quote across
 * its إن/أن, and nothing next to the quote makes it a name: a place or name head as its own
 * first word (تحرير "التبة الحمراء"), a naming word before it (ما يسمى "الخلافة"، تعبير "…"),
 * or an indefinite feminine noun whose genitive it is (قائمة "الإرهاب"، منشأة "الكبر").
 */
function reportedBySpeechVerb(f: QuoteFacts): boolean {
  const { doc, q, words } = f;
  const kind = f.governor?.cue?.kind;
  if (!(kind === 'verb' || kind === 'participle') || !f.inReportedClause()) return false;
  const lx = doc.knowledge.lexicon;
  // Its caller passes a definite phrase: the head is its first word without the article.
  const head = doc.knowledge.morphology.withoutArticle(words[0]) ?? words[0];
  if (lx.placeHeads?.has(head) || lx.nameHeads.has(head)) return false;
  const t = doc.tokens;
  const j = f.first - 1;
  if (j < 0 || t.ends[j] < doc.lines[q.block.line].normStart || doc.norm.slice(t.ends[j], q.open).trim() !== '') return true;
  const stems = doc.knowledge.morphology.stems(t.text(j));
  // A lone preposition letter (ما يعرف بـ "…") is read past to the word that names.
  const namer = t.text(j).length === 1 && j > 0 ? doc.knowledge.morphology.stems(t.text(j - 1)) : stems;
  if (namer.some((w) => lx.labelMarkers?.has(w))) return false;
  return !(stems.every((w) => !doc.knowledge.morphology.definite(w)) && endsLikeANoun(doc, doc.textSpan(t.starts[j], t.ends[j]).text)) && !nameHeadBefore(doc, q, j);
}

/**
 * Whether the quote is a name in construct with the noun right before it: the noun has no
 * article and is no verb, particle, preposition or cue, and every word of the quote is a
 * name's word (مؤسسة "كابجيميني"، طائرات من نوع "صياد"، إعصار "مكونو"). An Arabic word
 * after the noun is its adjective or a description (خطوة "إيجابية"، بطريقة "حرفية"،
 * بسبب "سوء استخدام"): the speaker's word, as the dev gold reads it.
 */
function namedByTheNounBefore(doc: ArticleDocument, q: RawQuote, words: string[], first: number): boolean {
  if (!words.length) return false;
  const t = doc.tokens;
  const j = first - 1;
  if (j < 0 || t.ends[j] < doc.lines[q.block.line].normStart || !t.onlySpaceBetween(t.ends[j], q.open)) return false;
  // Both tests of the noun's own word are kept per word for the process (wordMemo.ts).
  const k = doc.knowledge;
  if (!kindMemos(k).mayStandInConstruct.at(t, j)) return false;
  // A noun ending as written (ة، ات) makes a noun of it; otherwise it must be a bare common noun or name head.
  if (!kindMemos(k).bareNounBeforeName.at(t, j) && !endsLikeANoun(doc, doc.textSpan(t.starts[j], t.ends[j]).text)) return false;
  // A word of a clause (جدا، فقط، بعض) makes no name; a preposition (ضد المدن) or a known
  // word after one (بتغيير النظام) is no name's word either (nameWord).
  const clauseWords = k.lexicon.clauseWords;
  if (clauseWords && firstIn(clauseWords, words) !== undefined) return false;
  if (mayBeNumber(words[0]) && OPENS_WITH_NUMBER().test(words[0])) return false;
  for (let i = 0; i < words.length; i++) if (!(mayBeNumber(words[i]) && ALL_NUMBERS().test(words[i])) && !nameWordAt(doc, words, first, i)) return false;
  return true;
}

/**
 * Whether a word may be a noun a name stands in construct with, by its letters alone: no
 * particle, preposition, word of a clause, إن/أن or cue, and no reading as a verb, a
 * preposition or a noun with the article, after which the quote may be its predicate
 * (أن القوات "ستنتقم"): only a noun without it stands in construct.
 */
function mayStandInConstruct(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const m = k.morphology;
  if (w.length < 3 || lx.prepositions.has(w) || lx.clauseWords?.has(w) || isComplementizer(k, w) || isCueWord(k, w)) return false;
  return !m.stems(w).some((s) => m.definite(s) || lx.corpusVerbs.has(s) || lx.prepositions.has(s));
}

/**
 * Whether a word is a bare common noun or name head: no pronoun ending, which a preposition
 * (لديه، عليه) or a noun it makes definite (صديقه "نادم") carries.
 */
function bareNounBeforeName(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const m = k.morphology;
  if (m.withoutPronoun(w).length > 0) return false;
  return m.stems(w).some((s) => lx.corpusCommonNouns.has(s) || lx.corpusCommonNouns.has(m.absoluteOfConstruct(s) ?? '') || lx.nameHeads.has(s));
}

/** Whether a word may hold a number (\p{N}): not when it opens with an Arabic or Latin letter, which most words do (no pattern run). */
function mayBeNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return !isCommonLetter(c);
}

/** Whether the word right before the quote, on its line with only spaces between, is a noun with the article (no verb, cue or particle). */
function afterDefiniteNoun(doc: ArticleDocument, q: RawQuote, first: number): boolean {
  const t = doc.tokens;
  const j = first - 1;
  if (j < 0 || t.ends[j] < doc.lines[q.block.line].normStart || !t.onlySpaceBetween(t.ends[j], q.open)) return false;
  const k = doc.knowledge;
  const m = k.morphology;
  // The tests of the words' letters are kept per word for the process (wordMemo.ts).
  if (!kindMemos(k).definiteNounBeforeQuote.at(t, j)) return false;
  // The phrase: its definite words, and the indefinite noun it may stand in construct with (وكالة الأنباء الرسمية).
  let i = j;
  while (i > 0 && j - i < APPOSED_HEAD_WORDS && m.definite(t.text(i - 1)) && t.onlySpaceBetween(t.ends[i - 1], t.starts[i])) i--;
  // A definite phrase right after إن/أن is the clause's subject and the quote its predicate: إن القوات الروسية "ستنتقم".
  if (i > 0 && kindMemos(k).complementizer.at(t, i - 1)) return false;
  const from = i > 0 && t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) && !m.definite(t.text(i - 1)) ? i - 1 : i;
  // The phrase names a kind of thing that has names (وكالة، الشركة، العملية، البيانات): a bare
  // subject or predicate (أشار النظام السوري "ضمنيا"، الأمريكيون "كذابون") does not.
  const names = kindMemos(k).namesAKindOfThing;
  for (let x = from; x <= j; x++) if (names.at(t, x)) return true;
  return false;
}

/** A noun with the article that no verb, cue or particle reading makes something else (الشركة، not والتي or القول). */
function definiteNounBeforeQuote(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const m = k.morphology;
  if (isCueWord(k, w) || isComplementizer(k, w) || lx.prepositions.has(w) || lx.clauseWords?.has(w) || (lx.relativePronouns && m.holds(lx.relativePronouns, w))) return false;
  const stems = m.stems(w);
  return stems.some((s) => m.definite(s)) && !stems.some((s) => lx.corpusVerbs.has(s));
}

/** Whether a reading of the word, without its article, is a noun of a kind of thing with names (namingHead). */
function namesAKindOfThing(k: Knowledge, w: string): boolean {
  const m = k.morphology;
  return m.stems(w).some((s) => namingHead(k.lexicon, m.withoutArticle(s) ?? s));
}

/** A noun that names a kind of thing with names of its own: lexicon name, place, organization, document and title heads. */
function namingHead(lx: Knowledge['lexicon'], noun: string): boolean {
  return lx.nameHeads.has(noun) || !!lx.placeHeads?.has(noun) || !!lx.organizationHeads?.has(noun) || !!lx.documentHeads?.has(noun) || lx.titleHeads.has(noun);
}

/**
 * Whether a label marker (lexicon.labelMarkers: كلمة، عبارة، اسم، باسم…) stands right before
 * the quote, or before it with one definite word between (بالكلمة الإيطالية "…"), on its line
 * with only spaces between; a marker a preposition follows is not one (عبارة عن "…" is "amounts to").
 * The بـ of "known as" written apart from the quote is read past: المعروف بـ"شوكان"، ما يعرف بـ"IATA".
 */
function markedAsLabel(doc: ArticleDocument, q: RawQuote, first: number): boolean {
  if (!doc.knowledge.lexicon.labelMarkers) return false;
  const t = doc.tokens;
  const m = doc.knowledge.morphology;
  const j = first - 1;
  const lineStart = doc.lines[q.block.line].normStart;
  if (j < 0 || t.starts[j] < lineStart || !t.onlySpaceBetween(t.ends[j], q.open)) return false;
  const marks = kindMemos(doc.knowledge).labelMarker;
  // Past the بـ only the marker itself (المعروف بـ): a definite word before it is no name of a marker's (باسم التحالف بـ"…").
  if (j > 0 && isLoneBa(m, t.text(j)) && t.starts[j - 1] >= lineStart && t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return marks.at(t, j - 1);
  const lx = doc.knowledge.lexicon;
  // هذه العبارة "مؤسف جدا": a marker after a demonstrative is the subject, and the quote its predicate.
  if (marks.at(t, j)) return !(j > 0 && (!!lx.demonstrativesMasculine?.has(t.text(j - 1)) || !!lx.demonstrativesFeminine?.has(t.text(j - 1))));
  return j > 0 && t.starts[j - 1] >= lineStart && t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) && m.definite(t.text(j)) && marks.at(t, j - 1);
}

/**
 * Whether a verb that names with على (lexicon.alaNamingVerbs: أطلق، يطلق) and then على or
 * على with its pronoun (lexicon.alaForms: عليها، عليه) stand right before the quote, on its line.
 */
function namedWithAla(doc: ArticleDocument, q: RawQuote, first: number): boolean {
  const lx = doc.knowledge.lexicon;
  if (!lx.alaNamingVerbs || !lx.alaForms) return false;
  const t = doc.tokens;
  const j = first - 1;
  const lineStart = doc.lines[q.block.line].normStart;
  if (j < 1 || t.starts[j - 1] < lineStart || !t.onlySpaceBetween(t.ends[j], q.open) || !t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return false;
  return lx.alaForms.has(t.text(j)) && doc.knowledge.morphology.holds(lx.alaNamingVerbs, t.text(j - 1));
}

/** بـ or بالـ written as a word of its own before a quote (the tatweel is no letter): the preposition of المعروف بـ. */
function isLoneBa(m: ArticleDocument['knowledge']['morphology'], w: string): boolean {
  if (w.charCodeAt(0) !== m.prepositionLetters.by) return false;
  return w.length === 1 || w.slice(1) === m.article;
}

/**
 * Whether a quoted-text marker (lexicon.quotedTextMarkers: المادة، تهمة، مبدأ، بالهتاف…) stands
 * right before the quote, or before it with a number (المادة (28) "…") or one definite word
 * between (المادة الأولى "…"), on its line with only spaces and parentheses between.
 */
function quotedTextBefore(doc: ArticleDocument, q: RawQuote, first: number): boolean {
  const t = doc.tokens;
  const lineStart = doc.lines[q.block.line].normStart;
  const marks = kindMemos(doc.knowledge).quotedTextMarker;
  let j = first - 1;
  if (j < 0 || t.starts[j] < lineStart || !SPACES_OR_PARENTHESES.test(doc.norm.slice(t.ends[j], q.open))) return false;
  if (marks.at(t, j)) return true;
  const between = t.text(j);
  if (!ALL_NUMBERS().test(between) && !doc.knowledge.morphology.definite(between)) return false;
  j--;
  return j >= 0 && t.starts[j] >= lineStart && SPACES_OR_PARENTHESES.test(doc.norm.slice(t.ends[j], t.starts[j + 1])) && marks.at(t, j);
}

const SPACES_OR_PARENTHESES = /^[ ()]*$/u;

/** A quoted-text marker (lexicon.quotedTextMarkers) in some reading, with or without its article (المادة، بالهتاف). */
function isQuotedTextMarker(k: Knowledge, w: string): boolean {
  const markers = k.lexicon.quotedTextMarkers;
  const m = k.morphology;
  return !!markers && m.stems(w).some((s) => markers.has(s) || markers.has(m.withoutArticle(s) ?? ''));
}

/** A label marker (lexicon.labelMarkers) in some reading, with or without its article (بالكلمة، كلمة). */
function isLabelMarker(k: Knowledge, w: string): boolean {
  const markers = k.lexicon.labelMarkers;
  const m = k.morphology;
  return !!markers && m.stems(w).some((s) => markers.has(s) || markers.has(m.withoutArticle(s) ?? ''));
}

/** Whether every word of the quote is a name's word (nameWord), read as the article writes it: "سونا" ends like لدينا but is no Arabic word. */
function allNameWords(doc: ArticleDocument, words: string[], first: number): boolean {
  if (!words.length) return false;
  for (let i = 0; i < words.length; i++) if (!nameWordAt(doc, words, first, i)) return false;
  return true;
}

/**
 * Whether the quote's i-th word (token first + i) is a word of a name: one that real copy
 * never writes as a verb or with the article (knowledge word-classes), also once its
 * accusative or pronoun ending is read off (طفلا، جنسيتهم), and that its token, as the
 * article writes it, does not end in an ending only Arabic nouns and adjectives take
 * (مرعبة، -ات). The test of the letters is kept per word when the word is its whole token
 * (the last word read may be cut).
 */
function nameWordAt(doc: ArticleDocument, words: string[], first: number, i: number): boolean {
  const t = doc.tokens;
  const w = words[i];
  const j = first + i;
  if (j >= t.count) return nameWordLetters(doc.knowledge, w) && !endsLikeANoun(doc, w);
  const letters = t.text(j) === w ? kindMemos(doc.knowledge).nameWordLetters.at(t, j) : nameWordLetters(doc.knowledge, w);
  return letters && !endsLikeANoun(doc, doc.textSpan(t.starts[j], t.ends[j]).text);
}

/** The part of nameWordAt read off the normalized word alone: no particle, future verb, reading with the article or common word. */
function nameWordLetters(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const m = k.morphology;
  if (w.length < 3 || lx.prepositions.has(w) || isComplementizer(k, w)) return false;
  if (m.futureVerb(w, lx.corpusVerbs)) return false;
  return !m.stems(w).some((s) => m.definite(s)) && !writtenAsCommonWord(k, w);
}

/** Whether a word as written ends in an ending only nouns take (ة، ات) and is more than a short stem with it (بات، مات are verbs). */
function endsLikeANoun(doc: ArticleDocument, written: string): boolean {
  const w = lightNormalize(written);
  return doc.knowledge.nounEndingsWritten.some((e) => w.endsWith(e) && w.length >= e.length + 3);
}

/** How many definite words may stand between an indefinite name head and the quote in apposition to it (منظومة الدفاع الجوي "…"). */
const APPOSED_HEAD_WORDS = 3;

/** Whether an indefinite name head opens the noun phrase of definite words that ends at token `last`, right before the quote. */
function nameHeadBefore(doc: ArticleDocument, q: RawQuote, last: number): boolean {
  const t = doc.tokens;
  const lx = doc.knowledge.lexicon;
  const lineStart = doc.lines[q.block.line].normStart;
  for (let j = last, n = 0; j >= 0 && t.starts[j] >= lineStart && n <= APPOSED_HEAD_WORDS; j--, n++) {
    const w = t.text(j);
    if (j < last && !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return false;
    if (!doc.knowledge.morphology.definite(w)) return n > 0 && lx.nameHeads.has(w);
  }
  return false;
}

/** إن/أن and their forms, also after و/ف (وأن "…"). */
function isComplementizer(k: Knowledge, w: string): boolean {
  return k.morphology.holds(k.lexicon.complementizers, w);
}

/** How many words may stand between a cue and the بـ that carries its quoted object (اتهم إيران وحزب الله بـ). */
const OBJECT_OF_BA_WORDS = 5;

/** `… بـ"…"` close after its cue: the quote is the object of the verb's ب (وصفها بـ، اتهمه بـ). */
function objectOfBa(lead: string, governor: Governor | null): boolean {
  const kind = governor?.cue?.kind;
  return governor?.side === 'before' && (kind === 'verb' || kind === 'participle') && governor.distance <= OBJECT_OF_BA_WORDS && lead.endsWith('ب') && /(?:^|[\s،,])ب$/u.test(lead);
}

/** How many words may stand between a demand verb's preposition and the quote (إلى مواصلة "…"). */
const CALLED_FOR_WORDS = 1;

/**
 * Whether the quote is what a verb of calling or urging calls for: the verb governs it, no
 * إن/أن stands between, and the quote comes right after one of the verb's prepositions
 * (lexicon.demandPrepositions) or one word after it (دعا … إلى مواصلة "الضبط المالي").
 */
function calledFor(f: QuoteFacts): boolean {
  const { doc, governor } = f;
  if (governor?.side !== 'before' || !governor.cue || !governedBy(doc, governor, 'demandVerbs') || f.inReportedClause()) return false;
  const preps = doc.knowledge.lexicon.demandPrepositions;
  if (!preps) return false;
  const t = doc.tokens;
  for (let j = f.first - 1, n = 0; j >= governor.cue.end && n <= CALLED_FOR_WORDS; j--, n++) if (preps.has(t.text(j))) return true;
  return false;
}

/** A naming verb reaches the quote after it and its subject (ما يسميه الإعلام الألماني "…"), no further. */
const NAMED_WORDS = 3;

/** Whether the governing cue is a verb that names (سماها، أسماه): lexicon.labelVerbs. */
function labelledBy(doc: ArticleDocument, governor: Governor): boolean {
  const verbs = doc.knowledge.lexicon.labelVerbs;
  return !!governor.cue && !!verbs && (verbs.has(governor.cue.lemma) || verbs.has(normalizeLemma(governor.cue.lemma)));
}

/** Whether the word before the cue is a relative ما (ما، مما، فيما): lexicon.whatRelatives. */
function afterWhat(doc: ArticleDocument, governor: Governor): boolean {
  const cue = governor.cue;
  return !!cue && cue.first > 0 && !!doc.knowledge.lexicon.whatRelatives?.has(doc.tokens.text(cue.first - 1));
}

/**
 * Whether the governing cue is a verb right after "according to" and a relative ما (وفق ما
 * نقلت، وفقا لما أورده): the frame's verb, whose object ما is what came before the quote.
 */
function afterAccordingWhat(doc: ArticleDocument, governor: Governor): boolean {
  const cue = governor.cue;
  const t = doc.tokens;
  const i = cue ? cue.first - 2 : -1;
  if (cue?.kind !== 'verb' || i < 0 || !doc.knowledge.lexicon.whatRelatives?.has(t.text(i + 1)) || !t.onlySpaceBetween(t.ends[i + 1], t.starts[cue.first])) return false;
  const according = doc.knowledge.cues.accordingTo;
  if (according.match(t, i)?.end === i + 1) return true;
  // وفقا لما: the frame's ل is written on ما.
  // Its word may open with و itself (وفقا), or carry one (ووفقا).
  const m = doc.knowledge.morphology;
  const lam = t.text(i + 1)[0];
  const w = t.text(i);
  return lam.charCodeAt(0) === m.prepositionLetters.to && t.onlySpaceBetween(t.ends[i], t.starts[i + 1]) && (according.hasPhrase(`${w} ${lam}`) || according.hasPhrase(`${m.withoutConjunction(w) ?? w} ${lam}`));
}

/** Whether the governing cue's lemma is in the lexicon list `list`. */
function governedBy(doc: ArticleDocument, governor: Governor, list: string): boolean {
  const verbs = doc.knowledge.lexicon[list];
  return !!governor.cue && !!verbs && (verbs.has(governor.cue.lemma) || verbs.has(normalizeLemma(governor.cue.lemma)));
}

/** Whether every word is indefinite and ends like a feminine adjective (جديدة وذكية). */
function agreeingAdjectives(doc: ArticleDocument, words: string[]): boolean {
  const endings = doc.knowledge.lexicon.feminineEndings;
  if (!endings?.size || !words.length || words.length > 2) return false;
  return words.every((w) => {
    const bare = w.replace(/^و/u, '');
    return !doc.knowledge.morphology.definite(bare) && bare.length >= 4 && [...endings].some((e) => bare.endsWith(e));
  });
}

/**
 * Whether a quote opens with the noun of its kind, without the article or a pronoun (a name's,
 * an organization's or a title's head: lexicon nameHeads, organizationHeads, titleHeads) and
 * goes on with a definite word or a name's word in construct with it, and no word after the
 * head reads as a present verb (قانون يناسب هذا الهدف is a clause).
 */
function headedByItsKind(doc: ArticleDocument, words: string[], first: number): boolean {
  const lx = doc.knowledge.lexicon;
  const m = doc.knowledge.morphology;
  const head = words[0];
  const isHead = (w: string): boolean => lx.titleHeads.has(w) || lx.nameHeads.has(w) || !!lx.organizationHeads?.has(w);
  // A title's head with a pronoun (كتابه، the list's own form) is someone's, and normalized, كتابة
  // (writing) reads the same: neither opens a name. جامعة is no pronoun form of جامع, a place's head.
  if (m.definite(head) || !isHead(head) || m.withoutPronoun(head).some((w) => lx.titleHeads.has(w))) return false;
  if (!m.definite(words[1]) && !nameWordAt(doc, words, first, 1)) return false;
  for (let i = 1; i < words.length; i++) if (!m.definite(words[i]) && m.presentGender(words[i]) !== null) return false;
  return true;
}

/** How many words may stand between a title head and its title (كتاب الصحفي الأمريكي المرموق بوب وودورد "…"). */
const TITLE_HEAD_WORDS = 5;

/**
 * Whether an indefinite title head (كتاب، فيلم) stands a few words before the quote, with
 * no punctuation, إن/أن or cue between, and is not the subject right after the governing
 * cue (وقال برنامج الأغذية العالمي "…" is the programme speaking).
 */
function titleHeadBefore(doc: ArticleDocument, q: RawQuote, governor: Governor | null, first: number): boolean {
  const t = doc.tokens;
  const lx = doc.knowledge.lexicon;
  const lineStart = doc.lines[q.block.line].normStart;
  // Both word tests are kept per word for the process (a quote reads up to six words back).
  const endsPhrase = kindMemos(doc.knowledge).endsTitlePhrase;
  const isTitleHead = kindMemos(doc.knowledge).indefiniteTitleHead;
  let nextStart = q.open;
  for (let j = first - 1, n = 0; j >= 0 && t.starts[j] >= lineStart && n <= TITLE_HEAD_WORDS; j--, n++) {
    // Most gaps are one space: no string made to test them.
    if (!t.onlySpaceBetween(t.ends[j], nextStart) && /[.،,:؛;!?؟"«»“”()]/u.test(doc.norm.slice(t.ends[j], nextStart))) return false;
    if (endsPhrase.at(t, j)) return false;
    if (n > 0 && isTitleHead.at(t, j)) {
      // مؤتمر صحفي "…": a head with its own adjective (indefinite, in ي) is an event, not a title's head.
      const next = t.text(j + 1);
      if (j + 1 < first && !doc.knowledge.morphology.definite(next) && lx.relationalAdjectiveEndings && [...lx.relationalAdjectiveEndings].some((e) => next.endsWith(e))) return false;
      return !(governor?.cue && governor.side === 'before' && governor.cue.end === j);
    }
    nextStart = t.starts[j];
  }
  return false;
}

/** A preposition (… نادي الهلال إلى "…"، قانون الفيفا الخاص بـ"…"), a single letter, إن/أن or a cue: it ends a title head's phrase. */
function endsTitlePhrase(k: Knowledge, w: string): boolean {
  return w.length === 1 || k.lexicon.prepositions.has(w) || k.lexicon.complementizers.has(w) || isCueWord(k, w);
}

/** A title's head noun without the article, read with or without its proclitics (كتاب، بفيلم). */
function readsAsIndefiniteTitleHead(k: Knowledge, w: string): boolean {
  return k.morphology.readings(w).some((r) => k.lexicon.titleHeads.has(r.stem) && !k.morphology.definite(r.stem));
}

/** The rules that read a quote as a name (or a title): what they decide holds for the same words elsewhere. */
const NAME_RULES = new Set(['title-head', 'known-name', 'name-head', 'headed-name', 'spelled-out', 'before-content', 'clause-subject', 'name-in-construct', 'according-source', 'name-in-apposition', 'label-marker', 'named-with-ala', 'cue-subject', 'owner-after-lam']);
/** …of which these read the words themselves or their head noun, not only their place in the clause. */
const NAMED_BY_WORDS = new Set(['known-name', 'name-head', 'headed-name', 'spelled-out']);

/** Quotes longer than this are words, not a name quoted again. */
const NAME_WORDS = 3;

/**
 * A name is the same name wherever the article quotes it: a short quote that a name rule
 * did not reach (ويطالب بوتبول "أكسينتور" بتعويض) takes the kind the same words got where
 * a rule read them as a name (شركة "أكسينتور"); and a short quote coordinated with a
 * following name under its head noun (حررت "حيد الأصم" وتبة "أبو عقال") is a name too.
 * Changes `decisions` in place; one pass over the quotes.
 */
export function namesKeepTheirKind(doc: ArticleDocument, quotes: RawQuote[], decisions: KindDecision[]): void {
  const named = new Map<string, KindDecision>();
  // A headline is elliptic (بقاؤنا أحياء "معجزة"): what it seems to name does not carry over.
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (NAME_RULES.has(decisions[i].rule) && q.block.kind !== 'title' && !named.has(quoteKey(doc, q))) named.set(quoteKey(doc, q), decisions[i]);
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (decisions[i].kind !== 'statement' || NAME_RULES.has(decisions[i].rule)) continue;
    // Most statements are longer than a name: their words need not be read.
    if (moreWordsThan(doc, q, NAME_WORDS)) continue;
    const words = contentWords(doc, q);
    if (!words.length || words.length > NAME_WORDS || readsAsSpeech(doc, q, words)) continue;
    const same = named.get(quoteKey(doc, q));
    if (same) decisions[i] = { kind: same.kind, rule: 'same-name' };
    else if (i + 1 < quotes.length && NAMED_BY_WORDS.has(decisions[i + 1].rule) && coordinatedUnderHead(doc, q, quotes[i + 1]))
      decisions[i] = { kind: 'term', rule: 'coordinated-with-name' };
  }
}

/** A quote's words as namesKeepTheirKind compares them; a function of the module, not a closure made at every call. */
function quoteKey(doc: ArticleDocument, q: RawQuote): string {
  return doc.norm.slice(q.open + 1, q.close).trim();
}

/** `"A" و"B"` or `"A" و<name head> "B"` (وتبة "…"، ومدينة "…"): B is coordinated with A. */
function coordinatedUnderHead(doc: ArticleDocument, q: RawQuote, next: RawQuote): boolean {
  if (!q.closed || next.block !== q.block || next.parent !== q.parent) return false;
  const gap = doc.norm.slice(q.close + 1, next.open).trim();
  if (gap === 'و') return true;
  const m = /^و(\S+)$/u.exec(gap);
  return !!m && doc.knowledge.lexicon.nameHeads.has(m[1]);
}
