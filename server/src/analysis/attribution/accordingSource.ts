// The source an "according to" names (بحسب الوكالة، وفقا لـ"رويترز"، وفقا لموسكو): the
// speaker after the phrase, read without the ل of وفقا ل where it is written on the word.

import type { PersonCluster } from '../speakers';
import { writtenAsCommonWord } from '../commonWords';
import type { CueHit } from '../cues';
import type { AttributionContext } from './context';
import { register } from './subjectHistory';
import { lamPhraseAt, nameMention, speakerAt } from './speakerAt';

/**
 * The source after an "according to" (بحسب الوكالة، وفقا لـ"رويترز"). Where the cue's ل is
 * written on the source's word (وفقا لموسكو، وفقا لترامب), that word is read without it: a
 * title or an organization the readers took past the ل, a country, a person the article or
 * the knowledge names, a document with its qualifiers (وفقا لتقرير للأمم المتحدة), one
 * word closed by punctuation or أن that is written as no common word (وفقا لمخارش أن).
 * Anything else is read as before, ل and all (وفقا لمصادر غربية). With `lamPhrase`, a
 * definite phrase under لل (وفقا للتقرير) is read too (lamPhraseAt).
 */
export function accordingSourceAt(cx: AttributionContext, c: CueHit, lamPhrase = true): { cluster: PersonCluster; end: number } | null {
  const { t, registry, mentionByToken, orgByToken, doc } = cx;
  const j = c.end;
  const w = j < t.count ? t.text(j) : '';
  const lamOnWord = lamWritten(cx, c) && c.end === c.first + 1 && w.length > 2 && !w.startsWith('لل');
  if (!lamOnWord) return speakerAt(cx, j) ?? (lamPhrase ? lamPhraseAt(cx, c) : null);
  const m = mentionByToken.get(j);
  if ((m && m.normStart > t.starts[j]) || orgByToken.has(j)) return speakerAt(cx, j);
  const k = doc.knowledge;
  const country = k.countryNameIndex.match(t, j, true);
  if (country && country.prefix === 'ل') {
    const span = doc.span(t.starts[j] + 1, t.ends[country.end - 1]);
    return { cluster: registry.addSpeakerByText('institution', `country:${country.value}`, doc.text.slice(span.start, span.end), span, `country:${country.value}`, 'f'), end: country.end };
  }
  const named = registry.personBySurname(w.slice(1));
  if (named) return { cluster: named, end: j + 1 };
  const known = k.personIndex.match(t, j, true);
  if (known && known.prefix === 'ل') {
    const mention = nameMention(t, j, known.end, known.value);
    const read = { ...mention, normStart: t.starts[j] + 1, name: { ...mention.name!, normStart: t.starts[j] + 1 } };
    mentionByToken.set(j, read);
    const cluster = register(cx, read);
    return cluster ? { cluster, end: known.end } : null;
  }
  // وفقا لتقرير للأمم المتحدة: a document under the ل, with what qualifies it, speaks as documents do.
  const bare = w.slice(1);
  const phrase = k.lexicon.documentHeads.has(bare) ? cx.subjects.phraseAt(j, true) : null;
  if (phrase && phrase.type === 'document') {
    const span = doc.span(t.starts[j] + 1, t.ends[phrase.end - 1]);
    const cluster = registry.addSpeakerByText('institution', doc.norm.slice(t.starts[j] + 1, t.ends[phrase.end - 1]), doc.text.slice(span.start, span.end), span);
    cx.genericPhrases.add(cluster);
    return { cluster, end: phrase.end };
  }
  // وفقا لمصادر غربية، وفقا لبحث أجراه قسم …: a common word under the ل opens a description
  // the readers after a cue take whole (with its ل: no reader here takes it off).
  if (writtenAsCommonWord(k, bare)) return speakerAt(cx, j);
  // وفقا لمخارش، وفقا لموسكو: one unknown word is a name, read without the ل.
  const closed = j + 1 >= t.count || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) || k.lexicon.complementizers.has(t.text(j + 1));
  if (closed && cx.people.nameLikeText(bare)) {
    const span = doc.span(t.starts[j] + 1, t.ends[j]);
    return { cluster: registry.addSpeakerByText('person', bare, doc.text.slice(span.start, span.end), span), end: j + 1 };
  }
  return speakerAt(cx, j);
}

/** Whether an "according to" writes its ل on the next word (وفقا لمصدر، وفقا للتقرير). */
export function lamWritten(cx: AttributionContext, cue: CueHit): boolean {
  return cue.lemma.endsWith(' ل') && cue.end < cx.t.count && cx.t.text(cue.end).startsWith('ل');
}
