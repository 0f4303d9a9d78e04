// Offsets of the analysis ↔ LSP positions (0-based line, UTF-16 character).

import type { Range } from 'vscode-languageserver';
import { LineIndex, type Span } from '../analysis';

export class Converter {
  readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  range(span: Span): Range {
    return { start: this.lines.position(span.start), end: this.lines.position(span.end) };
  }

  offset(position: { line: number; character: number }): number {
    return this.lines.offset(position);
  }
}
