// What an index worker spends per folder article (bench/workerCost.ts): the CPU of the
// worker thread and of the process' other threads (V8's compiler and garbage collector),
// during the warm-up (the first --warm articles, start-up included) and after it, for
// the analysis alone and for what the index does with a file (summary and kept report
// too). With --vs DIR (a source checkout, read only) that tree's worker runs the same
// files, alternated; each run is a fresh process. Linux only.
// --flags "FLAGS" gives this tree's processes V8 flags, as the product sets its compile
// flags (server/src/node/compileSettings.ts) and 5612106 set none.
//   node bench/workerCost.mjs [--count N] [--warm W] [--rounds R] [--vs DIR] [--flags FLAGS]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const count = Number(option('--count', 4000));
const warm = Number(option('--warm', 1500));
const rounds = Number(option('--rounds', 2));
const vsDir = option('--vs', null);
const flags = option('--flags', '').split(' ').filter(Boolean);

const work = mkdtempSync(path.join(os.tmpdir(), 'press-review-worker-cost-'));
try {
  const lib = path.join(work, 'lib.js');
  await bundleForNode(path.join(root, 'bench', 'workerCost.ts'), lib);
  const files = createRequire(import.meta.url)(lib).writeFolder(work, count);
  const jobsFile = path.join(work, 'files.json');
  writeFileSync(jobsFile, JSON.stringify(files));

  // One worker bundle per tree: its analysis and its indexFile, driven by bench/workerCost.ts.
  const trees = [{ name: 'this tree', dir: root, flags }, ...(vsDir ? [{ name: path.resolve(vsDir), dir: path.resolve(vsDir), flags: [] }] : [])];
  for (const [i, tree] of trees.entries()) {
    const src = (p) => JSON.stringify(path.join(tree.dir, p));
    const entry = path.join(work, `entry-${i}.ts`);
    writeFileSync(
      entry,
      `import { analyze, buildKnowledge } from ${src('server/src/analysis')};\n` +
        `import * as indexing from ${src('server/src/lsp/indexFile')};\n` +
        `import { PassThroughPool } from ${src('server/src/lsp/articleSummary')};\n` +
        `import { workerJobs } from ${JSON.stringify(path.join(root, 'bench', 'workerCost'))};\n` +
        `workerJobs({ analyze, buildKnowledge, ...indexing, PassThroughPool } as never);\n`,
    );
    tree.script = path.join(work, `worker-${i}.js`);
    await bundleForNode(entry, tree.script, { nodePaths: [path.join(root, 'node_modules')] });
  }

  const run = (script, mode, nodeFlags) => {
    const code = `require(${JSON.stringify(lib)}).measureWorker(${JSON.stringify(script)}, { files: require(${JSON.stringify(jobsFile)}), mode: ${JSON.stringify(mode)}, warm: ${warm} }).then((r) => console.log(JSON.stringify(r)))`;
    const child = spawnSync(process.execPath, [...nodeFlags, '-e', code], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${script} ${mode}: ${child.stderr}`);
    return JSON.parse(child.stdout);
  };
  const results = new Map();
  for (let r = 0; r < rounds; r++) {
    for (const mode of ['analysis', 'index']) {
      // Which tree goes first alternates, so neither always starts on a cooler machine.
      for (const tree of r % 2 ? [...trees].reverse() : trees) {
        const cost = run(tree.script, mode, tree.flags);
        const key = `${tree.name}|${mode}`;
        results.set(key, [...(results.get(key) ?? []), cost]);
        console.log(`round ${r + 1} ${mode.padEnd(8)} ${tree.name}: ${format(cost)}`);
      }
    }
  }
  // The median; of an even count, the mean of the middle two.
  const median = (xs) => {
    const sorted = xs.slice().sort((x, y) => x - y);
    const m = sorted.length >> 1;
    return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  };
  console.log(`\n${count} folder articles, warm-up ${warm}; CPU ms per article, medians of ${rounds} (load ${os.loadavg()[0].toFixed(1)}):`);
  for (const [key, costs] of results) {
    const m = Object.fromEntries(Object.keys(costs[0]).map((k) => [k, median(costs.map((c) => c[k]))]));
    console.log(`  ${key.replace('|', ', ').padEnd(34)} ${format(m)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function format(c) {
  const f = (x) => x.toFixed(2);
  return `warm-up ${f(c.warmWorker)} + ${f(c.warmOthers)} = ${f(c.warmWorker + c.warmOthers)}; after ${f(c.steadyWorker)} + ${f(c.steadyOthers)} = ${f(c.steadyWorker + c.steadyOthers)} (worker + other threads)`;
}
