// Compares the analysis speed of the working tree with a git revision, in one process:
// both are bundled, then their analyze() runs alternate, old and new in turn, and the
// median of the per-pair time ratios is printed. Separate runs of the same code differ
// by up to 40% on a shared two-vCPU machine; alternating pairs cancel most of that.
//   node bench/compare.mjs REV [--size BYTES | --folder] [--pairs N]
// --size: one article of that size (default 1048576); --folder: 300 generated folder
// articles per run. Prints "old median …, new median …, median new/old …".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rev = args[0];
if (!rev || rev.startsWith('--')) {
  console.error('usage: node bench/compare.mjs REV [--size BYTES | --folder] [--pairs N]');
  process.exit(2);
}
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const folder = args.includes('--folder');
const size = Number(option('--size', 1048576));
const pairs = Number(option('--pairs', 30));

const work = mkdtempSync(path.join(os.tmpdir(), 'press-review-compare-'));
const tree = path.join(work, 'old');
try {
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', tree, rev], { stdio: 'ignore' });
  /** Bundles the analysis (and the benchmark's corpus) of one source tree into one file. */
  const bundle = async (source, name) => {
    const entry = path.join(work, `${name}-entry.ts`);
    writeFileSync(entry, `export { analyze, builtinKnowledge } from ${JSON.stringify(path.join(source, 'server/src/analysis'))};\n`);
    const outfile = path.join(work, `${name}.js`);
    // The old tree has no node_modules of its own: it resolves packages from this one.
    await bundleForNode(entry, outfile, { nodePaths: [path.join(root, 'node_modules')] });
    return createRequire(import.meta.url)(outfile);
  };
  const old = await bundle(tree, 'old');
  const neu = await bundle(root, 'new');
  const corpus = await bundleCorpus();
  const texts = folder ? Array.from({ length: 300 }, ((g) => (_, i) => g.article(i))(new corpus.FolderGenerator())) : [corpus.articleOfSize(size)];
  const ko = old.builtinKnowledge();
  const kn = neu.builtinKnowledge();
  const run = (m, k) => {
    const t0 = performance.now();
    for (const t of texts) m.analyze(t, { knowledge: k });
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i++) run(old, ko), run(neu, kn);
  const times = { old: [], new: [], ratio: [] };
  for (let i = 0; i < pairs; i++) {
    // Alternate which side goes first, so neither always runs on the other's garbage.
    const [a, b] = i % 2 ? [run(old, ko), run(neu, kn)] : ((n, o) => [o, n])(run(neu, kn), run(old, ko));
    times.old.push(a);
    times.new.push(b);
    times.ratio.push(b / a);
  }
  const median = (xs) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
  console.log(`${folder ? '300 folder articles' : `${size} bytes`}, ${pairs} pairs: old median ${median(times.old).toFixed(1)} ms, new median ${median(times.new).toFixed(1)} ms, median new/old ${median(times.ratio).toFixed(3)}`);

  /** The benchmark's corpus (articleOfSize, FolderGenerator), with its paths as in the sources. */
  async function bundleCorpus() {
    const outfile = path.join(work, 'corpus.js');
    await bundleForNode(path.join(root, 'bench', 'corpus.ts'), outfile);
    return createRequire(import.meta.url)(outfile);
  }
} finally {
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
