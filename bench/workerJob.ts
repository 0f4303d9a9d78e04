// One index worker's job over a folder, in one thread, for instruction counts: read,
// analyse, summarize and keep each file's report, BATCH to a group, as indexWorker.ts does,
// without the threads. Unlike bench/indexDriver.ts its count is the same from run to run
// (a worker's batches there depend on how the threads are scheduled). Bundled with
// `node bench/indexDriver.mjs`, then:
//   scripts/instructions.sh dist/bench/workerJob.js FOLDER
// FOLDER a folder of .article files (bench/corpus.ts FolderGenerator.write).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, builtinKnowledge } from '../server/src/analysis';
import { PassThroughPool } from '../server/src/lsp/articleSummary';
import { analyzeFile, keepAll } from '../server/src/lsp/indexFile';
import { BATCH } from '../server/src/lsp/indexWorkers';
import { fileUri } from '../server/src/lsp/workspaceFiles';

const folder = process.argv[2];
const files = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.endsWith('.article')).sort().map((f) => path.join(folder, f));
// As a worker: its knowledge, its options, its pool.
const options = { knowledge: builtinKnowledge(), sourceLine: 'always' as const };
const pool = new PassThroughPool();
let kept = 0;
let outbox: ReturnType<typeof analyzeFile>[] = [];
for (const file of files) {
  outbox.push(analyzeFile(file, 512 * 1024, (text) => analyze(text, options), pool, false, fileUri(file)));
  if (outbox.length < BATCH) continue;
  kept += keepAll(outbox).filter((f) => f.kind === 'summary').length;
  outbox = [];
}
if (outbox.length) kept += keepAll(outbox).filter((f) => f.kind === 'summary').length;
console.log(`kept ${kept} of ${files.length} articles`);
