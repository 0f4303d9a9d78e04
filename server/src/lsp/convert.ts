// Offsets of the analysis ↔ LSP positions (0-based line, UTF-16 character).

import type { Position, Range } from 'vscode-languageserver';
import { LineIndex, type Span } from '../analysis';

export class Converter {
  readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  range(span: Span): Range {
    return { start: this.lines.position(span.start), end: this.lines.position(span.end) };
  }

  /** The offset of a position; a character past the end of its line means the line's end (as LSP says). */
  offset(position: Position): number {
    return this.lines.offset(position);
  }

  /** Whether a position names a line of the document (requests past the last line get empty answers). */
  has(position: Position): boolean {
    return Number.isInteger(position?.line) && position.line >= 0 && position.line < this.lines.lineCount && position.character >= 0;
  }
}
