// Folder-wide counts per speaker and per organization (statements, mentions, and in how
// many articles), and per directory how many articles have a source line, kept up to
// date as summaries come and go, so a hover's "in this folder" line or the source-line
// convention of an article's directory costs a lookup instead of a walk over ten
// thousand summaries.

import * as path from 'node:path';
import type { SourceLineCounts } from '../analysis';
import { rangeCount, type ArticleSummary } from './articleSummary';
import { filePath } from './workspaceFiles';

export interface FolderCount {
  count: number;
  articles: number;
}

export class FolderTotals {
  private readonly speakers = new Map<string, FolderCount>();
  private readonly organizations = new Map<string, FolderCount>();
  private readonly directories = new Map<string, SourceLineCounts>();

  add(s: ArticleSummary): void {
    this.apply(s, 1);
  }

  remove(s: ArticleSummary): void {
    this.apply(s, -1);
  }

  clear(): void {
    this.speakers.clear();
    this.organizations.clear();
    this.directories.clear();
  }

  speaker(id: string): FolderCount {
    return { ...(this.speakers.get(id) ?? { count: 0, articles: 0 }) };
  }

  organization(id: string): FolderCount {
    return { ...(this.organizations.get(id) ?? { count: 0, articles: 0 }) };
  }

  /** The articles of a directory (a file system path), and how many have a source line. */
  sourceLines(dir: string): SourceLineCounts | undefined {
    const c = this.directories.get(dir);
    return c && { ...c };
  }

  private apply(s: ArticleSummary, sign: 1 | -1): void {
    for (const p of s.speakers) bump(this.speakers, p.id, p.quotes, sign);
    for (const o of s.organizations) bump(this.organizations, o.id, rangeCount(o.mentions), sign);
    const dir = folderOf(s.uri);
    if (dir === null) return;
    const c = this.directories.get(dir) ?? { withSource: 0, articles: 0 };
    c.articles += sign;
    if (s.hasSource) c.withSource += sign;
    if (c.articles <= 0) this.directories.delete(dir);
    else this.directories.set(dir, c);
  }
}

/** The directory of a file URI (null for other URIs). */
export function folderOf(uri: string): string | null {
  const file = filePath(uri);
  return file ? path.dirname(file) : null;
}

/** What one article adds to a count: its number, and one article when the number is not zero. */
export function articleShare(n: number): FolderCount {
  return { count: n, articles: n > 0 ? 1 : 0 };
}

function bump(totals: Map<string, FolderCount>, id: string, n: number, sign: 1 | -1): void {
  if (n <= 0) return;
  const t = totals.get(id) ?? { count: 0, articles: 0 };
  t.count += sign * n;
  t.articles += sign;
  if (t.articles <= 0) totals.delete(id);
  else totals.set(id, t);
}
