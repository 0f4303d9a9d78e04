// The working state shared by the analysis passes: the original text, its normalized
// copy with the offset map, word tokens and the lines. Built once per analysis.

import type { Knowledge } from './knowledge';
import { NormalizedText, type WordBounds } from './normalize';
import { Tokens } from './tokens';
import type { Span, TextSpan } from './types';

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Normalized offsets of the line's content (no line break). */
  normStart: number;
  normEnd: number;
  /** Normalized text of the line with runs of spaces collapsed and trimmed. */
  key: string;
}

export class ArticleDocument {
  readonly norm: string;
  readonly tokens: Tokens;
  readonly lines: Line[];

  constructor(
    readonly text: string,
    readonly nt: NormalizedText,
    readonly knowledge: Knowledge,
    /** The words of nt as its normalization found them; read again from nt.norm when not given. */
    words?: WordBounds,
  ) {
    this.norm = nt.norm;
    this.tokens = words ? Tokens.fromWords(this.norm, words) : Tokens.of(this.norm);
    this.lines = splitLines(this.norm);
  }

  static of(text: string, knowledge: Knowledge): ArticleDocument {
    const { nt, words } = NormalizedText.withWords(text);
    return new ArticleDocument(text, nt, knowledge, words);
  }

  /** Original span of a normalized range. */
  span(normStart: number, normEnd: number): Span {
    return this.nt.span(normStart, normEnd);
  }

  /** Original span and text of a normalized range. */
  textSpan(normStart: number, normEnd: number): TextSpan {
    const s = this.nt.span(normStart, normEnd);
    return { start: s.start, end: s.end, text: this.text.slice(s.start, s.end) };
  }

  /** Original text of a token range [first, end). */
  tokenText(first: number, end: number): string {
    const s = this.nt.span(this.tokens.starts[first], this.tokens.ends[end - 1]);
    return this.text.slice(s.start, s.end);
  }

  /** The line containing a normalized offset. */
  lineAt(normOffset: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].normStart <= normOffset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }
}

function splitLines(norm: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const found = norm.indexOf('\n', start);
    const end = found < 0 ? norm.length : found;
    lines.push({ index: lines.length, normStart: start, normEnd: end, key: collapse(norm.slice(start, end)) });
    if (found < 0) return lines;
    start = end + 1;
  }
}

function collapse(s: string): string {
  return (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s).trim();
}
