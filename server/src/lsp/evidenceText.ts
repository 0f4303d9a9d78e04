// How the hover and the views word an attribution's evidence, in English and in Arabic:
// the rule in a few words, the distance, and for a weak one the other candidates.

import type { AttributionEvidence, AttributionRule } from '../analysis';

export const RULE_TEXT: Record<AttributionRule, { en: string; ar: string }> = {
  'subject-after-cue': { en: 'the subject after the cue', ar: 'الفاعل بعد فعل القول' },
  'subject-before-cue': { en: 'the subject before the cue', ar: 'الفاعل قبل فعل القول' },
  'relative-antecedent': { en: 'named before "who said"', ar: 'المذكور قبل «الذي قال»' },
  'sentence-subject': { en: "the subject of the sentence's opening verb", ar: 'فاعل الفعل الذي تبدأ به الجملة' },
  'participle-subject': { en: "the first name of the participle's sentence", ar: 'أول اسم في جملة اسم الفاعل' },
  'relayed-source': { en: 'the source a relay verb names after عن', ar: 'المصدر بعد «عن» في فعل النقل' },
  'according-to': { en: 'an "according to" phrase', ar: 'عبارة «بحسب» أو «وفقا لـ»' },
  'cue-after': { en: 'the subject of the cue after the quote', ar: 'فاعل فعل القول بعد الاقتباس' },
  headline: { en: 'named before the colon of a headline', ar: 'المذكور قبل النقطتين في العنوان' },
  anaphor: { en: 'a reference (المصدر، الوكالة) resolved to an earlier speaker', ar: 'إحالة إلى متحدث سابق' },
  'last-subject': { en: 'carried over from the latest speaker', ar: 'منقول من آخر متحدث' },
  'last-named': { en: 'carried over to the latest person named (no speaker before)', ar: 'منقول إلى آخر شخص مذكور (لا متحدث قبله)' },
  'paragraph-cue': { en: 'a cue earlier in the paragraph', ar: 'فعل قول سابق في الفقرة' },
  'same-paragraph': { en: 'an earlier statement of the paragraph', ar: 'تصريح سابق في الفقرة' },
  'continued-quote': { en: "the previous paragraph's unclosed quote", ar: 'اقتباس الفقرة السابقة غير المغلق' },
  'quote-paragraph': { en: "the quote that ends the previous paragraph", ar: 'الاقتباس الذي تنتهي به الفقرة السابقة' },
  nested: { en: 'the statement it is quoted in', ar: 'التصريح الذي يحويه' },
};

/** "2 paragraphs, 40 words back" / "على بعد فقرتين" : how far the evidence is, or '' when adjacent. */
export function distanceText(e: AttributionEvidence): { en: string; ar: string } {
  const d = e.distance;
  if (!d || (d.paragraphs === 0 && d.sentences === 0)) return { en: '', ar: '' };
  const en = d.paragraphs ? `${d.paragraphs} paragraph${d.paragraphs === 1 ? '' : 's'} back` : `${d.sentences} sentence${d.sentences === 1 ? '' : 's'} back`;
  const ar = d.paragraphs ? `قبل ${d.paragraphs} فقرة` : `قبل ${d.sentences} جملة`;
  return { en, ar };
}
