// What an index worker spends per article, warm-up apart from the steady state: one
// worker thread, as the server starts it (the index's heap limits), works through the
// benchmark's folder articles; at the end of the warm-up and at the end, the CPU time of
// the worker thread and of the rest of the process (V8's compiler and garbage collector
// threads, which a worker keeps busy) is read from /proc. Run through
// bench/workerCost.mjs, which bundles one worker per source tree and alternates them.
// Linux only (/proc).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { BATCH, RESOURCE_LIMITS } from '../server/src/lsp/indexWorkers';
import { FolderGenerator } from './corpus';

/** What a tree's worker needs of it (older trees have the same names). */
export interface WorkerEngine {
  analyze(text: string, options: object): unknown;
  buildKnowledge(sources: never[]): unknown;
  indexFile(file: string, maxBytes: number, analyze: (text: string) => unknown, pool: unknown): unknown;
  /** Trees whose worker keeps a message's reports together (session 10): analyzeFile each file, then keepAll. */
  analyzeFile?(file: string, maxBytes: number, analyze: (text: string) => unknown, pool: unknown): unknown;
  keepAll?(files: unknown[]): unknown;
  PassThroughPool: new () => unknown;
}


/** `analysis`: read and analyse each file; `index`: what the index does with a file (indexFile: also its summary and, where the tree keeps one, its report). */
export type WorkerMode = 'analysis' | 'index';

interface Jobs {
  files: string[];
  mode: WorkerMode;
  warm: number;
}

/** A point of the run: articles done, CPU of the worker thread so far (ms). */
interface Mark {
  at: number;
  workerMs: number;
}

/** User and system CPU (ms) of every thread of this process, by thread id. */
function threadTimes(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended.
    }
  }
  return out;
}

function ownThreadMs(): number {
  const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The worker's part: works through the files, posting a Mark after the warm-up and at the end. */
export function workerJobs(engine: WorkerEngine): void {
  const { files, mode, warm } = workerData as Jobs;
  const knowledge = engine.buildKnowledge([]);
  // sourceLine as the index analyses (trees before it ignore the option).
  const options = { knowledge, sourceLine: 'always' };
  const pool = new engine.PassThroughPool();
  const analyze = (text: string): unknown => engine.analyze(text, options);
  let batch: unknown[] = [];
  for (let i = 0; i < files.length; i++) {
    if (i === warm) parentPort!.postMessage({ at: i, workerMs: ownThreadMs() } satisfies Mark);
    if (mode === 'analysis') analyze(fs.readFileSync(files[i], 'utf8'));
    else if (!engine.keepAll || !engine.analyzeFile) engine.indexFile(files[i], 512 * 1024, analyze, pool);
    else {
      // As the worker does: the reports of a message's files are kept together.
      batch.push(engine.analyzeFile(files[i], 512 * 1024, analyze, pool));
      if (batch.length === BATCH || i === files.length - 1 || i + 1 === warm) {
        engine.keepAll(batch);
        batch = [];
      }
    }
  }
  parentPort!.postMessage({ at: files.length, workerMs: ownThreadMs() } satisfies Mark);
}

/** CPU per article (ms) of the worker thread and of the process' other threads, in the warm-up and after it. */
export interface WorkerCost {
  warmWorker: number;
  warmOthers: number;
  steadyWorker: number;
  steadyOthers: number;
}

/** Runs one worker bundle over the files in this process (a fresh one per run: its compiler threads start idle). */
export function measureWorker(script: string, jobs: Jobs): Promise<WorkerCost> {
  const start = threadTimes();
  const total = (times: Map<string, number>): number => [...times].reduce((n, [tid, ms]) => n + ms - (start.get(tid) ?? 0), 0);
  const marks: { at: number; workerMs: number; allMs: number }[] = [];
  const worker = new Worker(script, { workerData: jobs, resourceLimits: RESOURCE_LIMITS });
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (m: Mark) => {
      marks.push({ ...m, allMs: total(threadTimes()) });
      if (m.at < jobs.files.length) return;
      void worker.terminate();
      const [warm, end] = marks;
      const steady = end.at - warm.at;
      resolve({
        warmWorker: warm.workerMs / warm.at,
        warmOthers: (warm.allMs - warm.workerMs) / warm.at,
        steadyWorker: (end.workerMs - warm.workerMs) / steady,
        steadyOthers: (end.allMs - end.workerMs - (warm.allMs - warm.workerMs)) / steady,
      });
    });
  });
}

/** Writes `count` benchmark folder articles under `dir` (as the folder benchmark does) and lists them. */
export function writeFolder(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return new FolderGenerator().write(path.join(dir, 'folder'), count).files;
}
