// Offset ↔ line/column conversion for the edges (CLI, LSP). Lines break at LF, CRLF
// and lone CR, as in LSP; columns count UTF-16 code units, 0-based here.

import { workMeter } from './workMeter';

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // A native search for the breaks, not a JS loop over every character.
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
    workMeter.steps += starts.length;
    this.lineStarts = starts;
  }

  /** 0-based line of an offset (clamped to the text). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    workMeter.steps++; // a binary search counts as one step: logarithmic, never what makes work quadratic
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line and character of an offset (clamped to the text). */
  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: Math.max(0, Math.min(offset, this.text.length)) - this.lineStarts[line] };
  }

  /** Offset of a 0-based position, clamped to the line and the text. */
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1] - 1; // the LF or lone CR
    if (this.text.charCodeAt(end) === 0x0a && end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }
}
