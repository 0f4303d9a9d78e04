// Page chrome left over from the web page: language switchers, buttons, cookie notices,
// photo credits, footers (the lines structure.ts marks as chrome), and the related-story
// teasers that close an article (teasers.ts).

import type { ArticleDocument } from '../document';
import { relatedTeasers } from '../teasers';
import type { Span } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft, type RuleContext } from './rule';

export const pageChrome = defineRule({
  code: 'page-chrome',
  defaultSeverity: 'warning',
  languages: ANY_LANGUAGE,
  title: { en: 'Page chrome left in the text', ar: 'بقايا من صفحة الموقع' },
  description: {
    en: 'Page chrome left over from the web page: language switchers, buttons, cookie notices, photo credits, footers.',
    ar: 'بقايا من صفحة الموقع ليست من نص المقال: مبدّلات اللغة والأزرار وإشعارات ملفات تعريف الارتباط وحقوق الصور والتذييلات.',
  },
  check,
});

function check({ doc, analysis }: RuleContext, found: FindingDraft[]): void {
  for (const b of analysis.blocks) {
    if (b.kind !== 'chrome') continue;
    // Fields written out: a spread of the line's span was V8's slow path, on every chrome line.
    const line = wholeLine(doc, b.line);
    found.push({
      span: { start: b.start, end: b.end },
      message: `Page chrome left over from the web page (${b.chromeRule}): "${b.text.slice(0, 60)}".`,
      messageAr: 'بقايا من صفحة الموقع ليست من نص المقال.',
      fixes: [{ title: 'Remove this line', edits: [{ start: line.start, end: line.end, newText: '' }], preferred: true }],
    });
  }
  // The ledes of other stories appended after the body: one finding for the run.
  const teasers = relatedTeasers(doc, analysis.blocks);
  if (teasers.length) {
    const first = teasers[0];
    const last = teasers[teasers.length - 1];
    const n = teasers.length;
    found.push({
      span: { start: first.start, end: first.end },
      message: `${n} related-story teasers after the article (related-teasers): the ledes of other stories, from "${first.text.slice(0, 60)}".`,
      messageAr: `${n} مقدمات لأخبار أخرى أُلحقت بآخر المقال، ليست من نصه.`,
      related: teasers.map((b, i) => ({ span: { start: b.start, end: b.end }, message: `teaser ${i + 1} of ${n}` })),
      fixes: [{ title: `Remove the ${n} teasers`, edits: [{ start: wholeLine(doc, first.line).start, end: wholeLine(doc, last.line).end, newText: '' }], preferred: true }],
    });
  }
}

/** The span of a whole line with its line break, for deleting it. */
function wholeLine(doc: ArticleDocument, line: number): Span {
  const l = doc.lines[line];
  const start = doc.span(l.normStart, l.normStart).start;
  const next = doc.lines[line + 1];
  const end = next ? doc.span(next.normStart, next.normStart).start : doc.text.length;
  return { start, end };
}
