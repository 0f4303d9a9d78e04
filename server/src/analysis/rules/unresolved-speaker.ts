// A quoted statement whose speaker the article gives but the review could not tell: a cue
// attributes it (وتقول: "…"، "…" وفقا للمصادر), or someone is named in its paragraph or the
// one before it (speakerGap.ts). No fault of the article, so a note, not a warning: the
// review's speaker list has a gap here, for the reader to check who speaks.

import { ARABIC_ONLY, defineRule, type FindingDraft } from './rule';
import { speakerGap } from './speakerGap';

export const unresolvedSpeaker = defineRule({
  code: 'unresolved-speaker',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Speaker not identified', ar: 'قائل لم يُحدَّد' },
  description: {
    en: 'A quoted statement whose speaker the text gives (a speech verb, an "according to", someone named just before) but the review could not identify.',
    ar: 'تصريح بين علامتي تنصيص يذكر النص قائله (بفعل قول أو «وفقا لـ» أو باسم قبله) ولم تتعرف عليه المراجعة.',
  },
  check({ analysis }) {
    const out: FindingDraft[] = [];
    for (const q of analysis.quotes) {
      const gap = speakerGap(analysis, q);
      if (gap?.kind === 'cue') {
        out.push({
          span: q.span,
          message: `The cue "${gap.cue}" attributes this statement, but the review could not tell to whom: ${q.unattributedReason ?? 'no speaker found'}.`,
          messageAr: `ينسب النص هذا التصريح («${gap.cue}») إلى قائل لم تتعرف عليه المراجعة.`,
        });
      } else if (gap?.kind === 'headline') {
        out.push({
          span: q.span,
          message: 'A headline quotes these words: its article, not the headline, names who says them; check that it does.',
          messageAr: 'يقتبس العنوان هذا التصريح؛ يذكر متن المقال قائله لا العنوان: تحقق من ذلك.',
        });
      } else if (gap?.kind === 'nearby') {
        out.push({
          span: q.span,
          message: `No cue ties this statement to a speaker; ${gap.named} is named just before it: check who says it.`,
          messageAr: `لا يربط النص هذا التصريح بقائل صراحة؛ ورد قبله ذكر ${gap.named}: تحقق ممن قاله.`,
        });
      }
    }
    return out;
  },
});
