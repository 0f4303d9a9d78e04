// What the cursor is on: an organization mention, a speaker mention, or a quote (the
// innermost). Hover, references and rename all ask this one question.

import type { Analysis, Organization, OrganizationMention, Quote, Speaker, SpeakerMention } from '../analysis';

export type EntityAt =
  | { kind: 'organization'; organization: Organization; mention: OrganizationMention }
  | { kind: 'speaker'; speaker: Speaker; mention: SpeakerMention }
  | { kind: 'quote'; quote: Quote };

const inside = (offset: number, s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;

export function entityAt(a: Analysis, offset: number): EntityAt | null {
  for (const organization of a.organizations) {
    const mention = organization.mentions.find((m) => inside(offset, m));
    if (mention) return { kind: 'organization', organization, mention };
  }
  for (const speaker of a.speakers) {
    const mention = speaker.mentions.find((m) => inside(offset, m));
    if (mention) return { kind: 'speaker', speaker, mention };
  }
  const quotes = a.quotes.filter((q) => inside(offset, q.span));
  const quote = quotes[quotes.length - 1];
  return quote ? { kind: 'quote', quote } : null;
}
