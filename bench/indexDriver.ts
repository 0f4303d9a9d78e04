// The workspace index alone, for instruction counts (valgrind serialises the threads, so
// the count holds every thread): a WorkspaceIndex with IndexWorkers over a production
// worker bundle, indexing a folder, with no language server around it. Bundle it with
// `node bench/indexDriver.mjs`, then:
//   node dist/bench/indexDriver.js DIST FOLDER WORKERS
// DIST holds indexWorker.js and engine.js (a production build, `node esbuild.mjs --production`);
// FOLDER a folder of .article files (bench/corpus.ts FolderGenerator.write). It prints the
// articles indexed, the time and the process' CPU.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { IndexWorkers } from '../server/src/lsp/indexWorkers';
import { WorkspaceIndex } from '../server/src/lsp/workspaceIndex';
import { ArticleMatcher } from '../server/src/lsp/workspaceFiles';

const [dist, folder, count] = process.argv.slice(2);
// V8's flags (--predictable, --single-threaded…) are the process's: a worker has them
// without being given them, and refuses them in its execArgv.
process.execArgv.length = 0;
const workers = new IndexWorkers(path.join(dist, 'indexWorker.js'), { knowledgeSources: [], statementMinWords: undefined, analysisMaxBytes: undefined }, Number(count), (m) => console.error(m));
const silent = { begin() {}, report() {}, done() {} };
const index = new WorkspaceIndex({
  analyze: () => {
    throw new Error('the driver analyses on the workers only');
  },
  createProgress: () => Promise.resolve(silent),
  log: (m) => console.error(m),
  workers: () => workers,
});
const t0 = performance.now();
index.rebuild(new ArticleMatcher([folder], ['**/*.article']), 512);
void index.whenIdle().then(() => {
  const ms = performance.now() - t0;
  // Read before the workers stop: a thread's CPU leaves /proc/self/task with it.
  const threads = threadSeconds();
  workers.dispose();
  const cpu = process.cpuUsage();
  console.log(`indexed ${index.size} articles in ${ms.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${threads})`);
});

/** CPU seconds of each thread (/proc, Linux): the main thread, then the others from the busiest. */
function threadSeconds(): string {
  try {
    const times = fs.readdirSync('/proc/self/task').map((tid) => {
      const f = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return { main: Number(tid) === process.pid, s: (Number(f[11]) + Number(f[12])) / 100, sys: Number(f[12]) / 100 };
    });
    const show = (t: { s: number; sys: number }): string => `${t.s.toFixed(2)} (sys ${t.sys.toFixed(2)})`;
    const main = times.find((t) => t.main);
    const others = times.filter((t) => !t.main && t.s >= 0.05).sort((a, b) => b.s - a.s).map(show);
    return `main ${main ? show(main) : '?'} s, others ${others.join(', ')} s`;
  } catch {
    return 'threads ?';
  }
}
