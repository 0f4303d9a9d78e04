// The subject of a cue before a quote: after its verb, before it (a fronted or a
// comma-separated subject, a sentence's opening subject), relayed (نقلت الوكالة عن X) or
// carried over from the subject history, with the rule that found it.

import { normalizeForMatch } from '../normalize';
import { SPEAKER_PLACEHOLDER } from '../placeholder';
import type { CueHit, Gender } from '../cues';
import type { OrganizationHit } from '../organizations';
import type { PersonCluster } from '../speakers';
import type { AttributionRule } from '../types';
import { workMeter } from '../workMeter';
import type { ArticleDocument } from '../document';
import type { AttributionContext } from './context';
import { agree, current, opensClause, register } from './subjectHistory';
import { unreadPhraseAt, unreadSubjectAfter } from './unreadSubject';
import { nameMention, nationalityBefore, phraseSpeaker, speakerAt, speakingOrganization } from './speakerAt';

const NORMALIZED_PLACEHOLDER = normalizeForMatch(SPEAKER_PLACEHOLDER);
/** How many words a subject before its verb may have (فصائل الجنوب السوري المعارضة تعلن). */
const SUBJECT_BEFORE_REACH = 7;
/** How many words back a title's cue looks for the subject its verbs chain on (a headline is short; a one-line file is not). */
export const TITLE_REACH = 40;
/** How many words back from a carried-over cue the possessor of a speech noun is looked for. */
const SPEECH_NOUN_REACH = 30;

/** How many words a phrase coordinated with a verb's object may take (وحزب الله). */
const COORDINATED_OBJECT_WORDS = 3;
/** How many words may stand between a verb of issuing and the document it issued (أصدرت وزارة الخارجية اللبنانية، أمس الاثنين بيانا). */
const ISSUER_WORDS = 10;

/** Whether a cue word stands right after a preposition (في رد، بعد إعلان): a noun there, not a verb. */
export function afterPreposition(cx: AttributionContext, c: CueHit): boolean {
  const { t, doc } = cx;
  return c.first > 0 && c.first === c.end - 1 && doc.knowledge.lexicon.prepositions.has(t.text(c.first - 1)) && t.onlySpaceBetween(t.ends[c.first - 1], t.starts[c.first]);
}

export function isVerbWord(cx: AttributionContext, w: string): boolean {
  const { morph, doc } = cx;
  return morph.holds(doc.knowledge.cues.verbs, w);
}

/** The length in words of a relay marker (عن، على لسان) starting at token j, or 0. */
export function relayMarkerAt(cx: AttributionContext, j: number): number {
  const { t, relayMarkers } = cx;
  // Loops, not every() with a closure: asked at each of up to eight words after a relay verb.
  for (let m = 0; m < relayMarkers.length; m++) {
    const words = relayMarkers[m];
    let k = 0;
    while (k < words.length && j + k < t.count && t.text(j + k) === words[k] && (k === 0 || t.onlySpaceBetween(t.ends[j + k - 1], t.starts[j + k]))) k++;
    if (k === words.length) return words.length;
  }
  return 0;
}

/**
 * A relay marker whose last word carries a pronoun at token j (عنه، عنها، على لسانه): the
 * relay passes on the words of the one the pronoun points back at. The pronoun's gender
 * (null for a plural or dual), or undefined when there is no such marker.
 */
export function relayPronounAt(cx: AttributionContext, j: number): Gender | null | undefined {
  const { t, morph, relayMarkers } = cx;
  for (let m = 0; m < relayMarkers.length; m++) {
    const words = relayMarkers[m];
    const last = j + words.length - 1;
    if (last >= t.count) continue;
    let k = 0;
    while (k < words.length - 1 && t.text(j + k) === words[k] && (k === 0 || t.onlySpaceBetween(t.ends[j + k - 1], t.starts[j + k]))) k++;
    if (k < words.length - 1 || (k > 0 && !t.onlySpaceBetween(t.ends[last - 1], t.starts[last]))) continue;
    const w = t.text(last);
    const pronoun = morph.pronounSuffix(w);
    if (pronoun && w.slice(0, -pronoun.length) === words[words.length - 1]) return morph.pronounGender(pronoun);
  }
  return undefined;
}

/** Whether the quick fix's speaker placeholder stands right after a cue. */
export function placeholderAfter(cx: AttributionContext, cue: CueHit): boolean {
  const { t, doc } = cx;
  const from = t.ends[cue.end - 1];
  return doc.norm.slice(from, from + NORMALIZED_PLACEHOLDER.length + 2).trimStart().startsWith(NORMALIZED_PLACEHOLDER);
}

/**
 * Whether a word is a noun of speech or a document's head (تصريحات، بيان، تغريدة), with an
 * accusative's alef (بيانا، تصريحا) or a ب or و before it (بتغريدة): whose words a verb after it quotes.
 */
function documentWord(cx: AttributionContext, w: string): boolean {
  const { lexicon: lx, morphology: morph } = cx.doc.knowledge;
  const head = (x: string | null): boolean => x !== null && (lx.documentHeads.has(x) || !!lx.speechNouns?.has(x));
  return head(w) || head(morph.withoutCaseEnding(w)) || head(morph.withoutConjunction(w)) || (w.charCodeAt(0) === morph.prepositionLetters.by && head(w.slice(1)));
}

/**
 * تصريحات أخرى لجونسون … قال فيها، حديث صلاح لقناة …، حيث قال: a person named right after
 * a noun of speech, earlier in the same sentence, is the one a subjectless verb quotes. For a
 * relative verb (`resumed`: بيانا لمتحدث باسم … قال فيه) a document counts as such a noun,
 * only the nearest one, and so does a title with no name (تصريحا لعمدة كيزليار).
 */
function speechNounPossessor(cx: AttributionContext, verb: number, resumed = false): PersonCluster | null {
  const { t, morph, inQuote, registry, mentionByToken, doc } = cx;
  const nouns = doc.knowledge.lexicon.speechNouns;
  if (!nouns) return null;
  const noun = (k: number): boolean => {
    const w = k >= 0 ? (morph.withoutConjunction(t.text(k)) ?? t.text(k)) : '';
    return resumed ? documentWord(cx, w) : nouns.has(w);
  };
  // After a relative verb the qualifier is no addressee (رسالة إلى الوزير، رسالة للمعلمي لرئيس المجلس: lexicon.addresseePrepositions and ل).
  const qualifier = (k: number): boolean => !resumed || (t.norm.charCodeAt(t.starts[k]) !== morph.prepositionLetters.to && !doc.knowledge.lexicon.addresseePrepositions?.has(t.text(k)));
  for (let k = verb - 1; k >= 1 && verb - k <= SPEECH_NOUN_REACH; k--) {
    if (!t.onlySpaceBetween(t.ends[k], t.starts[k + 1]) && /[.!?؟:\n]/u.test(doc.norm.slice(t.ends[k], t.starts[k + 1]))) break;
    // علقت X على قرار Y من خلال تعليق قالت فيه: the relative verb's noun is the nearest one.
    if (resumed && noun(k)) break;
    // تصريحات أخرى لجونسون: one word may qualify the noun.
    if (!(noun(k - 1) || (noun(k - 2) && !mentionByToken.has(k - 1) && t.onlySpaceBetween(t.ends[k - 2], t.starts[k - 1]) && qualifier(k - 1)))) continue;
    const m = mentionByToken.get(k);
    if (m && !m.inQuote && (m.name || (resumed && m.title))) return register(cx, m);
    // حديث صلاح، لجونسون: a surname named before, bare or with the ل of possession.
    const w = t.text(k);
    const known = registry.personBySurname(w) ?? (w.startsWith('ل') && w.length > 3 ? registry.personBySurname(w.slice(1)) : null);
    if (known && !inQuote.has(t.starts[k])) return known;
  }
  return null;
}

/** The nearest definite plural of people (المتظاهرين، المحتجون) between a sentence start and token `before`, not after a preposition. */
export function pluralBefore(cx: AttributionContext, start: number, before: number): PersonCluster | null {
  const { t, morph, inQuote, subjects, doc } = cx;
  for (let k = before - 1; k >= 0 && t.starts[k] >= start && before - k <= SPEECH_NOUN_REACH; k--) {
    if (inQuote.has(t.starts[k]) || (k > 0 && doc.knowledge.lexicon.prepositions.has(t.text(k - 1)))) continue;
    const phrase = subjects.phraseAt(k);
    if (phrase && phrase.type === 'group' && phrase.first === k && morph.definite(t.text(k))) return phraseSpeaker(cx, phrase);
  }
  return null;
}

/**
 * وجاء في البيان الختامي: "…"، ورد في تقرير للأمم المتحدة، جاء في بيان وزارة الخارجية:
 * a verb of content speaks through the document after في; a document in construct with
 * an organization is that organization's.
 */
export function isContentVerb(cx: AttributionContext, cue: CueHit): boolean {
  const { t, morph, doc } = cx;
  const w = t.text(cue.first);
  const verbs = doc.knowledge.lexicon.contentVerbs;
  return cue.end === cue.first + 1 && cue.end < t.count && !!verbs && morph.holds(verbs, w);
}

/**
 * A verb of content (جاء) followed neither by في nor by a resumptive (فيه): no document holds
 * the words. Read as its lemma says (وردت الفتاة is و + ردت, she replied).
 */
export function contentWithoutDocument(cx: AttributionContext, cue: CueHit): boolean {
  const { t, doc } = cx;
  if (!isContentVerb(cx, cue) || !doc.knowledge.lexicon.contentVerbs?.has(normalizeForMatch(cue.lemma))) return false;
  const lx = doc.knowledge.lexicon;
  const next = t.text(cue.end);
  return !(lx.inPrepositions?.has(next) || lx.resumptives?.has(next));
}

/** A verb of content in any form (جاءوا، وردت) with no في after it: someone came, no document speaks. */
export function comingNotContent(cx: AttributionContext, cue: CueHit): boolean {
  const lx = cx.doc.knowledge.lexicon;
  return !!lx.contentVerbs?.has(normalizeForMatch(cue.lemma)) && !(cue.end < cx.t.count && lx.inPrepositions?.has(cx.t.text(cue.end)));
}

function sourceAfterIn(cx: AttributionContext, cue: CueHit): PersonCluster | null {
  const { t, morph, orgByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!isContentVerb(cx, cue)) return null;
  // … بقوله حسبما جاء في الكتاب: after "as" the document only says where the words were read.
  if (cue.first > 0 && lx.asRelatives?.has(t.text(cue.first - 1))) return null;
  const j = cue.end + 1;
  if (j >= t.count || !lx.inPrepositions?.has(t.text(cue.end)) || !t.onlySpaceBetween(t.ends[cue.end], t.starts[j])) return null;
  const head = t.text(j);
  if (lx.documentHeads.has(head) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) {
    const author = orgByToken.get(j + 1);
    if (author) return speakingOrganization(cx, author);
  }
  // وجاء في تصريح الشرطة، في خطاب أحد الأطفال، في تصريح نشره X: a noun of speech in construct is its owner's
  // words, or the issuer's (not لرويترز, the addressee, nor an adjective: تصريح رسمي).
  const next = j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) ? t.text(j + 1) : '';
  if (lx.speechNouns?.has(head) && next && next.charCodeAt(0) !== morph.prepositionLetters.to && !lx.documentAdjectives?.has(next)) {
    const owner = speakerAt(cx, issuingVerb(cx, next, true) ? j + 2 : j + 1);
    if (owner) return owner.cluster;
  }
  const noArticle = morph.withoutArticle(head);
  if (!(lx.documentHeads.has(head) || (noArticle !== null && lx.documentHeads.has(noArticle)))) return null;
  // وجاء في بيان أصدرته الوزارة: the subject of the relative verb that issued the document.
  if (lx.documentHeads.has(head) && j + 2 < t.count && issuingVerb(cx, t.text(j + 1), true)) {
    const issuer = speakerAt(cx, j + 2)?.cluster;
    if (issuer) return issuer;
  }
  return speakerAt(cx, j)?.cluster ?? null;
}

/** A verb of issuing a document (lexicon.issueVerbs: أصدرت), with its object pronoun when `relative` (أصدرته). */
function issuingVerb(cx: AttributionContext, word: string, relative: boolean): boolean {
  const { morph, doc } = cx;
  const verbs = doc.knowledge.lexicon.issueVerbs;
  if (!verbs) return false;
  const bare = morph.conjunction(word) !== null && !verbs.has(word) ? (morph.withoutConjunction(word) ?? word) : word;
  const suffix = doc.knowledge.morphology.pronounSuffix(bare);
  return relative ? suffix !== null && verbs.has(bare.slice(0, -suffix.length)) : verbs.has(bare);
}

/**
 * ونشر الاتحاد بيانا على فيسبوك قال فيه، وكان الجيش قد أصدر بيانا ردا على … قال فيه: the
 * issuer of the document a relative verb's فيه resumes, the nearest noun of speech or
 * document before it. The subject of the sentence's opening verb, else of the verb that
 * issued it (after that verb, else before it), read only up to the document (not صلاح تغريدة).
 */
export function issuerBefore(cx: AttributionContext, cue: CueHit, windowStart: number): PersonCluster | null {
  const { t, doc } = cx;
  const stop = (k: number): boolean => /[.!?؟:\n]/u.test(doc.norm.slice(t.ends[k], t.starts[k + 1]));
  let noun = cue.first;
  for (let k = cue.first - 1; k >= 0 && cue.first - k <= ISSUER_WORDS && t.starts[k] >= windowStart && !stop(k); k--) {
    if (documentWord(cx, t.text(k))) {
      noun = k;
      break;
    }
  }
  const opening = sentenceSubject(cx, windowStart, noun, true);
  if (opening) return opening;
  for (let v = noun - 1; v >= 0 && cue.first - v <= ISSUER_WORDS && t.starts[v] >= windowStart && !stop(v); v--) {
    if (!issuingVerb(cx, t.text(v), false)) continue;
    // وكان النني قد نشر تغريدة: a document right after the verb is its object, the subject is before it.
    const s = v + 1 < noun && !documentWord(cx, t.text(v + 1)) ? speakerAt(cx, v + 1) : null;
    // وكانت المديرية العامة، أصدرت … بيانا: the subject may be set off by a comma.
    if (!s) return frontedSubject(cx, v, windowStart) ?? subjectBeforeComma(cx, v, windowStart);
    if (s.end <= noun) return s.cluster;
    // ونشر صلاح تغريدة: a name read on into the document ends before it (one to three name-like words).
    if (noun - v > 4 || cx.mentionByToken.get(v + 1)?.title) return null;
    for (let k = v + 1; k < noun; k++) if (!cx.people.nameLike(k)) return null;
    const span = doc.span(t.starts[v + 1], t.ends[noun - 1]);
    return cx.registry.addSpeakerByText('person', doc.norm.slice(t.starts[v + 1], t.ends[noun - 1]), doc.text.slice(span.start, span.end), span);
  }
  return null;
}

/** A verb with فيه/فيها right after it (lexicon.resumptives): a relative clause on the document or words before it (بيانا قال فيه). */
export function relativeVerb(cx: AttributionContext, cue: CueHit): boolean {
  return cue.end < cx.t.count && !!cx.doc.knowledge.lexicon.resumptives?.has(cx.t.text(cue.end));
}

/** The subject of a verb cue: after it, just before it, or carried over. */
export function subjectOf(cx: AttributionContext, cue: CueHit, windowStart: number): { cluster: PersonCluster | null; carried: boolean; rule: AttributionRule } {
  const { t, morph, inQuote, mentionByEnd, termOpenByClose, orgByEnd, doc } = cx;
  const source = sourceAfterIn(cx, cue);
  if (source) return { cluster: source, carried: false, rule: 'subject-after-cue' };
  // أصدرت الوزارة بيانا جاء فيه، نشر الاتحاد بيانا على فيسبوك قال فيه: a verb whose فيه
  // resumes the document before it opens a relative clause; unless its subject follows
  // (أكد فيه الرئيس), it is the document's issuer, the subject of the sentence's opening verb,
  // and the word before the verb (فيسبوك) is none.
  const relative = relativeVerb(cx, cue);
  const content = relative && isContentVerb(cx, cue);
  let after = content ? null : speakerAt(cx, cue.end);
  if (relative && !after) {
    // نقلت ميرور تصريحات لجونسون قال فيها: the words are the one's the speech noun names.
    const possessor = speechNounPossessor(cx, cue.first, true);
    if (possessor) return { cluster: possessor, carried: false, rule: 'relayed-source' };
    const issuer = issuerBefore(cx, cue, windowStart);
    // جاء agrees with the document, قالت with its issuer.
    if (issuer && (content || !cue.gender || !issuer.gender || issuer.gender === cue.gender)) return { cluster: issuer, carried: false, rule: 'sentence-subject' };
    if (content) after = speakerAt(cx, cue.end);
  }
  // وصف الرئيس الأمريكي، دونالد ترامب، بأنه "…"، اتهم إيران وحزب الله بـ"…": the one
  // phrase between such a verb and its بـ is the object; the subject is left unsaid.
  const object = after && objectBeforeBa(cx, cue, after.end) ? after.cluster : null;
  const svo = after && !object ? subjectWrittenFirst(cx, cue, windowStart) : null;
  if (svo) return { cluster: svo, carried: false, rule: 'subject-before-cue' };
  if (after && !object) {
    agree(cx, cue, after.cluster);
    return { cluster: after.cluster, carried: false, rule: 'subject-after-cue' };
  }
  // المعارضة التي وصفها بأنها: an antecedent the verb resumes as its object, never its subject.
  let resumed: PersonCluster | null = null;
  // X قال …: a mention ending right before the verb, in the same sentence.
  if (cue.first > 0 && t.starts[cue.first - 1] >= windowStart && t.onlySpaceBetween(t.ends[cue.first - 1], t.starts[cue.first])) {
    // وكان الرئيس الأمريكي دونالد ترامب قد قال: the auxiliary قد stands between the mention and its verb.
    const fronted = mentionByEnd.get(beforeAuxiliaries(cx, cue.first, windowStart));
    // …أوساط مقربة من ماكرون قد قالت: a name after a preposition is no subject.
    const m = mentionByEnd.get(cue.first) ?? (fronted && !fronted.asObject && !fronted.inQuote ? fronted : undefined);
    if (m && !relative) {
      const c = register(cx, m);
      if (c) return { cluster: c, carried: false, rule: 'subject-before-cue' };
    }
    // أما منظمة السلام الأخضر فقالت … (not وفي حديث لرويترز قال: the addressee of a noun of speech).
    const org = orgByEnd.get(cue.first);
    if (org && !relative && !inQuote.has(org.normStart) && !addressedBySpeechNoun(cx, org)) return { cluster: speakingOrganization(cx, org), carried: false, rule: 'subject-before-cue' };
    // وماكرون يؤكد / والحكومة تقول: a subject that opens the clause right before the verb.
    const before = relative ? null : subjectBefore(cx, cue.first, windowStart);
    if (before) return { cluster: before, carried: false, rule: 'subject-before-cue' };
    const antecedent = antecedentOf(cx, cue.first, windowStart);
    if (antecedent && !resumesAntecedent(cx, cue)) return { cluster: antecedent, carried: false, rule: 'relative-antecedent' };
    resumed = antecedent;
    // الحركة التي تصفها أنقرة بـ: the subject written after the resuming verb.
    const written = antecedent ? subjectAfterResumingVerb(cx, cue) : null;
    if (written) return { cluster: written, carried: false, rule: 'subject-after-cue' };
  }
  // وباستري "المتفائل" ذكر أن …: a quoted epithet between the subject and its verb.
  const epithet = cue.first > 0 ? /^\s*["»”]\s+$/u.exec(doc.norm.slice(t.ends[cue.first - 1], t.starts[cue.first])) : null;
  const epithetOpen = epithet ? termOpenByClose.get(t.ends[cue.first - 1] + epithet[0].search(/["»”]/u)) : undefined;
  if (epithetOpen !== undefined) {
    const k = t.indexAtOrAfter(epithetOpen) - 1;
    if (k >= 0 && t.starts[k] >= windowStart && t.onlySpaceBetween(t.ends[k], epithetOpen)) {
      // فمنظمة "هيومن رايتس ووتش" نددت: after a body's head noun the quote is the name, not an epithet.
      const head = morph.withoutConjunction(t.text(k)) ?? t.text(k);
      const m = mentionByEnd.get(k + 1);
      const c = doc.knowledge.lexicon.nameHeads.has(head) || doc.knowledge.lexicon.organizationHeads.has(head) ? null : ((m ? register(cx, m) : null) ?? subjectBefore(cx, k + 1, windowStart));
      if (c) return { cluster: c, carried: false, rule: 'subject-before-cue' };
    }
  }
  // وكانت الرئاسة السودانية، قالت / أمينة بابي، والدة الطفلة، قالت: a subject set off by commas.
  const fronted = relative ? null : subjectBeforeComma(cx, cue.first, windowStart);
  if (fronted) return { cluster: fronted, carried: false, rule: 'subject-before-cue' };
  // ونقلت ميرور تصريحات لجونسون قال فيها …: the one whose words the sentence names.
  const possessor = speechNounPossessor(cx, cue.first);
  if (possessor && (!cue.gender || !possessor.gender || possessor.gender === cue.gender)) return { cluster: possessor, carried: false, rule: 'relayed-source' };
  // وأدانت وزارة الخارجية التركية القرار، وقالت إنه …: the subject of the sentence's opening verb.
  const opens = cue.first > t.indexAtOrAfter(windowStart) + 1;
  // A relative verb's issuer was looked for above, read only up to its document.
  const opening = opens && !relative ? sentenceSubject(cx, windowStart, cue.first, true) : null;
  if (opening && opening !== object && opening !== resumed && (!cue.gender || !opening.gender || opening.gender === cue.gender)) return { cluster: opening, carried: true, rule: 'sentence-subject' };
  // تتحدث شيران عن طفولتها … وتقول: a verb joined by و to the sentence's opening verb
  // shares its subject, a name no list knows too.
  const joinedVerb = opens && !opening && morph.conjunction(t.text(cue.first)) !== null ? joinedVerbSubject(cx, windowStart, cue.first) : null;
  if (joinedVerb && joinedVerb !== object && joinedVerb !== resumed && (!cue.gender || !joinedVerb.gender || joinedVerb.gender === cue.gender)) return { cluster: joinedVerb, carried: true, rule: 'sentence-subject' };
  const carried = current(cx, cue.gender, object ?? resumed, reportedClauseStart(cx, cue));
  // Nobody to carry over: words written after the verb that no reader took are its subject still.
  const written = carried || object || resumed ? null : unreadSubjectAfter(cx, cue);
  if (written) return { cluster: written, carried: false, rule: 'subject-after-cue' };
  return { cluster: carried, carried: true, rule: 'last-subject' };
}

/** How many words after a verb the إن/أن of the clause it reports may stand (وقال في بيان صادر عنه إن). */
const REPORTED_CLAUSE_REACH = 8;

/**
 * Where the clause a verb reports opens: the إن/أن within a few words after it, before any
 * stop or quote mark (a normalized offset; the largest number when there is none). A name
 * read from there on (وقال إن غريب فقيم، …، "…") is inside the reported words, not the one
 * the verb carries over.
 */
function reportedClauseStart(cx: AttributionContext, cue: CueHit): number {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  for (let k = cue.end; k < t.count && k - cue.end < REPORTED_CLAUSE_REACH; k++) {
    if (!t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && /[.!?؟:"«»“”\n]/u.test(doc.norm.slice(t.ends[k - 1], t.starts[k]))) break;
    if (lx.complementizers.has(t.text(k))) return t.starts[k];
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * إن الصحفي سأل الوزير: "…"، والرئيس يحذر الحكومات من "…": a subject that opens its clause
 * right before a verb with no conjunction of its own (subject, verb, object) is the verb's;
 * the phrase after the verb is then its object, not its speaker.
 */
function subjectWrittenFirst(cx: AttributionContext, cue: CueHit, windowStart: number): PersonCluster | null {
  const { t, morph, doc } = cx;
  if (cue.first === 0 || cue.end !== cue.first + 1) return null;
  // وقال، فأكد: a verb joined by its conjunction goes on the clause before (not وصف, whose و is the root's).
  const w = t.text(cue.first);
  if (morph.conjunction(w) !== null && !doc.knowledge.cues.verbs.has(w)) return null;
  // وكان سامر الخوري قد وصف: a person named between an auxiliary that opens the clause and the verb.
  const m = cx.mentionByEnd.get(beforeAuxiliaries(cx, cue.first, windowStart));
  const aux = m && m.first > 0 ? (morph.withoutConjunction(t.text(m.first - 1)) ?? t.text(m.first - 1)) : '';
  const named = m && !m.asObject && !m.inQuote && doc.knowledge.lexicon.auxiliaries?.has(aux) && opensClause(cx, m.first - 1) ? register(cx, m) : null;
  const s = named ?? frontedSubject(cx, cue.first, windowStart, true);
  return s && (!cue.gender || !s.gender || s.gender === cue.gender) ? s : null;
}

/** في حديث لرويترز، في تصريح لـCNN: an organization with ل right after a noun of speech is whom the words were said to. */
function addressedBySpeechNoun(cx: AttributionContext, org: OrganizationHit): boolean {
  const { t, morph, doc } = cx;
  const nouns = doc.knowledge.lexicon.speechNouns;
  if (!nouns || org.first === 0 || org.normStart === t.starts[org.first] || t.norm.charCodeAt(t.starts[org.first]) !== morph.prepositionLetters.to) return false;
  const before = t.text(org.first - 1);
  return nouns.has(morph.withoutConjunction(before) ?? before);
}

/**
 * Whether a verb whose object comes before its بـ (lexicon.baObjectVerbs: وصف، اتهم) has
 * its بـ or بأن right after the one name ending at `end` (or after one phrase coordinated
 * with it by و): that name is then the verb's object, not its subject. A verb carrying its
 * object as a pronoun (وصفتها إسرائيل بأنها) has its subject there.
 */
function objectBeforeBa(cx: AttributionContext, cue: CueHit, end: number): boolean {
  const { t, orgByToken, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  // The preposition ب the verb's second object is written with (بأنه), from the morphology.
  const by = doc.knowledge.morphology.prepositionLetters.by;
  if (!baObjectLemma(doc.knowledge, cue.lemma) || cue.end !== cue.first + 1) return false;
  // The verb as the cue table spells it: a leading و is read off only when what is left
  // is a form of the cue (ووصفها), never from the root (وصفها is و-ص-ف + ها).
  const word = t.text(cue.first);
  const verbs = doc.knowledge.cues.verbs;
  const verb = doc.knowledge.morphology.readings(word).find((r) => verbs.get(r.stem) === cue.lemma)?.stem ?? word;
  const suffix = doc.knowledge.morphology.pronounSuffix(verb);
  if (suffix && verb.length - suffix.length >= 3) return false;
  // Only one name that is the whole phrase: an organization or a country, or a person set
  // off by a comma (دونالد ترامب، بأنه); a phrase the readers ran on (ووصف الجيران العائلة
  // بأنها، ووصف الرئيس فلاديمير بوتين الاتهامات بأنها) holds the subject and the object both.
  const j0 = cue.end;
  const m = mentionByToken.get(j0) ?? (nationalityBefore(cx, j0) ? mentionByToken.get(j0 + 1) : undefined);
  // A comma, or a bracket with the person's age (ناصف بركات (47 عاما) بـ), closes the name.
  const closer = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
  const named = m ? m.end === end && /[،,(]/u.test(closer) : (orgByToken.get(j0)?.end ?? doc.knowledge.countryNameIndex.match(t, j0, false)?.end) === end;
  if (!named) return false;
  let j = end;
  // Past the bracket: the token after its closing mark.
  if (m && closer.includes('(')) {
    while (j < t.count && j - end < COORDINATED_OBJECT_WORDS + 2 && !doc.norm.slice(t.ends[j - 1], t.starts[j]).includes(')')) j++;
    if (j >= t.count || j - end >= COORDINATED_OBJECT_WORDS + 2) return false;
    const w = t.text(j);
    return w.charCodeAt(0) === by && (w.length === 1 || w.length > 2 || lx.complementizers.has(w));
  }
  if (j < t.count && t.text(j).startsWith('و') && !lx.complementizers.has(t.text(j).slice(1))) {
    j++;
    while (j < t.count && j < end + COORDINATED_OBJECT_WORDS && t.text(j).charCodeAt(0) !== by) j++;
  }
  if (j >= t.count || /[.:"«“]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j]))) return false;
  const w = t.text(j);
  return w.charCodeAt(0) === by && (w.length === 1 || lx.complementizers.has(w));
}

/**
 * The subject of a sentence's opening verb: the sentence starts with clause openers
 * (و، وقد، كما، ثم…) and a verb, and the subject follows the verb. Read only when it
 * ends before `limit` (the token of the cue that needs it).
 */
export function sentenceSubject(cx: AttributionContext, start: number, limit: number, strict = false): PersonCluster | null {
  const { t, morph, inQuote, orgByToken, words, mentionByToken, genericPhrases } = cx;
  let j = t.indexAtOrAfter(start);
  while (j < limit && words.opener.at(t, j)) j++;
  if (j + 1 >= limit || inQuote.has(t.starts[j])) return null;
  if (strict) {
    // Only a word that can be a verb opens the sentence: not a preposition, a noun with
    // the article, a number or a name the people pass knows.
    if (words.noVerb.at(t, j) || mentionByToken.has(j) || orgByToken.has(j)) return null;
    // ويبقى لصلاح …، اعترفت باستخدامها …: a word with a preposition's clitic is no subject.
    const next = t.norm.charCodeAt(t.starts[j + 1]);
    if (morph.isPrepositionLetter(next) && !mentionByToken.has(j + 1) && !orgByToken.has(j + 1)) return null;
    // دبي، الإمارات العربية المتحدة (CNN) — أعلنت …: a dateline's city and country, not a
    // verb and its subject; a comma never stands between the opening verb and its subject.
    if (!t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) && t.commaBetween(t.ends[j], t.starts[j + 1])) return null;
  }
  const s = speakerAt(cx, j + 1, strict);
  if (!s || s.end > limit) return null;
  return strict && genericPhrases.has(s.cluster) ? null : s.cluster;
}

/** Whether real copy writes the word, or the word after its conjunction, as a verb or a common noun (knowledge word-classes). */
export function verbOrCommonNoun(cx: AttributionContext, x: string): boolean {
  const { morph, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const y = morph.withoutConjunction(x);
  return lx.corpusVerbs.has(x) || lx.corpusCommonNouns.has(x) || (y !== null && (lx.corpusVerbs.has(y) || lx.corpusCommonNouns.has(y)));
}

/**
 * تتحدث شيران عن طفولتها … وتقول: an unknown name after the sentence's opening verb, for
 * a cue joined to that verb by و (they share the subject). The opening word must be a
 * word real copy writes after قد/لم/لن (a verb), and no word of the name one it writes as
 * a verb or, with the article, as a common noun (knowledge word-classes).
 */
function joinedVerbSubject(cx: AttributionContext, start: number, limit: number): PersonCluster | null {
  const { t, morph, people, inQuote, orgByToken, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  let j = t.indexAtOrAfter(start);
  while (j < limit && (lx.clauseOpeners.has(t.text(j)) || lx.auxiliaries?.has(t.text(j)))) j++;
  if (j + 1 >= limit || inQuote.has(t.starts[j]) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  const w = t.text(j);
  const verb = (x: string): boolean => lx.corpusVerbs.has(x) || doc.knowledge.cues.verbs.has(x);
  const afterConjunction = morph.withoutConjunction(w);
  if (!(verb(w) || (afterConjunction !== null && verb(afterConjunction)))) return null;
  const name = subjects.nameClosedAt(j + 1, (i) => people.nameLike(i) && !verbOrCommonNoun(cx, t.text(i)) && !mentionByToken.has(i) && !orgByToken.has(i));
  if (!name || name.end > limit) return null;
  const m = nameMention(t, name.first, name.end, null);
  mentionByToken.set(name.first, m);
  return register(cx, m);
}

/**
 * المعارضة التي وصفها بأنها، ترامب الذي يصفه بأنه: whether the cue verb after a relative
 * carries an object pronoun of the relative's gender and number (lexicon.relativesMasculine /
 * relativesFeminine; the other relatives are plural or dual, with هم، هما، هن): the pronoun
 * resumes the antecedent as the verb's object. One that does not agree (مادورو الذي وصفها)
 * is someone else, and the antecedent is the subject.
 */
function resumesAntecedent(cx: AttributionContext, cue: CueHit): boolean {
  const { t, morph, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (cue.end !== cue.first + 1 || cue.first < 1) return false;
  // The verb as the cue table spells it, its conjunction read off (ووصفها), then its pronoun:
  // what is left must still be a form of the cue (نبه is no نب + ه).
  const verbs = doc.knowledge.cues.verbs;
  const word = t.text(cue.first);
  const verb = morph.readings(word).find((r) => verbs.get(r.stem) === cue.lemma)?.stem ?? word;
  const pronoun = morph.pronounSuffix(verb);
  if (!pronoun || verbs.get(verb.slice(0, -pronoun.length)) !== cue.lemma) return false;
  const before = t.text(cue.first - 1);
  const relative = morph.withoutConjunction(before) ?? before;
  const gender = morph.pronounGender(pronoun);
  if (lx.relativesMasculine?.has(relative)) return gender === 'm';
  if (lx.relativesFeminine?.has(relative)) return gender === 'f';
  return gender === null;
}

/** How many words the subject after a resuming verb may have before the verb's بـ (وصفته وثائق المحكمة بأنه). */
const RESUMED_SUBJECT_WORDS = 6;

/**
 * جماعة غولن التي تصفها أنقرة بـ، الذي وصفته وثائق المحكمة بأنه: after a verb that resumes
 * its antecedent as its object, the words before its بـ are its subject: a country, else a
 * phrase no reader took (unreadPhraseAt).
 */
function subjectAfterResumingVerb(cx: AttributionContext, cue: CueHit): PersonCluster | null {
  const { t, words, registry, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const by = doc.knowledge.morphology.prepositionLetters.by;
  let j = cue.end;
  while (j < t.count && (words.afterCueFiller.at(t, j) || lx.timeWords.has(t.text(j)))) j++;
  if (j >= t.count || !t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return null;
  const w = t.text(j);
  if (w.charCodeAt(0) === by || lx.prepositions.has(w) || lx.complementizers.has(w)) return null;
  const country = doc.knowledge.countryNameIndex.match(t, j, false);
  if (country) {
    const span = doc.span(t.starts[j], t.ends[country.end - 1]);
    return registry.addSpeakerByText('institution', `country:${country.value}`, doc.text.slice(span.start, span.end), span, `country:${country.value}`, 'f');
  }
  // Only a phrase closed by the verb's بـ (وصفته وثائق المحكمة بأنه): with a verb of two
  // objects (تعتبره أنقرة منظمة "…") no phrase reader tells the subject from the second one.
  let k = j + 1;
  while (k < t.count && k - j <= RESUMED_SUBJECT_WORDS && t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && t.text(k).charCodeAt(0) !== by) k++;
  return k < t.count && k - j <= RESUMED_SUBJECT_WORDS && t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) ? unreadPhraseAt(cx, j) : null;
}

/** X، الذي قال …: the antecedent of a relative pronoun right before the cue. */
function antecedentOf(cx: AttributionContext, verb: number, windowStart: number): PersonCluster | null {
  const { t, inQuote, mentionByEnd, orgByEnd, doc } = cx;
  const rel = verb - 1;
  if (rel < 1 || !doc.knowledge.lexicon.relativePronouns?.has(t.text(rel).replace(/^و/u, ''))) return null;
  const before = rel;
  const m = mentionByEnd.get(before);
  if (m && t.starts[m.first] >= windowStart) return register(cx, m);
  const org = orgByEnd.get(before);
  if (org && !inQuote.has(org.normStart)) return speakingOrganization(cx, org);
  // مسؤول أمني، الذي قال: an anonymous source or a phrase of up to four words.
  for (let k = Math.max(0, before - 4); k < before; k++) {
    if (t.starts[k] < windowStart) continue;
    const s = speakerAt(cx, k);
    if (s && s.end === before) return s.cluster;
  }
  return null;
}

/**
 * The subject of a verb that a comma separates from it: a phrase that opens its clause and
 * ends at the comma, maybe followed by one apposition between commas (X، والدة Y، قالت).
 */
function subjectBeforeComma(cx: AttributionContext, verb: number, windowStart: number): PersonCluster | null {
  const { t, morph, people, inQuote, orgByToken, registry, subjects, mentionByToken, doc } = cx;
  const aux = doc.knowledge.lexicon.auxiliaries;
  // X، وقال: a verb with its conjunction goes on the clause before; it has no fronted subject,
  // but after a topic particle (أما X، Y، فقال) the conjunction answers the particle.
  const joined = morph.conjunction(t.text(verb)) !== null;
  const topic = doc.knowledge.lexicon.topicParticles;
  if (joined && !topic?.size) return null;
  let e = verb;
  for (let segment = 0; segment < 2; segment++) {
    if (e < 2 || t.starts[e - 1] < windowStart || !t.commaBetween(t.ends[e - 1], t.starts[e])) return null;
    let s = e - 1;
    while (s > 0 && e - s < SUBJECT_BEFORE_REACH && t.starts[s - 1] >= windowStart && t.onlySpaceBetween(t.ends[s - 1], t.starts[s]) && !opensClause(cx, s)) s--;
    if (inQuote.has(t.starts[s])) return null;
    if (!opensClause(cx, s)) {
      e = s;
      continue;
    }
    if (joined && !(s > 0 && topic?.has(t.text(s - 1)))) return null;
    const w = t.text(s);
    const from = aux?.has(w) || (w.startsWith('و') && aux?.has(w.slice(1))) ? s + 1 : s;
    if (from >= e) return null;
    const m = mentionByToken.get(from);
    if (m && m.end === e && !m.inQuote && !m.asObject) return register(cx, m);
    // وكان رئيس مجلس العموم، جون بيركو، قال / هالة الدوسري، الباحثة في …، تقول: a named
    // mention that opens the clause and runs on into the words set off before the verb (its
    // name or its description, which the people pass read with it) is the verb's subject.
    if (m && segment > 0 && m.name && m.end > e && m.end <= verb && !m.inQuote && !m.asObject) return register(cx, m);
    // وكان المفاوض الأوروبي، ميشيل بارنيه، أشار: a description opens the clause and the name
    // set off by commas after it, right before the verb, is who it describes: that one speaks.
    // Not after a preposition (وحول أوضاع ناديه، ومستحقات اللاعبين، أردف): that clause is an adverbial.
    const opener = morph.withoutConjunction(t.text(from)) ?? t.text(from);
    const named = segment > 0 && !m?.name && !doc.knowledge.lexicon.prepositions.has(opener) ? nameSetOffBefore(cx, e, verb) : null;
    if (named) return named;
    const org = orgByToken.get(from);
    if (org && org.end === e) return speakingOrganization(cx, org);
    const phrase = subjects.phraseAt(from, false, from === s);
    if (phrase && phrase.end === e && phrase.type !== 'anaphor') return phraseSpeaker(cx, phrase);
    // أمينة بابي، …: two or three words that all read as names.
    if (e - from < 2 || e - from > 3) return null;
    for (let k = from; k < e; k++) if (!people.nameLike(k) || (morph.definite(t.text(k)) || morph.definite(morph.withoutConjunction(t.text(k)) ?? ''))) return null;
    const span = doc.span(t.starts[from], t.ends[e - 1]);
    return registry.addSpeakerByText('person', doc.norm.slice(t.starts[from], t.ends[e - 1]), doc.text.slice(span.start, span.end), span);
  }
  return null;
}

/**
 * A name of two words or more from token `first` to the comma before token `verb`, set off
 * like speakerAt's apposition (المتحدث، جون كيربي، إن), as its speaker; after ويدعى
 * (lexicon.namedVerbs) the name follows it.
 */
function nameSetOffBefore(cx: AttributionContext, first: number, verb: number): PersonCluster | null {
  const { t, morph, people, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (first + 1 < verb && lx.namedVerbs?.has(t.text(first))) first++;
  if (!people.nameLike(first)) return null;
  const name = people.nameAt(first, true);
  if (!name || name.end !== verb || name.end - name.first < 2) return null;
  // …، مساء الجمعة، / …، فمن المرجح، …: a time word or a preposition is no name's.
  for (let k = name.first; k < name.end; k++) if (lx.timeWords.has(t.text(k)) || lx.prepositions.has(morph.withoutConjunction(t.text(k)) ?? t.text(k))) return null;
  return register(cx, nameMention(t, name.first, name.end, name.knowledgeId));
}

/**
 * The latest speech verb or "according to" before cue `c` in its sentence with an إن/أن
 * between them, the cue whose report holds `c`; none when a person or a body is named
 * between that إن/أن and `c` (أن النائب العام طارق صعب قال: that one may be c's subject).
 */
export function reportingCue(cx: AttributionContext, c: CueHit, found: () => CueHit[]): CueHit | null {
  const { t, orgByToken, mentionByToken, doc } = cx;
  const earlier = found().filter((x) => x.first < c.first && (x.kind === 'verb' || x.kind === 'according'));
  const x = earlier[earlier.length - 1];
  if (!x) return null;
  let k = x.end;
  while (k < c.first && !doc.knowledge.lexicon.complementizers.has(t.text(k))) k++;
  if (k >= c.first) return null;
  for (let j = k + 1; j < c.first; j++) if (mentionByToken.has(j) || orgByToken.has(j)) return null;
  return x;
}

/** Where the auxiliaries (قد، كان) right before token `verb` start, within the window: `verb` when there are none. */
function beforeAuxiliaries(cx: AttributionContext, verb: number, windowStart: number): number {
  const { t, doc } = cx;
  const aux = doc.knowledge.lexicon.auxiliaries;
  let k = verb;
  while (k > 1 && aux?.has(t.text(k - 1)) && t.starts[k - 2] >= windowStart && t.onlySpaceBetween(t.ends[k - 2], t.starts[k - 1])) k--;
  return k;
}

/** Whether tokens [from, to) are one short adverbial: a preposition and up to two words, or a time word, with nothing but spaces. */
function adverbialBetween(cx: AttributionContext, from: number, to: number): boolean {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) return false;
  if (!t.onlySpaceBetween(t.ends[to - 1], t.starts[to])) return false;
  const w = t.text(from);
  return to - from === 1 ? lx.timeWords.has(w) : lx.prepositions.has(w);
}

/**
 * One to three words that open their clause and end right before token `verb`, read as its
 * subject; `strict`: words no pass read as a name or a phrase only after an auxiliary
 * (وكان بيكير أعلن), never a clause opener taken for a name (فيما، لطالما، فقد).
 */
function subjectBefore(cx: AttributionContext, verb: number, windowStart: number, strict = false): PersonCluster | null {
  const { t, morph, people, inQuote, registry, subjects, doc } = cx;
  // كانوا قد هددوا: auxiliaries between the subject and its verb.
  const aux = doc.knowledge.lexicon.auxiliaries;
  const cueVerb = verb;
  while (verb > 1 && aux?.has(t.text(verb - 1)) && t.onlySpaceBetween(t.ends[verb - 2], t.starts[verb - 1])) verb--;
  // يذكر أن مسؤولين روس هددوا: a subject right after أن/إن opens its clause.
  for (let k = Math.max(0, verb - 4); k < verb - 1; k++) {
    if (t.starts[k] < windowStart || !doc.knowledge.lexicon.complementizers.has(t.text(k))) continue;
    const s = speakerAt(cx, k + 1);
    if (s && s.end === verb) return s.cluster;
  }
  // والمحتجون يؤكدون، فصائل الجنوب السوري المعارضة تعلن: a noun phrase that opens the
  // clause and ends right before the verb is its subject.
  let open = verb - 1;
  while (open > 0 && verb - open < SUBJECT_BEFORE_REACH && t.starts[open - 1] >= windowStart && t.onlySpaceBetween(t.ends[open - 1], t.starts[open]) && !opensClause(cx, open)) open--;
  if (opensClause(cx, open) && !inQuote.has(t.starts[open])) {
    // وكانت إيران أكدت: an auxiliary opens the clause before its subject.
    const w = t.text(open);
    const isAuxiliary = (x: string): boolean => !!aux?.has(x) || (x.startsWith('و') && !!aux?.has(x.slice(1)));
    const from = isAuxiliary(w) ? open + 1 : open;
    const phrase = from < verb ? subjects.phraseAt(from, false, from === open) : null;
    if (phrase && phrase.end === verb && phrase.type !== 'anaphor') return phraseSpeaker(cx, phrase);
    // وكانت المصادر في البداية قد قالت: between an auxiliary's subject and the قد of its verb,
    // a short adverbial (a preposition and its noun, a time word) belongs to neither.
    const before = from > open ? w : from > 0 ? t.text(from - 1) : '';
    if (phrase && isAuxiliary(before) && verb < cueVerb && adverbialBetween(cx, phrase.end, verb)) return phraseSpeaker(cx, phrase);
  }
  let first = verb - 1;
  while (first > 0 && verb - first < 3 && t.starts[first - 1] >= windowStart && t.onlySpaceBetween(t.ends[first - 1], t.starts[first]) && !opensClause(cx, first)) first--;
  if (!opensClause(cx, first) || inQuote.has(t.starts[first])) return null;
  // وكان بيكير أعلن، وكانت واشنطن قد كشفت: the auxiliary opens the clause, the subject follows it.
  // Not ما (هذا ما جعله يقول): a relative, whose verb has no subject before it.
  const opener = morph.withoutConjunction(t.text(first)) ?? t.text(first);
  const afterAuxiliary = first + 1 < verb && !!aux?.has(opener) && !doc.knowledge.lexicon.whatRelatives?.has(opener);
  if (afterAuxiliary) first++;
  else if (strict) return null;
  const word = t.text(first);
  // وكانت أوصافه تقول: a noun with a possessive is no name.
  if (afterAuxiliary && morph.pronounSuffix(word) !== null) return null;
  const bare = word.startsWith('و') && word.length > 3 && !afterAuxiliary ? word.slice(1) : word;
  const skip = bare === word ? 0 : 1;
  const country = doc.knowledge.countryNameIndex.match(t, first, false) ?? (skip ? doc.knowledge.countryNameIndex.match(t, first, true) : null);
  const span = doc.span(t.starts[first] + skip, t.ends[verb - 1]);
  const text = doc.text.slice(span.start, span.end);
  const key = doc.norm.slice(t.starts[first] + skip, t.ends[verb - 1]);
  if (country && country.end === verb) return registry.addSpeakerByText('institution', `country:${country.value}`, text, span, `country:${country.value}`, 'f');
  for (let k = first; k < verb; k++) if (!(k === first ? people.nameLikeText(bare) : people.nameLike(k))) return null;
  if (morph.definite(bare)) return null;
  return registry.addSpeakerByText('person', key, text, span);
}

/**
 * روسيا تدعو الغرب إلى "…" وتحذر من "…"، تركيا تعتقل جنديين.. وتتحدث عن "…": a headline
 * puts its subject first and chains its verbs on it with و. The subject of a title's cue
 * verb is the phrase that opens its clause right before the verb, or before the bare verb
 * its و-joined verbs go back to; none when that bare verb has no such subject. `own` is
 * true when the subject stands right before the cue itself.
 */
export function titleSubject(cx: AttributionContext, cue: CueHit, lineStart: number): { cluster: PersonCluster; own: boolean } | null {
  const { t, morph, inQuote, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const verbs = doc.knowledge.cues.verbs;
  const verb = (w: string): boolean => verbs.has(w) || lx.corpusVerbs.has(w);
  const lineFirst = t.indexAtOrAfter(lineStart);
  for (let v = cue.first; v > lineFirst && cue.first - v <= TITLE_REACH; v--) {
    workMeter.steps++;
    if (inQuote.has(t.starts[v])) continue;
    const w = t.text(v);
    const bare = morph.withoutConjunction(w);
    const joined = bare !== null && !verb(w) && verb(bare);
    if (v !== cue.first && !verb(w) && !joined) continue;
    if (joined) continue;
    const s = frontedSubject(cx, v, lineStart);
    if (!s || (cue.gender && s.gender && s.gender !== cue.gender)) return null;
    return { cluster: s, own: v === cue.first };
  }
  return null;
}

/** The subject that opens its clause and ends right before the verb at token `v`: a person, an organization, a country or a phrase. */
function frontedSubject(cx: AttributionContext, v: number, windowStart: number, strict = false): PersonCluster | null {
  const { t, inQuote, mentionByEnd, orgByEnd, doc } = cx;
  if (t.starts[v - 1] < windowStart || !t.onlySpaceBetween(t.ends[v - 1], t.starts[v])) return null;
  // ماذا قال القذافي، هل نقل النظام: a question puts no subject before its verb.
  let open = v - 1;
  while (open > 0 && v - open < SUBJECT_BEFORE_REACH && t.starts[open - 1] >= windowStart && !opensClause(cx, open)) open--;
  // Only where the clause opens: a walk that ran out of reach stops on any word (عدد من مستخدمي …).
  if (opensClause(cx, open) && doc.knowledge.lexicon.interrogatives?.has(t.text(open))) return null;
  const m = mentionByEnd.get(v);
  if (m && !m.inQuote && !m.asObject && opensClause(cx, m.first)) return register(cx, m);
  const org = orgByEnd.get(v);
  if (org && !inQuote.has(org.normStart) && opensClause(cx, org.first)) return speakingOrganization(cx, org);
  return subjectBefore(cx, v, windowStart, strict);
}

const baObjectLemmasOf = new WeakMap<ArticleDocument['knowledge'], Map<string, boolean>>();

/**
 * Whether a cue's lemma is a verb whose object comes before its بـ (lexicon.baObjectVerbs),
 * remembered per lemma and knowledge: normalizing the lemma at every verb cost 2-3 % of
 * attribute() on the 1 MB article, and the cue table has only so many lemmas.
 */
export function baObjectLemma(k: ArticleDocument['knowledge'], lemma: string): boolean {
  let known = baObjectLemmasOf.get(k);
  if (!known) baObjectLemmasOf.set(k, (known = new Map()));
  let yes = known.get(lemma);
  if (yes === undefined) known.set(lemma, (yes = !!k.lexicon.baObjectVerbs?.has(normalizeForMatch(lemma))));
  return yes;
}

/**
 * The cue keeps a mid-sentence كما ("…، كما قال X، "…"": as X said) but not a
 * sentence-initial one (كما أشار = also pointed out).
 */
export function withClauseOpener(doc: ArticleDocument, c: CueHit, sentenceStart: number): number {
  const t = doc.tokens;
  const prev = c.first - 1;
  if (prev < 0 || t.text(prev) !== 'كما' || t.starts[prev] < sentenceStart) return c.first;
  const before = doc.norm.slice(sentenceStart, t.starts[prev]).trim();
  return before === '' || /^[\p{L}\s]*$/u.test(before) && before.split(/\s+/).length <= 1 ? c.first : prev;
}
