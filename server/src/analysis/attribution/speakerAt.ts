// The speaker whose mention starts at a token (after a cue verb or an "according to"): a
// person, an organization, an institution, an anonymous source, a relation, a described or
// apposed name, or a noun phrase (a country, a document, an anaphor resolved backward).

import type { Tokens } from '../tokens';
import type { ArticleDocument } from '../document';
import { looksCircumstantial, MAX_CIRCUMSTANCE_WORDS, type PersonMention } from '../people';
import { type OrganizationHit, writtenForm } from '../organizations';
import type { PersonCluster } from '../speakers';
import { writtenAsCommonWord } from '../commonWords';
import { workMeter } from '../workMeter';
import type { SubjectPhrase } from '../subjects';
import type { CueHit } from '../cues';
import type { AttributionContext } from './context';
import type { Knowledge } from '../knowledge';
import type { Morphology } from '../morphology';
import { current, latestAnonymous, register } from './subjectHistory';
import { isVerbWord } from './cueSubject';
import { noteDescribedSpokesperson, noteSpokesperson, spokespersonBack } from './spokesperson';
import { namedAfterPersonTitle, personTitlePhrase } from './personTitle';

/** The longest quoted name after a head noun (صحيفة "وول ستريت جورنال"). */
const MAX_QUOTED_NAME = 5;

/** Organization types (knowledge `type`) that publish news: an anonymous source speaks to them. */
const NEWS_ORGANIZATION = /news|broadcast|television|channel/u;

/**
 * A mention extended to the name that closes it (tokens up to name.end). Written out in the
 * order every mention is made (people.ts, nameMention), not spread: a spread copy has a map of
 * its own, and code V8 compiled for the mentions it had seen was thrown away at the first copy
 * (docs/performance-log.md, session 13).
 */
function closedByName(t: Tokens, m: PersonMention, name: { first: number; end: number; knowledgeId: string | null }): PersonMention {
  return {
    first: m.first,
    end: name.end,
    normStart: m.normStart,
    normEnd: t.ends[name.end - 1],
    title: m.title,
    name: { first: name.first, end: name.end, normStart: t.starts[name.first], normEnd: t.ends[name.end - 1] },
    knowledgeId: name.knowledgeId,
    inQuote: m.inQuote,
    asObject: m.asObject,
  };
}

/**
 * The mention of a name no pass found with a title: tokens [first, end) are the name, and
 * the mention starts at `from` (a description before the name, else the name itself).
 */
export function nameMention(t: Tokens, first: number, end: number, knowledgeId: string | null, from = first): PersonMention {
  const name = { first, end, normStart: t.starts[first], normEnd: t.ends[end - 1] };
  return { first: from, end, normStart: t.starts[from], normEnd: name.normEnd, title: null, name, knowledgeId, inQuote: false, asObject: false };
}

function inOrganization(cx: AttributionContext, k: number): boolean {
  const { t, orgHits } = cx;
  if (!cx.organizationTokens) {
    cx.organizationTokens = new Uint8Array(t.count);
    for (const h of orgHits) cx.organizationTokens.fill(1, h.first, h.end);
  }
  return cx.organizationTokens[k] === 1;
}

/** The speaker cluster of an organization that speaks (أعلنت وزارة الدفاع، قال الكرملين). */
export function speakingOrganization(cx: AttributionContext, org: OrganizationHit): PersonCluster {
  const { registry, doc } = cx;
  const span = doc.span(org.normStart, org.normEnd);
  return registry.addSpeakerByText('institution', org.id, writtenForm(doc, org), span, org.id);
}

/**
 * قال لبي بي سي، صرح لصحيفة …، قالت لمتسابق، في حديث لرويترز: ل on an organization found
 * after it, on a common noun of the corpus (four letters or more) or on a Latin name, right
 * after a verb, a participle or a noun of speech, names whom the words were said to, never
 * who said them. A word that is a name or an ordinary word itself keeps it (لافروف، لبنان،
 * لسان، لجنة), and so does a quoted name (ويقول "لسان العرب"). Returns the token after the
 * addressee (after the organization's name), or -1.
 */
function addresseeEnd(cx: AttributionContext, j: number, before: number): number {
  // (The caller has read the ل.)
  const { t, morph, orgByToken, doc } = cx;
  if (!t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return -1;
  const k = doc.knowledge;
  const w = t.text(j);
  const org = orgByToken.get(j);
  const rest = w.slice(1);
  const addressee =
    (org !== undefined && org.first === j && org.normStart > t.starts[j]) ||
    (rest.length >= 4 && k.lexicon.corpusCommonNouns.has(rest) && !k.lexicon.corpusCommonNouns.has(w) && !k.personIndex.hasWord(w) && !k.countryNameIndex.hasWord(w)) ||
    /^ل\u0640?[a-z]/u.test(w);
  if (!addressee) return -1;
  const verb = t.text(before);
  if (!(isVerbWord(cx, verb) || k.cues.participles.has(verb) || k.lexicon.speechNouns?.has(morph.withoutConjunction(verb) ?? verb))) return -1;
  return org !== undefined && org.first === j ? org.end : j + 1;
}

/** وقالت لفرانس24 المخرجة نادية الفاني: a subject the readers know may follow an organization addressed; else none. */
function speakerAfterAddressee(cx: AttributionContext, j: number, end: number): { cluster: PersonCluster; end: number } | null {
  const { t, orgByToken } = cx;
  const follows = orgByToken.get(j)?.first === j && end < t.count && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]);
  return follows ? speakerAt(cx, end, true) : null;
}

/** The speaker whose mention starts at token j (person, institution or anonymous source). */
export function speakerAt(cx: AttributionContext, j: number, knownOnly = false): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, inQuote, orgByToken, registry, subjects, words, mentionByToken, clusterOf, termOpens, doc } = cx;
  // The word the fillers (أيضا، لهم) follow: the verb whose object a mention with ل may be.
  const before = j - 1;
  while (j < t.count && words.afterCueFiller.at(t, j)) j++;
  if (j >= t.count || j === 0) return null;
  // The speaker stands before any quote or clause break: وقال "نعم، …" has none; but a
  // quoted name or label right after the verb is its subject (وكتبت "الخوذ البيضاء" على …).
  // Mostly a single space, which neither test below matches: no string made for it.
  const gap = t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) ? '' : doc.norm.slice(t.ends[j - 1], t.starts[j]);
  if ((/["«»“”:.()]/u.test(gap) || inQuote.has(t.starts[j])) && !(/^\s*["«“]$/u.test(gap) && termOpens.has(t.starts[j] - 1))) return null;
  // قال لبي بي سي: only a word with ل is read further (addresseeEnd), apart so that speakerAt stays small.
  if (before >= 0 && t.norm.charCodeAt(t.starts[j]) === morph.prepositionLetters.to) {
    const addressee = addresseeEnd(cx, j, before);
    if (addressee >= 0) return speakerAfterAddressee(cx, j, addressee);
  }
  // وأضاف الشيخ محمد بن راشد، وقال الملك عبد الله، العميد الركن X: honorifics before a
  // name belong to neither; the person named after them speaks, not a phrase "الشيخ".
  if (!mentionByToken.has(j) && doc.knowledge.lexicon.honorifics.has(t.text(j)) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) && (mentionByToken.has(j + 1) || doc.knowledge.lexicon.honorifics.has(t.text(j + 1)) || (people.nameLike(j + 1) && !morph.definite(t.text(j + 1))))) {
    const named = speakerAt(cx, j + 1, knownOnly);
    if (named && named.cluster.kind === 'person' && named.cluster.names.length > 0) return named;
  }
  // اتهمت السوري ناصف بركات، وقال الأمريكي جون سميث: a nationality before a name describes it.
  if (!mentionByToken.has(j) && nationalityBefore(cx, j)) {
    const c = register(cx, mentionByToken.get(j + 1)!);
    if (c) return { cluster: c, end: mentionByToken.get(j + 1)!.end };
  }
  let m = mentionByToken.get(j);
  // ونقل الكاتب عن ترامب قوله "…": after a relay verb, the name before the quote is the relayed one's.
  if (m && m.title && !m.name && !clusterOf.has(m) && !doc.knowledge.cues.relayVerbs.has(morph.withoutConjunction(t.text(j - 1)) ?? t.text(j - 1))) {
    // وقال الأمين التنفيذي لاتفاقية … بشأن تغير المناخ سايمون ستيل: the name closes the clause.
    const name = nameClosingTitle(cx, m);
    if (name) {
      m = closedByName(t, m, name);
      mentionByToken.set(j, m);
    }
  }
  // تعرب لنظيرها الإسرائيلي: a mention with the ل of an object after a verb is not its subject
  // (after وفقا it is the source: وفقا لمديرة الصندوق).
  if (m && m.asObject && m.normStart > t.starts[j] && before >= 0 && isVerbWord(cx, t.text(before))) return null;
  if (m) {
    const c = register(cx, m);
    if (c) return { cluster: c, end: m.end };
  }
  const org = orgByToken.get(j);
  if (org) return { cluster: speakingOrganization(cx, org), end: org.end };
  const headed = headedName(cx, j);
  if (headed) return headed;
  const led = ledBody(cx, j);
  if (led) return led;
  const k = doc.knowledge;
  // الخارجية الروسية: a ministry's short form with a country.
  const short = k.ministryShortIndex.match(t, j, false);
  if (short) {
    const country = k.countryAdjectiveIndex.match(t, short.end, false);
    if (country) {
      const span = doc.span(t.starts[j], t.ends[country.end - 1]);
      const id = `ministry:${short.value}:${country.value}`;
      return { cluster: registry.addSpeakerByText('institution', id, doc.text.slice(span.start, span.end), span, id), end: country.end };
    }
  }
  // الرئاسة الفرنسية، الجيش الإسرائيلي: a generic institution with its country.
  const institution = people.institutionAt(j);
  if (institution) {
    const span = doc.span(t.starts[j] + institution.prefix.length, t.ends[institution.end - 1]);
    return { cluster: registry.addSpeakerByText('institution', institution.id, doc.text.slice(span.start, span.end), span, institution.id), end: institution.end };
  }
  // مسؤول في وزارة الخزانة، مصدر مطلع: an anonymous source up to the next clause break.
  if (k.lexicon.anonymousHeads.has(t.text(j))) return anonymousSourceAt(cx, j, knownOnly);
  // وصرحت هذه الشابة: a demonstrative and a definite noun point back at the latest person of that gender.
  const pointed = demonstrativeAt(cx, j);
  if (pointed) return pointed;
  // بدوره، قال محاميها: a relation with a possessive pronoun is the one who speaks.
  // والده: only the written ه tells "his father" from والدة (a mother), one normalized form.
  const relation = words.possessiveRelation.at(t, j) ? relationWithPossessive(doc.knowledge, t.text(j), people.writtenWithHa(j)) : null;
  if (relation) {
    // وقالت زوجته لميس الخطيب، ويقول شقيقه عبد الرحمن: the name after the relation is who speaks.
    const named = relation === 'anonymous' && !knownOnly && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) ? people.nameAfterCue(j + 1) : null;
    const c = named ? register(cx, named) : null;
    if (named && c) {
      mentionByToken.set(j + 1, named);
      return { cluster: c, end: named.end };
    }
    // وقال محاميه، روبرتو ميت، إن: the name set off by commas after the relation.
    const apposed = relation === 'anonymous' && !knownOnly ? nameInApposition(cx, j + 1) : null;
    if (apposed) return apposed;
    // وأعلنت منظمته: an organization's head with a possessive is an institution.
    const span = doc.span(t.starts[j], t.ends[j]);
    return { cluster: registry.addSpeakerByText(relation, t.text(j), doc.text.slice(span.start, span.end), span), end: j + 1 };
  }
  // وقال والد نسيم: a relation in construct with a name is the one who speaks.
  if (k.lexicon.relationNouns?.has(t.text(j)) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) {
    const of = mentionByToken.get(j + 1);
    const end = of && !of.title && of.name ? of.end : people.nameLike(j + 1) && !morph.definite(t.text(j + 1)) ? j + 2 : -1;
    // وأضاف أبو ردينة: أبو before an indefinite name opens a kunya or family name, a person's name.
    if (end > 0 && k.lexicon.kunyaHeads?.has(t.text(j)) && !morph.definite(t.text(j + 1))) {
      const m = nameMention(t, j, end, null);
      mentionByToken.set(j, m);
      const c = register(cx, m);
      if (c) return { cluster: c, end };
    }
    if (end > 0) {
      const span = doc.span(t.starts[j], t.ends[end - 1]);
      return { cluster: registry.addSpeakerByText('anonymous', doc.norm.slice(t.starts[j], t.ends[end - 1]), doc.text.slice(span.start, span.end), span), end };
    }
  }
  // وقالت روسيا، وقالت الحكومة، وأضاف التقرير، وقال المحققون، قوات الجيش اليمني.
  const phrase = subjects.phraseAt(j);
  if (phrase) {
    // المسؤول الطبي بافل كورنيافكا، أحد المحتجين ويدعى عصام جبار: a description followed by
    // a name is that named person, not an anonymous source.
    // A group is many people: only ويدعى names one of them (عناصر من التنظيم بإعدام ستة أشخاص names no one).
    // وقال القاضي، تشارلز هادون، إن / المتحدث، جون كيربي، إن: the name set off by commas after a description.
    const named = knownOnly ? null : describedName(cx, phrase);
    if (named) return named;
    const c = phraseSpeaker(cx, phrase);
    if (c) return { cluster: c, end: phrase.end };
  }
  // After a verb that is no speech verb, only a speaker found above: وتركز رؤية شي على …
  // is no one named رؤية شي. Nor is ب on a common noun, the verb's adverbial or object
  // (يقول بالعبرية "…"، وصفها بعبارات "…").
  if (knownOnly || people.prepositionalPhrase(j)) return null;
  // A bare name after a cue verb: وقال زاس:
  const named = people.nameAfterCue(j);
  if (named) {
    mentionByToken.set(j, named);
    const c = register(cx, named);
    if (c) return { cluster: c, end: named.end };
  }
  // An unknown name closed by an apposition or إن/أن: وقال كريم حداد الخبير الاقتصادي إن.
  // يشير تحديدا، لكنه: a common noun with the accusative ending is an adverb, no name's word.
  // وقال والاس إن، وقال ويلي والش، وقال الدكتور نيكولا فاليري: right after a cue verb (and
  // the honorific read past after it), a name may open with و or ف and the letters of the article.
  const afterVerb = before >= 0 && (isVerbWord(cx, t.text(before)) || doc.knowledge.lexicon.honorifics.has(t.text(before)));
  const unknown = subjects.nameClosedAt(j, (i) => (people.nameLike(i) || (afterVerb && nameOpeningWithConjunction(cx, i, i === j))) && !people.adverbialAccusative(i));
  if (unknown) {
    const m = nameMention(t, unknown.first, unknown.end, null);
    mentionByToken.set(j, m);
    const c = register(cx, m);
    if (c) return { cluster: c, end: unknown.end };
  }
  return describedNameAt(cx, j) ?? bodyWithUnknownName(cx, j);
}

/**
 * والاس، والش، فالفيردي: a word written as و or ف and the article reads as a conjunct
 * (والمحتجون، فالحكومة) to the name tests. Right after a cue verb, where no conjunct stands,
 * it opens a name when no reading of the whole word is one the corpus writes (knowledge
 * word-classes) and no relation noun opens it (والده، والدا: the relation reader's). Later in
 * the name the conjunction more likely joins a noun or a clause (لي كيكيانغ والقادة، سامي حداد
 * فالحكومة): there what the article would cover must be no word the corpus writes either
 * (ويلي والش، خورخي فالدانو).
 */
function nameOpeningWithConjunction(cx: AttributionContext, i: number, first: boolean): boolean {
  const { t, morph, doc } = cx;
  const k = doc.knowledge;
  const w = t.text(i);
  const rest = morph.withoutConjunction(w);
  if (rest === null || !morph.definite(rest) || rest.length <= morph.article.length || k.personIndex.hasWord(rest)) return false;
  if (writtenAsCommonWord(k, w) || !cx.people.nameLikeText(rest)) return false;
  if (!first && writtenAsCommonWord(k, rest.slice(morph.article.length))) return false;
  // والاس, not وألغيتا, whose alef carries a hamza: the article as written, after the conjunction.
  if (!cx.people.writtenStartsWithArticle(i, w.length - rest.length)) return false;
  for (const r of k.lexicon.relationNouns ?? []) if (w.startsWith(r) && r.length > 3) return false;
  return true;
}

/** The longest bracketed name after a source's preposition (متحدث باسم (فوت ليف)), in characters. */
const BRACKETED_NAME_CHARS = 60;

/**
 * مسؤول في وزارة الخزانة، مصدر مطلع: an anonymous source from token j (its head) up to the
 * next clause break. Apart from speakerAt so that its closures, which few cues reach, are not
 * compiled into speakerAt's optimized code (docs/performance-log.md, session 13).
 */
function anonymousSourceAt(cx: AttributionContext, j: number, knownOnly: boolean): { cluster: PersonCluster; end: number } {
  const { t, morph, orgByToken, registry, termCloseByOpen, doc } = cx;
  const k = doc.knowledge;
  let end = j + 1;
  // مسؤولين روس كانوا قد هددوا: an auxiliary ends the description too, and so do a time word,
  // a filler of the verb's (مسؤول أردني اليوم الثلاثاء، مصادر إعلامية روسية أيضا) and a relative
  // after two words or more (مصدر مطلع على الاتصال الهاتفي الذي جرى; أحد الذين … is one of them).
  const lx = k.lexicon;
  const ends = (w: string, n: number): boolean =>
    k.cues.verbs.has(w) || lx.anonymousEnds.has(w) || !!lx.auxiliaries?.has(w) || lx.complementizers.has(w) || lx.timeWords.has(w) || lx.afterCueFillers.has(w) || (n - j >= 2 && lx.relativePronouns.has(w));
  // مصدر عسكري طلب عدم ذكر اسمه، رفض كشف اسمه: the words saying it goes unnamed are no part of it.
  // The verb before عدم, or before a verbal noun (and its preposition) with اسمه/هويته.
  const marker = (n: number, owned: boolean): boolean => n < t.count && !!k.lexicon.anonymityMarkers?.has(t.text(n)) && (!owned || morph.pronounSuffix(t.text(n)) !== null);
  const unnamed = (n: number): boolean => marker(n, false) || marker(n + 1, false) || marker(n + 2, true) || (marker(n + 3, true) && k.lexicon.prepositions.has(t.text(n + 2)));
  // مسؤول أمني لرويترز، مصدر مطلع لـCNN، أحد الصحفيين قائلا: the addressee (ل + a news
  // organization or a Latin name) and a speech participle end it.
  const addressee = (n: number): boolean => {
    if (t.norm.charCodeAt(t.starts[n]) !== morph.prepositionLetters.to) return false;
    const org = orgByToken.get(n);
    // Only the news: مسؤول لحلف الناتو is the alliance's official.
    if (org) return NEWS_ORGANIZATION.test(k.organizations.get(org.id)?.type ?? '');
    return /^ل\u0640?[a-z]/u.test(t.text(n));
  };
  while (end < t.count && end - j < 7 && !/[،,:."«“(]/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end])) && !ends(t.text(end), end) && !unnamed(end) && !addressee(end) && !k.cues.participles.has(t.text(end))) end++;
  // مصدر من "هيئة تحرير الشام"، متحدث باسم (فوت ليف): a preposition and the quoted name of
  // a body (a term), or a bracketed one, belong to the description; مصادر رفيعة المستوى
  // لـ"العربية": an addressee does not. Another aside in brackets (24 عاما) ends it.
  const gapAfter = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
  const mark = gapAfter.search(/["«“(]/u);
  const open = t.ends[end - 1] + mark;
  const last = t.text(end - 1);
  const close =
    mark < 0 ? undefined
    : gapAfter[mark] !== '(' ? (k.lexicon.prepositions.has(last) ? termCloseByOpen.get(open) : undefined)
    : k.lexicon.prepositions.has(last) || k.lexicon.onBehalfPrepositions.has(last) ? open + t.norm.slice(open, open + BRACKETED_NAME_CHARS).indexOf(')') : undefined;
  const quoted = close !== undefined && close > open && close - open < 60;
  if (quoted) end = t.indexAtOrAfter(close);
  // Else a lone clitic or a preposition whose object the quote cut off is no part of it.
  else while (end > j + 1 && (t.text(end - 1).length === 1 || k.lexicon.prepositions.has(t.text(end - 1)))) end--;
  // أحد المحتجين ويدعى عصام جبار: the description names its person.
  for (let n = j + 1; n < end && !knownOnly; n++) {
    if (!k.lexicon.namedVerbs?.has(t.text(n))) continue;
    const named = nameAfterDescription(cx, n);
    if (named) return named;
  }
  // With the quoted name's closing mark, so the shown description is balanced.
  const normEnd = quoted && close !== undefined ? close + 1 : t.ends[end - 1];
  const span = doc.span(t.starts[j], normEnd);
  const text = doc.text.slice(span.start, span.end);
  const cluster = registry.addSpeakerByText('anonymous', doc.norm.slice(t.starts[j], normEnd), text, span);
  // متحدث باسم الشركة: a later المتحدث is this one.
  noteSpokesperson(cx, j, cluster);
  return { cluster, end };
}

/**
 * وقالت شركة كومكاست إن، تقول لجنة خبراء إنها: an organization's head before an unknown
 * name of one or two words closed like a subject (إن، a comma, a colon), or before an
 * indefinite collective (خبراء), is a body that speaks, though no list knows it.
 */
function bodyWithUnknownName(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, people, registry, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!lx.organizationHeads.has(t.text(j)) || j + 1 >= t.count || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  let end = -1;
  if (lx.collectiveHeads.has(t.text(j + 1)) && !lx.organizationHeads.has(t.text(j + 1))) {
    // لجنة خبراء إنها: the collective then the clause.
    if (j + 2 < t.count && (lx.complementizers.has(t.text(j + 2)) || /^\s*[،,:]/u.test(doc.norm.slice(t.ends[j + 1], t.starts[j + 2])))) end = j + 2;
  } else {
    // The name's words are written as nothing else (not أنباء، أمن); a quote right after
    // them is the body's quoted name (وكالة أنباء "فارس"), not its words.
    const name = subjects.nameClosedAt(j + 1, (i) => people.nameLike(i) && !mentionByToken.has(i) && !writtenAsCommonWord(doc.knowledge, t.text(i)));
    if (name && name.end - name.first <= 2 && !/["«“]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end]))) end = name.end;
  }
  if (end < 0) return null;
  const span = doc.span(t.starts[j], t.ends[end - 1]);
  return { cluster: registry.addSpeakerByText('institution', doc.norm.slice(t.starts[j], t.ends[end - 1]), doc.text.slice(span.start, span.end), span), end };
}

/**
 * صحيفة "واشنطن بوست"، وكالة "يونهاب"، هيئة "بي بي سي": a head noun of a named body and
 * the name in quote marks after it; the body speaks (its organization when one was found).
 * شركة نستله: a body's head noun right before an organization found without it speaks as
 * that organization.
 */
function headedName(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, inQuote, orgByToken, registry, words, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!words.bodyHead.at(t, j) || j + 1 >= t.count) return null;
  const w = t.text(j);
  const org = orgByToken.get(j + 1);
  const gap = doc.norm.slice(t.ends[j], t.starts[j + 1]);
  if (org && lx.organizationHeads.has(w) && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return { cluster: speakingOrganization(cx, org), end: org.end };
  if (!/^\s*["«“]\s*$/u.test(gap)) return null;
  if (org) return { cluster: speakingOrganization(cx, org), end: org.end };
  // The name's first word is the one the opening mark stands before; the words after it are
  // apart by spaces only, up to the closing mark (a name of none gave a speaker with no name).
  if (!inQuote.has(t.starts[j + 1])) return null;
  let end = j + 2;
  while (end < t.count && end - j <= MAX_QUOTED_NAME && inQuote.has(t.starts[end]) && t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) end++;
  if (end - j > MAX_QUOTED_NAME || end >= t.count || !/["»”]/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end]))) return null;
  const span = doc.span(t.starts[j + 1], t.ends[end - 1]);
  const key = doc.norm.slice(t.starts[j + 1], t.ends[end - 1]);
  return { cluster: registry.addSpeakerByText('institution', key, doc.text.slice(span.start, span.end), span), end };
}

/** Whether token j is a definite nationality (السوري) right before a person's name mention. */
export function nationalityBefore(cx: AttributionContext, j: number): boolean {
  const { t, morph, mentionByToken, doc } = cx;
  if (j + 1 >= t.count || !morph.definite(t.text(j)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return false;
  const m = mentionByToken.get(j + 1);
  return !!m && !m.title && !!m.name && !m.inQuote && doc.knowledge.countryAdjectiveIndex.match(t, j, false)?.end === j + 1;
}

/**
 * إدارة ترامب، حكومة نتنياهو: a body's head noun in construct with a person's name is
 * that person's body, an institution of its own, not the person nor another إدارة.
 */
function ledBody(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, registry, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const w = t.text(j);
  if (j + 1 >= t.count || morph.definite(w) || !(lx.collectiveHeads.has(w) || lx.organizationHeads.has(w)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  const m = mentionByToken.get(j + 1);
  if (!m || m.title || !m.name || m.inQuote) return null;
  const span = doc.span(t.starts[j], t.ends[m.end - 1]);
  const key = doc.norm.slice(t.starts[j], t.ends[m.end - 1]);
  return { cluster: registry.addSpeakerByText('institution', key, doc.text.slice(span.start, span.end), span), end: m.end };
}

/**
 * A description that nothing above reads, closed by the name of the one it describes
 * (وقال منسق الأمم المتحدة الإقليمي … في سوريا بانوس مومتزيس الاثنين إن): that person.
 * The name must end the clause: a complementizer, a time word, a colon or a quote follows.
 */
function describedNameAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const head = t.text(j);
  // متحدثا باللغة الفرنسية: a circumstance, not a description.
  if (subjects.stopsAt(j) || /^(?:لل|بال|كال)/u.test(head) || looksCircumstantial(head)) return null;
  const name = closingName(cx, j + 1) ?? nameAfterComma(cx, j);
  if (!name || name.end >= t.count || /^[بلك]?ال/u.test(t.text(name.first))) return null;
  for (let k = name.first; k < name.end; k++) if (doc.knowledge.countryAdjectiveIndex.hasWord(t.text(k))) return null;
  const next = t.text(name.end);
  // … لمكافحة الإرهاب، ناثان سيلز، للصحافيين، إنه: a comma ends an apposition, and an addressee ends the subject;
  // an aside in brackets (سيرغي كونسوليان (45 عاما)) too.
  const closed = /[:"«“(]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end])) || (name.first > j + 1 && /^\s*[،,]/u.test(doc.norm.slice(t.ends[name.first - 1], t.starts[name.first])) && /^\s*[،,]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end]))) || lx.complementizers.has(next) || lx.timeWords.has(next) || lx.notSubjects.has(next) || lx.anonymousEnds.has(next) || circumstanceBeforeClause(cx, name.end);
  if (!closed) return null;
  for (let k = j; k < name.first; k++) if (lx.relativePronouns?.has(t.text(k)) || lx.complementizers.has(t.text(k))) return null;
  const m = nameMention(t, name.first, name.end, name.knowledgeId, j);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end: name.end } : null;
}

/**
 * في بيان إن، على تويتر إن، خلال مؤتمر صحفي: a prepositional phrase of a few words between
 * a name and the complementizer (or colon) of its verb ends the name as surely as إن does.
 */
function circumstanceBeforeClause(cx: AttributionContext, k: number): boolean {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (k >= t.count || !lx.prepositions.has(t.text(k))) return false;
  for (let n = k + 1; n < t.count && n - k <= MAX_CIRCUMSTANCE_WORDS; n++) {
    const gap = doc.norm.slice(t.ends[n - 1], t.starts[n]);
    if (/^\s*:/u.test(gap)) return true;
    if (!t.onlySpaceBetween(t.ends[n - 1], t.starts[n])) return false;
    if (lx.complementizers.has(t.text(n))) return true;
  }
  return false;
}

/**
 * A title that opens its clause, then a description, then the name and the speech verb
 * (الرئيس التنفيذي لشركة كوكا كولا جيمس كوينسي قال …): the mention is the named person.
 */
export function withClosingName(cx: AttributionContext, m: PersonMention): PersonMention {
  const { t, doc } = cx;
  if (!m.title || m.name || m.inQuote) return m;
  if (m.first > 0 && !/[.!?؟:\n،,]/u.test(doc.norm.slice(t.ends[m.first - 1], t.starts[m.first]))) return m;
  const name = closingName(cx, m.end);
  if (!name || name.end >= t.count || !doc.knowledge.cues.verbs.has(t.text(name.end))) return m;
  return closedByName(t, m, name);
}

/** The name that closes a clause from token `from` on (people.trailingName), outside any organization's name, of two words at least. */
export function closingName(cx: AttributionContext, from: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { people } = cx;
  const name = people.trailingName(from);
  if (!name) return null;
  let first = name.first;
  for (let k = name.first; k < name.end; k++) if (inOrganization(cx, k)) first = k + 1;
  if (name.end - first < 2) return null;
  return first === name.first ? name : { first, end: name.end, knowledgeId: null };
}

/** وقال مستشار الأمن القومي الأمريكي، جون بولتون "…": a description, a comma, and the name in apposition. */
function nameAfterComma(cx: AttributionContext, j: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, people, subjects } = cx;
  let k = j + 1;
  while (k < t.count && k - j < 10 && t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && !subjects.stopsAt(k)) k++;
  if (k >= t.count || !t.commaBetween(t.ends[k - 1], t.starts[k])) return null;
  const name = subjects.nameClosedAt(k, (i) => people.nameLike(i));
  return name && name.end - name.first >= 2 ? { first: name.first, end: name.end, knowledgeId: null } : null;
}

/**
 * The name a description is followed by (المسؤول الطبي بافل كورنيافكا، أحد المحتجين ويدعى
 * عصام جبار) or set off by commas after it (المتحدث، جون كيربي، إن): that named person. A
 * spokesperson so named is the one a later المتحدث refers to.
 */
function describedName(cx: AttributionContext, phrase: SubjectPhrase): { cluster: PersonCluster; end: number } | null {
  const person = personTitlePhrase(cx, phrase);
  const named =
    ((phrase.type === 'anonymous' || phrase.type === 'group') ? nameAfterDescription(cx, phrase.end, phrase.type === 'group') : null) ??
    (person ? namedAfterPersonTitle(cx, phrase) : null) ??
    ((phrase.type === 'anaphor' || phrase.type === 'anonymous' || (phrase.type === 'institution' && phrase.end === phrase.first + 1)) ? nameInApposition(cx, phrase.end) : null);
  if (named) noteSpokesperson(cx, phrase.first, named.cluster);
  // وقالت القاضية دانا سابرو … وأضافت القاضية: the bare title later is the one it named.
  if (named && person) cx.byHead.set(phrase.head, named.cluster);
  return named;
}

/**
 * The name that closes a title-only mention: وقال الأمين التنفيذي لاتفاقية … بشأن تغير المناخ
 * سايمون ستيل. After whom a spokesperson speaks for (المتحدث باسم عباس، نبيل أبو ردينة), only
 * a name set off by a comma is the spokesperson's.
 */
function nameClosingTitle(cx: AttributionContext, m: PersonMention): { first: number; end: number; knowledgeId: string | null } | null {
  if (cx.people.runsOverSpokenFor(m.title!)) return spokespersonApposed(cx, m.end);
  return cx.people.trailingName(m.end) ?? nameAfterTitleComplement(cx, m.end);
}

/**
 * المتحدث باسم عباس، نبيل أبو ردينة، إن: the name of two words or more set off by a comma
 * after a spokesperson's title that runs over whom it speaks for is the spokesperson's.
 */
function spokespersonApposed(cx: AttributionContext, end: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, people, subjects, mentionByToken } = cx;
  if (end >= t.count || !t.commaBetween(t.ends[end - 1], t.starts[end])) return null;
  const other = mentionByToken.get(end);
  if (other) return other.name && !other.title && other.name.end - other.name.first >= 2 ? { first: other.name.first, end: other.name.end, knowledgeId: other.knowledgeId } : null;
  const name = subjects.nameClosedAt(end, (i) => people.nameLike(i));
  return name && name.end - name.first >= 2 ? { first: name.first, end: name.end, knowledgeId: null } : null;
}

/** How many words a title's complement may run on before the comma of its holder's name. */
const MAX_TITLE_COMPLEMENT_WORDS = 8;

/**
 * وقال وزير الإدارة المحلية رئيس اللجنة العليا للإغاثة، عبدالرقيب فتح، إن: a title whose
 * complement no list reads runs on to a comma, and the name set off after it (a comma,
 * a colon, a quote, إن or a circumstance closes it) is the title holder's, when nothing in
 * the complement opens a clause or another person (a verb, إن، الذي، a time word, a named
 * mention, ب on a common noun).
 */
export function nameAfterTitleComplement(cx: AttributionContext, from: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, people, mentionByToken, doc } = cx;
  const k = doc.knowledge;
  const lx = k.lexicon;
  let end = from;
  while (end < t.count && end - from < MAX_TITLE_COMPLEMENT_WORDS && t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) {
    const w = t.text(end);
    const other = mentionByToken.get(end);
    // وزير الزراعة رئيس اللجنة الوطنية للإغاثة، سالم بن ناصر: a second office whose holder the
    // people pass read set off after it names the first office's holder too.
    if (other && other.title && other.name && other.name.first >= other.title.end && t.commaBetween(t.ends[other.title.end - 1], t.starts[other.name.first])) return { first: other.name.first, end: other.name.end, knowledgeId: other.knowledgeId };
    // وزير الإدارة المحلية رئيس اللجنة العليا: a second office of the same holder may stand in it.
    if ((other && (other.name || !other.title)) || lx.complementizers.has(w) || lx.relativePronouns?.has(w) || lx.timeWords.has(w) || k.cues.verbs.has(w) || k.cues.participles.has(w)) return null;
    // ندد … بإعلان فوز، X: ب on a common noun is the verb's object, the complement is over
    // (not on an organization's first word: سفيرة … بالأمم المتحدة، لجنة … بمجلس الشيوخ).
    if (w.charCodeAt(0) === k.morphology.prepositionLetters.by && lx.corpusCommonNouns.has(w.slice(1)) && !k.organizationIndex.startsWith(w.slice(1))) return null;
    end++;
  }
  // A title closed by the comma itself was read by the people pass already.
  if (end === from || end >= t.count || !t.commaBetween(t.ends[end - 1], t.starts[end])) return null;
  // السفير السعودي في واشنطن، الأمير خالد بن سلمان، إن: an honorific opens the name, no part of it.
  let first = end;
  while (first + 1 < t.count && first - end < 2 && lx.honorifics.has(t.text(first)) && t.onlySpaceBetween(t.ends[first], t.starts[first + 1])) first++;
  const name = people.nameAt(first, true);
  if (!name || name.end - name.first < 2 || name.end >= t.count) return null;
  for (let i = name.first; i < name.end; i++) if (k.countryAdjectiveIndex.hasWord(t.text(i)) || k.countryNameIndex.hasWord(t.text(i))) return null;
  const next = t.text(name.end);
  const closed = /^\s*[،,:"«“]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end])) || lx.complementizers.has(next) || lx.timeWords.has(next) || circumstanceBeforeClause(cx, name.end);
  if (!closed) return null;
  return name;
}

/** هذه الشابة، هذا الرجل at token j: the latest person whose gender is the demonstrative's. */
function demonstrativeAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, subjects, history, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const w = t.text(j);
  const gender = lx.demonstrativesFeminine?.has(w) ? 'f' : lx.demonstrativesMasculine?.has(w) ? 'm' : null;
  if (!gender || j + 1 >= t.count || !morph.definite(t.text(j + 1)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  let end = j + 2;
  while (end < t.count && morph.definite(t.text(end)) && !subjects.stopsAt(end) && t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) end++;
  // وقالت هذه المصادر: a demonstrative before an anonymous head points at the latest anonymous source.
  if (lx.anonymousHeads.has(t.text(j + 1).slice(2))) {
    const source = latestAnonymous(cx);
    return source ? { cluster: source, end } : null;
  }
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k].kind === 'person' && history[k].gender === gender) return { cluster: history[k], end };
  return null;
}

/**
 * Whether a word is a relation noun with a possessive pronoun (محاميها، زوجته، والدهم):
 * 'anonymous' for a person, 'institution' for an organization's head (منظمته), else null.
 */
export function relationWithPossessive(k: ArticleDocument['knowledge'], w: string, haWritten = false): 'anonymous' | 'institution' | null {
  const lx = k.lexicon;
  // Each pronoun ends in ه، ا or م: most words stop here, before the expression runs.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x647 && last !== 0x627 && last !== 0x645) return null;
  const m = /^(.{2,}?)(هما|هم|ها|ه)$/u.exec(w);
  if (!m) return null;
  const [, stem, pronoun] = m;
  for (const [nouns, kind] of [[lx.relationNouns, 'anonymous'], [lx.organizationHeads, 'institution']] as const) {
    if (!nouns) continue;
    // زوجته: the feminine ending is written ت before a pronoun.
    if (stem.endsWith('ت') && nouns.has(stem.slice(0, -1) + 'ه')) return kind;
    // محاميه is also محامية (a lawyer) once normalized: a bare ه counts only when it cannot be
    // that ending, or when the text writes ه (haWritten: محاميه، والده).
    if (nouns.has(stem) && (pronoun !== 'ه' || haWritten || !nouns.has(w))) return kind;
  }
  return null;
}

/** A name of two words or more right after a description (or after ويدعى), closed like a subject. */
function nameAfterDescription(cx: AttributionContext, end: number, onlyAfterNamedVerb = false): { cluster: PersonCluster; end: number } | null {
  const { t, people, subjects, doc } = cx;
  let k = end;
  if (k < t.count && doc.knowledge.lexicon.namedVerbs?.has(t.text(k)) && t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) k++;
  else if (onlyAfterNamedVerb) return null;
  if (k >= t.count || !t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) return null;
  const unknown = subjects.nameClosedAt(k, (i) => people.nameLike(i));
  // After ويدعى one word is a name too (شاهد عيان يدعى إيفان).
  if (!unknown || unknown.end - unknown.first < (k > end ? 1 : 2)) return null;
  const m = nameMention(t, unknown.first, unknown.end, null);
  const c = register(cx, m);
  return c ? { cluster: c, end: unknown.end } : null;
}

/**
 * A name of two words or more right after a comma at token `end`, closed by a comma, a
 * colon or إن/أن: an apposition naming the one just described (المتحدث، جون كيربي، إن).
 */
function nameInApposition(cx: AttributionContext, end: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, doc } = cx;
  if (end >= t.count || !t.commaBetween(t.ends[end - 1], t.starts[end])) return null;
  const name = people.nameAt(end, true);
  if (!name || name.end - name.first < 2 || name.end >= t.count) return null;
  // …، مساء الجمعة، / …، فمن المرجح، …: a time word or a preposition is no name's.
  const lx = doc.knowledge.lexicon;
  for (let k = name.first; k < name.end; k++) if (lx.timeWords.has(t.text(k)) || lx.prepositions.has(morph.withoutConjunction(t.text(k)) ?? t.text(k))) return null;
  if (!(/^\s*[،,:]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end])) || doc.knowledge.lexicon.complementizers.has(t.text(name.end)))) return null;
  const m = nameMention(t, name.first, name.end, name.knowledgeId);
  const c = register(cx, m);
  return c ? { cluster: c, end: name.end } : null;
}

/** The speaker a noun phrase names: a country, a document, a group, or an anaphor resolved backward. */
export function phraseSpeaker(cx: AttributionContext, p: SubjectPhrase): PersonCluster | null {
  const { t, morph, registry, byHead, genericPhrases, doc } = cx;
  // وفقا للتقرير: the ل of "according to" is not part of the name (التقرير).
  const lam = t.text(p.first).startsWith('لل') ? 1 : 0;
  // والمحتجون: the conjunction is not part of the name either.
  const skip = lam || (t.text(p.first).startsWith('وال') ? 1 : 0);
  const span = doc.span(t.starts[p.first] + skip, t.ends[p.end - 1]);
  const text = (lam ? 'ا' : '') + doc.text.slice(span.start, span.end);
  const key = (lam ? 'ا' : '') + doc.norm.slice(t.starts[p.first] + skip, t.ends[p.end - 1]);
  if (p.type === 'country') return registry.addSpeakerByText('institution', `country:${p.country}`, text, span, `country:${p.country}`, 'f');
  if (p.type === 'anaphor') {
    // المصدر، الأخيرة: the latest speaker of the same gender (an anonymous one for المصدر).
    const gender = t.text(p.first).endsWith('ه') ? 'f' : 'm';
    const back = p.head.startsWith('مصدر') || p.head.startsWith('مصادر') ? latestAnonymous(cx) : current(cx, gender);
    if (back) cx.resolvedAnaphor = back;
    return back ?? registry.addSpeakerByText('anonymous', key, text, span);
  }
  if (p.type === 'anonymous' && p.end === p.first + 1) {
    // وأضاف المتحدث: the spokesperson of that gender named or described last.
    const spokesperson = spokespersonBack(cx, p.first);
    if (spokesperson) return (cx.resolvedAnaphor = spokesperson);
  }
  // الصندوق، الوكالة، المفوضية العليا: the organization or institution of that head named before.
  const earlier = p.end - p.first <= 2 && p.type !== 'document' ? byHead.get(p.head) : undefined;
  // وأكد الصدر، وأضاف المالكي: a surname written with the article, of a person the article named
  // before in full (مقتدى الصدر), is that person, not a body called "the chest"; not when an
  // organization of that head was named (ووصفت الناسا after وكالة ناسا), nor for a word a list
  // gives a body's head (الحكومة، الجيش).
  if (p.type === 'institution' && p.end === p.first + 1 && !(earlier && !('kind' in earlier)) && !speakingHead(doc.knowledge.lexicon, morph, p.head)) {
    const person = registry.personBySurname(key);
    if (person) return (cx.resolvedAnaphor = person);
  }
  if (earlier) return (cx.resolvedAnaphor = 'kind' in earlier ? earlier : speakingOrganization(cx, earlier));
  const c = registry.addSpeakerByText(p.kind, key, text, span, undefined, p.type === 'group' ? null : undefined);
  if (p.type === 'anonymous') noteDescribedSpokesperson(cx, p.first, p.end, c);
  if (p.type === 'institution') {
    byHead.set(p.head, c);
    // Any definite noun after a speech verb speaks (وقالت الحكومة); after another verb
    // only one whose head names a body that can speak.
    if (!speakingHead(doc.knowledge.lexicon, morph, p.head)) genericPhrases.add(c);
  } else if (p.type === 'document') genericPhrases.add(c);
  return c;
}

/** Whether a phrase's head (without the article) names a body that can speak: an institution's, organization's or group's head. */
function speakingHead(lx: Knowledge['lexicon'], morph: Morphology, head: string): boolean {
  return lx.institutionHeads.has(morph.article + head) || lx.organizationHeads.has(head) || lx.collectiveHeads.has(head);
}

/** وفقا للتقرير / بحسب للوكالة: the ل of "according to" is written on the source's word. */
export function lamPhraseAt(cx: AttributionContext, c: CueHit): { cluster: PersonCluster; end: number } | null {
  const { t, subjects } = cx;
  const j = c.lemma.endsWith(' ل') && c.end === c.first + 1 ? c.end : c.end - 1;
  if (j >= t.count || !t.text(j).startsWith('لل')) return null;
  const phrase = subjects.phraseAt(j, true);
  const cluster = phrase ? phraseSpeaker(cx, phrase) : null;
  return cluster && phrase ? { cluster, end: phrase.end } : null;
}
