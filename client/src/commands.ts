// Every Press Review command (package.json contributes.commands). Each one takes optional
// arguments so that a script or the end-to-end suite can run it without any prompt, and
// returns what it did.

import * as vscode from 'vscode';
import type { ArticleLanguage } from './articleLanguage';
import { LANGUAGE_ID } from './config';
import { exportQuotes, type ExportOptions } from './export';
import { addToKnowledge, openKnowledgeEntry, type AddArgs, type BuiltinEntries, type EntityArgs } from './knowledge';
import type { Location } from './model/locations';
import { goToUnattributed } from './navigation';
import type { QuoteReport, ReportTarget } from './report/reportPanel';
import type { ServerRequests } from './requests';
import { revealLocation } from './reveal';
import type { ArticleStatusBar } from './statusBar';
import type { FolderReviews } from './store';
import type { Views } from './views';

export interface Workbench {
  requests: ServerRequests;
  store: FolderReviews;
  views: Views;
  report: QuoteReport;
  statusBar: ArticleStatusBar;
  builtins: BuiltinEntries;
  articles: ArticleLanguage;
}

/** A URI from a command argument: a Uri, a URI string, or a tree node standing for a file. */
function uriArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg !== 'folder') return vscode.Uri.parse(arg);
  const resource = (arg as { resourceUri?: unknown } | undefined)?.resourceUri;
  return typeof resource === 'string' ? vscode.Uri.parse(resource) : resource instanceof vscode.Uri ? resource : undefined;
}

function reportTarget(arg: unknown): ReportTarget {
  if (arg === 'folder') return { scope: 'folder' };
  const uri = uriArg(arg);
  if (uri) return { scope: 'article', uri };
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE_ID ? { scope: 'article', uri: doc.uri } : { scope: 'folder' };
}

/** Review This File as an Article (review) or Stop Reviewing This File (stop); remembered for the file. Returns the language. */
async function chooseLanguage(w: Workbench, how: 'review' | 'stop', arg?: unknown): Promise<string | undefined> {
  const uri = uriArg(arg);
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('Press Review: open a text file first.');
    return undefined;
  }
  const changed = how === 'review' ? await w.articles.review(doc) : await w.articles.stop(doc);
  if (uri) await vscode.window.showTextDocument(changed);
  return changed.languageId;
}

async function analyzeFolder(w: Workbench, arg?: unknown): Promise<{ cancelled: boolean; articles: number; quotes: number; speakers: number; findings: number }> {
  const folder = uriArg(arg);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Press Review: analysing articles', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const result = await w.store.analyze({
        folders: folder ? [folder] : undefined,
        token,
        onProgress: (percentage, message) => {
          progress.report({ increment: percentage - reported, message });
          reported = percentage;
        },
      });
      const articles = w.store.all().filter((a) => !folder || a.uri.startsWith(`${folder.toString()}/`));
      const summary = {
        cancelled: result.cancelled,
        articles: result.cancelled ? 0 : result.articles,
        quotes: articles.reduce((n, a) => n + a.report.quotes.length, 0),
        speakers: new Set(articles.flatMap((a) => a.report.speakers.map((s) => s.id))).size,
        findings: articles.reduce((n, a) => n + a.report.diagnostics.length, 0),
      };
      const unreadable = result.unreadable ? ` ${result.unreadable} file${result.unreadable === 1 ? '' : 's'} could not be read.` : '';
      void vscode.window.showInformationMessage(
        result.cancelled
          ? 'Press Review: the analysis was cancelled; the views keep the previous results.'
          : `Press Review: ${summary.articles} articles analysed: ${summary.quotes} quotes, ${summary.speakers} speakers, ${summary.findings} findings.${unreadable}`,
      );
      return summary;
    },
  );
}

/** Runs a command; a failure becomes an error message instead of a silent rejection. */
function showingErrors<T>(run: () => Promise<T>): Promise<T | undefined> {
  return run().catch((e: Error) => {
    void vscode.window.showErrorMessage(`Press Review: ${e.message}`);
    return undefined;
  });
}

export function registerCommands(w: Workbench): vscode.Disposable {
  const register = (id: string, handler: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, handler);
  return vscode.Disposable.from(
    register('pressReview.reviewAsArticle', (arg?: unknown) => showingErrors(() => chooseLanguage(w, 'review', arg))),
    register('pressReview.stopReviewingAsArticle', (arg?: unknown) => showingErrors(() => chooseLanguage(w, 'stop', arg))),
    register('pressReview.showQuoteReport', (arg?: unknown) => showingErrors(() => w.report.show(reportTarget(arg)))),
    register('pressReview.showFolderQuoteReport', () => showingErrors(() => w.report.show({ scope: 'folder' }))),
    register('pressReview.exportQuotes', (target?: vscode.Uri | string, options?: ExportOptions) => showingErrors(() => exportQuotes(w.requests, w.store, target, options))),
    register('pressReview.nextUnattributedQuote', () => showingErrors(() => goToUnattributed(w.requests, 'next'))),
    register('pressReview.previousUnattributedQuote', () => showingErrors(() => goToUnattributed(w.requests, 'previous'))),
    register('pressReview.analyzeFolder', (arg?: unknown) => showingErrors(() => analyzeFolder(w, arg))),
    register('pressReview.openKnowledgeEntry', (args?: EntityArgs) => showingErrors(() => openKnowledgeEntry(w.requests, w.builtins, args))),
    register('pressReview.addSpeakerToKnowledge', (args?: AddArgs) => showingErrors(() => addToKnowledge(w.requests, 'speaker', args))),
    register('pressReview.addOrganizationToKnowledge', (args?: AddArgs) => showingErrors(() => addToKnowledge(w.requests, 'organization', args))),
    // Internal: the views' and the report's way to show a place in an article.
    register('pressReview.reveal', (location: Location) => revealLocation(location)),
    // For the end-to-end suite (hidden from the palette): what the views, the status bar
    // and the report show, after the folder is loaded.
    register('pressReview.debug.viewCounts', async () => {
      await w.store.ensureLoaded();
      return { state: w.store.state, ...w.views.counts() };
    }),
    register('pressReview.debug.state', async () => {
      await w.statusBar.update();
      return { folderState: w.store.state, articles: w.store.all().length, statusBar: w.statusBar.current() ?? null, report: w.report.shown() ?? null };
    }),
  );
}
