// A quote mark with no partner: an opening mark never closed, or a stray closing mark.

import type { Fix } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft } from './rule';

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
  check({ doc, unbalanced }) {
    const out: FindingDraft[] = [];
    for (const u of unbalanced) {
      const at = doc.span(u.at, u.at + 1);
      const remove: Fix = { title: 'Remove the stray quote mark', edits: [{ ...at, newText: '' }] };
      if (u.problem === 'unclosed') {
        const end = doc.span(u.recoveredEnd!, u.recoveredEnd!).start;
        out.push({
          span: at,
          message: 'Opening quote mark with no closing mark; the quote is taken to run to the end of the line.',
          messageAr: 'علامة تنصيص مفتوحة دون علامة إغلاق.',
          fixes: [{ title: 'Close the quote at the end of the sentence', edits: [{ start: end, end, newText: CLOSER[u.mark] }], preferred: true }, remove],
        });
      } else {
        out.push({ span: at, message: 'Closing quote mark with no opening mark.', messageAr: 'علامة تنصيص مغلقة دون علامة فتح.', fixes: [remove] });
      }
    }
    return out;
  },
});
