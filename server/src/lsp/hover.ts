// Hover cards: an organization (what it is, names, founded, seat, members, Wikidata),
// a speaker or any of their references (name, role, statements here and across the
// folder), and a quote (who said it and by which cue, or why it is unattributed).

import type { Hover, MarkupContent } from 'vscode-languageserver';
import { gapMessage, speakerGap, type Analysis, type AttributionEvidence, type Knowledge, type Organization, type Quote, type Speaker } from '../analysis';
import { distanceText, ruleText } from './evidenceText';
import { clipText } from '../report/clip';
import { RULE_CATALOG } from '../shared/ruleCatalog';
import { rangeCount } from './articleSummary';
import type { Converter } from './convert';
import { entityAt } from './entityAt';
import { escapeMarkdown as md, safeLink } from './markdown';
import { articleShare, type FolderCount } from './folderTotals';
import type { ArticleIndex } from './workspaceIndex';
import { plural } from '../shared/plural';

/** How often an entity appears in the other articles of the folder: statements (speakers) or mentions (organizations). */
export type { FolderCount };

export function hoverAt(a: Analysis, convert: Converter, offset: number, knowledge: Knowledge, folder?: FolderCounts): Hover | null {
  const at = entityAt(a, offset);
  if (!at) return null;
  if (at.kind === 'organization') return { contents: markdown(organizationCard(at.organization, knowledge, folder?.organization(at.organization.id))), range: convert.range(at.mention) };
  if (at.kind === 'speaker') return { contents: markdown(speakerCard(at.speaker, a, knowledge, folder?.speaker(at.speaker.id))), range: convert.range(at.mention) };
  return { contents: markdown(quoteCard(at.quote, a)), range: convert.range(at.quote.span) };
}

export interface FolderCounts {
  speaker(id: string): FolderCount;
  organization(id: string): FolderCount;
}

/** Counts over every article of the index except `uri` (the article being hovered). */
export function folderCounts(index: ArticleIndex, uri: string): FolderCounts {
  // The folder's totals without this article's own share.
  const own = index.get(uri);
  const others = (total: FolderCount, mine: number): FolderCount => {
    const share = articleShare(mine);
    return { count: total.count - share.count, articles: total.articles - share.articles };
  };
  return {
    speaker: (id) => others(index.speakerTotal(id), own?.speakers.find((s) => s.id === id)?.quotes ?? 0),
    organization: (id) => {
      const mentions = own?.organizations.find((o) => o.id === id)?.mentions;
      return others(index.organizationTotal(id), mentions ? rangeCount(mentions) : 0);
    },
  };
}

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

export function organizationCard(o: Organization, knowledge: Knowledge, folder?: FolderCount): string {
  const e = knowledge.organizations.get(o.id);
  const lines: string[] = [];
  lines.push(`**${md(e?.arabic[0] ?? o.name)}**${o.acronym ? ` (${md(o.acronym)})` : ''}`);
  if (o.english) lines.push(`*${md(o.english)}*`);
  if (e) {
    lines.push('', `Type: ${md(e.type)}`);
    const facts: string[] = [];
    if (e.founded) facts.push(`- Founded: ${md(e.founded)}`);
    if (e.seat) facts.push(`- Seat: ${md(e.seat)}`);
    if (e.members?.length) facts.push(`- Members (${e.members.length}): ${md(e.members.join(', '))}`);
    if (e.parent) facts.push(`- Part of: ${md(knowledge.organizations.get(e.parent)?.english ?? e.parent)}`);
    const otherForms = [...e.arabic.slice(1), ...(e.abbreviations ?? [])];
    if (otherForms.length) facts.push(`- Also written: ${md(otherForms.join('، '))}`);
    if (facts.length) lines.push('', ...facts);
    const links: string[] = [];
    const wikidata = e.wikidata ? wikidataLink(e.wikidata) : null;
    if (wikidata) links.push(wikidata);
    const website = e.website ? safeLink('website', e.website) : null;
    if (website) links.push(website);
    if (links.length) lines.push('', links.join(' · '));
    // A mined entry has names and a type only: no facts to date.
    if (facts.length > (otherForms.length ? 1 : 0) || links.length) lines.push('', `_Facts as of ${md(e.asOf)}._`);
    else if (e.antArticles !== undefined) lines.push('', `_Names mined from news articles (as of ${md(e.asOf)}); no facts checked._`);
  } else if (!o.known) {
    if (o.type) lines.push('', `Type: ${o.type} (by its head noun)`);
    lines.push('', '_Not in the knowledge base: found by its head noun. Add it to `.press-review/*.json` to show facts._');
  }
  lines.push('', `Mentioned ${plural(o.mentions.length, 'time')} in this article.`);
  if (folder?.articles) lines.push(`Mentioned ${plural(folder.count, 'time')} in ${plural(folder.articles, 'other article')} of the folder.`);
  return lines.join('\n');
}

export function speakerCard(s: Speaker, a: Analysis, knowledge: Knowledge, folder?: FolderCount): string {
  const lines: string[] = [];
  lines.push(`**${md(s.name)}**${s.role ? ` — ${md(s.role)}` : ''}`);
  const p = s.knowledgeId ? knowledge.people.get(s.knowledgeId) : undefined;
  if (p) lines.push([`*${md(p.english)}*`, wikidataLink(p.wikidata ?? '')].filter(Boolean).join(' · '));
  if (s.kind !== 'person') lines.push(`_${s.kind === 'institution' ? 'An institution speaking' : 'An anonymous source'}_`);
  if (s.aliases.length) lines.push('', `Also referred to as: ${md(s.aliases.join('، '))}`);
  lines.push('', `${plural(s.quotes.length, 'statement')} in this article:`);
  for (const qi of s.quotes.slice(0, 5)) {
    const q = a.quotes[qi];
    lines.push(`- ${q.cue ? `${md(q.cue.text)}: ` : ''}«${clip(q.content.text)}»`);
  }
  if (s.quotes.length > 5) lines.push(`- … and ${s.quotes.length - 5} more`);
  if (folder) lines.push('', folder.articles ? `${plural(folder.count, 'statement')} in ${plural(folder.articles, 'other article')} of the folder.` : 'Not quoted in any other article of the folder.');
  if (p) lines.push('', `_Facts as of ${md(p.asOf)}._`);
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
  if (q.kind !== 'statement') {
    const ar = q.kind === 'term' ? ['مصطلح', 'مصطلحاً'] : ['عنوان', 'عنواناً'];
    return [`**${q.kind === 'term' ? 'Term' : 'Title'}** «${clip(q.content.text)}»`, `Quoted as a ${q.kind}, not as someone's words.`, rtl(`**${ar[0]}**: ورد بين علامتي تنصيص ${ar[1]} لا كلاماً لأحد.`)].join('\n\n');
  }
  const s = q.speakerId ? a.speakers.find((x) => x.id === q.speakerId) : undefined;
  if (!s) {
    // The card says what the finding about the gap says: unattributed-quote when nothing
    // attributes the words, unresolved-speaker when the text gives a speaker the review could not tell.
    const gap = speakerGap(a, q) ?? { kind: 'absent' as const };
    const rule = RULE_CATALOG[gap.kind === 'absent' ? 'unattributed-quote' : 'unresolved-speaker'];
    const message = gapMessage(gap, q);
    return [`**${rule.title}**`, md(message.en), rtl(`**${rule.titleAr}**: ${md(message.ar)}`)].join('\n\n');
  }
  const e = q.evidence;
  if (e?.confidence === 'weak') return weakCard(q, s, e);
  const card = `**${md(s.name)}**${s.role ? ` — ${md(s.role)}` : ''}\n\nSaid it${q.cue ? ` (cue: ${md(q.cue.text)})` : ''}, ${METHOD[q.attribution ?? ''] ?? ''}.`;
  return e ? `${card}\n\n_Evidence: ${ruleText(e.rule).en}${distanceText(e).en ? `, ${distanceText(e).en}` : ''}._` : card;
}

/**
 * A weak attribution names no one outright: "probably X (why)", the other candidates, in
 * English and in Arabic, so that the reader checks it rather than trusts it.
 */
function weakCard(q: Quote, s: Speaker, e: AttributionEvidence): string {
  const far = distanceText(e);
  const why = { en: [ruleText(e.rule).en, far.en].filter(Boolean).join(', '), ar: [ruleText(e.rule).ar, far.ar].filter(Boolean).join('، ') };
  const lines = [`**Probably ${md(s.name)}**${s.role ? ` — ${md(s.role)}` : ''}`, '', `Weak attribution${q.cue ? ` (cue: ${md(q.cue.text)})` : ''}: ${md(why.en)}.`];
  if (e.candidates.length) lines.push(`Other candidates: ${e.candidates.map((c) => `${md(c.name)} (${c.rule === 'last-named' ? 'named earlier' : 'an earlier speaker'})`).join('; ')}.`);
  lines.push('', rtl(`**ربما ${md(s.name)}**: إسناد ضعيف (${md(why.ar)}).`));
  if (e.candidates.length) lines.push(rtl(`مرشحون آخرون: ${e.candidates.map((c) => md(c.name)).join('، ')}.`));
  return lines.join('\n');
}

/**
 * An Arabic line of a card as one right-to-left isolate (U+2067 … U+2069): the hover lays its
 * lines out left to right, where a closing full stop or bracket would jump to the wrong end.
 */
function rtl(line: string): string {
  return `\u2067${line}\u2069`;
}

/** The start of an article's text, escaped for markdown. */
function clip(s: string, max = 80): string {
  return md(clipText(s, max));
}

/** A Wikidata link only for a well-formed item id (a knowledge file could hold anything). */
function wikidataLink(id: string): string | null {
  return /^Q\d+$/.test(id) ? `[Wikidata ${id}](https://www.wikidata.org/wiki/${id})` : null;
}
