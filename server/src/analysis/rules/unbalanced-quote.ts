// A quote mark with no partner: an opening mark never closed, or a stray closing mark.
// Straight marks (") look the same both ways: which way one faces is read from its
// spacing, and a badly spaced pair (قال "نعم "وأضاف) reads as two openers. On ANT a third
// of these findings were such pairs, in lines whose straight marks all have a partner by
// count; so a straight mark is reported only in a line with an odd number of them.

import type { Fix } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft, type RuleContext } from './rule';

const CLOSER: Record<string, string> = { straight: '"', curly: '\u201d', guillemet: '\u00bb' };

export const unbalancedQuote = defineRule({
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  languages: ANY_LANGUAGE,
  title: { en: 'Unbalanced quote mark', ar: 'علامة تنصيص بلا نظير' },
  description: {
    en: 'A quote mark with no partner (an opening mark never closed, or a stray closing mark).',
    ar: 'علامة تنصيص بلا نظير (علامة فتح لم تُغلق، أو علامة إغلاق شاردة).',
  },
  check,
});

function check({ doc, unbalanced }: RuleContext, found: FindingDraft[]): void {
  const oddStraight = new Map<number, boolean>();
  for (const u of unbalanced) {
    if (u.mark === 'straight') {
      let odd = oddStraight.get(u.block.line);
      if (odd === undefined) oddStraight.set(u.block.line, (odd = straightMarks(doc.norm, doc.lines[u.block.line]) % 2 === 1));
      if (!odd) continue;
    }
    const at = doc.span(u.at, u.at + 1);
    // Fields written out, not spread (V8's slow path).
    const remove: Fix = { title: 'Remove the stray quote mark', edits: [{ start: at.start, end: at.end, newText: '' }] };
    if (u.problem === 'unclosed') {
      const end = doc.span(u.recoveredEnd!, u.recoveredEnd!).start;
      found.push({
        span: at,
        message: 'Opening quote mark with no closing mark; the quote is taken to run to the end of the line.',
        messageAr: 'علامة تنصيص مفتوحة دون علامة إغلاق.',
        fixes: [{ title: 'Close the quote at the end of the sentence', edits: [{ start: end, end, newText: CLOSER[u.mark] }], preferred: true }, remove],
      });
    } else {
      found.push({ span: at, message: 'Closing quote mark with no opening mark.', messageAr: 'علامة تنصيص مغلقة دون علامة فتح.', fixes: [remove] });
    }
  }
}

/** How many straight quote marks a line holds (normalized text). */
function straightMarks(norm: string, line: { normStart: number; normEnd: number }): number {
  let n = 0;
  for (let i = norm.indexOf('"', line.normStart); i >= 0 && i < line.normEnd; i = norm.indexOf('"', i + 1)) n++;
  return n;
}
