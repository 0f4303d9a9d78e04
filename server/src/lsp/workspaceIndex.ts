// The workspace index: THE folder model. For every article in the workspace folders it
// keeps a summary (symbols, references, hover counts, the source-line convention) and the
// article's report as analysed once (keptReport.ts: the views, quote report and export
// read it), built in the background and kept current from file events and open documents.
// Listeners hear which articles changed (the server tells the client, so its views
// refresh without asking for the whole folder again).
//
// Indexing never holds up a request for the open file: files are read and analysed by
// worker threads (indexWorkers.ts) when the host offers them, and the main thread only
// files their summaries. Without workers (or for a file whose worker failed) files are
// analysed here in batches of a few milliseconds, and between batches the index yields
// to the event loop (setImmediate) so queued requests and keystrokes run first; while
// the client is sending (see activity.ts) it pauses altogether. Progress goes to the
// editor as $/progress. An open document's summary comes from its live analysis and
// wins over the copy on disk until it is closed.
//
// Other modules (workspace symbols, references, hover, custom requests) read it through
// the ArticleIndex interface only.

import type { Analysis, LineIndex, SourceLineCounts } from '../analysis';
import type { JsonReport } from '../protocol';
import { StringPool, summarize, type ArticleSummary } from './articleSummary';
import { indexFile, repool, type IndexedFile } from './indexFile';
import type { IndexWorkers } from './indexWorkers';
import { FileQueue } from './fileQueue';
import { FolderTotals, type FolderCount } from './folderTotals';
import { readKeptReport, type KeptReport } from './keptReport';
import { yieldToEventLoop } from './safe';
import { fileUri, filePath, type ArticleMatcher } from './workspaceFiles';

/** What other modules may ask of the index. */
export interface ArticleIndex {
  /** Every article summary: indexed files and open documents. */
  articles(): Iterable<ArticleSummary>;
  get(uri: string): ArticleSummary | undefined;
  /**
   * The article's report as it was analysed from disk, every finding included (settings
   * apply when it is read: report/reviewedArticle.ts). None for open documents: their live
   * analysis is the one to read.
   */
  report(uri: string): JsonReport | undefined;
  /** Files named as articles that could not be read or analysed, and why. */
  unreadable(): Iterable<[uri: string, reason: string]>;
  /** Files indexed in the current run, of how many found so far. */
  progress(): { done: number; total: number };
  readonly size: number;
  /** Whether background indexing is still going on. */
  readonly busy: boolean;
  /** Resolves when the current indexing run has finished. */
  whenIdle(): Promise<void>;
  /** Statements of a speaker and mentions of an organization over every article, with how many articles. */
  speakerTotal(id: string): FolderCount;
  organizationTotal(id: string): FolderCount;
  /** The articles of a directory (a file system path), and how many have a source line (sourceLineConvention.ts). */
  sourceLines(dir: string): SourceLineCounts | undefined;
  /** Called with the URIs whose summaries changed (added, updated or removed). */
  onDidChange(listener: (uris: string[]) => void): { dispose(): void };
}

export interface ProgressReporter {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export interface IndexHost {
  /** Analyses a file's text with the current knowledge and settings. */
  analyze(text: string): Analysis;
  /** A $/progress reporter (a silent one when the client does not support progress). */
  createProgress(): Promise<ProgressReporter>;
  log(message: string): void;
  /** Worker threads that index files off the main thread, if any. */
  workers?(): IndexWorkers | null;
  /** An article was analysed for the index, on a worker or here (for the debug stats). */
  analysed?(uri: string): void;
}

/** Work per batch before yielding to the event loop, and the pace of progress reports. */
const BATCH_MS = 8;
const PROGRESS_EVERY_MS = 100;
/** Files listed between two turns of the event loop. */
const LIST_CHUNK = 64;
/** After a message from the client, indexing waits this long, so the answer goes out first. */
const QUIET_MS = 5;

export class WorkspaceIndex implements ArticleIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly reports = new Map<string, KeptReport>();
  private readonly unread = new Map<string, string>();
  private readonly totals = new FolderTotals();
  private readonly open = new Set<string>();
  private readonly queue = new FileQueue();
  private readonly listeners = new Set<(uris: string[]) => void>();
  private pool = new StringPool();
  private matcher: ArticleMatcher | null = null;
  private maxBytes = Infinity;
  private running = false;
  private discovering = 0;
  private generation = 0;
  private idleWaiters: (() => void)[] = [];
  private wake: (() => void) | null = null;
  private done = 0;
  private total = 0;
  private lastActivity = -Infinity;
  /** The latest job sent for each file: an older answer that comes later is dropped. */
  private readonly latestJob = new Map<string, number>();
  private jobs = 0;

  constructor(private readonly host: IndexHost) {}

  get size(): number {
    return this.summaries.size;
  }

  get busy(): boolean {
    return this.running || this.discovering > 0 || this.queue.size > 0;
  }

  articles(): Iterable<ArticleSummary> {
    return this.summaries.values();
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  report(uri: string): JsonReport | undefined {
    const kept = this.reports.get(uri);
    return kept && readKeptReport(kept);
  }

  unreadable(): Iterable<[string, string]> {
    return this.unread.entries();
  }

  progress(): { done: number; total: number } {
    return { done: this.done, total: this.total };
  }

  speakerTotal(id: string): FolderCount {
    return this.totals.speaker(id);
  }

  organizationTotal(id: string): FolderCount {
    return this.totals.organization(id);
  }

  sourceLines(dir: string): SourceLineCounts | undefined {
    return this.totals.sourceLines(dir);
  }

  /** Every change of the summaries goes through put and drop, which keep the totals. */
  private put(uri: string, summary: ArticleSummary): void {
    const old = this.summaries.get(uri);
    if (old) this.totals.remove(old);
    this.summaries.set(uri, summary);
    this.totals.add(summary);
  }

  private drop(uri: string): boolean {
    this.reports.delete(uri);
    const old = this.summaries.get(uri);
    if (!old) return false;
    this.totals.remove(old);
    return this.summaries.delete(uri);
  }

  whenIdle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  onDidChange(listener: (uris: string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /**
   * Forgets the files on disk and indexes the workspace again (after the folders,
   * globs, knowledge or analysis settings changed). Null disables indexing.
   */
  rebuild(matcher: ArticleMatcher | null, maxFileSizeKB: number): void {
    const generation = ++this.generation;
    this.matcher = matcher;
    this.maxBytes = maxFileSizeKB * 1024;
    this.queue.clear();
    const removed = [...this.summaries.keys()].filter((uri) => !this.open.has(uri));
    for (const uri of removed) this.drop(uri);
    this.unread.clear();
    this.pool = new StringPool();
    this.done = 0;
    this.total = 0;
    this.fire(removed);
    if (!matcher) {
      this.settle();
      return;
    }
    this.discovering++;
    void (async () => {
      try {
        let listed = 0;
        for await (const file of matcher.files()) {
          if (generation !== this.generation) return;
          this.enqueue(file);
          // A folder of hundreds of files is listed in one go: let requests in between.
          if (++listed % LIST_CHUNK === 0) await yieldToEventLoop();
        }
      } catch (e) {
        this.host.log(`press-review: listing the workspace failed: ${(e as Error).message}`);
      } finally {
        this.discovering--;
        this.wakeWorker();
        this.settle();
      }
    })();
  }

  /** The client just sent something: indexing steps aside for a moment. */
  interactive(): void {
    this.lastActivity = performance.now();
  }

  /** A file was created, changed or deleted on disk (workspace/didChangeWatchedFiles). */
  fileChanged(uri: string, deleted: boolean): void {
    const file = filePath(uri);
    if (!file || this.open.has(fileUri(file))) return;
    if (deleted || !this.matcher?.matches(file)) {
      this.remove(fileUri(file));
      return;
    }
    this.enqueue(file);
  }

  /** The live analysis of an open document replaces its summary from disk. */
  updateOpen(uri: string, analysis: Analysis, lines: LineIndex): void {
    this.open.add(uri);
    // The report from disk is out of date once the document is open; its live analysis is read instead.
    this.reports.delete(uri);
    this.unread.delete(uri);
    this.put(uri, summarize(uri, analysis, lines, this.pool));
    this.fire([uri]);
  }

  /** An open document was closed: its summary comes from the file on disk again, if it is an article. */
  closed(uri: string): void {
    if (!this.open.delete(uri)) return;
    const file = filePath(uri);
    if (file && this.matcher?.matches(file)) this.enqueue(file);
    else this.remove(uri);
  }

  private remove(uri: string): void {
    this.unread.delete(uri);
    if (this.drop(uri)) this.fire([uri]);
  }

  private enqueue(file: string): void {
    if (this.queue.add(file)) this.total++;
    this.wakeWorker();
    if (!this.running) void this.run();
  }

  private wakeWorker(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Indexes queued files: on the workers when there are some, else here in short batches. */
  private async run(): Promise<void> {
    this.running = true;
    let progress: ProgressReporter | null = null;
    try {
      progress = await this.host.createProgress();
      progress.begin('Press Review: indexing articles', 0, `0/${this.total}`, false);
      let lastReport = performance.now();
      const report = (): void => {
        if (performance.now() - lastReport < PROGRESS_EVERY_MS) return;
        lastReport = performance.now();
        progress!.report(Math.floor((100 * this.done) / Math.max(this.total, 1)), `${this.done}/${this.total}`);
      };
      const inFlight = new Set<Promise<void>>();
      let changed: string[] = [];
      let lastFire = performance.now();
      while (this.queue.size || this.discovering || inFlight.size) {
        const workers = this.host.workers?.() ?? null;
        if (workers && this.queue.size && inFlight.size < workers.capacity(this.queue.size + inFlight.size)) {
          // Keep every worker busy; the main thread only files the answers.
          const file = this.queue.shift()!;
          const articleUri = fileUri(file);
          const job = ++this.jobs;
          this.latestJob.set(file, job);
          const generation = this.generation;
          const done: Promise<void> = workers.index(file, this.maxBytes, !!this.matcher?.byContent(file), articleUri).then((indexed) => {
            inFlight.delete(done);
            this.count(articleUri, indexed);
            if (generation !== this.generation || this.latestJob.get(file) !== job) return;
            this.latestJob.delete(file);
            // A summary that crossed threads has fresh copies of its strings: pool them here.
            const uri =
              indexed.kind === 'lost'
                ? this.indexHere(file)
                : this.file(file, indexed.kind === 'summary' ? { ...indexed, summary: repool(indexed.summary, this.pool) } : indexed, articleUri);
            if (uri) changed.push(uri);
            this.done++;
          });
          inFlight.add(done);
          continue;
        }
        if (inFlight.size) {
          await Promise.race(inFlight);
          if (performance.now() - lastFire >= BATCH_MS) {
            this.fire(changed);
            changed = [];
            lastFire = performance.now();
          }
          report();
          continue;
        }
        if (!this.queue.size) {
          // The folders are still being listed: wait for the next file (or the end of the listing).
          await new Promise<void>((resolve) => (this.wake = resolve));
          continue;
        }
        const quiet = this.lastActivity + QUIET_MS - performance.now();
        if (quiet > 0) {
          await new Promise((resolve) => setTimeout(resolve, quiet));
          continue;
        }
        const start = performance.now();
        while (this.queue.size && performance.now() - start < BATCH_MS && this.lastActivity < start) {
          const file = this.queue.shift()!;
          this.latestJob.delete(file);
          const uri = this.indexHere(file);
          if (uri) changed.push(uri);
          this.done++;
        }
        this.fire(changed);
        changed = [];
        report();
        await yieldToEventLoop();
      }
      this.fire(changed);
    } catch (e) {
      this.host.log(`press-review: indexing failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      progress?.done();
      this.running = false;
      // Files queued while the reporter was being created or finished.
      if (this.queue.size) void this.run();
      else this.settle();
    }
  }

  /** Indexes one file on this thread; returns its URI when its summary changed. */
  private indexHere(file: string): string | null {
    const uri = fileUri(file);
    const indexed = indexFile(file, this.maxBytes, (text) => this.host.analyze(text), this.pool, !!this.matcher?.byContent(file), uri);
    this.count(uri, indexed);
    return this.file(file, indexed, uri);
  }

  /** Tells the host of an analysis made for the index (a summary, or an analysis that threw). */
  private count(uri: string, indexed: IndexedFile): void {
    if (indexed.kind === 'summary' || indexed.kind === 'failed') this.host.analysed?.(uri);
  }

  /** Files the result of indexing a file (a summary with its strings from this index's pool); returns its URI when its summary changed. */
  private file(file: string, indexed: IndexedFile, uri: string): string | null {
    if (this.open.has(uri)) return null;
    if (indexed.kind === 'summary') {
      this.put(uri, indexed.summary);
      this.reports.set(uri, indexed.report);
      this.unread.delete(uri);
      return uri;
    }
    if (indexed.kind === 'failed') {
      this.host.log(`press-review: indexing ${file} failed: ${indexed.message}`);
      this.unread.set(uri, `the analysis failed: ${indexed.message}`);
    } else if (indexed.kind === 'skipped' && indexed.unreadable) this.unread.set(uri, indexed.unreadable);
    else this.unread.delete(uri);
    return this.drop(uri) ? uri : null;
  }

  private settle(): void {
    if (this.busy) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private fire(uris: string[]): void {
    if (!uris.length) return;
    for (const l of this.listeners) {
      try {
        l(uris);
      } catch (e) {
        this.host.log(`press-review: index listener failed: ${(e as Error).message}`);
      }
    }
  }
}
