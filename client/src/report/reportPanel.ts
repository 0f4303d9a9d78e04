// The quote report panel: one webview that lists every quote of an article or of the
// workspace folders. It follows its article as it is edited (or the folder as files
// change) and reveals a quote in the editor when the reader activates its row.

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReviewedArticle } from '../../../server/src/protocol';
import { reportRows, type ReportRow } from '../model/reportRows';
import { revealLocation } from '../reveal';
import type { ServerRequests } from '../requests';
import type { FolderReviews } from '../store';
import { pathOf } from '../views/treeProvider';
import { reportHtml } from './html';
import { reportLabels } from './labels';
import { isFromWebview, type ReportData } from './messages';

export type ReportTarget = { scope: 'article'; uri: vscode.Uri } | { scope: 'folder' };

export interface ReportShown {
  scope: 'article' | 'folder';
  articles: number;
  rows: number;
}

/** Edits are left alone this long before the report follows them. */
const REFRESH_DELAY_MS = 400;

export class QuoteReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: ReportTarget | undefined;
  private data: ReportData | undefined;
  private articles = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    private readonly store: FolderReviews,
  ) {
    this.disposables.push(
      store.onDidChange(() => {
        if (this.panel && this.target?.scope === 'folder') this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.target?.scope === 'article' && e.document.uri.toString() === this.target.uri.toString()) this.schedule();
      }),
    );
  }

  /** Opens (or updates) the report for the target and returns what it lists. */
  async show(target: ReportTarget): Promise<ReportShown> {
    this.target = target;
    await this.load();
    const panel = this.ensurePanel();
    panel.title = this.data!.scope === 'folder' ? 'Quotes: Folder' : `Quotes: ${this.data!.title}`;
    panel.reveal(undefined, false);
    void panel.webview.postMessage(this.data);
    return this.shown()!;
  }

  /** What the open report lists, or undefined when it is closed (for the end-to-end suite). */
  shown(): ReportShown | undefined {
    return this.panel && this.data ? { scope: this.data.scope, articles: this.articles, rows: this.data.rows.length } : undefined;
  }

  private async load(): Promise<void> {
    const target = this.target!;
    let articles: ReviewedArticle[];
    let title: string;
    if (target.scope === 'article') {
      const article = await this.requests.articleReport(target.uri);
      articles = article ? [article] : [];
      title = article?.report.title ? `${article.report.title}` : path.basename(target.uri.path);
    } else {
      await this.store.ensureLoaded();
      articles = this.store.all();
      title = vscode.workspace.name ?? 'Workspace';
    }
    const rows: ReportRow[] = reportRows(articles, pathOf);
    this.articles = articles.length;
    this.data = { type: 'data', scope: target.scope, title, rows, labels: reportLabels(vscode.env.language) };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      try {
        await this.load();
        if (this.panel) void this.panel.webview.postMessage(this.data);
      } catch {
        // The server is restarting; the next change refreshes the report.
      }
    }, REFRESH_DELAY_MS);
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const scripts = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel('pressReview.quoteReport', 'Quotes', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [media, scripts],
    });
    const webview = panel.webview;
    webview.html = reportHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(scripts, 'report.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      labels: reportLabels(vscode.env.language),
      language: vscode.env.language,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'press-review.svg');
    webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.data = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) return;
    // The page (re)loaded, e.g. after being hidden: send it the rows again.
    if (message.type === 'ready') {
      if (this.data) void this.panel?.webview.postMessage(this.data);
      return;
    }
    const row = this.data?.rows[message.id];
    if (!row) return;
    // Show the article next to the report, not in its place.
    const shownIn = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === row.uri)?.viewColumn;
    const viewColumn = shownIn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    void revealLocation(
      { uri: row.uri, start: { line: row.line - 1, character: row.column - 1 }, end: { line: row.endLine - 1, character: row.endColumn - 1 } },
      { viewColumn },
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
