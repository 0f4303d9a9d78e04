// Which open text files are press articles: a plain text file whose content looks like an
// Arabic article opens as one (server/src/articleFiles.ts, the one definition the server's
// index uses too), unless pressReview.detectArticles is off. "Review This File as an
// Article" and "Stop Reviewing This File" decide for one file and are remembered in the
// workspace (workspaceState), so reopening the file from the Explorer keeps the choice.

import * as vscode from 'vscode';
import { articleReason } from '../../server/src/shared/articleFiles';
import { detectArticles, LANGUAGE_ID } from './config';

const PLAIN_TEXT = 'plaintext';
const REVIEWED_KEY = 'pressReview.reviewedFiles';
const NOT_REVIEWED_KEY = 'pressReview.notReviewedFiles';

export class ArticleLanguage implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => void this.consider(d)));
    for (const d of vscode.workspace.textDocuments) void this.consider(d);
  }

  /** The user's choice for this file, if any. */
  choice(uri: vscode.Uri): 'article' | 'text' | undefined {
    const key = uri.toString();
    if (this.list(REVIEWED_KEY).includes(key)) return 'article';
    if (this.list(NOT_REVIEWED_KEY).includes(key)) return 'text';
    return undefined;
  }

  /** Opens a plain text document as an article when the user chose so or its content says so. */
  private async consider(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== PLAIN_TEXT) return;
    const choice = this.choice(doc.uri);
    if (choice === 'text') return;
    const article =
      choice === 'article' ||
      articleReason({ name: doc.uri.path || doc.fileName, named: false, detect: detectArticles(), text: () => doc.getText() }) === 'content';
    if (article) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, () => undefined);
  }

  /** "Review This File as an Article": remembered for the file. */
  async review(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    await this.remember(doc.uri, REVIEWED_KEY, NOT_REVIEWED_KEY);
    return doc.languageId === LANGUAGE_ID ? doc : vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }

  /** "Stop Reviewing This File": remembered for the file; the document becomes plain text. */
  async stop(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    await this.remember(doc.uri, NOT_REVIEWED_KEY, REVIEWED_KEY);
    return doc.languageId === PLAIN_TEXT ? doc : vscode.languages.setTextDocumentLanguage(doc, PLAIN_TEXT);
  }

  private list(key: string): string[] {
    return this.state.get<string[]>(key, []);
  }

  private async remember(uri: vscode.Uri, add: string, remove: string): Promise<void> {
    const key = uri.toString();
    await this.state.update(remove, this.list(remove).filter((k) => k !== key));
    if (!this.list(add).includes(key)) await this.state.update(add, [...this.list(add), key]);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
