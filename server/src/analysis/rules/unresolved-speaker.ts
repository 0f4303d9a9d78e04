// A quoted statement whose speaker the article gives but the review could not tell: a cue
// attributes it (وتقول: "…"، "…" وفقا للمصادر), or someone is named in its paragraph or the
// one before it (speakerGap.ts). No fault of the article, so a note, not a warning: the
// review's speaker list has a gap here, for the reader to check who speaks.

import { ARABIC_ONLY, defineRule, type FindingDraft, type RuleContext } from './rule';
import { gapMessage, speakerGap } from './speakerGap';

export const unresolvedSpeaker = defineRule({
  code: 'unresolved-speaker',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Speaker not identified', ar: 'قائل لم يُحدَّد' },
  description: {
    en: 'A quoted statement whose speaker the text gives (a speech verb, an "according to", someone named just before) but the review could not identify.',
    ar: 'تصريح بين علامتي تنصيص يذكر النص قائله (بفعل قول أو «وفقا لـ» أو باسم قبله) ولم تتعرف عليه المراجعة.',
  },
  check,
});

function check({ analysis }: RuleContext, found: FindingDraft[]): void {
  for (const q of analysis.quotes) {
    const gap = speakerGap(analysis, q);
    if (!gap || gap.kind === 'absent') continue;
    const { en, ar } = gapMessage(gap, q);
    found.push({ span: q.span, message: en, messageAr: ar });
  }
}
