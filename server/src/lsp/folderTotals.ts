// Folder-wide counts per speaker and per organization (statements, mentions, and in how
// many articles), kept up to date as summaries come and go, so a hover's "in this
// folder" line costs a lookup instead of a walk over ten thousand summaries.

import { rangeCount, type ArticleSummary } from './articleSummary';

export interface FolderCount {
  count: number;
  articles: number;
}

export class FolderTotals {
  private readonly speakers = new Map<string, FolderCount>();
  private readonly organizations = new Map<string, FolderCount>();

  add(s: ArticleSummary): void {
    this.apply(s, 1);
  }

  remove(s: ArticleSummary): void {
    this.apply(s, -1);
  }

  clear(): void {
    this.speakers.clear();
    this.organizations.clear();
  }

  speaker(id: string): FolderCount {
    return { ...(this.speakers.get(id) ?? { count: 0, articles: 0 }) };
  }

  organization(id: string): FolderCount {
    return { ...(this.organizations.get(id) ?? { count: 0, articles: 0 }) };
  }

  private apply(s: ArticleSummary, sign: 1 | -1): void {
    for (const p of s.speakers) bump(this.speakers, p.id, p.quotes, sign);
    for (const o of s.organizations) bump(this.organizations, o.id, rangeCount(o.mentions), sign);
  }
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
