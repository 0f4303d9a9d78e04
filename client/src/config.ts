// The client's settings (contributes.configuration in package.json) and fixed names.
// Read on every use, so a change applies without a reload.

import * as vscode from 'vscode';

export const LANGUAGE_ID = 'press-article';

/** Workspace knowledge files, read by the server and written by "Add … to Workspace Knowledge". */
export const KNOWLEDGE_FOLDER = '.press-review';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('pressReview');

/** Analyse the whole folder as soon as a Press Review view is shown (else on "Analyze Folder"). */
export function analyzeFolderOnOpen(): boolean {
  return settings().get<boolean>('views.analyzeFolderOnOpen', true);
}

/** Show the active article's quote counts in the status bar. */
export function statusBarEnabled(): boolean {
  return settings().get<boolean>('statusBar.enabled', true);
}

/** Open plain text files that look like Arabic articles as articles (server/src/articleFiles.ts). */
export function detectArticles(): boolean {
  return settings().get<boolean>('detectArticles', true);
}
