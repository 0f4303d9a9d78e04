// Places in articles, in editor terms (0-based line, UTF-16 character), computed from the
// JSON report's 1-based lines and columns. Pure: the views, the report and navigation
// turn these into vscode ranges at the edge.

import type { JsonQuote, JsonReport } from '../../../server/src/protocol';

export interface Point {
  line: number;
  character: number;
}

export interface Location {
  uri: string;
  start: Point;
  end: Point;
}

type Spanned = { line: number; column: number; endLine: number; endColumn: number };
type Mention = JsonReport['organizations'][number]['mentions'][number];

export function spanLocation(uri: string, s: Spanned): Location {
  return { uri, start: { line: s.line - 1, character: s.column - 1 }, end: { line: s.endLine - 1, character: s.endColumn - 1 } };
}

export const quoteLocation = (uri: string, q: JsonQuote): Location => spanLocation(uri, q);

/** A mention sits on one line; the report gives its start and its text. */
export function mentionLocation(uri: string, m: Mention): Location {
  return { uri, start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.line - 1, character: m.column - 1 + m.text.length } };
}

export const findingLocation = (uri: string, d: JsonReport['diagnostics'][number]): Location => spanLocation(uri, d);

export function comparePoints(a: Point, b: Point): number {
  return a.line - b.line || a.character - b.character;
}

/** The text of a quote or message on one line, at most `max` characters. */
export function clip(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '…';
}
