// A worker thread of the workspace index (dist/indexWorker.js): it reads, analyses and
// summarizes the files the index sends it, with the knowledge and settings the server
// analyses with, so that indexing a folder uses the machine's other cores and never
// stands between the editor and the server's main thread.

import { parentPort, workerData } from 'node:worker_threads';
import { analyze, buildKnowledge } from './analysis';
import { StringPool } from './lsp/articleSummary';
import { indexFile } from './lsp/indexFile';
import type { IndexJob, IndexJobResult, IndexWorkerConfig } from './lsp/indexWorkers';

const config = workerData as IndexWorkerConfig;
const knowledge = buildKnowledge(config.knowledgeSources);
const options = { knowledge, statementMinWords: config.statementMinWords, maxBytes: config.analysisMaxBytes };
// Names recur across a folder: the worker's own pool keeps its summaries small until they are sent.
let pool = new StringPool();

parentPort!.on('message', (job: IndexJob) => {
  if (pool.size > 100_000) pool = new StringPool();
  const result: IndexJobResult = { id: job.id, indexed: indexFile(job.file, job.maxBytes, (text) => analyze(text, options), pool) };
  parentPort!.postMessage(result);
});
