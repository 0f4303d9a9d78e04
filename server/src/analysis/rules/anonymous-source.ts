// Statements attributed to an anonymous source (مسؤول في وزارة …): one finding per
// anonymous source, on the first statement a cue ties to it in its own sentence, with
// every statement as related information. (One finding per quote made eight for one
// official in one article.) Which speakers count: anonymousSources.ts.

import { anonymousSources } from './anonymousSources';
import { ARABIC_ONLY, defineRule, type FindingDraft, type RuleContext } from './rule';

export const anonymousSource = defineRule({
  code: 'anonymous-source',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Anonymous source', ar: 'مصدر غير مسمّى' },
  description: {
    en: 'A statement attributed to an anonymous source (مسؤول في وزارة …).',
    ar: 'تصريح منسوب إلى مصدر غير مسمّى (مسؤول في وزارة …).',
  },
  check,
});

function check({ doc, analysis: a }: RuleContext, found: FindingDraft[]): void {
  for (const { speaker: s, statements, evidence } of anonymousSources(doc, a)) {
    const n = statements.length;
    found.push({
      span: a.quotes[evidence].span,
      message: n === 1 ? `Statement attributed to an anonymous source: ${s.name}.` : `${n} statements attributed to an anonymous source: ${s.name}.`,
      messageAr: n === 1 ? `تصريح منسوب إلى مصدر غير مسمّى: ${s.name}.` : `${n} تصريحات منسوبة إلى مصدر غير مسمّى: ${s.name}.`,
      related: statements.map((qi, i) => ({ span: a.quotes[qi].span, message: `statement ${i + 1} of ${n} by ${s.name}` })),
    });
  }
}
