// Which folders follow the source-line convention (every article ends with المصدر: …),
// read from the workspace index: per folder (the article's own directory), how many
// articles have a source line. Counted again only after the index changed, so resolving
// the setting for an article costs one map lookup.

import * as path from 'node:path';
import { resolveSourceLine, type SourceLineCounts, type SourceLineExpectation, type SourceLineSetting } from '../analysis';
import type { ArticleIndex } from './workspaceIndex';
import { filePath } from './workspaceFiles';

export class SourceLineConvention {
  private counts: Map<string, SourceLineCounts> | null = null;

  constructor(private readonly index: ArticleIndex) {
    index.onDidChange(() => {
      this.counts = null;
    });
  }

  /** The setting resolved for one article. */
  resolve(setting: SourceLineSetting, uri: string | undefined): SourceLineExpectation {
    if (setting !== 'auto' || !uri) return resolveSourceLine(setting, undefined);
    const dir = folderOf(uri);
    return resolveSourceLine(setting, dir === null ? undefined : this.folders().get(dir));
  }

  private folders(): Map<string, SourceLineCounts> {
    if (this.counts) return this.counts;
    const counts = new Map<string, SourceLineCounts>();
    for (const a of this.index.articles()) {
      const dir = folderOf(a.uri);
      if (dir === null) continue;
      const c = counts.get(dir) ?? { withSource: 0, articles: 0 };
      c.articles++;
      if (a.hasSource) c.withSource++;
      counts.set(dir, c);
    }
    return (this.counts = counts);
  }
}

function folderOf(uri: string): string | null {
  const file = filePath(uri);
  return file ? path.dirname(file) : null;
}
