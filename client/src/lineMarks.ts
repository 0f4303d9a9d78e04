// Marks the lines of quoted statements in the visible article editors without coloring
// anything inside the lines: a gutter mark and an overview-ruler mark for each statement's
// line, and a whole-line background for a statement nobody is named for. These decorations
// are drawn in layers beside and behind the text, so Arabic lines keep their order
// (docs/editor.md). The lines come from the server's report of the article.

import * as vscode from 'vscode';
import { LANGUAGE_ID } from './config';
import { lineMarks } from './model/lineMarks';
import type { ServerRequests } from './requests';

/** Typing is left alone this long before the marks are asked for again. */
const UPDATE_DELAY_MS = 400;

export class LineMarksDecorator implements vscode.Disposable {
  private readonly attributed: vscode.TextEditorDecorationType;
  private readonly unattributed: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();

  constructor(
    extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
  ) {
    this.attributed = vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'quote-attributed.svg'),
      gutterIconSize: 'contain',
      overviewRulerColor: new vscode.ThemeColor('pressReview.attributedQuoteRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    });
    this.unattributed = vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('pressReview.unattributedLineBackground'),
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'quote-unattributed.svg'),
      gutterIconSize: 'contain',
      overviewRulerColor: new vscode.ThemeColor('pressReview.unattributedQuoteRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    });
    this.disposables.push(
      this.attributed,
      this.unattributed,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e.document, 0))),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, UPDATE_DELAY_MS)),
      // A file that starts being reviewed as an article reopens in the article language.
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
    );
    for (const e of vscode.window.visibleTextEditors) this.schedule(e.document, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.update(doc);
      }, delay),
    );
  }

  private async update(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === doc);
    if (!editors.length) return;
    const article = doc.languageId === LANGUAGE_ID ? await this.requests.articleReport(doc.uri).catch(() => null) : null;
    if (this.generations.get(key) !== generation) return;
    const marks = article ? lineMarks(article.report) : { attributed: [], unattributed: [] };
    const ranges = (lines: number[]) => lines.filter((l) => l < doc.lineCount).map((l) => new vscode.Range(l, 0, l, 0));
    for (const e of vscode.window.visibleTextEditors.filter((x) => x.document === doc)) {
      e.setDecorations(this.attributed, ranges(marks.attributed));
      e.setDecorations(this.unattributed, ranges(marks.unattributed));
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
