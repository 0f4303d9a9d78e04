// One index worker's job over a folder, in one thread, for instruction counts: read,
// analyse, summarize and keep each file's report, BATCH to a group, as indexWorker.ts does,
// without the threads. Unlike bench/indexDriver.ts its count is the same from run to run
// (a worker's batches there depend on how the threads are scheduled). Bundled with
// `node bench/indexDriver.mjs`, then:
//   scripts/instructions.sh dist/bench/workerJob.js FOLDER [COUNT] [STEP]
// FOLDER a folder of .article files (bench/corpus.ts FolderGenerator.write); COUNT its first
// files only; STEP stops each file's job after one step (read, analysis, summary, report:
// its bytes, uncompressed; the whole job by default), so that a step's cost is the count with it less the
// count without it (docs/performance-log.md, session 16, the index).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, builtinKnowledge, LineIndex } from '../server/src/analysis';
import { PassThroughPool, summarize } from '../server/src/lsp/articleSummary';
import { analyzeFile, keepAll } from '../server/src/lsp/indexFile';
import { BATCH } from '../server/src/lsp/indexWorkers';
import { encodeReport } from '../server/src/lsp/reportCodec';
import { fileUri } from '../server/src/lsp/workspaceFiles';
import { readArticle } from '../server/src/node/files';

const STEPS = ['read', 'analysis', 'summary', 'report', 'all'] as const;
const [folder, countArg, stepArg = 'all'] = process.argv.slice(2);
const stop = STEPS.indexOf(stepArg as (typeof STEPS)[number]);
if (stop < 0) throw new Error(`STEP is one of ${STEPS.join(', ')}`);
const all = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.endsWith('.article')).sort();
const files = all.slice(0, countArg ? Number(countArg) : all.length).map((f) => path.join(folder, f));
// As a worker: its knowledge, its options, its pool.
const options = { knowledge: builtinKnowledge(), sourceLine: 'always' as const };
const pool = new PassThroughPool();
let kept = 0;
let outbox: ReturnType<typeof analyzeFile>[] = [];
for (const file of files) {
  if (stop < STEPS.length - 1) {
    kept += partOfJob(file);
    continue;
  }
  outbox.push(analyzeFile(file, 512 * 1024, (text) => analyze(text, options), pool, false, fileUri(file)));
  if (outbox.length < BATCH) continue;
  kept += keepAll(outbox).filter((f) => f.kind === 'summary').length;
  outbox = [];
}
if (outbox.length) kept += keepAll(outbox).filter((f) => f.kind === 'summary').length;
console.log(`${STEPS[stop]}: ${kept} of ${files.length} articles`);

/** The job's steps up to `stop`, as analyzeFile takes them; 1 when the file was read. */
function partOfJob(file: string): number {
  const read = readArticle(file, 512 * 1024);
  if (!read.ok || stop < 1) return read.ok ? 1 : 0;
  const a = analyze(read.text, options);
  if (stop < 2) return 1;
  const lines = new LineIndex(read.text);
  summarize(fileUri(file), a, lines, pool);
  if (stop < 3) return 1;
  encodeReport(file, a, lines);
  return 1;
}
