// Which folders follow the source-line convention (every article ends with المصدر: …),
// read from the workspace index: per folder (the article's own directory), how many
// articles have a source line. The index keeps those counts as summaries come and go
// (folderTotals.ts), so resolving the setting for an article costs one map lookup: the
// server resolves it for every open document each time the index changes, and counting
// the folder again each time made indexing ten thousand articles quadratic.

import { resolveSourceLine, type SourceLineExpectation, type SourceLineSetting } from '../analysis';
import { folderOf } from './folderTotals';
import type { ArticleIndex } from './workspaceIndex';

export class SourceLineConvention {
  constructor(private readonly index: Pick<ArticleIndex, 'sourceLines'>) {}

  /** The setting resolved for one article. */
  resolve(setting: SourceLineSetting, uri: string | undefined): SourceLineExpectation {
    if (setting !== 'auto' || !uri) return resolveSourceLine(setting, undefined);
    const dir = folderOf(uri);
    return resolveSourceLine(setting, dir === null ? undefined : this.index.sourceLines(dir));
  }
}
