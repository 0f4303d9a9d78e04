// The article has no source line (المصدر: …).

import { ARABIC_ONLY, defineRule, type FindingDraft, type RuleContext } from './rule';

export const missingSource = defineRule({
  code: 'missing-source',
  defaultSeverity: 'information',
  languages: ARABIC_ONLY,
  title: { en: 'Missing source line', ar: 'لا سطر للمصدر' },
  description: {
    en: 'The article has no source line (المصدر: …).',
    ar: 'لا يذكر المقال مصدره (المصدر: …).',
  },
  check,
});

function check({ analysis: a, settings }: RuleContext, found: FindingDraft[]): void {
  // Most outlets never write a source line: only where the folder's articles show the convention.
  if (settings.sourceLine !== 'always') return;
  const hasBody = a.blocks.some((b) => b.kind === 'paragraph');
  if (a.source || !hasBody) return;
  const anchor = a.title ?? a.blocks.find((b) => b.kind === 'paragraph')!;
  found.push({ span: { start: anchor.start, end: anchor.end }, message: 'The article has no source line (المصدر: …).', messageAr: 'لا يذكر المقال مصدره (المصدر: …).' });
}
