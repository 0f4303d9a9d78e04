// The article is too large to analyse in the editor. analyze() raises it instead of
// analysing when a caller sets maxBytes (sizeLimit.ts); the command line sets none.

import { ANY_LANGUAGE, defineRule, type FindingDraft } from './rule';

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

export const tooLarge = defineRule({
  code: 'too-large',
  defaultSeverity: 'warning',
  languages: ANY_LANGUAGE,
  title: { en: 'Too large for the editor', ar: 'أكبر من أن يُحلَّل في المحرر' },
  description: {
    en: 'The article is too large to analyse in the editor (over 4 MB); the command line analyses it.',
    ar: 'المقال أكبر من أن يُحلَّل في المحرر (أكثر من 4 ميغابايت)؛ يحلّله سطر الأوامر.',
  },
});

export function tooLargeDraft(text: string, bytes: number, maxBytes: number): FindingDraft {
  return {
    span: { start: 0, end: Math.min(text.length, 1) },
    message: `This article is too large to analyse in the editor: ${megabytes(bytes)} (the limit is ${megabytes(maxBytes)}). Run "press-review analyze" on the file from a terminal.`,
    messageAr: `المقال أكبر من أن يُحلَّل في المحرر: ${megabytes(bytes)} (الحد ${megabytes(maxBytes)}). حلّل الملف بالأمر press-review analyze من الطرفية.`,
  };
}
