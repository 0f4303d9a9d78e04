// Document symbols (Outline, breadcrumbs, Go to Symbol): the title; each section with
// the statements in it; and a "Speakers" group with each speaker's statements in order.
// Terms and titles are left out so the outline stays a map of who said what.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis, Quote } from '../analysis';
import { clipText } from '../report/clip';
import type { Converter } from './convert';

const clip = (s: string, max = 60): string => clipText(s, max) || '…';

export function documentSymbols(a: Analysis, convert: Converter): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
  const quoteSymbol = (q: Quote, withSpeaker: boolean): DocumentSymbol => ({
    name: `«${clip(q.content.text)}»`,
    detail: withSpeaker ? (q.speakerId ? speakerName.get(q.speakerId) : 'unattributed') : (q.cue?.text ?? ''),
    kind: SymbolKind.String,
    range: convert.range(q.span),
    selectionRange: convert.range(q.span),
  });
  const statements = a.quotes.filter((q) => q.kind === 'statement');

  if (a.title) {
    out.push({ name: clip(a.title.text, 80), detail: a.date ?? '', kind: SymbolKind.File, range: convert.range(a.title), selectionRange: convert.range(a.title) });
  }
  a.sections.forEach((s, i) => {
    const inside = statements.filter((q) => q.span.start >= s.span.start && q.span.end <= s.span.end);
    out.push({
      name: s.heading.text,
      detail: `section ${i + 1}`,
      kind: SymbolKind.Namespace,
      range: convert.range(s.span),
      selectionRange: convert.range(s.heading),
      children: inside.map((q) => quoteSymbol(q, true)),
    });
  });
  if (a.speakers.length) {
    const first = Math.min(...a.speakers.flatMap((s) => s.quotes.map((qi) => a.quotes[qi].span.start)));
    const last = Math.max(...a.speakers.flatMap((s) => s.quotes.map((qi) => a.quotes[qi].span.end)));
    out.push({
      name: 'Speakers',
      detail: `${a.speakers.length}`,
      kind: SymbolKind.Module,
      range: convert.range({ start: first, end: last }),
      selectionRange: convert.range({ start: first, end: first }),
      children: a.speakers.map((s) => {
        const spans = s.quotes.map((qi) => a.quotes[qi].span);
        const mention = s.mentions[0] ?? spans[0];
        const range = { start: Math.min(mention.start, ...spans.map((x) => x.start)), end: Math.max(mention.end, ...spans.map((x) => x.end)) };
        return {
          name: s.name,
          detail: s.role ?? s.roleArabic ?? s.kind,
          kind: s.kind === 'person' ? SymbolKind.Constructor : SymbolKind.Class,
          range: convert.range(range),
          selectionRange: convert.range(mention),
          children: s.quotes.map((qi) => quoteSymbol(a.quotes[qi], false)),
        };
      }),
    });
  }
  return out;
}
