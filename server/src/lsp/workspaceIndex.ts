// The workspace index: a summary of every article in the workspace folders, built in the
// background and kept current from file events and open documents.
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

import type { Analysis, LineIndex } from '../analysis';
import { StringPool, summarize, type ArticleSummary } from './articleSummary';
import { indexFile, repool, type IndexedFile } from './indexFile';
import type { IndexWorkers } from './indexWorkers';
import { FolderTotals, type FolderCount } from './folderTotals';
import { yieldToEventLoop } from './safe';
import { fileUri, filePath, type ArticleMatcher } from './workspaceFiles';

/** What other modules may ask of the index. */
export interface ArticleIndex {
  /** Every article summary: indexed files and open documents. */
  articles(): Iterable<ArticleSummary>;
  get(uri: string): ArticleSummary | undefined;
  readonly size: number;
  /** Whether background indexing is still going on. */
  readonly busy: boolean;
  /** Statements of a speaker and mentions of an organization over every article, with how many articles. */
  speakerTotal(id: string): FolderCount;
  organizationTotal(id: string): FolderCount;
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
  private readonly totals = new FolderTotals();
  private readonly open = new Set<string>();
  private readonly queue = new Set<string>();
  private pool = new StringPool();
  private matcher: ArticleMatcher | null = null;
  private maxBytes = Infinity;
  private running = false;
  private discovering = 0;
  private generation = 0;
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

  speakerTotal(id: string): FolderCount {
    return this.totals.speaker(id);
  }

  organizationTotal(id: string): FolderCount {
    return this.totals.organization(id);
  }

  /** Every change of the summaries goes through put and drop, which keep the totals. */
  private put(uri: string, summary: ArticleSummary): void {
    const old = this.summaries.get(uri);
    if (old) this.totals.remove(old);
    this.summaries.set(uri, summary);
    this.totals.add(summary);
  }

  private drop(uri: string): void {
    const old = this.summaries.get(uri);
    if (!old) return;
    this.totals.remove(old);
    this.summaries.delete(uri);
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
    for (const uri of [...this.summaries.keys()]) if (!this.open.has(uri)) this.drop(uri);
    this.pool = new StringPool();
    this.done = 0;
    this.total = 0;
    if (!matcher) return;
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
    this.put(uri, summarize(uri, analysis, lines, this.pool));
  }

  /** An open document was closed: its summary comes from the file on disk again, if it is an article. */
  closed(uri: string): void {
    if (!this.open.delete(uri)) return;
    const file = filePath(uri);
    if (file && this.matcher?.matches(file)) this.enqueue(file);
    else this.remove(uri);
  }

  private remove(uri: string): void {
    this.drop(uri);
  }

  private enqueue(file: string): void {
    if (!this.queue.has(file)) {
      this.queue.add(file);
      this.total++;
    }
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
      while (this.queue.size || this.discovering || inFlight.size) {
        const workers = this.host.workers?.() ?? null;
        if (workers && this.queue.size && inFlight.size < workers.capacity) {
          // Keep every worker busy; the main thread only files the answers.
          const file: string = this.queue.values().next().value!;
          this.queue.delete(file);
          const job = ++this.jobs;
          this.latestJob.set(file, job);
          const generation = this.generation;
          const done: Promise<void> = workers.index(file, this.maxBytes).then((indexed) => {
            inFlight.delete(done);
            if (generation !== this.generation || this.latestJob.get(file) !== job) return;
            this.latestJob.delete(file);
            // A summary that crossed threads has fresh copies of its strings: pool them here.
            if (indexed.kind === 'lost') this.indexHere(file);
            else this.file(file, indexed.kind === 'summary' ? { kind: 'summary', summary: repool(indexed.summary, this.pool) } : indexed);
            this.done++;
          });
          inFlight.add(done);
          continue;
        }
        if (inFlight.size) {
          await Promise.race(inFlight);
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
          const file: string = this.queue.values().next().value!;
          this.queue.delete(file);
          this.latestJob.delete(file);
          this.indexHere(file);
          this.done++;
        }
        report();
        await yieldToEventLoop();
      }
    } catch (e) {
      this.host.log(`press-review: indexing failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      progress?.done();
      this.running = false;
      // Files queued while the reporter was being created or finished.
      if (this.queue.size) void this.run();
    }
  }

  /** Indexes one file on this thread. */
  private indexHere(file: string): void {
    this.file(file, indexFile(file, this.maxBytes, (text) => this.host.analyze(text), this.pool));
  }

  /** Files the result of indexing a file (a summary with its strings from this index's pool). */
  private file(file: string, indexed: IndexedFile): void {
    const uri = fileUri(file);
    if (this.open.has(uri)) return;
    if (indexed.kind === 'summary') {
      this.put(uri, indexed.summary);
      return;
    }
    if (indexed.kind === 'failed') this.host.log(`press-review: indexing ${file} failed: ${indexed.message}`);
    this.drop(uri);
  }
}
