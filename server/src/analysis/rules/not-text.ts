// The file is not a text article (binary data or invalid UTF-8). analyze() raises it
// instead of analysing (looksBinary in index.ts).

import { ANY_LANGUAGE, defineRule, type FindingDraft } from './rule';

export const notText = defineRule({
  code: 'not-text',
  defaultSeverity: 'error',
  languages: ANY_LANGUAGE,
  title: { en: 'Not a text article', ar: 'ليس مقالاً نصياً' },
  description: {
    en: 'The file is not a text article (binary data or invalid UTF-8).',
    ar: 'الملف ليس مقالاً نصياً (بيانات ثنائية أو ترميز UTF-8 غير صالح).',
  },
});

export function notTextDraft(text: string): FindingDraft {
  return {
    span: { start: 0, end: Math.min(text.length, 1) },
    message: 'This file is not a text article (binary data or invalid UTF-8); it was not analysed.',
    messageAr: 'هذا الملف ليس مقالاً نصياً، ولم يُحلَّل.',
  };
}
