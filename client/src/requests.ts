// Typed calls of the server's custom requests (server/src/protocol.ts). Every URI is sent
// as the editor spells it; folder progress is relayed through a work-done token. The
// report of an open article is fetched once per document version (model/reportMemo.ts).

import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  ArticleReportRequest,
  EntityAtRequest,
  FolderReportRequest,
  MAX_QUOTE_PAGE,
  ReviewsChangedNotification,
  type EntityAt,
  type FolderReport,
  type PagedArticle,
  type RequestDef,
  type ReviewedArticle,
  type ReviewsChangedParams,
} from '../../server/src/protocol';
import { ReportMemo } from './model/reportMemo';

let progressTokens = 0;

export class ServerRequests implements vscode.Disposable {
  private readonly reports = new ReportMemo<ReviewedArticle | null>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.disposables = [
      vscode.workspace.onDidCloseTextDocument((d) => this.reports.forget(d.uri.toString())),
      // Reports of the same versions changed (rule settings, knowledge, a folder's
      // source-line convention): ask again. A notification naming articles tells of new
      // text, and a new version of an open article is a new key anyway.
      this.onReviewsChanged((p) => {
        if (!p.uris) this.reports.clear();
      }),
    ];
  }

  private send<P, R>(def: RequestDef<P, R>, params: P, token?: vscode.CancellationToken): Promise<R> {
    // An undefined token would travel as a second positional parameter.
    return token ? this.client.sendRequest<R>(def.method, params, token) : this.client.sendRequest<R>(def.method, params);
  }

  articleReport(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<ReviewedArticle | null> {
    const fetch = (): Promise<ReviewedArticle | null> => this.pagedReport(uri.toString(), token);
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    // A file that is not open has no version to key by; a cancellable request is not shared.
    return open && !token ? this.reports.get(key, open.version, fetch) : fetch();
  }

  /** The whole report, its quotes fetched a page at a time so that no one answer grows with a huge article. */
  private async pagedReport(uri: string, token?: vscode.CancellationToken): Promise<ReviewedArticle | null> {
    const page = (offset: number): Promise<PagedArticle | null> => this.send(ArticleReportRequest, { textDocument: { uri }, quotes: { offset, limit: MAX_QUOTE_PAGE } }, token);
    const first = await page(0);
    if (!first) return null;
    const { quotePage, ...article } = first;
    // Pages are asked one after another; a document edited meanwhile is asked again on its next version.
    for (let next = quotePage?.next ?? null; next !== null; ) {
      const more = await page(next);
      if (!more) return null;
      article.report.quotes.push(...more.report.quotes);
      next = more.quotePage?.next ?? null;
    }
    return article;
  }

  async folderReport(
    folders: readonly vscode.Uri[],
    options: { only?: vscode.Uri[]; token?: vscode.CancellationToken; onProgress?: (percentage: number, message: string | undefined) => void } = {},
  ): Promise<FolderReport> {
    const workDoneToken = options.onProgress ? `pressReview/folderReport/${++progressTokens}` : undefined;
    const listening =
      workDoneToken &&
      this.client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
        if (p.kind !== 'end') options.onProgress!(p.percentage ?? 0, p.message);
      });
    try {
      return await this.send(
        FolderReportRequest,
        { folders: folders.map((f) => f.toString()), only: options.only?.map((u) => u.toString()), workDoneToken },
        options.token,
      );
    } finally {
      if (listening) listening.dispose();
    }
  }

  /** The server says which reports the client holds are out of date (all of them without `uris`). */
  onReviewsChanged(listener: (params: ReviewsChangedParams) => void): vscode.Disposable {
    return this.client.onNotification(ReviewsChangedNotification.method, listener);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  entityAt(uri: vscode.Uri, position: vscode.Position): Promise<EntityAt | null> {
    return this.send(EntityAtRequest, { textDocument: { uri: uri.toString() }, position: { line: position.line, character: position.character } });
  }
}
