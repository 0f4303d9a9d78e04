// A quoted statement that nothing in the text ties to a speaker: no cue, no one to carry
// over, no one named in its paragraph or the one before. A statement whose speaker the
// text gives but the review could not tell is unresolved-speaker's (speakerGap.ts).

import { ATTRIBUTION_PLACEHOLDER, PLACEHOLDER_REASON } from '../placeholder';
import { ARABIC_ONLY, defineRule, type FindingDraft, type RuleContext } from './rule';
import { gapMessage, speakerGap } from './speakerGap';

export const unattributedQuote = defineRule({
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  languages: ARABIC_ONLY,
  title: { en: 'Unattributed statement', ar: 'تصريح بلا قائل' },
  description: {
    en: 'A quoted statement that nothing in the text attributes: no speech verb, no one named just before it.',
    ar: 'تصريح بين علامتي تنصيص لا ينسبه النص إلى أحد: لا فعل قول ولا اسم قبله.',
  },
  check,
});

function check({ analysis }: RuleContext, found: FindingDraft[]): void {
  for (const q of analysis.quotes) {
    const gap = speakerGap(analysis, q);
    if (gap?.kind !== 'absent') continue;
    const insertAt = q.span.start;
    // A placeholder already written needs a name, not another placeholder.
    const placeholder = q.unattributedReason === PLACEHOLDER_REASON;
    const { en, ar } = gapMessage(gap, q);
    found.push({
      span: q.span,
      message: en,
      messageAr: ar,
      fixes: placeholder ? [] : [{ title: 'Insert an attribution placeholder (وقال …:)', edits: [{ start: insertAt, end: insertAt, newText: ATTRIBUTION_PLACEHOLDER }] }],
    });
  }
}
