// The attribution rules of attribution.ts applied to one statement: the cue before it, a
// headline's or label's name, the cue after it, the paragraph's earlier speaker or cue; and
// the evidence of a loose rule (its rivals).

import type { AttributionMethod, AttributionRule } from '../types';
import type { CueHit, Gender } from '../cues';
import type { PersonCluster } from '../speakers';
import { PLACEHOLDER_REASON } from '../placeholder';
import { COLON_LEAD_REASON, PARAGRAPH_VERB_REASON, POINTED_BACK_REASON, SENTENCE_SUBJECT_REASON } from './reasons';
import { fillerWordsAt } from '../governance';
import { looksCircumstantial, type PersonMention } from '../people';
import { workMeter } from '../workMeter';
import type { RawQuote } from '../quotes';
import { readsAsSpeech } from '../kinds';
import type { AttributionContext } from './context';
import type { Attribution } from '../attribution';
import { nameMention, phraseSpeaker, speakerAt, speakingOrganization } from './speakerAt';
import { accordingSourceAt } from './accordingSource';
import { afterPreposition, baObjectLemma, comingNotContent, isContentVerb, issuerBefore, placeholderAfter, pluralBefore, relativeVerb, relayMarkerAt, relayPronounAt, sentenceSubject, subjectOf, TITLE_REACH, titleSubject, verbOrCommonNoun, withClauseOpener } from './cueSubject';
import { current, firstMentionFrom, latestInSentence, register } from './subjectHistory';
import { possessiveAfter, unreadPhraseAt, unreadSourceAfter } from './unreadSubject';

/** Other speakers listed for a loose attribution, and how far back they are looked for. */
const MAX_RIVALS = 3;
const RIVAL_LOOKBACK = 12;
/** How many words (an addressee, a day) may stand between a subject and an "according to" aside after it. */
const ASIDE_GAP = 4;
/** The rules that read a cue's own subject (not a carry-over): an outer cue's speaker counts for an inner cue only so. */
export const NAMED_BY_CUE: ReadonlySet<AttributionRule> = new Set<AttributionRule>(['subject-after-cue', 'subject-before-cue', 'relayed-source', 'according-to']);

export function cueSpan(cx: AttributionContext, first: number, end: number, lemma: string): Attribution['cue'] {
  const { t } = cx;
  return ({ normStart: t.starts[first], normEnd: t.ends[end - 1], lemma });
}

export function isRelay(cx: AttributionContext, c: CueHit): boolean {
  const { t, words } = cx;
  return c.kind === 'verb' && words.relayVerb.at(t, c.first);
}

/**
 * ونقلت رويترز عن مسؤول أوروبي قوله: the words are the one's after عن (else the relay's
 * subject's). ونقلت عنه الوكالة قوله، كشف مصدر، نقلت عنه الوكالة، أن: after عنه the words
 * are those of whom the pronoun points back at, the latest subject of its gender before
 * the relay verb other than the relaying source (an anaphor); none such, the source's.
 */
function relayOf(cx: AttributionContext, c: CueHit, start: number): { speaker: PersonCluster | null; rule: AttributionRule } {
  const { t } = cx;
  const source = speakerAt(cx, c.end);
  const pronoun = relayPronounAt(cx, c.end) ?? (source ? relayPronounAt(cx, source.end) : undefined);
  if (pronoun !== undefined) {
    // ونقلت المتحدثة باسم رئيس المفوضية X عنه: a one read there whose gender is the
    // pronoun's and not the verb's is no subject of the verb but whom its phrase names.
    const named = source && source.cluster.kind === 'person' && pronoun && c.gender && source.cluster.gender === pronoun && pronoun !== c.gender ? source.cluster : null;
    const except = named ? null : (source?.cluster ?? null);
    const before = t.starts[c.first];
    const pointed = named ?? latestInSentence(cx, pronoun, except, start, before) ?? current(cx, pronoun, except, before);
    if (pointed) return { speaker: pointed, rule: 'anaphor' };
  }
  let j = source ? source.end : c.end;
  let marker = 0;
  // Counted from the end of the relaying source: a long one (الموقع الإخباري لوزارة النفط
  // الإيرانية على الإنترنت (شانا) عن أردبيلي) still has its عن within reach.
  const reach = j + 8;
  while (j < t.count && j < reach && !(marker = relayMarkerAt(cx, j))) j++;
  const relayed = marker ? speakerAt(cx, j + marker) : null;
  if (relayed) return { speaker: relayed.cluster, rule: 'relayed-source' };
  return source ? { speaker: source.cluster, rule: 'subject-after-cue' } : { speaker: current(cx), rule: 'last-subject' };
}

/**
 * وقال المصدر، وفق ما نقلت وكالة سانا، إن …؛ وقال لودريان، بحسب ما ذكرت رويترز، إن: an
 * "according to" aside after a speech verb and its subject only says who passed the words
 * on; the earlier verb governs the quote. An aside that opens the sentence, or that relays
 * someone after عن, keeps it.
 */
export function speakerBeforeAside(cx: AttributionContext, c: CueHit, found: () => CueHit[]): CueHit | null {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const according = doc.knowledge.cues.accordingTo;
  let opener = c.first;
  if (c.kind === 'verb') {
    const p = c.first - 1;
    if (p >= 1 && lx.whatRelatives?.has(t.text(p)) && according.mayStartWith(t.text(p - 1))) opener = p - 1;
    else if (p >= 0 && lx.asRelatives?.has(t.text(p)) && according.mayStartWith(t.text(p))) opener = p;
    else return null;
    if (isRelay(cx, c) && relayOf(cx, c, t.starts[c.first]).rule === 'relayed-source') return null;
  } else if (c.kind === 'according') {
    // نقلا عن X relays X's words; وفق أوزمجو names a person as the source: both are the quote's.
    if (relayMarkerAt(cx, c.end - 1)) return null;
    const source = accordingSourceAt(cx, c, false);
    if (!source || source.cluster.kind === 'person') return null;
  } else return null;
  let v: CueHit | null = null;
  // وجاء تقدم القوات، بحسب المرصد، …: a verb of content has no speaking subject.
  for (const x of found()) if (x.kind === 'verb' && x.end <= opener && !isRelay(cx, x) && !isContentVerb(cx, x)) v = x;
  if (!v) return null;
  if (/["«»“”]/u.test(doc.norm.slice(t.ends[v.end - 1], t.starts[opener]))) return null;
  for (let k = v.end; k < opener; k++) if (lx.complementizers.has(t.text(k))) return null;
  // وقال، وفق ما نقلت عنه الوكالة، إن: the aside right after the verb, whose subject is carried.
  if (opener === v.end) return v;
  const subject = speakerAt(cx, v.end);
  return subject && subject.end <= opener && opener - subject.end <= ASIDE_GAP ? v : null;
}

/** Who said a statement whose governing cue is before it (or in the lead-in paragraph). */
export function byCueBefore(cx: AttributionContext, c: CueHit, start: number, found: () => CueHit[]): Attribution {
  const { t, mentions, mentionByToken, doc } = cx;
  if (placeholderAfter(cx, c)) {
    // وقال [المتحدث]: the quick fix's placeholder, not yet replaced by a name.
    return { speaker: null, cue: cueSpan(cx, c.first, c.end, c.lemma), method: null, reason: PLACEHOLDER_REASON };
  }
  if (c.kind === 'participle') {
    const verbs = found().filter((x) => x.kind === 'verb' && x.first < c.first);
    const v = verbs[verbs.length - 1];
    // ورد الجبير على تصريح للوزير قال فيه …، قائلا: after a relative verb with no subject of its
    // own, the participle goes with the sentence's opening verb and its subject.
    const main = v && relativeVerb(cx, v) && !speakerAt(cx, v.end) ? issuerBefore(cx, v, start) : null;
    if (main && (!c.gender || !main.gender || main.gender === c.gender)) return { speaker: main, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before', rule: 'sentence-subject' };
    if (v && v.end === c.first) {
      const s = subjectOf(cx, v, start);
      return { speaker: s.cluster, cue: cueSpan(cx, v.first, c.end, v.lemma), method: s.carried ? 'carry-over' : 'cue-before', rule: s.rule };
    }
    // ونقلت الوكالة عن X قوله: "…"، مشيرا إلى أن "…": the relayed one goes on speaking.
    if (v && isRelay(cx, v)) {
      const r = relayOf(cx, v, start);
      if (r.rule === 'relayed-source' || r.rule === 'anaphor') return { speaker: r.speaker, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before', rule: r.rule };
    }
    if (v) {
      const s = subjectOf(cx, v, start);
      const between = speakerAt(cx, v.end);
      if (between && between.end === c.first && t.onlySpaceBetween(t.ends[between.end - 1], t.starts[c.first])) return { speaker: between.cluster, cue: cueSpan(cx, v.first, v.end, v.lemma), method: 'cue-before', rule: 'subject-after-cue' };
      return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: s.carried ? 'carry-over' : 'cue-before', rule: s.rule };
    }
    // … المتظاهرين يسلمون على القوى الأمنية، قائلين: a plural participle agrees with the
    // nearest definite plural of people before it, not with a singular subject.
    const plural = /ين$/u.test(t.text(c.first)) ? pluralBefore(cx, start, c.first) : null;
    if (plural) return { speaker: plural, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before' };
    // The participle's subject is the sentence's subject: the words after its opening
    // verb (وقد كتب 18 عضوا … قائلين، وانتقد بالطيب … قائلا), else the current speaker.
    const opening = sentenceSubject(cx, start, c.first);
    if (opening) return { speaker: opening, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before', rule: 'sentence-subject' };
    let own: PersonMention | undefined;
    for (let k = firstMentionFrom(cx, start); k < mentions.length && mentions[k].normEnd <= t.starts[c.first]; k++) {
      workMeter.steps++;
      if (!mentions[k].inQuote && !mentions[k].asObject) {
        own = mentions[k];
        break;
      }
    }
    const cluster: PersonCluster | null = own ? register(cx, own) : current(cx, c.gender);
    return { speaker: cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: own ? 'cue-before' : 'carry-over', rule: own ? 'participle-subject' : 'last-subject' };
  }
  if (isRelay(cx, c)) {
    const r = relayOf(cx, c, start);
    return { speaker: r.speaker, cue: cueSpan(cx, c.first, c.end, c.lemma), method: r.rule === 'last-subject' || r.rule === 'anaphor' ? 'carry-over' : 'cue-before', rule: r.rule };
  }
  if (c.kind === 'verb') {
    const s = subjectOf(cx, c, start);
    const after = mentionByToken.get(c.end);
    const method: AttributionMethod = s.carried ? 'carry-over' : after && !after.name && after.title ? 'title-reference' : 'cue-before';
    return { speaker: s.cluster, cue: cueSpan(cx, withClauseOpener(doc, c, start), c.end, c.lemma), method, rule: s.rule };
  }
  if (c.kind === 'according') {
    const read = accordingSourceAt(cx, c)?.cluster ?? null;
    const carried = read ? null : current(cx);
    // With no one to carry the words over to, the source as written after it.
    const source = read ?? (carried ? null : unreadSourceAfter(cx, c));
    return { speaker: source ?? carried, cue: cueSpan(cx, c.first, c.end, c.lemma), method: source ? 'according-to' : 'carry-over', rule: source ? 'according-to' : 'last-subject' };
  }
  return { speaker: current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' };
}

/** The rules that read the speaker off its cue: one that is a definite anaphor resolved backward is an 'anaphor'. */
const READ_DIRECTLY: ReadonlySet<AttributionRule> = new Set<AttributionRule>(['subject-after-cue', 'subject-before-cue', 'cue-after', 'according-to']);

/**
 * What the return sites cannot see: a subject that was a definite anaphor resolved
 * backward, a carry-over that reached past every subject to a name in another position,
 * and the other speakers a loose rule had in the running.
 */
export function refineEvidence(cx: AttributionContext, r: Attribution, gender: Gender | null): void {
  const { inHistory } = cx;
  if (r.speaker === cx.resolvedAnaphor && r.rule !== undefined && READ_DIRECTLY.has(r.rule)) r.rule = 'anaphor';
  if (r.rule === 'last-subject' && r.speaker && !inHistory.has(r.speaker)) r.rule = 'last-named';
  if (r.rule === 'anaphor' || r.rule === 'last-subject' || r.rule === 'last-named' || r.rule === 'sentence-subject' || r.rule === 'paragraph-cue') r.candidates = rivals(cx, r.speaker, gender);
}

/** Up to three other speakers a carried-over cue could have meant, latest first (a bounded look back). */
function rivals(cx: AttributionContext, chosen: PersonCluster | null, gender: Gender | null): { cluster: PersonCluster; rule: AttributionRule }[] {
  const { history, named } = cx;
  const out: { cluster: PersonCluster; rule: AttributionRule }[] = [];
  const seen = new Set<PersonCluster | null>([chosen]);
  const take = (list: PersonCluster[], rule: AttributionRule): void => {
    for (let k = list.length - 1; k >= Math.max(0, list.length - RIVAL_LOOKBACK) && out.length < MAX_RIVALS; k--) {
      workMeter.steps++;
      const c = list[k];
      if (seen.has(c) || (gender && c.gender && c.gender !== gender)) continue;
      seen.add(c);
      out.push({ cluster: c, rule });
    }
  };
  take(history, 'last-subject');
  take(named, 'last-named');
  return out;
}

/** A title's cue with no subject takes the subject its verbs chain on; one that opens the cue's own clause outranks a noun after the verb (its object). */
export function inTitle(cx: AttributionContext, q: RawQuote, r: Attribution, c: CueHit): Attribution | null {
  const { doc } = cx;
  const s = titleSubject(cx, c, doc.lines[q.block.line].normStart);
  if (!s || (r.speaker && !s.own)) return null;
  return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: s.own ? 'cue-before' : 'carry-over', rule: s.own ? 'subject-before-cue' : 'sentence-subject' };
}

/** `X: … "…"` in a headline: the speaker is the phrase before the colon. */
export function headline(cx: AttributionContext, q: RawQuote): Attribution | null {
  const { t, morph, people, inQuote, registry, colons, mentions, mentionByToken, orgByEnd, doc } = cx;
  const line = doc.lines[q.block.line];
  const colonAt = colons.of(q.block.line);
  if (colonAt < 0 || colonAt >= q.open) return null;
  const k = firstMentionFrom(cx, colonAt) - 1;
  let m = k >= 0 && mentions[k].normEnd <= colonAt && doc.norm.slice(mentions[k].normEnd, colonAt).trim() === '' ? mentions[k] : undefined;
  // روحاني متحدثا عن ترامب: the name before the colon is an object; the headline's first name speaks.
  if (m && m.asObject) {
    const lead = mentionByToken.get(t.indexAtOrAfter(line.normStart));
    m = lead && !lead.asObject && lead.normEnd <= colonAt ? lead : undefined;
  }
  const lineFirst = t.indexAtOrAfter(line.normStart);
  // A paragraph's label is one speaker, the whole phrase before the colon.
  const label = q.block.kind === 'paragraph';
  // نوفيتشوك: "…"، الحرب السورية: "…": words that do not read as speech under a label are
  // a topic's excerpt unless a person or a body the article knows is the label.
  const knownOnly = label && !readsAsSpeech(doc, q);
  if (m && !m.inQuote && (!label || m.first === lineFirst || m !== mentions[k])) {
    const c = register(cx, m);
    if (c) return { speaker: c, cue: null, method: 'headline', rule: 'headline' };
  }
  // الأمم المتحدة: …، روحاني متحدثا عن ترامب: … — an organization or a country before the colon.
  const last = t.indexBefore(colonAt);
  if (last < 0) return null;
  const org = orgByEnd.get(last + 1);
  if (org && !inQuote.has(org.normStart) && (!label || org.first === lineFirst)) return { speaker: speakingOrganization(cx, org), cue: null, method: 'headline', rule: 'headline' };
  if (knownOnly) return null;
  const country = doc.knowledge.countryNameIndex.match(t, lineFirst, false);
  if (country && country.end === last + 1) {
    const span = doc.span(t.starts[lineFirst], t.ends[last]);
    return { speaker: registry.addSpeakerByText('institution', `country:${country.value}`, doc.text.slice(span.start, span.end), span, `country:${country.value}`, 'f'), cue: null, method: 'headline', rule: 'headline' };
  }
  // … وبوتين: ترامب "محق"، كتاب عالميون: "…": the phrase that opens the last clause before
  // the colon, read as a subject is read after a verb, when it ends at the colon.
  // وأخبرونا :، وتحت عنوان: — a paragraph's label opens with no conjunction (a name the people pass knows aside).
  if (label && morph.conjunction(t.text(lineFirst)) !== null && !doc.knowledge.personIndex.hasWord(t.text(lineFirst))) return null;
  const segment = label ? lineFirst : clauseAfterBreak(cx, lineFirst, last);
  const phrase = segment >= 0 ? labelAt(cx, segment, last + 1) : null;
  if (phrase) return { speaker: phrase, cue: null, method: 'headline', rule: 'headline' };
  // أردوغان لميركل: "…"، البحرين عن اقتراب مقاتلات …: — a speaker that opens the line,
  // then the one spoken to or the matter after a preposition: the speaker says the words.
  const opener = openingSpeaker(cx, lineFirst, last + 1);
  if (opener) return { speaker: opener, cue: null, method: 'headline', rule: 'headline' };
  if (label) {
    const named = nameLabel(cx, lineFirst, last + 1);
    return named ? { speaker: named, cue: null, method: 'headline', rule: 'headline' } : null;
  }
  // عبد الله المطلق: …، وزراء إعلام الدول الأربع: … — a short headline before its colon
  // names who speaks, known or not.
  const words = last + 1 - lineFirst;
  const lead = doc.norm.slice(line.normStart, colonAt);
  if (words >= 1 && words <= 5 && !/["«»“”\d]/u.test(lead)) {
    const span = doc.span(t.starts[lineFirst], t.ends[last]);
    const kind = [...Array(words).keys()].every((k) => people.nameLike(lineFirst + k) || people.familyName(lineFirst + k)) ? 'person' : 'institution';
    return { speaker: registry.addSpeakerByText(kind, doc.norm.slice(t.starts[lineFirst], t.ends[last]), doc.text.slice(span.start, span.end), span), cue: null, method: 'headline', rule: 'headline' };
  }
  return null;
}

/** The first token after the last clause break (.. ، .) between `first` and `last`, or `first`. */
function clauseAfterBreak(cx: AttributionContext, first: number, last: number): number {
  const { t, doc } = cx;
  for (let j = last; j > first; j--) {
    if (last - j > TITLE_REACH) return -1;
    workMeter.steps++;
    if (!t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) && /[.،,؛!?؟]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j]))) return j;
  }
  return first;
}

/** The one speaker written from token j to token `end`, a colon after it: a person, an organization or a phrase that speaks. */
function labelAt(cx: AttributionContext, j: number, end: number): PersonCluster | null {
  const { t, morph, inQuote, orgByToken, subjects, mentionByToken } = cx;
  const m = mentionByToken.get(j);
  if (m && m.end === end && !m.inQuote && !m.asObject) return register(cx, m);
  const org = orgByToken.get(j);
  if (org && org.end === end && !inQuote.has(org.normStart)) return speakingOrganization(cx, org);
  const phrase = subjects.phraseAt(j, false, morph.conjunction(t.text(j)) !== null);
  return phrase && phrase.end === end && phrase.type !== 'anaphor' ? phraseSpeaker(cx, phrase) : null;
}

/** A person, organization or country that opens the line at `first` and is followed, before `end`, by a preposition. */
function openingSpeaker(cx: AttributionContext, first: number, end: number): PersonCluster | null {
  const { t, morph, inQuote, orgByToken, registry, mentionByToken, doc } = cx;
  const m = mentionByToken.get(first);
  const org = m ? undefined : orgByToken.get(first);
  const country = m || org ? null : doc.knowledge.countryNameIndex.match(t, first, false);
  const after = m ? m.end : org ? org.end : country ? country.end : -1;
  if (after < 0 || after >= end || !t.onlySpaceBetween(t.ends[after - 1], t.starts[after])) return null;
  const w = t.text(after);
  const lx = doc.knowledge.lexicon;
  // لميركل، للمصريين: a ل written on the next word is the preposition of the one spoken to.
  if (!(lx.prepositions.has(w) || (w.startsWith('ل') && w.length > 3 && !morph.definite(w) && !lx.corpusVerbs.has(w)))) return null;
  if (m) return m.inQuote || m.asObject ? null : register(cx, m);
  if (org) return inQuote.has(org.normStart) ? null : speakingOrganization(cx, org);
  const span = doc.span(t.starts[first], t.ends[country!.end - 1]);
  return registry.addSpeakerByText('institution', `country:${country!.value}`, doc.text.slice(span.start, span.end), span, `country:${country!.value}`, 'f');
}

/**
 * جهاد: "…"، الخاطر: "…": one to three words that all read as a person's name and none
 * as a common noun or a verb of the corpus (سؤال: "…" names no one), a paragraph's label.
 */
function nameLabel(cx: AttributionContext, first: number, end: number): PersonCluster | null {
  const { t, morph, people, registry, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (end - first < 1 || end - first > 3) return null;
  for (let k = first; k < end; k++) {
    const w = t.text(k);
    if (!(people.nameLike(k) || people.familyName(k)) || lx.corpusCommonNouns.has(w) || lx.corpusVerbs.has(w) || lx.corpusCommonNouns.has(morph.withoutArticle(w) ?? w)) return null;
  }
  const span = doc.span(t.starts[first], t.ends[end - 1]);
  return registry.addSpeakerByText('person', doc.norm.slice(t.starts[first], t.ends[end - 1]), doc.text.slice(span.start, span.end), span);
}

export function after(cx: AttributionContext, q: RawQuote, c: CueHit): Attribution | null {
  if (c.kind === 'self') return { speaker: current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' };
  // "…"، تضيف فريدة: one word after the verb that names a person named before is that person.
  // A name that closes the sentence is read first: the readers of a description take the
  // clause after وهي for a name (تقول رمز وهي ترش البقدونس).
  const s = (c.kind === 'verb' ? closingNameAfter(cx, c.end) : null) ?? (c.kind === 'according' ? accordingSourceAt(cx, c, false) : speakerAt(cx, c.end)) ?? knownNameAt(cx, c.end) ?? (c.kind === 'verb' ? subjectPastAside(cx, c.end) : null);
  if (!s) {
    // "…" وفقا لمصدر دبلوماسي، "…"، تقول حنين عن …: the source or subject written after the
    // cue names who speaks even when no reader took it; "…" بحسب زعمها points back (carried over).
    // Not after a verb whose object stands before its بـ ("…"، وتصف مهمة جيشها بأنها): that is the object.
    const written = c.kind === 'according' ? unreadSourceAfter(cx, c) : c.kind === 'verb' && subjectUnread(cx, c) && !baObjectLemma(cx.doc.knowledge, c.lemma) ? unreadPhraseAt(cx, c.end) : null;
    if (written) return { speaker: written, cue: cueSpan(cx, c.first, c.end, c.lemma), method: c.kind === 'according' ? 'according-to' : 'cue-after', rule: c.kind === 'according' ? 'according-to' : 'cue-after' };
    if (c.kind === 'according' && possessiveAfter(cx, c)) return { speaker: current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' };
    return c.kind === 'verb' && !subjectUnread(cx, c) ? { speaker: current(cx, c.gender), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' } : null;
  }
  return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: c.kind === 'according' ? 'according-to' : 'cue-after', rule: c.kind === 'according' ? 'according-to' : 'cue-after' };
}

/**
 * "…"، كما أعلن الاثنين المتحدث باسمهم، "…" كما قال لنا أحد المعالجين: a time word or the one
 * spoken to (ل with a pronoun) between the verb after the quote and its subject.
 */
function subjectPastAside(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, doc } = cx;
  const lx = doc.knowledge.lexicon;
  let k = j;
  while (k < t.count && k - j < 2 && t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && (lx.timeWords.has(t.text(k)) || (t.text(k).startsWith('ل') && morph.pronounSuffix(t.text(k)) !== null && t.text(k).length <= 4))) k++;
  return k > j ? speakerAt(cx, k) : null;
}

/** A single word at token j that names a person named before (registry.namesKnownPerson), as that person. */
function knownNameAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, inQuote, registry, mentionByToken } = cx;
  if (j >= t.count || inQuote.has(t.starts[j]) || !registry.namesKnownPerson(t.text(j))) return null;
  const m = nameMention(t, j, j + 1, null);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end: j + 1 } : null;
}

/**
 * "…"، تقول رمز بشارات. / "…"، تقول سمية نصار وهي أم …: after a verb that follows the quote,
 * one to three words that read as a name, none a word real copy writes as a verb or as a
 * common noun (knowledge word-classes), ending the sentence or followed by وهي/وهو (and she/he
 * is …): the one who speaks, named there.
 */
function closingNameAfter(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, inQuote, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  // A common noun after the ب/ل of a circumstance (بأسف، بألم) is none either; nor a two-letter word (لي).
  const common = (i: number): boolean => {
    const x = t.text(i);
    return x.length < 3 || verbOrCommonNoun(cx, x) || (/^[بلك]/u.test(x) && lx.corpusCommonNouns.has(x.slice(1)));
  };
  let end = j;
  while (end < t.count && end - j < 3 && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) && !inQuote.has(t.starts[end]) && people.nameLike(end) && !morph.definite(t.text(end)) && !common(end) && !looksCircumstantial(t.text(end)) && !subjects.stopsAt(end)) end++;
  if (end === j) return null;
  const gap = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
  const closed = end >= t.count || /^\s*(?:[.!?؟]|\n)/u.test(gap) || (/^ +$/u.test(gap) && !!lx.clauseSubjectPronouns?.has(t.text(end)));
  if (!closed) return null;
  const m = nameMention(t, j, end, null);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end } : null;
}

/**
 * Whether words that no reader took for a speaker stand right after a verb: its subject is
 * written there ("…"، وفق ما نقل موقع إذاعة …) and a carried-over speaker would be wrong.
 * A clause break, a preposition or an addressee (وفق ما قال للمحققين) leaves it unsaid.
 */
function subjectUnread(cx: AttributionContext, c: CueHit): boolean {
  const { t, words, doc } = cx;
  if (c.end >= t.count || !t.onlySpaceBetween(t.ends[c.end - 1], t.starts[c.end])) return false;
  const w = t.text(c.end);
  const lx = doc.knowledge.lexicon;
  // لـ/بـ written on the next word (للمحققين، بألم) open a complement, not a subject.
  return !(lx.prepositions.has(w) || lx.timeWords.has(w) || lx.complementizers.has(w) || words.afterCueFiller.at(t, c.end) || (/^[لب]/u.test(w) && w.length > 3));
}

/**
 * A quote with no cue of its own in a paragraph whose earlier sentence has a speech
 * verb (كما قال X إن …. وفي هذا الإطار «…»): the paragraph is X's.
 */
export function paragraphCue(cx: AttributionContext, q: RawQuote): Attribution | null {
  const { doc, facts } = cx;
  const line = doc.lines[q.block.line];
  const found = facts.cues.between(line.normStart, q.open).filter((c) => c.kind === 'verb');
  const c = found[found.length - 1];
  if (!c) return null;
  const s = subjectOf(cx, c, line.normStart);
  return s.cluster && !s.carried ? { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'paragraph-cue' } : null;
}

/**
 * The speech verb that reports a statement nothing else attributes, though it names no one
 * the review could tell: the last one before the quote in its paragraph (ولكنها تقول إنها …،
 * فالطبق "…"), else, for a quote that opens its paragraph, the last one of the paragraph
 * before when that paragraph reports speech without quoting any (تقول إيمان إنها تعرضت
 * لمضايقات … ¶ "…"; after a quoted statement continuedParagraph decides). The words are
 * someone's the text gives: unresolved-speaker's, not unattributed-quote's. Not a verb after
 * a preposition (a verbal noun) nor a verb of coming (جاءوا من).
 */
export function reportingVerbOfParagraph(cx: AttributionContext, qi: number): Attribution | null {
  const { doc, quotes, kinds } = cx;
  const q = quotes[qi];
  const line = doc.lines[q.block.line];
  let c = lastSpeechVerb(cx, line.normStart, q.open);
  const prev = c || doc.norm.slice(line.normStart, q.open).trim() !== '' ? null : cx.previousBlock(q.block);
  if (prev) {
    let quoted = false;
    for (let k = qi - 1; k >= 0 && quotes[k].block === prev && !quoted; k--) quoted = kinds[k] === 'statement';
    if (!quoted) c = lastSpeechVerb(cx, doc.lines[prev.line].normStart, doc.lines[prev.line].normEnd);
  }
  return c ? { speaker: null, cue: cueSpan(cx, c.first, c.end, c.lemma), method: null, reason: PARAGRAPH_VERB_REASON } : null;
}

/**
 * وشكر سعد الحريري مدير مكتبه "على الجهد …"، وجددت مملكة البحرين "وقوفها الثابت …": words
 * inside a sentence whose opening verb has its subject named before them, though no speech
 * verb introduces them. A reader takes that subject as the speaker; the review does not
 * guess (no speaker) but names it, for unresolved-speaker.
 */
export function sentenceSubjectNamed(cx: AttributionContext, qi: number): Attribution | null {
  const { t, facts } = cx;
  const named = sentenceSubject(cx, facts.sentenceStarts[qi], t.indexAtOrAfter(cx.quotes[qi].open), true);
  return named ? { speaker: null, cue: null, method: null, reason: SENTENCE_SUBJECT_REASON, named } : null;
}

/** How many words of a colon's lead-in the quote keeps as its cue. */
const LEAD_IN_WORDS = 4;

/**
 * أخبرنا أحدهم: "…"، قلت لنفسي: "…"، كتاب عالميون: "…"، وجاء في الرسالة الرئاسية: "…": a
 * colon says words follow, and the words before it on the line say whose (a person, a
 * document, a group), though no rule reads a speaker there. The lead-in's last words are
 * the quote's cue: unresolved-speaker's, not unattributed-quote's.
 */
export function colonLeadIn(cx: AttributionContext, qi: number): Attribution | null {
  const { doc, t, facts } = cx;
  const q = cx.quotes[qi];
  const first = t.indexAtOrAfter(q.open);
  const line = doc.lines[q.block.line];
  if (first < 1 || t.starts[first - 1] < line.normStart) return null;
  const gap = doc.norm.slice(t.ends[first - 1], q.open).trim();
  if (gap !== ':' && gap !== '\uff1a') return null;
  // The words before the colon back to its clause's start (a comma), its sentence's or its line's.
  const floor = t.indexAtOrAfter(Math.max(facts.sentenceStarts[qi], line.normStart));
  if (floor > first - 1) return null;
  let from = first - 1;
  while (from > floor && first - from < LEAD_IN_WORDS && t.onlySpaceBetween(t.ends[from - 1], t.starts[from])) from--;
  return { speaker: null, cue: cueSpan(cx, from, first, ':'), method: null, reason: COLON_LEAD_REASON };
}

/**
 * "…"، هكذا تحدثت حنين / "…"، هكذا صاح أحد الصحفيين: words right after the quote that point
 * back at it (afterQuoteFillers) and the verb after them say who spoke, whatever the verb:
 * the filler and the verb are the quote's cue, for unresolved-speaker. Not a preposition or
 * an إن/أن after the filler (هكذا أن …).
 */
export function pointedBackVerb(cx: AttributionContext, q: RawQuote): Attribution | null {
  const { doc, t } = cx;
  if (!q.closed) return null;
  const line = doc.lines[q.block.line];
  const j = t.indexAtOrAfter(q.close + 1);
  if (j >= t.count || t.starts[j] >= line.normEnd || !/^[\s.…،,-]*$/u.test(doc.norm.slice(q.close + 1, t.starts[j]))) return null;
  const n = fillerWordsAt(doc, j);
  const v = j + n;
  if (!n || v >= t.count || t.starts[v] >= line.normEnd || !t.onlySpaceBetween(t.ends[v - 1], t.starts[v])) return null;
  const lx = doc.knowledge.lexicon;
  const w = t.text(v);
  if (lx.prepositions.has(w) || lx.complementizers.has(w)) return null;
  return { speaker: null, cue: cueSpan(cx, j, v + 1, w), method: null, reason: POINTED_BACK_REASON };
}

/** How many of a paragraph's last cues are read back for its speech verb. */
const PARAGRAPH_CUES_READ = 16;

/** The last speech verb between two normalized offsets that is a verb (not a verbal noun, not "came"). */
function lastSpeechVerb(cx: AttributionContext, from: number, to: number): CueHit | null {
  return cx.facts.cues.lastIn(from, to, PARAGRAPH_CUES_READ, (x) => x.kind === 'verb' && !afterPreposition(cx, x) && !comingNotContent(cx, x));
}

/**
 * A paragraph that opens with a quote continuing the previous paragraph's unclosed
 * quote (a long quotation run over several paragraphs) keeps that quote's speaker.
 */
export function continuedParagraph(cx: AttributionContext, qi: number): Attribution | null {
  const { attributions, previousBlock, doc, quotes } = cx;
  const q = quotes[qi];
  const line = doc.lines[q.block.line];
  if (doc.norm.slice(line.normStart, q.open).trim() !== '') return null;
  const prev = previousBlock(q.block);
  if (!prev) return null;
  for (let k = qi - 1; k >= 0 && quotes[k].block === prev; k--) {
    workMeter.steps++;
    if (quotes[k].parent !== null) continue;
    const a = attributions[k];
    if (!a?.speaker) return null;
    if (!quotes[k].closed) return { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'continued-quote' };
    // وتقول كاترينا: "…". ¶ "…": a paragraph that opens with a quote right after a
    // paragraph ending on a speaker's direct speech (after a colon, right after the cue,
    // or a quote paragraph itself) goes on with that speaker's words. Reported words
    // (قال X إن العلاقات "…") end there: the next quote is nobody's until named.
    const prevLine = doc.lines[prev.line];
    const rest = doc.norm.slice(quotes[k].close + 1, prevLine.normEnd);
    const lead = doc.norm.slice(prevLine.normStart, quotes[k].open);
    const direct = /:\s*$/u.test(lead) || lead.trim() === '' || (!!a.cue && doc.norm.slice(a.cue.normEnd, quotes[k].open).trim() === '');
    return direct && /^[\s.!?؟…]*$/u.test(rest) && readsAsSpeech(doc, q) ? { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'quote-paragraph' } : null;
  }
  return null;
}

export function continuation(cx: AttributionContext, qi: number): Attribution | null {
  const { attributions, quotes } = cx;
  const q = quotes[qi];
  for (let k = qi - 1; k >= 0; k--) {
    workMeter.steps++;
    const p = quotes[k];
    if (p.block !== q.block) break;
    const a = attributions[k];
    if (a?.speaker) return { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'same-paragraph' };
  }
  return null;
}
