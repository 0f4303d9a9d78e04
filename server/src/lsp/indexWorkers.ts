// The workspace index's worker threads: each runs dist/indexWorker.js with the server's
// knowledge and analysis settings, works one job (a file) at a time and answers in
// batches (BATCH). The index keeps two batches of jobs queued per worker so that none
// waits for the main thread.
// A worker that dies hands its jobs back as lost (the index indexes them on the main
// thread instead) and is replaced on the next job; after MAX_DEATHS deaths the workers
// are given up for good, so a worker that cannot start does not turn every file into a
// thread start.

import * as os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type * as WorkerThreads from 'node:worker_threads';
import type { KnowledgeSource } from '../analysis';
import type { IndexedFile } from './indexFile';
import { fileUri } from './workspaceFiles';

export interface IndexWorkerConfig {
  knowledgeSources: KnowledgeSource[];
  statementMinWords: number | undefined;
  /** The analysis' own size limit (the editor's). */
  analysisMaxBytes: number | undefined;
  /** The server's code cache folder (node/engine.ts codeCacheFolder): a worker loads the engine with the server's cache. */
  codeCacheFolder?: string;
}

export interface IndexJob {
  id: number;
  file: string;
  /** The file's URI (the index has it; the worker need not make it again). */
  uri: string;
  /** The index's file size limit (pressReview.index.maxFileSizeKB). */
  maxBytes: number;
  /** Only its content can make the file an article (../articleFiles.ts): skipped unless it looks like one. */
  byContent: boolean;
}

export interface IndexJobResult {
  id: number;
  indexed: IndexedFile;
}

/**
 * A worker answers in messages of up to BATCH results: a message, the compression of its
 * reports and the main thread's receipt each cost the same whatever their size. 16 instead
 * of 4 indexed 10,000 folder articles in 0.88 of the time and 0.87 of the CPU (3 alternated
 * rounds, quiet machine; 32 was no better than 16: docs/performance-log.md, session 15).
 */
export const BATCH = 16;
/** Jobs in flight per worker: two batches, so a worker has the next batch's jobs while its answer travels. */
const JOBS_PER_WORKER = 2 * BATCH;
/** Files waiting per worker the index asks for: a second worker starts when more than this many wait. */
const FILES_PER_WORKER = 100;

/**
 * Heap limits of a worker. V8 grows a heap lazily up to its limit, so the limit also sets
 * how much a worker keeps between collections: the archive peaked at 225 MB with these
 * instead of 359 (docs/archive.md). The young generation is 24 MB, a semi-space of 8 (V8
 * splits it in three): an article's analysis allocates about 175 KB, and with 8 MB (a
 * semi-space of 2.7) a worker ran 212-287 scavenges in 5,000 articles instead of 85-97,
 * each copying the live analysis and promoting it for the helper threads to mark; without
 * a limit, 74-79, but the index of 10,000 articles peaked above 5612106's 305 MB
 * (docs/performance-log.md, session 15). An index job is one file of at most
 * pressReview.index.maxFileSizeKB (512 KB by default), and an analysis needs about 30
 * times the file's size. A worker past its limit stops alone (an error event): its jobs
 * come back as lost and the main thread indexes them.
 */
export const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 };

/** Worker deaths after which every job is sent back to the main thread. */
export const MAX_DEATHS = 3;

/** One worker per core, at most four: the main thread mostly waits for them. */
export function defaultWorkerCount(): number {
  const override = Number(process.env.PRESS_REVIEW_INDEX_WORKERS);
  if (Number.isInteger(override) && override > 0) return override;
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

interface Slot {
  worker: Worker;
  jobs: Map<number, (r: IndexedFile) => void>;
}

export class IndexWorkers {
  private readonly slots: (Slot | null)[];
  private nextId = 0;
  private disposed = false;
  private deaths = 0;
  /** Files indexed by any workers since the process started (for the debug stats of the tests). */
  static indexed = 0;

  constructor(
    private readonly script: string,
    private readonly config: IndexWorkerConfig,
    count = defaultWorkerCount(),
    private readonly log: (message: string) => void = () => {},
  ) {
    this.slots = Array.from({ length: count }, () => null);
  }

  /** Whether the workers were stopped or given up after failing; jobs then fail at once. */
  get stopped(): boolean {
    return this.disposed;
  }

  /**
   * How many jobs can be in flight before the index should wait for answers, with
   * `backlog` files left to index: one worker's share for a small folder, every worker's
   * for a large one. A worker costs about half a second of CPU to start (its bundle, the
   * knowledge), as much as indexing a hundred articles: a few files are not worth a
   * second one, which on two cores would only slow the editor's own first analyses.
   */
  capacity(backlog: number): number {
    const wanted = Math.min(this.slots.length, Math.max(1, Math.ceil(backlog / FILES_PER_WORKER)));
    return Math.max(wanted, this.started()) * JOBS_PER_WORKER;
  }

  /** Workers running now. */
  private started(): number {
    let n = 0;
    for (const s of this.slots) if (s) n++;
    return n;
  }

  /** Indexes a file on the least busy worker; a new one starts only when every running one has its two batches of jobs. */
  index(file: string, maxBytes: number, byContent = false, uri = fileUri(file)): Promise<IndexedFile> {
    if (this.disposed) return Promise.resolve({ kind: 'lost', message: 'the index workers were stopped' });
    let best = -1;
    let free = -1;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      if (!slot) {
        if (free < 0) free = i;
      } else if (best < 0 || slot.jobs.size < this.slots[best]!.jobs.size) best = i;
    }
    if (best < 0 || (free >= 0 && this.slots[best]!.jobs.size >= JOBS_PER_WORKER)) best = free;
    let slot = this.slots[best];
    if (!slot) {
      try {
        slot = this.slots[best] = this.start(best);
      } catch (e) {
        // new Worker throws for options the runtime refuses (an execArgv flag workers do
        // not take, a bad script path): the job goes back to the main thread, as a death's do.
        const message = e instanceof Error ? e.message : String(e);
        this.log(`press-review: an index worker could not start: ${message}`);
        this.countFailure();
        return Promise.resolve({ kind: 'lost', message });
      }
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.jobs.set(id, (r) => {
        if (r.kind === 'summary') IndexWorkers.indexed++;
        resolve(r);
      });
      slot.worker.postMessage({ id, file, uri, maxBytes, byContent } satisfies IndexJob);
    });
  }

  dispose(): void {
    this.disposed = true;
    for (let i = 0; i < this.slots.length; i++) this.stop(i, 'the index workers were stopped');
  }

  private start(i: number): Slot {
    // The server's flags, less the debugger's: a worker cannot listen on the server's port.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--inspect') && !a.startsWith('--debug'));
    // Required here, not imported: the server's start (to its first diagnostics) starts no
    // worker, and loading worker_threads cost it 8 M instructions (docs/performance-log.md, session 16).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
    const { Worker } = require('node:worker_threads') as typeof WorkerThreads;
    const worker = new Worker(this.script, { workerData: this.config, execArgv, resourceLimits: RESOURCE_LIMITS });
    const slot: Slot = { worker, jobs: new Map() };
    worker.unref();
    worker.on('message', (batch: IndexJobResult[]) => {
      for (const r of batch) {
        const done = slot.jobs.get(r.id);
        slot.jobs.delete(r.id);
        done?.(r.indexed);
      }
    });
    worker.on('error', (e) => {
      this.log(`press-review: an index worker failed: ${e.stack ?? e.message}`);
      this.died(i, slot, e.message);
    });
    worker.on('exit', () => this.died(i, slot, 'the index worker exited'));
    return slot;
  }

  private died(i: number, slot: Slot, reason: string): void {
    // A worker's error and exit both come; only the first counts, and never for its successor.
    if (this.slots[i] !== slot || this.disposed) return;
    this.stop(i, reason);
    this.countFailure();
  }

  /** Counts a worker's death or failed start; after MAX_DEATHS the workers are given up. */
  private countFailure(): void {
    if (++this.deaths >= MAX_DEATHS) {
      this.log(`press-review: index workers failed ${this.deaths} times; indexing goes on without them`);
      this.dispose();
    }
  }

  private stop(i: number, reason: string): void {
    const slot = this.slots[i];
    if (!slot) return;
    this.slots[i] = null;
    void slot.worker.terminate();
    for (const done of slot.jobs.values()) done({ kind: 'lost', message: reason });
    slot.jobs.clear();
  }
}
