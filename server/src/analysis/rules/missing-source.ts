// The article has no source line (المصدر: …).

import { ARABIC_ONLY, defineRule } from './rule';

export const missingSource = defineRule({
  code: 'missing-source',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Missing source line', ar: 'لا سطر للمصدر' },
  description: {
    en: 'The article has no source line (المصدر: …).',
    ar: 'لا يذكر المقال مصدره (المصدر: …).',
  },
  check({ analysis: a, settings }) {
    // Most outlets never write a source line: only where the folder's articles show the convention.
    if (settings.sourceLine !== 'always') return [];
    const hasBody = a.blocks.some((b) => b.kind === 'paragraph');
    if (a.source || !hasBody) return [];
    const anchor = a.title ?? a.blocks.find((b) => b.kind === 'paragraph')!;
    return [{ span: { start: anchor.start, end: anchor.end }, message: 'The article has no source line (المصدر: …).', messageAr: 'لا يذكر المقال مصدره (المصدر: …).' }];
  },
});
