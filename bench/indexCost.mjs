// Where an indexed folder article's CPU goes, step by step (bench/indexCost.ts), in one
// process: the analysis beside the summary, kept report, thread message and filing the
// index adds. With --vs DIR (a source checkout, read only), that tree's analyze() is
// timed on the same articles too, alternated, so the analysis' share of a difference
// between two builds can be told from the index's.
//   node bench/indexCost.mjs [--count N] [--rounds R] [--vs DIR]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const count = Number(option('--count', 300));
const rounds = Number(option('--rounds', 7));
const vsDir = option('--vs', null);

const work = mkdtempSync(path.join(os.tmpdir(), 'press-review-index-cost-'));
try {
  const load = async (entry, name, nodePaths) => {
    const outfile = path.join(work, `${name}.js`);
    await bundleForNode(entry, outfile, nodePaths ? { nodePaths } : {});
    return createRequire(import.meta.url)(outfile);
  };
  const steps = await load(path.join(root, 'bench', 'indexCost.ts'), 'steps');
  let vs;
  if (vsDir) {
    const entry = path.join(work, 'vs-entry.ts');
    writeFileSync(entry, `export { analyze, builtinKnowledge } from ${JSON.stringify(path.join(path.resolve(vsDir), 'server/src/analysis'))};\n`);
    vs = await load(entry, 'vs', [path.join(root, 'node_modules')]);
  }
  const times = steps.measureIndexSteps(count, rounds, vs);
  const median = (xs) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
  console.log(`${count} folder articles, median of ${rounds} rounds, µs per article (load ${os.loadavg()[0].toFixed(1)}):`);
  for (const [step, xs] of Object.entries(times)) console.log(`  ${step.padEnd(12)} ${((median(xs) * 1000) / count).toFixed(0).padStart(6)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
