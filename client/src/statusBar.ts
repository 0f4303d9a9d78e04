// The status bar item for the active article: quoted statements, speakers and
// unattributed statements. A click opens the quote report of that article.

import * as vscode from 'vscode';
import { LANGUAGE_ID, statusBarEnabled } from './config';
import { articleStats, statusDescription, statusText } from './model/stats';
import type { ServerRequests } from './requests';

/** Typing is left alone this long before the counts are asked for again. */
const UPDATE_DELAY_MS = 300;

export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pressReview.articleStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped: only the latest state of the editor counts. */
  private generation = 0;
  private visible = false;

  constructor(private readonly requests: ServerRequests) {
    this.item.name = 'Press Review';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(UPDATE_DELAY_MS);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // "Review This File as an Article" reopens the document in the article language.
        if (d === vscode.window.activeTextEditor?.document) this.schedule(0);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('pressReview.statusBar')) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  /** What the item shows now, or undefined when it is hidden (for the end-to-end suite). */
  current(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!statusBarEnabled() || !doc || doc.languageId !== LANGUAGE_ID) return this.hide();
    const article = await this.requests.articleReport(doc.uri).catch(() => null);
    if (generation !== this.generation) return;
    if (!article || article.report.notText) return this.hide();
    const stats = articleStats(article);
    const description = statusDescription(stats);
    this.item.text = statusText(stats);
    this.item.tooltip = `${description}\nClick to open the quote report.`;
    this.item.accessibilityInformation = { label: description, role: 'button' };
    this.item.command = { command: 'pressReview.showQuoteReport', title: 'Show Quote Report', arguments: [doc.uri] };
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
