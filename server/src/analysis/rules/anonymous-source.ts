// Statements attributed to an anonymous source (مسؤول في وزارة …): one finding per
// anonymous speaker, on its first statement, with every statement as related information.
// (One finding per quote made eight for one official in one article.)

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
      if (s.kind !== 'anonymous' || !s.quotes.length) continue;
      const spans = s.quotes.map((qi) => a.quotes[qi].span).sort((x, y) => x.start - y.start);
      const n = spans.length;
      out.push({
        span: spans[0],
        message: n === 1 ? `Statement attributed to an anonymous source: ${s.name}.` : `${n} statements attributed to an anonymous source: ${s.name}.`,
        messageAr: n === 1 ? `تصريح منسوب إلى مصدر غير مسمّى: ${s.name}.` : `${n} تصريحات منسوبة إلى مصدر غير مسمّى: ${s.name}.`,
        related: spans.map((span, i) => ({ span, message: `statement ${i + 1} of ${n} by ${s.name}` })),
      });
    }
    return out;
  },
});
