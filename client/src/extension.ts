// The Press Review extension: wiring only. The language client starts the server; the
// folder reviews feed the sidebar views and the folder report; the status bar, the quote
// report, export, navigation and knowledge commands ask the server for what they show.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ArticleLanguage } from './articleLanguage';
import { createLanguageClient } from './client';
import { registerCommands } from './commands';
import { BuiltinEntries } from './knowledge';
import { QuoteReport } from './report/reportPanel';
import { ServerRequests } from './requests';
import { LineMarksDecorator } from './lineMarks';
import { ArticleStatusBar } from './statusBar';
import { FolderReviews } from './store';
import { registerViews } from './views';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  client = createLanguageClient(context);
  const requests = new ServerRequests(client);
  const store = new FolderReviews(requests);
  const views = registerViews(store);
  const statusBar = new ArticleStatusBar(requests);
  const report = new QuoteReport(context.extensionUri, requests, store);
  const builtins = new BuiltinEntries();
  const articles = new ArticleLanguage(context.workspaceState);
  const lineMarks = new LineMarksDecorator(context.extensionUri, requests);
  const languageClient = client;
  context.subscriptions.push(
    requests,
    store,
    views,
    statusBar,
    report,
    builtins,
    articles,
    lineMarks,
    registerCommands({ requests, store, views, report, statusBar, builtins, articles }),
    // Trusting the workspace lets the server read workspace knowledge: restart it so it does.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.restart()),
  );
  // Not awaited, so activation stays fast; requests wait for the server to be ready.
  languageClient.start().catch((e: Error) => void vscode.window.showErrorMessage(`Press Review: the language server did not start: ${e.message}`));
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
