// What the cursor is on: an organization mention, a speaker mention, a speaker's name
// written where the analysis did not count it as a mention (in the title, say: the Outline
// and the views know the speaker, so hover must too), or a quote (the innermost). Hover,
// references and rename all ask this one question.

import { workMeter, type Analysis, type Organization, type OrganizationMention, type Quote, type Speaker, type SpeakerMention } from '../analysis';

export type EntityAt =
  | { kind: 'organization'; organization: Organization; mention: OrganizationMention }
  | { kind: 'speaker'; speaker: Speaker; mention: SpeakerMention }
  | { kind: 'quote'; quote: Quote };

function inside(offset: number, s: { start: number; end: number }): boolean {
  workMeter.steps++;
  return offset >= s.start && offset <= s.end;
}

export function entityAt(a: Analysis, offset: number): EntityAt | null {
  for (const organization of a.organizations) {
    const mention = organization.mentions.find((m) => inside(offset, m));
    if (mention) return { kind: 'organization', organization, mention };
  }
  for (const speaker of a.speakers) {
    const mention = speaker.mentions.find((m) => inside(offset, m));
    if (mention) return { kind: 'speaker', speaker, mention };
  }
  const written = writtenNameAt(a, offset);
  if (written) return written;
  const quotes = a.quotes.filter((q) => inside(offset, q.span));
  const quote = quotes[quotes.length - 1];
  return quote ? { kind: 'quote', quote } : null;
}

/** Names shorter than this are too often plain words to stand for a speaker on their own. */
const MIN_NAME_LENGTH = 3;
const isLetter = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{M}]/u.test(ch);
/** One-letter Arabic prefixes written against a name: و ف ب ل ك (وترامب، لماكرون). */
const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * A speaker's written name (a form used in one of their name mentions) at the offset, as a
 * whole word, optionally after a one-letter clitic. Only the text around the offset is read.
 */
export function writtenNameAt(a: Analysis, offset: number): { kind: 'speaker'; speaker: Speaker; mention: SpeakerMention } | null {
  for (const speaker of a.speakers) {
    workMeter.steps += speaker.mentions.length;
    const forms = new Set(speaker.mentions.filter((m) => m.via === 'name').map((m) => m.text));
    for (const form of forms) {
      workMeter.steps++;
      if (form.length < MIN_NAME_LENGTH) continue;
      const from = Math.max(0, offset - form.length);
      const window = a.text.slice(from, offset + form.length);
      for (let i = window.indexOf(form); i >= 0; i = window.indexOf(form, i + 1)) {
        workMeter.steps++;
        const start = from + i;
        const end = start + form.length;
        if (offset < start || offset > end || isLetter(a.text[end])) continue;
        const before = a.text[start - 1];
        if (isLetter(before) && !(CLITICS.has(before!) && !isLetter(a.text[start - 2]))) continue;
        return { kind: 'speaker', speaker, mention: { start, end, text: form, via: 'name' } };
      }
    }
  }
  return null;
}
