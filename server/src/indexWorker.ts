// A worker thread of the workspace index (dist/indexWorker.js): it reads, analyses and
// summarizes the files the index sends it, with the knowledge and settings the server
// analyses with, so that indexing a folder uses the machine's other cores and never
// stands between the editor and the server's main thread.

import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { PassThroughPool } from './lsp/articleSummary';
import { analyzeFile, keepAll, transferList, type IndexedFile } from './lsp/indexFile';
import { BATCH, type IndexJob, type IndexJobResult, type IndexWorkerConfig } from './lsp/indexWorkers';
import { analysisEngine, useCodeCacheFolder } from './node/engine';

/**
 * The worker yields the processor to the server's main thread: on Linux a thread has its
 * own niceness, so when every core indexes, the editor's requests still go first.
 * Elsewhere setPriority would lower the whole server, so nothing is done.
 */
function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (tid > 0 && tid !== process.pid) os.setPriority(tid, 10);
  } catch {
    // No /proc or no permission: the worker keeps the normal priority.
  }
}

yieldToMainThread();
const config = workerData as IndexWorkerConfig;
useCodeCacheFolder(config.codeCacheFolder);
const { analyze, buildKnowledge } = analysisEngine();
const knowledge = buildKnowledge(config.knowledgeSources);
// Analysed as if the folder followed the source-line convention: the kept report then has
// the missing-source finding of every article without the line, and the folder's actual
// convention, known only once the folder is indexed, is applied when the report is read
// (report/reviewedArticle.ts).
const options = { knowledge, statementMinWords: config.statementMinWords, maxBytes: config.analysisMaxBytes, sourceLine: 'always' as const };
// Summaries are sent at once, and the main thread pools what it receives: here strings
// pass through, and only the search keys are cached (names recur across a folder).
let pool = new PassThroughPool();

// Answers go out in batches (indexWorkers.ts BATCH), their buffers handed over, not
// copied: a message between threads costs about as much as a summary to make, whatever
// its size, and each copied buffer adds to it. A batch also goes out as soon as no job is
// waiting: jobs already queued run before setImmediate, so none waits for a full batch.
// A batch's reports are kept together (keptReport.ts: one compression a message).
let outbox: { id: number; indexed: IndexedFile<Uint8Array> }[] = [];
let flushScheduled = false;

function flush(): void {
  flushScheduled = false;
  if (!outbox.length) return;
  const kept = keepAll(outbox.map((r) => r.indexed));
  const batch: IndexJobResult[] = outbox.map((r, i) => ({ id: r.id, indexed: kept[i] }));
  outbox = [];
  const buffers = new Set<ArrayBuffer>();
  for (const r of batch) transferList(r.indexed, buffers);
  parentPort!.postMessage(batch, [...buffers]);
}

parentPort!.on('message', (job: IndexJob) => {
  if (pool.size > 100_000) pool = new PassThroughPool();
  outbox.push({ id: job.id, indexed: analyzeFile(job.file, job.maxBytes, (text) => analyze(text, options), pool, job.byContent, job.uri) });
  if (outbox.length >= BATCH) flush();
  else if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
});
