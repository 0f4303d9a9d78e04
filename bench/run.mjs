// Runs the benchmark as the product runs: bench/main.ts and the analysis it measures are
// bundled by esbuild with the settings of esbuild.mjs (node20, CommonJS, no keepNames)
// into dist/bench/, then run with plain node. Run through tsx instead, the analysis
// measures about twice as slow: tsx keeps function names (esbuild's keepNames), which
// costs a defineProperty call on every closure the hot loops create.
//   node bench/run.mjs [--quick] [--json [FILE]] [--only a,b] [--markdown]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'bench', 'main.js');

/** Each bundled module keeps its own source folder as __dirname, so paths resolve as in the sources. */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replaceAll('__dirname', JSON.stringify(path.dirname(args.path))), loader: 'ts' };
    });
  },
};

await esbuild.build({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  // esbuild bundles the folder benchmark's child program at run time; cspell is ESM and
  // loads its dictionaries from its own package folder.
  external: ['esbuild', 'cspell'],
  plugins: [sourceDirname],
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
