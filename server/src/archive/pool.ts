// Runs archive jobs on worker threads (dist/archiveWorker.js), or in this thread with
// --jobs 1. A worker that dies fails its jobs with error objects and is replaced, so a
// run never loses the entries after it.

import { Worker } from 'node:worker_threads';
import { jobContext, runJob, serialize } from './job';
import { REPORT_VERSION } from '../report/jsonReport';
import type { ArchiveConfig, ArchiveJob, ArchiveJobResult, ErrorObject } from './types';

export interface JobRunner {
  /** Runs a job; the promise never rejects (a failure is an error object). */
  run(job: ArchiveJob): Promise<ArchiveJobResult>;
  /** How many jobs may be in flight to keep every thread busy. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** Jobs queued per worker: enough that a worker never waits for the next one. */
const DEPTH = 4;
/** After this many deaths no worker is started again: the rest of the run gets error objects. */
const MAX_DEATHS = 5;
/**
 * Old-generation heap of one worker by default. V8 grows a heap lazily up to its limit, so
 * the limit sets how much each worker keeps: 3 GB made a two-worker run over 4,000 ANT
 * articles peak at 240 MB RSS, 256 MB at 150 MB, for the same CPU time. An article needs
 * about 30 times its size (a 50 MB one, 1.4 GB): up to ~15 MB fit in the default.
 */
export const DEFAULT_WORKER_MEMORY_MB = 512;
/** Young generation of a worker: small, as its objects live for one article. */
const WORKER_YOUNG_MB = 8;

export class InlineRunner implements JobRunner {
  readonly capacity = 1;
  private readonly ctx;
  constructor(config: ArchiveConfig) {
    this.ctx = jobContext(config);
  }
  run(job: ArchiveJob): Promise<ArchiveJobResult> {
    // Yields to the event loop first, so output and progress keep flowing.
    return new Promise((resolve) => setImmediate(() => resolve(runJob(job, this.ctx))));
  }
  async close(): Promise<void> {}
}

interface Slot {
  worker: Worker;
  jobs: Map<number, { job: ArchiveJob; done: (r: ArchiveJobResult) => void }>;
}

export class WorkerRunner implements JobRunner {
  readonly capacity: number;
  private readonly slots: (Slot | null)[];
  private deaths = 0;

  constructor(
    private readonly script: string,
    private readonly config: ArchiveConfig,
    count: number,
    private readonly memoryMb = DEFAULT_WORKER_MEMORY_MB,
  ) {
    this.slots = Array.from({ length: count }, () => null);
    this.capacity = count * DEPTH;
  }

  run(job: ArchiveJob): Promise<ArchiveJobResult> {
    if (this.deaths >= MAX_DEATHS) return Promise.resolve(this.lost(job, `the analysis workers died ${this.deaths} times`));
    let best = 0;
    for (let i = 1; i < this.slots.length; i++) if ((this.slots[i]?.jobs.size ?? 0) < (this.slots[best]?.jobs.size ?? 0)) best = i;
    const slot = (this.slots[best] ??= this.start(best));
    return new Promise((done) => {
      slot.jobs.set(job.seq, { job, done });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.filter((s): s is Slot => s !== null);
    this.slots.fill(null);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(i: number): Slot {
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--inspect') && !a.startsWith('--debug'));
    // An explicit heap limit makes a worker that runs out of memory stop alone (an error
    // event) instead of taking the process down.
    const worker = new Worker(this.script, { workerData: this.config, execArgv, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (r: ArchiveJobResult) => {
      const pending = slot.jobs.get(r.seq);
      slot.jobs.delete(r.seq);
      pending?.done(r);
    });
    worker.on('error', (e) => this.died(i, slot, (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory at ${this.memoryMb} MB: --worker-memory-mb raises it, --jobs 1 has no limit` : e.message));
    worker.on('exit', (code) => this.died(i, slot, `it exited with code ${code}`));
    return slot;
  }

  private died(i: number, slot: Slot, reason: string): void {
    // error and exit both come for one death; only the first counts.
    if (this.slots[i] !== slot) return;
    this.slots[i] = null;
    this.deaths++;
    void slot.worker.terminate();
    // A worker takes its jobs in order: the oldest is the one it died on; the others run again.
    const [first, ...rest] = slot.jobs.values();
    slot.jobs.clear();
    first?.done(this.lost(first.job, `an analysis worker died on it (${reason})`));
    for (const { job, done } of rest) void this.run(job).then(done);
  }

  private lost(job: ArchiveJob, message: string): ArchiveJobResult {
    const object: ErrorObject = { version: REPORT_VERSION, file: job.label, error: { code: 'worker-died', message: `${job.label}: ${message}` } };
    return { seq: job.seq, json: serialize(object, this.config.format), status: 'error', bytes: 0, error: object.error.message };
  }
}
