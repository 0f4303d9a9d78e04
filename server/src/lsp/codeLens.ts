// Code lens above each section heading (and the title, for the whole article): how
// many statements it holds, by how many speakers, and how many have no speaker. The
// lens only informs; the client may attach a command to it later.

import type { CodeLens } from 'vscode-languageserver';
import type { Analysis, Quote, Span } from '../analysis';
import { quoteCounts } from '../shared/quoteCounts';
import type { Converter } from './convert';
import { within } from './within';
import { plural } from '../shared/plural';

/** "3 quotes · 2 speakers · 1 unattributed" for the statements inside a span. */
export function countsTitle(statements: Quote[]): string {
  const c = quoteCounts(statements);
  return [plural(c.statements, 'quote'), plural(c.speakers, 'speaker'), ...(c.unattributed ? [`${c.unattributed} unattributed`] : [])].join(' · ');
}

export function codeLenses(a: Analysis, convert: Converter): CodeLens[] {
  const statements = a.quotes.filter((q) => q.kind === 'statement').sort((x, y) => x.span.start - y.span.start);
  const out: CodeLens[] = [];
  if (a.title) out.push(lens(convert, a.title, `Article: ${countsTitle(statements)}`));
  for (const s of a.sections) out.push(lens(convert, s.heading, countsTitle(within(statements, s.span, (q) => q.span))));
  return out;
}

function lens(convert: Converter, at: Span, title: string): CodeLens {
  // An empty command id: the lens is a label, not a button.
  return { range: convert.range(at), command: { title, command: '' } };
}
