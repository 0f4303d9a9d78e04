// What the status bar says about the active article: quoted statements, speakers and
// unattributed statements (terms and titles are counted apart: they are not someone's words).

import type { ReviewedArticle } from '../../../server/src/protocol';
import { quoteCounts, type QuoteCounts } from '../../../server/src/shared/quoteCounts';
import { plural } from '../../../server/src/shared/plural';

export type ArticleStats = QuoteCounts;

/** The counts the code lens shows on the title, from the article's report. */
export function articleStats(article: ReviewedArticle): ArticleStats {
  return quoteCounts(article.report.quotes);
}

/** Short text with codicons that says what each number counts, e.g. "$(quote) 8 quotes  $(person) 1 speaker  $(warning) 2 unattributed". */
export function statusText(s: ArticleStats): string {
  return `$(quote) ${plural(s.statements, 'quote')}  $(person) ${plural(s.speakers, 'speaker')}  $(${s.unattributed ? 'warning' : 'check'}) ${s.unattributed} unattributed`;
}

/** The same in words, for the tooltip and screen readers. */
export function statusDescription(s: ArticleStats): string {
  const parts = [
    `${plural(s.statements, 'quoted statement')}${s.termsAndTitles ? ` (and ${plural(s.termsAndTitles, 'quoted term or title', 'quoted terms and titles')})` : ''}`,
    plural(s.speakers, 'speaker'),
    plural(s.unattributed, 'unattributed statement'),
  ];
  return `Press Review: ${parts.join(', ')}`;
}
