// A quoted statement that nothing in the text ties to a speaker.

import { ATTRIBUTION_PLACEHOLDER, PLACEHOLDER_REASON } from '../placeholder';
import { ARABIC_ONLY, defineRule, type FindingDraft } from './rule';

export const unattributedQuote = defineRule({
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  languages: ARABIC_ONLY,
  title: { en: 'Unattributed statement', ar: 'تصريح بلا قائل' },
  description: {
    en: 'A quoted statement that nothing in the text ties to a speaker.',
    ar: 'تصريح بين علامتي تنصيص لا يربطه النص بقائل.',
  },
  check({ analysis }) {
    const out: FindingDraft[] = [];
    for (const q of analysis.quotes) {
      if (q.kind !== 'statement' || q.speakerId !== null) continue;
      const insertAt = q.span.start;
      // A placeholder already written needs a name, not another placeholder.
      const placeholder = q.unattributedReason === PLACEHOLDER_REASON;
      out.push({
        span: q.span,
        message: `Quoted statement with no speaker: ${q.unattributedReason ?? 'nothing in the text ties it to a person'}.`,
        messageAr: placeholder ? 'تصريح بين علامتي تنصيص لم يُكتب اسم قائله مكان [المتحدث].' : 'تصريح بين علامتي تنصيص لا يُعرف قائله.',
        fixes: placeholder ? [] : [{ title: 'Insert an attribution placeholder (وقال …:)', edits: [{ start: insertAt, end: insertAt, newText: ATTRIBUTION_PLACEHOLDER }] }],
      });
    }
    return out;
  },
});
