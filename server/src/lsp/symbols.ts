// Document symbols (Outline, breadcrumbs, Go to Symbol): the title with the statements
// of the lead; each section with the statements in it; and a "Speakers" group with each
// speaker (role in the detail) and their statements in order. Terms and titles are left
// out so the outline stays a map of who said what. The workbench lays each row out left to
// right, name then detail: both are bidi-isolated so an Arabic quote and the speaker or cue
// beside it each read right to left, and the detail stays beside the name instead of
// slipping in among its words (test/e2e/ui/outlineMeasure.js measures it).

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { workMeter, type Analysis, type Quote } from '../analysis';
import { clipText } from '../report/clip';
import { isolate } from '../shared/bidi';
import type { Converter } from './convert';
import { within } from './within';

const clip = (s: string, max = 60): string => clipText(s, max) || '…';
/**
 * Names as the Outline shows them: short enough for the side bar, cut after a whole word.
 * The pane lays rows out left to right and cuts what overflows at the right, which is the
 * START of an Arabic name (issue 18); a name that fits is never cut there.
 */
const TITLE_MAX = 32;
const QUOTE_MAX = 24;
const clipWords = (s: string, max: number): string => {
  const c = clip(s, max);
  if (!c.endsWith('…')) return c;
  const space = c.lastIndexOf(' ');
  return space > max / 2 ? `${c.slice(0, space)}…` : c;
};

export function documentSymbols(a: Analysis, convert: Converter): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
  // A weak attribution's speaker ends with an Arabic question mark, inside the name's run:
  // its END, the last part a narrow side bar cuts (it cuts the row's right, the run's start).
  const speakerDetail = (q: Quote): string => {
    if (!q.speakerId) return 'unattributed';
    const name = speakerName.get(q.speakerId) ?? '';
    return isolate(q.evidence?.confidence === 'weak' ? `${name}؟` : name);
  };
  // A statement shows twice (in its section and under its speaker): its name and range are
  // made once (clipping and position lookups are most of the outline's cost on a long article).
  const shown = new Map<Quote, { name: string; range: Range }>();
  const quoteSymbol = (q: Quote, withSpeaker: boolean): DocumentSymbol => {
    workMeter.steps++;
    let made = shown.get(q);
    if (!made) shown.set(q, (made = { name: isolate(`«${clipWords(q.content.text, QUOTE_MAX)}»`), range: convert.range(q.span) }));
    return {
      name: made.name,
      detail: withSpeaker ? speakerDetail(q) : isolate(q.cue?.text ?? ''),
      kind: SymbolKind.String,
      range: made.range,
      selectionRange: made.range,
    };
  };
  const statements = a.quotes.filter((q) => q.kind === 'statement').sort((x, y) => x.span.start - y.span.start);
  const spanOf = (q: Quote) => q.span;

  if (a.title) {
    // The statements of the lead (before the first section heading) sit under the title.
    const leadEnd = a.sections[0]?.span.start ?? a.text.length;
    const lead = within(statements, { start: a.title.end, end: leadEnd }, spanOf);
    const end = lead.reduce((e, q) => Math.max(e, q.span.end), a.title.end);
    out.push({
      name: isolate(clipWords(a.title.text, TITLE_MAX)),
      detail: isolate(a.date ?? ''),
      kind: SymbolKind.File,
      range: convert.range({ start: a.title.start, end }),
      selectionRange: convert.range(a.title),
      children: lead.map((q) => quoteSymbol(q, true)),
    });
  }
  a.sections.forEach((s, i) => {
    workMeter.steps++;
    const inside = within(statements, s.span, spanOf);
    out.push({
      name: isolate(clipWords(s.heading.text, TITLE_MAX)),
      detail: `section ${i + 1}`,
      kind: SymbolKind.Namespace,
      range: convert.range(s.span),
      selectionRange: convert.range(s.heading),
      children: inside.map((q) => quoteSymbol(q, true)),
    });
  });
  if (a.speakers.length) {
    // Each speaker runs from their first mention (often the headline, before any quote) to
    // their last quote; the group holds them all, as LSP asks of a parent symbol.
    const spans = a.speakers.map((s) => {
      workMeter.steps++;
      const mention = s.mentions[0] ?? a.quotes[s.quotes[0]].span;
      const span = s.quotes.reduce((r, qi) => ({ start: Math.min(r.start, a.quotes[qi].span.start), end: Math.max(r.end, a.quotes[qi].span.end) }), { start: mention.start, end: mention.end });
      return { speaker: s, mention, span };
    });
    const group = spans.reduce((r, x) => ({ start: Math.min(r.start, x.span.start), end: Math.max(r.end, x.span.end) }), spans[0].span);
    out.push({
      name: 'Speakers',
      detail: `${a.speakers.length}`,
      kind: SymbolKind.Module,
      range: convert.range(group),
      selectionRange: convert.range({ start: group.start, end: group.start }),
      children: spans.map(({ speaker: s, mention, span }) => ({
        name: isolate(s.name),
        detail: isolate(s.role ?? s.roleArabic ?? s.kind),
        kind: s.kind === 'person' ? SymbolKind.Constructor : SymbolKind.Class,
        range: convert.range(span),
        selectionRange: convert.range(mention),
        children: s.quotes.map((qi) => quoteSymbol(a.quotes[qi], false)),
      })),
    });
  }
  return out;
}
