// Folding ranges: each section folds from its heading to its last paragraph, so a
// reviewer can collapse the parts of a long article they are done with.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../analysis';
import type { Converter } from './convert';

export function foldingRanges(a: Analysis, convert: Converter): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of a.sections) {
    const { start, end } = convert.range(s.span);
    // A span that ends at the start of a line does not reach into that line.
    const endLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    if (endLine <= start.line) continue;
    out.push({ startLine: start.line, endLine, kind: FoldingRangeKind.Region, collapsedText: s.heading.text.trim() });
  }
  return out;
}
