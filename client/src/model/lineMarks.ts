// Which lines of an article get a mark beside the text (gutter, overview ruler, whole-line
// background) instead of color inside it: colored spans inside an Arabic line put its words
// out of order on screen (docs/editor.md), marks drawn beside or behind the line do not.

import type { JsonReport } from '../../../server/src/protocol';

export interface LineMarks {
  /** 0-based lines holding a statement tied to a speaker (and none without one). */
  attributed: number[];
  /** 0-based lines holding a statement nobody is named for. */
  unattributed: number[];
}

/** Lines of quoted statements, by whether a speaker is named; an unattributed one wins its line. */
export function lineMarks(report: Pick<JsonReport, 'quotes'>): LineMarks {
  const attributed = new Set<number>();
  const unattributed = new Set<number>();
  for (const q of report.quotes) {
    if (q.kind !== 'statement') continue;
    for (let line = q.line; line <= q.endLine; line++) (q.speakerId ? attributed : unattributed).add(line - 1);
  }
  for (const line of unattributed) attributed.delete(line);
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return { attributed: sorted(attributed), unattributed: sorted(unattributed) };
}
