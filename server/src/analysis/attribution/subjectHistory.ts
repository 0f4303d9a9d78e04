// Who has been speaking: attribute() reads the article in text order up to each quote,
// registering person mentions, sentence subjects and the subjects of speech verbs into the
// history a carried-over cue (وأضاف، وقالت) takes its speaker from.

import type { PersonCluster } from '../speakers';
import type { CueHit, Gender } from '../cues';
import { workMeter } from '../workMeter';
import type { PersonMention } from '../people';
import type { AttributionContext } from './context';
import { baObjectLemma, isContentVerb, sentenceSubject } from './cueSubject';
import { speakerAt } from './speakerAt';
import { accordingSourceAt } from './accordingSource';
import { noteTitledSpokesperson } from './spokesperson';

/** Index of the first mention starting at or after a normalized offset. */
export function firstMentionFrom(cx: AttributionContext, offset: number): number {
  const { mentions } = cx;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].normStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Makes `c` the current subject, read at normalized offset `at` (a repeat keeps the earlier offset). */
export function setSubject(cx: AttributionContext, c: PersonCluster, at: number): void {
  const { history, historyAt, inHistory } = cx;
  const last = history.length - 1;
  if (history[last] !== c) {
    history.push(c);
    historyAt.push(at);
  } else if (at < historyAt[last]) historyAt[last] = at;
  inHistory.add(c);
}

/**
 * The latest subject (else person named) whose gender agrees, read before normalized offset
 * `before`: وقال إن الوزير …، "…" carries over who spoke before the verb, never a name in
 * the clause the verb reports (read between the verb and the quote).
 */
export function current(cx: AttributionContext, gender: Gender | null = null, except: PersonCluster | null = null, before = Number.MAX_SAFE_INTEGER): PersonCluster | null {
  const { history, historyAt, named, namedAt } = cx;
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k] !== except && historyAt[k] < before && (!gender || !history[k].gender || history[k].gender === gender)) return history[k];
  for (let k = named.length - 1; k >= 0; k--, workMeter.steps++) if (named[k] !== except && namedAt[k] < before && named[k].kind === 'person' && (!gender || !named[k].gender || named[k].gender === gender)) return named[k];
  return null;
}

/** How many of the latest subjects and of the latest people named latestInSentence reads back. */
const SENTENCE_LOOKBACK = 8;

/**
 * The subject read last in [from, before) whose gender agrees, other than `except`, else the
 * person named last there (وعندما سئل لافروف عن …، نقلت وسائل الإعلام عنه: the one the
 * sentence named, though not as a subject), or null: a bounded look at the latest entries.
 */
export function latestInSentence(cx: AttributionContext, gender: Gender | null, except: PersonCluster | null, from: number, before: number): PersonCluster | null {
  return latestIn(cx.history, cx.historyAt, gender, except, from, before) ?? latestIn(cx.named, cx.namedAt, gender, except, from, before);
}

/** The latest entry read in [from, before): one known to be of `gender` first (التقت الوزيرة ليلى نظيرها، … عنها), else one of no known gender. */
function latestIn(list: PersonCluster[], at: number[], gender: Gender | null, except: PersonCluster | null, from: number, before: number): PersonCluster | null {
  let sure: PersonCluster | null = null;
  let sureAt = -1;
  let loose: PersonCluster | null = null;
  let looseAt = -1;
  for (let k = list.length - 1; k >= 0 && list.length - k <= SENTENCE_LOOKBACK; k--, workMeter.steps++) {
    const c = list[k];
    if (at[k] < from || at[k] >= before || c === except) continue;
    const sureGender = gender !== null && c.gender === gender;
    if (sureGender && at[k] > sureAt) {
      sure = c;
      sureAt = at[k];
    } else if (!sureGender && (!gender || !c.gender) && at[k] > looseAt) {
      loose = c;
      looseAt = at[k];
    }
  }
  return sure ?? loose;
}

export function register(cx: AttributionContext, m: PersonMention): PersonCluster | null {
  const { registry, clusterOf, named } = cx;
  const known = clusterOf.get(m);
  if (known !== undefined) return known;
  if (m.inQuote && !m.name) {
    clusterOf.set(m, null);
    return null;
  }
  const c = registry.add(m, current(cx));
  clusterOf.set(m, c);
  if (m.title) noteTitledSpokesperson(cx, m, c);
  if (c && !m.inQuote && !m.asObject && opensClause(cx, m.first)) setSubject(cx, c, m.normStart);
  else if (c && !m.inQuote && (named.length === 0 || named[named.length - 1] !== c)) {
    named.push(c);
    cx.namedAt.push(m.normStart);
  }
  return c;
}

/**
 * Whether a mention at token i stands where a subject stands: at the start of its line
 * or sentence, or after a clause opener (ومن جهته، بدوره). A name in the middle of a
 * clause (التقى نظيره …، طالب الرئيس بـ…) is an object or a complement: a carried-over
 * cue never lands on it.
 */
export function opensClause(cx: AttributionContext, i: number): boolean {
  const { t, words, doc } = cx;
  if (i === 0) return true;
  // Mostly a single space: no string made for it.
  if (!t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) && /[.!?؟:\n]/u.test(doc.norm.slice(t.ends[i - 1], t.starts[i]))) return true;
  if (words.clauseLead.at(t, i - 1)) return i - 1 === 0 || /[.!?؟:\n،,]/u.test(doc.norm.slice(i >= 2 ? t.ends[i - 2] : 0, t.starts[i - 1]));
  return false;
}

// The first ". " at or after `searched` is `stop` (-1: none): a range with no ". " of its own
// reuses it instead of searching again past its end (3.7 M characters read for the 1 MB
// article's 580 K; a text without ". " was read to its end once per range).
export function stopFrom(cx: AttributionContext, from: number): number {
  const { doc } = cx;
  const i = doc.norm.indexOf('. ', from);
  workMeter.steps += (i < 0 ? doc.norm.length : i) - from;
  return i;
}

export function advanceTo(cx: AttributionContext, normOffset: number): void {
  const { t, mentions, mentionByEnd, verbEvents, sentenceStarts } = cx;
  // The token a sentence's subject must end before: found once a call, when first needed.
  let limit = -1;
  for (;;) {
    workMeter.steps++;
    if (
      cx.si < sentenceStarts.length &&
      sentenceStarts[cx.si] < normOffset &&
      (cx.mi >= mentions.length || sentenceStarts[cx.si] <= mentions[cx.mi].normStart) &&
      (cx.vi >= verbEvents.length || sentenceStarts[cx.si] <= t.starts[verbEvents[cx.vi].first])
    ) {
      const start = sentenceStarts[cx.si++];
      if (limit < 0) limit = t.indexAtOrAfter(normOffset);
      const subject = sentenceSubject(cx, start, limit, true);
      if (subject) setSubject(cx, subject, start);
      continue;
    }
    const m = cx.mi < mentions.length && mentions[cx.mi].normStart < normOffset ? mentions[cx.mi] : null;
    const v = cx.vi < verbEvents.length && t.starts[verbEvents[cx.vi].first] < normOffset ? verbEvents[cx.vi] : null;
    if (!m && !v) return;
    if (m && (!v || m.normStart <= t.starts[v.first])) {
      register(cx, m);
      cx.mi++;
      continue;
    }
    cx.vi++;
    // Only names, institutions and anonymous sources right after the verb count here.
    const s = v!.kind === 'according' ? accordingSourceAt(cx, v!, false) : speakerAt(cx, v!.end);
    if (s && t.ends[s.end - 1] <= normOffset) {
      agree(cx, v!, s.cluster);
      setSubject(cx, s.cluster, t.starts[v!.first]);
    } else if (!s) {
      // وكان سعد الحريري أعلن …: with nobody after the verb, a name right before it is its subject.
      const m = v!.first > 0 && t.onlySpaceBetween(t.ends[v!.first - 1], t.starts[v!.first]) ? mentionByEnd.get(v!.first) : undefined;
      const c = m && !m.asObject ? register(cx, m) : null;
      if (c) setSubject(cx, c, t.starts[v!.first]);
    }
  }
}

/** قالت نادية: a verb before its subject agrees with it in gender, so the person's gender is known from here on. */
export function agree(cx: AttributionContext, cue: CueHit, c: PersonCluster): void {
  const { mentionByToken, doc } = cx;
  if (cue.gender && c.kind === 'person' && !c.gender) c.gender = cue.gender;
  // وقالت الناطق باسم الحكومة جمانة غنيمات: a title's masculine is the office's; a feminine
  // speech verb right before its subject says the person is a woman (جاءت استقالة X is no
  // speech; after اتهمت the name is the object).
  else if (cue.gender === 'f' && c.kind === 'person' && c.names.length > 0 && mentionByToken.has(cue.end) && !isContentVerb(cx, cue) && !baObjectLemma(doc.knowledge, cue.lemma)) c.gender = 'f';
}

// The head noun without its article, proclitics read off (للمنظمة → منظمه).
function headOf(cx: AttributionContext, word: string): string {
  const { morph } = cx;
  const bare = morph.withoutArticle(word);
  if (bare !== null) return bare;
  // The first reading whose stem has the article, read off: no array of stems made per organization.
  const readings = morph.readings(word);
  for (let i = 0; i < readings.length; i++) {
    const stem = morph.withoutArticle(readings[i].stem);
    if (stem !== null) return stem;
  }
  return word;
}

export function noteOrganizationsBefore(cx: AttributionContext, offset: number): void {
  const { t, inQuote, byHead, orgsInOrder } = cx;
  for (; cx.oi < orgsInOrder.length && orgsInOrder[cx.oi].normStart < offset; cx.oi++) {
    workMeter.steps++;
    const h = orgsInOrder[cx.oi];
    if (!inQuote.has(h.normStart)) byHead.set(headOf(cx, t.text(h.first)), h);
  }
}

export function latestAnonymous(cx: AttributionContext): PersonCluster | null {
  const { history } = cx;
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k].kind === 'anonymous') return history[k];
  return null;
}
