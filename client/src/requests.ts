// Typed calls of the server's custom requests (server/src/protocol.ts). Every URI is sent
// as the editor spells it; folder progress is relayed through a work-done token.

import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  ArticleReportRequest,
  EntityAtRequest,
  FolderReportRequest,
  ReviewsChangedNotification,
  type EntityAt,
  type FolderReport,
  type RequestDef,
  type ReviewedArticle,
  type ReviewsChangedParams,
} from '../../server/src/protocol';

let progressTokens = 0;

export class ServerRequests {
  constructor(private readonly client: LanguageClient) {}

  private send<P, R>(def: RequestDef<P, R>, params: P, token?: vscode.CancellationToken): Promise<R> {
    // An undefined token would travel as a second positional parameter.
    return token ? this.client.sendRequest<R>(def.method, params, token) : this.client.sendRequest<R>(def.method, params);
  }

  articleReport(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<ReviewedArticle | null> {
    return this.send(ArticleReportRequest, { textDocument: { uri: uri.toString() } }, token);
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

  /** The server says the reports the client holds are out of date (rule settings changed). */
  onReviewsChanged(listener: (params: ReviewsChangedParams) => void): vscode.Disposable {
    return this.client.onNotification(ReviewsChangedNotification.method, listener);
  }

  entityAt(uri: vscode.Uri, position: vscode.Position): Promise<EntityAt | null> {
    return this.send(EntityAtRequest, { textDocument: { uri: uri.toString() }, position: { line: position.line, character: position.character } });
  }
}
