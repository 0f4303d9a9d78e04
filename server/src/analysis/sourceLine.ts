// Whether an outlet ends its articles with a source line (المصدر: تاس). Wire copy of
// TASS or RT Arabic does; BBC, CNN, Al Arabiya, France 24 and Sky News Arabia never do
// (0 of 21,153 ANT articles). So the missing-source rule holds only where the folder's
// own articles show the convention: the `pressReview.sourceLine` setting is `always`,
// `never`, or `auto` (the default), which the editor and the CLI resolve per folder.

export type SourceLineSetting = 'auto' | 'always' | 'never';
/** The setting resolved for one article. */
export type SourceLineExpectation = 'always' | 'never';

export const SOURCE_LINE_SETTINGS: readonly SourceLineSetting[] = ['auto', 'always', 'never'];

/** How many of a folder's articles have a source line. */
export interface SourceLineCounts {
  withSource: number;
  articles: number;
}

/**
 * A folder follows the convention when at least half of its articles have a source line:
 * one stray `المصدر:` among other copy sets no rule, and an article alone shows none
 * (with a source line it needs no finding; without one there is no convention to miss).
 */
const MIN_ARTICLES_WITH_SOURCE = 1;
const MIN_SHARE_WITH_SOURCE = 0.5;

export function resolveSourceLine(setting: SourceLineSetting, folder: SourceLineCounts | undefined): SourceLineExpectation {
  if (setting !== 'auto') return setting;
  if (!folder || folder.withSource < MIN_ARTICLES_WITH_SOURCE) return 'never';
  return folder.withSource >= MIN_SHARE_WITH_SOURCE * folder.articles ? 'always' : 'never';
}
