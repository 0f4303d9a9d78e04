// The reviews of every article in the workspace folders, as the server's folder model
// (its workspace index) reported them: loaded once (when a view first shows or on "Analyze
// Folder"), then kept current file by file as the server says which articles changed
// (created, saved, edited in an open editor, deleted). The views, the folder report and
// the folder export all read from here.

import * as vscode from 'vscode';
import type { FolderReport, ReviewedArticle } from '../../server/src/protocol';
import type { ServerRequests } from './requests';

export type StoreState = 'empty' | 'loading' | 'ready' | 'noFolder';

/** Edits and file events are gathered this long before one refresh request. */
const REFRESH_DELAY_MS = 400;

export interface AnalyzeResult {
  cancelled: boolean;
  articles: number;
  unreadable: number;
}

export class FolderReviews implements vscode.Disposable {
  private readonly articles = new Map<string, ReviewedArticle>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<AnalyzeResult> | undefined;
  private stateValue: StoreState = 'empty';
  /** Bumped on every change, so views rebuild their models only when needed. */
  version = 0;
  readonly onDidChange = this.changed.event;

  constructor(private readonly requests: ServerRequests) {
    // Deleting a folder reports only the folder (the server's article watchers see nothing),
    // so deletions are watched for everything.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      deletions,
      deletions.onDidDelete((u) => this.removeUnder(u)),
      requests.onReviewsChanged((params) => this.stale(params.uris)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.articles.clear();
        this.setState(vscode.workspace.workspaceFolders?.length ? 'empty' : 'noFolder');
        this.fire();
      }),
    );
    this.setState(vscode.workspace.workspaceFolders?.length ? 'empty' : 'noFolder');
  }

  get state(): StoreState {
    return this.stateValue;
  }

  /** Every article, in path order. */
  all(): ReviewedArticle[] {
    return [...this.articles.values()].sort((a, b) => a.uri.localeCompare(b.uri));
  }

  get(uri: vscode.Uri): ReviewedArticle | undefined {
    return this.articles.get(uri.toString());
  }

  /** Loads the folders unless they are loaded or loading; progress shows on the given view. */
  ensureLoaded(viewId = 'pressReview.speakers'): Promise<AnalyzeResult> {
    if (this.state === 'ready' || this.state === 'noFolder') return Promise.resolve({ cancelled: false, articles: this.articles.size, unreadable: 0 });
    if (this.loading) return this.loading;
    const analyzing = this.analyze();
    void vscode.window.withProgress({ location: { viewId }, title: 'Analysing articles' }, () => analyzing.catch(() => undefined));
    return analyzing;
  }

  /**
   * Analyses every article of the folders again (all workspace folders by default) and
   * replaces what is known of them. Cancelling keeps the previous reviews.
   */
  analyze(options: { folders?: readonly vscode.Uri[]; token?: vscode.CancellationToken; onProgress?: (percentage: number, message?: string) => void } = {}): Promise<AnalyzeResult> {
    const folders = options.folders ?? (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length) {
      this.setState('noFolder');
      return Promise.resolve({ cancelled: false, articles: 0, unreadable: 0 });
    }
    const run = async (): Promise<AnalyzeResult> => {
      const before = this.state;
      this.setState('loading');
      let report: FolderReport;
      try {
        report = await this.requests.folderReport(folders, { token: options.token, onProgress: options.onProgress });
      } catch (e) {
        this.setState(before === 'loading' ? 'empty' : before);
        if (options.token?.isCancellationRequested) return { cancelled: true, articles: 0, unreadable: 0 };
        throw e;
      }
      for (const key of [...this.articles.keys()]) if (folders.some((f) => isUnder(key, f.toString()))) this.articles.delete(key);
      for (const a of report.articles) this.articles.set(key(a.uri), a);
      this.setState('ready');
      this.fire();
      return { cancelled: false, articles: report.articles.length, unreadable: report.unreadable.length };
    };
    const loading = run().finally(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    this.loading = loading;
    return loading;
  }

  /** Fetches again the reviews the server says changed (all of them without `uris`). */
  private stale(uris: string[] | undefined): void {
    if (this.state !== 'ready') return;
    if (uris) for (const u of uris) this.queue(vscode.Uri.parse(u));
    else void this.analyze().catch(() => undefined);
  }

  private queue(uri: vscode.Uri): void {
    if (this.state !== 'ready') return;
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), REFRESH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const all = [...this.pending].map((u) => vscode.Uri.parse(u));
    this.pending.clear();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    if (!all.length || !folders.length) return;
    // An article being edited is one the store already has: its report comes through the
    // same request as the status bar's (fetched once per version); the others in one batch,
    // from the index (an article missing from the answer is gone).
    const isOpen = (u: vscode.Uri): boolean => this.articles.has(u.toString()) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString());
    const edited = all.filter(isOpen);
    const uris = all.filter((u) => !isOpen(u));
    try {
      const report = uris.length ? await this.requests.folderReport(folders, { only: uris }) : { articles: [], unreadable: [] };
      const found = new Set(report.articles.map((a) => key(a.uri)));
      for (const u of uris) if (!found.has(u.toString())) this.articles.delete(u.toString());
      for (const a of report.articles) this.articles.set(key(a.uri), a);
      for (const u of edited) {
        const a = await this.requests.articleReport(u);
        if (a) this.articles.set(key(a.uri), a);
      }
      this.fire();
    } catch {
      // The server is restarting or stopped; the next change or "Analyze Folder" catches up.
    }
  }

  private removeUnder(uri: vscode.Uri): void {
    const target = uri.toString();
    let removed = false;
    for (const k of [...this.articles.keys()]) {
      if (k === target || isUnder(k, target)) {
        this.articles.delete(k);
        removed = true;
      }
    }
    if (removed) this.fire();
  }

  private setState(state: StoreState): void {
    this.stateValue = state;
    void vscode.commands.executeCommand('setContext', 'pressReview.folderState', state);
  }

  private fire(): void {
    this.version++;
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The editor's spelling of a URI, so that server and editor URIs meet as one key. */
function key(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}

function isUnder(uri: string, folder: string): boolean {
  return uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}
