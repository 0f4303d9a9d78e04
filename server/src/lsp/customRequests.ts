// Handlers of Press Review's custom requests (types in ../protocol.ts): the whole-article
// and whole-folder data the client's views, report, export and status bar show, and the
// organization or speaker under the cursor. The articles come from the workspace index
// and the open documents (articleReviews.ts); the client only arranges what it is given.
// Registered by one call in server.ts.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { requireRunning } from './lifecycle';
import type { Analysis, Knowledge } from '../analysis';
import { analysisEngine } from '../node/engine';
import {
  ArticleReportRequest,
  EntityAtRequest,
  FolderReportRequest,
  type EntityAt,
  type FolderReport,
  type ArticleReportParams,
  type FolderReportParams,
  type PagedArticle,
  type RequestDef,
  type TextDocumentPositionParams,
} from '../protocol';
import { pageOf } from '../report/reviewedArticle';
import { withoutInvisibles } from '../shared/matchText';
import type { ArticleReviews } from './articleReviews';
import { Converter } from './convert';
import type { ArticleIndex } from './workspaceIndex';

export interface CustomRequestDeps {
  reviews: ArticleReviews;
  /** The folder model: folder requests wait until it has indexed what it found. */
  index: ArticleIndex;
  /** Resolves once the first settings are in and the index was told what to index. */
  ready: () => Promise<void>;
  knowledge: () => Knowledge;
  /**
   * Called when a folder request has waited for the index and starts reading: from then on
   * the client holds folder reports to keep current (earlier changes are in this answer).
   */
  onFolderReport?: () => void;
}

export function registerCustomRequests(connection: Connection, deps: CustomRequestDeps): void {
  const knowledge = (): Knowledge => deps.knowledge() ?? analysisEngine().builtinKnowledge();
  const on = <P, R>(def: RequestDef<P, R>, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>): void => {
    connection.onRequest(def.method, async (params: P, token: CancellationToken) => {
      requireRunning();
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`press-review: ${def.method} failed: ${(e as Error).stack ?? String(e)}`);
        return fallback;
      }
    });
  };

  on(ArticleReportRequest, null, (params) => articleReport(deps.reviews, params.textDocument.uri, quotePageOf(params)));
  on(FolderReportRequest, { articles: [], unreadable: [] }, (params, token) => folderReport(connection, deps, params, token));
  on(EntityAtRequest, null, (params) => entityAt(deps.reviews, knowledge(), params));
}

export function articleReport(reviews: ArticleReviews, uri: string, page?: { offset: number; limit: number }): PagedArticle | null {
  const read = reviews.read(uri);
  if (!read.ok) return null;
  return page ? pageOf(read.article, page) : read.article;
}

/** The page of quotes a request asks for; a page that is not two whole numbers (limit 1 or more) is refused. */
function quotePageOf(params: ArticleReportParams): { offset: number; limit: number } | undefined {
  const page: unknown = params.quotes;
  if (page === undefined || page === null) return undefined;
  const { offset, limit } = page as { offset?: unknown; limit?: unknown };
  const whole = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;
  if (typeof page !== 'object' || !whole(offset, 0) || !whole(limit, 1)) throw new ResponseError(ErrorCodes.InvalidParams, '"quotes" must be { offset: a whole number of 0 or more, limit: a whole number of 1 or more }.');
  return { offset, limit };
}

/** Lets queued messages ($/cancelRequest, hovers of the open file) run between articles. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'The folder analysis was cancelled.');

/**
 * The folder's reports, read from the index: while it is still indexing, progress follows
 * the index (to 50 %), then the reports are read (to 100 %). No article is analysed here
 * but open documents whose live analysis is out of date.
 */
export async function folderReport(
  connection: Connection,
  deps: Pick<CustomRequestDeps, 'reviews' | 'index' | 'ready' | 'onFolderReport'>,
  params: FolderReportParams,
  token: CancellationToken,
): Promise<FolderReport> {
  const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
  progress.begin('Press Review: reading the articles', 0, undefined, false);
  let reported = 0;
  const report = (percentage: number, message: string): void => {
    if (percentage <= reported) return;
    reported = percentage;
    progress.report(percentage, message);
  };
  try {
    await deps.ready();
    await indexed(deps.index, token, (done, total) => report(Math.floor((done * 50) / Math.max(total, 1)), `indexing ${done}/${total}`));
    deps.onFolderReport?.();
    const uris = deps.reviews.articles(params.folders, params.only);
    const out: FolderReport = { articles: [], unreadable: deps.reviews.unreadable(params.folders, params.only) };
    for (let i = 0; i < uris.length; i++) {
      await yieldToEventLoop();
      if (token.isCancellationRequested) throw cancelled();
      const read = deps.reviews.read(uris[i]);
      if (read.ok) out.articles.push(read.article);
      else out.unreadable.push({ uri: uris[i], reason: read.reason });
      report(50 + Math.floor(((i + 1) * 50) / uris.length), `${i + 1}/${uris.length}`);
    }
    report(100, `${uris.length}/${uris.length}`);
    return out;
  } finally {
    progress.done();
  }
}

/** Waits until the index has indexed every file it found, reporting its progress; throws when cancelled. */
async function indexed(index: ArticleIndex, token: CancellationToken, onProgress: (done: number, total: number) => void): Promise<void> {
  while (index.busy) {
    if (token.isCancellationRequested) throw cancelled();
    const { done, total } = index.progress();
    onProgress(done, total);
    // Woken by the next batch of indexed files, the end of indexing or the cancellation.
    await new Promise<void>((resolve) => {
      const changed = index.onDidChange(() => finish());
      const cancel = token.onCancellationRequested(() => finish());
      const finish = (): void => {
        changed.dispose();
        cancel.dispose();
        resolve();
      };
      void index.whenIdle().then(finish);
    });
  }
  if (token.isCancellationRequested) throw cancelled();
}

const inside = (offset: number, s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;

export function entityAt(reviews: ArticleReviews, knowledge: Knowledge, params: TextDocumentPositionParams): EntityAt | null {
  const analysis = reviews.analysis(params.textDocument.uri);
  return analysis && entityAtOffset(analysis, knowledge, params.position);
}

/** The organization or speaker mention under a position; organizations first, as in hovers. */
export function entityAtOffset(a: Analysis, knowledge: Knowledge, position: { line: number; character: number }): EntityAt | null {
  const convert = new Converter(a.text);
  const offset = convert.offset(position);
  for (const o of a.organizations) {
    const m = o.mentions.find((x) => inside(offset, x));
    if (!m) continue;
    return {
      kind: 'organization',
      id: o.id,
      name: o.name,
      english: o.english,
      acronym: o.acronym,
      known: o.known,
      forms: [...new Set(o.mentions.map((x) => x.form))],
      range: convert.range(m),
      entry: knowledge.organizations.get(o.id) ?? null,
    };
  }
  for (const s of a.speakers) {
    const m = s.mentions.find((x) => inside(offset, x));
    if (!m) continue;
    const names = [...new Set(s.mentions.filter((x) => x.via === 'name').map((x) => withoutInvisibles(x.text)))].filter((n) => n !== s.name);
    return {
      kind: 'speaker',
      id: s.id,
      name: s.name,
      names,
      role: s.role,
      roleArabic: s.roleArabic,
      speakerKind: s.kind,
      knowledgeId: s.knowledgeId,
      range: convert.range(m),
      entry: s.knowledgeId ? (knowledge.people.get(s.knowledgeId) ?? null) : null,
    };
  }
  return null;
}
