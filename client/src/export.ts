// "Export Quotes": the quotes of the active article or of the whole folder, as CSV (one
// row per quote, UTF-8 with a BOM) or JSON (the public report). Asks what it needs when
// run from the palette; given a target (and options) it asks nothing, for scripts and
// the end-to-end suite.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReviewedArticle } from '../../server/src/protocol';
import { LANGUAGE_ID } from './config';
import { quoteCount, quotesCsv, reportsJson } from './model/exportFormat';
import type { ServerRequests } from './requests';
import type { FolderReviews } from './store';
import { pathOf } from './views/treeProvider';

export type ExportFormat = 'csv' | 'json';
export type ExportScope = 'file' | 'folder';

export interface ExportOptions {
  format?: ExportFormat;
  scope?: ExportScope;
  /** The article to export (scope "file"); the active article by default. */
  source?: vscode.Uri | string;
}

export interface ExportResult {
  uri: string;
  format: ExportFormat;
  scope: ExportScope;
  articles: number;
  quotes: number;
}

const asUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

function activeArticle(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE_ID ? doc.uri : undefined;
}

function formatOf(target: vscode.Uri | undefined): ExportFormat | undefined {
  const ext = target ? path.extname(target.path).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
}

export async function exportQuotes(requests: ServerRequests, store: FolderReviews, target?: vscode.Uri | string, options: ExportOptions = {}): Promise<ExportResult | undefined> {
  const interactive = target === undefined;
  let targetUri = target === undefined ? undefined : asUri(target);
  const source = options.source ? asUri(options.source) : activeArticle();

  let scope = options.scope ?? (options.source ? 'file' : undefined);
  if (!scope) {
    if (!source) scope = 'folder';
    else if (!interactive) scope = 'file';
    else {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'This article', description: vscode.workspace.asRelativePath(source), scope: 'file' as const },
          { label: 'Every article in the folder', scope: 'folder' as const },
        ],
        { title: 'Export Quotes', placeHolder: 'Which quotes?' },
      );
      if (!picked) return undefined;
      scope = picked.scope;
    }
  }

  let format = options.format ?? formatOf(targetUri);
  if (!format) {
    if (!interactive) format = 'csv';
    else {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'CSV', description: 'one row per quote, for spreadsheets (UTF-8 with BOM)', format: 'csv' as const },
          { label: 'JSON', description: 'the full report of each article, as the press-review CLI prints it', format: 'json' as const },
        ],
        { title: 'Export Quotes', placeHolder: 'Format' },
      );
      if (!picked) return undefined;
      format = picked.format;
    }
  }

  let articles: ReviewedArticle[];
  if (scope === 'file') {
    if (!source) throw new Error('open an article (or pass one) to export its quotes');
    const article = await requests.articleReport(source);
    if (!article) throw new Error(`${vscode.workspace.asRelativePath(source)} could not be read`);
    articles = [article];
  } else {
    await store.ensureLoaded();
    articles = store.all();
  }

  if (!targetUri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const base = scope === 'file' && source ? path.basename(source.path).replace(/\.[^.]+$/, '') : (vscode.workspace.name ?? 'folder');
    const name = `quotes-${base}.${format}`;
    targetUri = await vscode.window.showSaveDialog({
      title: 'Export Quotes',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    });
    if (!targetUri) return undefined;
  }

  const text = format === 'csv' ? quotesCsv(articles, pathOf) : reportsJson(articles, pathOf);
  await vscode.workspace.fs.writeFile(targetUri, new TextEncoder().encode(text));
  const result: ExportResult = { uri: targetUri.toString(), format, scope, articles: articles.length, quotes: quoteCount(articles) };

  // Not awaited: a script that passed a target must not wait for someone to click.
  const written = targetUri;
  void vscode.window
    .showInformationMessage(`Press Review: exported ${result.quotes} quotes of ${result.articles} article${result.articles === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(written)}.`, 'Open')
    .then((choice) => {
      if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', written);
    });
  return result;
}
