// The subject a speech verb or an "according to" is written with when no reader (people,
// organizations, subject phrases) took it: the words up to where a subject ends, as written.
// A statement with such a subject has a speaker a reader finds; leaving it unattributed
// (the unattributed-quote warning) would be wrong.

import type { CueHit } from '../cues';
import { looksCircumstantial } from '../people';
import type { PersonCluster } from '../speakers';
import type { AttributionContext } from './context';
import { lamWritten } from './accordingSource';
import { baObjectLemma, isContentVerb } from './cueSubject';
import { opensClause } from './subjectHistory';

/** How many words an unread subject may have (رئيس شركة طيران الإمارات السير تيم كلارك); a run that long is cut off mid-phrase, no subject read. */
const UNREAD_SUBJECT_WORDS = 8;
/** The longest quoted name read with the words before it (وكالة أنباء "زيلوفا"), in characters. */
const QUOTED_NAME_CHARS = 40;

/**
 * وقال رئيس اتحاد المظليين فاليري فوستروتين لوكالة …، وقالت ابنة السائحين لبي بي سي إنها:
 * a speech verb that opens its clause is followed by its subject. Not after a verb with a
 * subject before it (ستورمي دانييلز تكشف صورة: the words after are its object), a verb whose
 * object stands before its بـ (اتهم إيران بـ) or a verb of content (جاءت تصريحات X).
 */
export function unreadSubjectAfter(cx: AttributionContext, cue: CueHit): PersonCluster | null {
  const { t, words, doc } = cx;
  if (cue.kind !== 'verb' || cue.end !== cue.first + 1 || baObjectLemma(doc.knowledge, cue.lemma) || isContentVerb(cx, cue)) return null;
  // The verb opens its clause: the text's start, a break (. : ، newline) or a clause opener before it.
  const v = cue.first;
  if (v > 0 && !opensClause(cx, v) && (t.onlySpaceBetween(t.ends[v - 1], t.starts[v]) || !/[.!?؟:\n،,]/u.test(doc.norm.slice(t.ends[v - 1], t.starts[v])))) return null;
  let j = cue.end;
  while (j < t.count && words.afterCueFiller.at(t, j)) j++;
  return unreadPhraseAt(cx, j);
}

/**
 * "…" وفقا لمصدر دبلوماسي غربي، "…"، وفق سياسيين يمنيين: an "according to" names its
 * source; one no reader took is the words after it (after the ل it writes on the next word).
 * A source is no subject a later verb carries over to (cx.unreadSources).
 */
export function unreadSourceAfter(cx: AttributionContext, cue: CueHit): PersonCluster | null {
  const { t, doc } = cx;
  if (cue.kind !== 'according' || cue.end >= t.count || possessiveAfter(cx, cue)) return null;
  const lam = lamWritten(cx, cue);
  const w = lam ? t.text(cue.end).slice(1) : t.text(cue.end);
  // حسب قول مغردين، حسب رأي أصحاب الدعوات: after a noun of speech, its possessor is the source.
  const speech = !!doc.knowledge.lexicon.speechNouns?.has(w);
  const source = speech ? unreadPhraseAt(cx, cue.end + 1) : unreadPhraseAt(cx, cue.end, lam);
  if (source) cx.unreadSources.add(source);
  return source;
}

/** وفق تعبيره، بحسب زعمها، حسب قوله: the word after an "according to" has a possessive (as written, not a ة), pointing back at someone named before. */
export function possessiveAfter(cx: AttributionContext, cue: CueHit): boolean {
  const { t, morph, doc } = cx;
  if (cue.kind !== 'according' || cue.end >= t.count) return false;
  const w = lamWritten(cx, cue) ? t.text(cue.end).slice(1) : t.text(cue.end);
  const written = doc.span(t.starts[cue.end], t.ends[cue.end]);
  return morph.pronounSuffix(w) !== null && !doc.text.slice(written.start, written.end).endsWith('ة');
}

/**
 * The words from token j up to a subject's end, registered as a speaker by their text: an
 * institution, or a person when every word reads as a name. `lam`: the first token carries
 * the ل of "according to", not part of the phrase. None when the first word cannot open a
 * subject or the phrase runs on.
 */
export function unreadPhraseAt(cx: AttributionContext, j: number, lam = false): PersonCluster | null {
  const { t, morph, people, inQuote, registry, subjects, termOpens, termCloseByOpen, doc } = cx;
  if (j <= 0 || j >= t.count || !t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) || inQuote.has(t.starts[j])) return null;
  const lx = doc.knowledge.lexicon;
  // A noun with a possessive: أعلنت مسؤوليتها (the object), راد استقالتها (the predicate's).
  // Not ه, which the normalized text shares with the ta marbuta (ابنة السائحين).
  const possessed = (x: string, suffix: string | null): boolean => {
    if (suffix === null || suffix === 'ه') return false;
    const stem = x.slice(0, -suffix.length);
    return lx.corpusCommonNouns.has(stem) || (stem.endsWith('ت') && lx.corpusCommonNouns.has(stem.slice(0, -1) + 'ه'));
  };
  // A ل/ب written on a word (لـ، لبي بي سي، للصحفيين، بالقوة، لمصادر) opens a complement, unless
  // real copy writes the whole word so as a noun (لجنة، بلدية); a name may start with it (بوغدانوف).
  const clitic = (x: string): boolean => /^[لب]/u.test(x) && !lx.corpusCommonNouns.has(x) && (x.length <= 3 || morph.definite(x.slice(1)) || lx.corpusCommonNouns.has(x.slice(1)));
  // What ends a subject: a stop word, a preposition (with its pronoun: عنه، عليها), an
  // addressee, a clitic ل/ب, a circumstance (ممازحا) or a participle of speech (قائلا).
  const ends = (x: string): boolean => {
    const suffix = morph.pronounSuffix(x);
    return (
      subjects.stops(x) ||
      // فإن، فقد، فالحكومة: ف opens the clause after the subject (وبحسب بيان X، فإن …).
      (x.startsWith('ف') && (subjects.stops(x.slice(1)) || (morph.definite(x.slice(1)) && lx.corpusCommonNouns.has(morph.withoutArticle(x.slice(1)) ?? '')))) ||
      lx.notSubjects.has(x) ||
      lx.anonymousEnds.has(x) ||
      (suffix !== null && lx.prepositions.has(x.slice(0, -suffix.length))) ||
      clitic(x) ||
      looksCircumstantial(x) ||
      doc.knowledge.cues.participles.has(x)
    );
  };
  const first = lam ? t.text(j).slice(1) : t.text(j);
  // The first word with ل/ب written on it is a complement's (لرويترز، بأسف) unless a noun real copy writes so.
  if (first.length < 2 || ends(first) || (/^[لب]/u.test(first) && !lx.corpusCommonNouns.has(first)) || lx.corpusVerbs.has(first) || possessed(first, morph.pronounSuffix(first)) || /^[\d\p{P}]/u.test(first)) return null;
  let end = j + 1;
  // After the first word, a verb (بحث قام به), a possessed noun or a number (وقال عام 2015) ends it too.
  for (; end < t.count && end - j < UNREAD_SUBJECT_WORDS && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) && !inQuote.has(t.starts[end]); end++) {
    const x = t.text(end);
    if (ends(x) || lx.corpusVerbs.has(x) || possessed(x, morph.pronounSuffix(x)) || /^\d/u.test(x)) break;
  }
  if (end - j >= UNREAD_SUBJECT_WORDS || (end < t.count && /^\d/u.test(t.text(end)))) return null;
  const from = t.starts[j] + (lam ? t.norm.indexOf(first, t.starts[j]) - t.starts[j] : 0);
  // وكالة أنباء "زيلوفا": a quoted name right after the words (a term) is theirs.
  let to = t.ends[end - 1];
  const gap = end < t.count ? /^\s*["«“]$/u.exec(doc.norm.slice(to, t.starts[end])) : null;
  const close = gap && termOpens.has(t.starts[end] - 1) ? termCloseByOpen.get(t.starts[end] - 1) : undefined;
  if (close !== undefined && close - to < QUOTED_NAME_CHARS) to = close + 1;
  const span = doc.span(from, to);
  const kind = [...Array(end - j).keys()].every((k) => people.nameLike(j + k) && !morph.definite(t.text(j + k))) ? 'person' : 'institution';
  return registry.addSpeakerByText(kind, doc.norm.slice(from, to), doc.text.slice(span.start, span.end), span);
}
