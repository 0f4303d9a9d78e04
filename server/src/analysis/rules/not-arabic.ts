// The text is not in Arabic: the findings of the rules that hold for Arabic only are
// dropped and this one note says why (language.ts).

import { defineRule, type FindingDraft } from './rule';

export const notArabic = defineRule({
  code: 'not-arabic',
  defaultSeverity: 'information',
  languages: ['other'],
  title: { en: 'Not an Arabic text', ar: 'نص غير عربي' },
  description: {
    en: 'The text is not in Arabic: attribution and the source line are not checked.',
    ar: 'النص ليس بالعربية: لا يُفحص إسناد الأقوال ولا سطر المصدر.',
  },
});

export function notArabicDraft(text: string): FindingDraft {
  return {
    span: { start: 0, end: Math.min(text.length, 1) },
    message: 'This text is not in Arabic: quotes, organizations and page chrome are shown, but attribution and the source line are not checked.',
    messageAr: 'هذا النص ليس بالعربية: تُعرض الاقتباسات والمنظمات وبقايا الصفحة، ولا يُفحص إسناد الأقوال ولا سطر المصدر.',
  };
}
