// Hover cards: an organization (what it is, names, founded, seat, members, Wikidata),
// a speaker or any of their references (name, role, quotes here), and a quote (who
// said it and by which cue, or why it is unattributed).

import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Analysis, Knowledge, Organization, Quote, Speaker } from '../analysis';
import { clipText } from '../report/clip';
import type { Converter } from './convert';

const inside = (offset: number, s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;

export function hoverAt(a: Analysis, convert: Converter, offset: number, knowledge: Knowledge): Hover | null {
  for (const o of a.organizations) {
    const m = o.mentions.find((x) => inside(offset, x));
    if (m) return { contents: markdown(organizationCard(o, knowledge)), range: convert.range(m) };
  }
  for (const s of a.speakers) {
    const m = s.mentions.find((x) => inside(offset, x));
    if (m) return { contents: markdown(speakerCard(s, a, knowledge)), range: convert.range(m) };
  }
  // The innermost quote under the cursor.
  const quotes = a.quotes.filter((q) => inside(offset, q.span));
  const q = quotes[quotes.length - 1];
  if (q) return { contents: markdown(quoteCard(q, a)), range: convert.range(q.span) };
  return null;
}

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

export function organizationCard(o: Organization, knowledge: Knowledge): string {
  const e = knowledge.organizations.get(o.id);
  const lines: string[] = [];
  lines.push(`**${o.name}**${o.acronym ? ` (${o.acronym})` : ''}`);
  if (o.english) lines.push(`*${o.english}*`);
  if (e) {
    lines.push('');
    lines.push(`${e.type}`);
    const facts: string[] = [];
    if (e.founded) facts.push(`- Founded: ${e.founded}`);
    if (e.seat) facts.push(`- Seat: ${e.seat}`);
    if (e.members?.length) facts.push(`- Members (${e.members.length}): ${e.members.join(', ')}`);
    if (e.parent) facts.push(`- Part of: ${knowledge.organizations.get(e.parent)?.english ?? e.parent}`);
    if (e.arabic.length > 1 || e.abbreviations?.length) facts.push(`- Also written: ${[...e.arabic, ...(e.abbreviations ?? [])].filter((n) => n !== o.name).join('، ')}`);
    if (facts.length) lines.push('', ...facts);
    const links: string[] = [];
    if (e.wikidata) links.push(`[Wikidata ${e.wikidata}](https://www.wikidata.org/wiki/${e.wikidata})`);
    if (e.website) links.push(`[website](${e.website})`);
    if (links.length) lines.push('', links.join(' · '));
    lines.push('', `_Facts as of ${e.asOf}._`);
  } else if (!o.known) {
    lines.push('', '_Not in the knowledge base: found by its head noun. Add it to `.press-review/*.json` to show facts._');
  }
  lines.push('', `Mentioned ${o.mentions.length} time${o.mentions.length === 1 ? '' : 's'} in this article.`);
  return lines.join('\n');
}

export function speakerCard(s: Speaker, a: Analysis, knowledge: Knowledge): string {
  const lines: string[] = [];
  lines.push(`**${s.name}**${s.role ? ` — ${s.role}` : ''}`);
  const p = s.knowledgeId ? knowledge.people.get(s.knowledgeId) : undefined;
  if (p) lines.push(`*${p.english}* · [Wikidata ${p.wikidata}](https://www.wikidata.org/wiki/${p.wikidata})`);
  if (s.kind !== 'person') lines.push(`_${s.kind === 'institution' ? 'An institution speaking' : 'An anonymous source'}_`);
  if (s.aliases.length) lines.push('', `Also referred to as: ${s.aliases.join('، ')}`);
  lines.push('', `${s.quotes.length} statement${s.quotes.length === 1 ? '' : 's'} in this article:`);
  for (const qi of s.quotes.slice(0, 5)) {
    const q = a.quotes[qi];
    lines.push(`- ${q.cue ? `${q.cue.text}: ` : ''}«${clip(q.content.text)}»`);
  }
  if (s.quotes.length > 5) lines.push(`- … and ${s.quotes.length - 5} more`);
  if (p) lines.push('', `_Facts as of ${p.asOf}._`);
  return lines.join('\n');
}

const METHOD: Record<string, string> = {
  'cue-before': 'named by the cue before the quote',
  'cue-after': 'named by the cue after the quote',
  'according-to': 'by an "according to" phrase',
  'carry-over': 'carried over from the preceding text',
  'title-reference': 'through a title that refers to them',
  headline: 'named before the colon',
};

export function quoteCard(q: Quote, a: Analysis): string {
  if (q.kind !== 'statement') return `**${q.kind === 'term' ? 'Term' : 'Title'}** «${clip(q.content.text)}»\n\nQuoted as a ${q.kind}, not as someone's words.`;
  const s = q.speakerId ? a.speakers.find((x) => x.id === q.speakerId) : undefined;
  if (!s) return `**Unattributed statement**\n\n${q.unattributedReason ?? 'Nothing in the text ties it to a speaker.'}`;
  return `**${s.name}**${s.role ? ` — ${s.role}` : ''}\n\nSaid it${q.cue ? ` (cue: ${q.cue.text})` : ''}, ${METHOD[q.attribution ?? ''] ?? ''}.`;
}

function clip(s: string, max = 80): string {
  return clipText(s, max);
}
