// A statement attributed to an anonymous source (مسؤول في وزارة …).

import { ARABIC_ONLY, defineRule, type FindingDraft } from './rule';

export const anonymousSource = defineRule({
  code: 'anonymous-source',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Anonymous source', ar: 'مصدر غير مسمّى' },
  description: {
    en: 'A statement attributed to an anonymous source (مسؤول في وزارة …).',
    ar: 'تصريح منسوب إلى مصدر غير مسمّى (مسؤول في وزارة …).',
  },
  check({ analysis: a }) {
    const out: FindingDraft[] = [];
    for (const s of a.speakers) {
      if (s.kind !== 'anonymous') continue;
      for (const qi of s.quotes) {
        out.push({ span: a.quotes[qi].span, message: `Statement attributed to an anonymous source: ${s.name}.`, messageAr: `تصريح منسوب إلى مصدر غير مسمّى: ${s.name}.` });
      }
    }
    return out;
  },
});
