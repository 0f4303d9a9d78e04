// Runs the benchmark as the product runs: bench/main.ts and the analysis it measures are
// bundled by esbuild with the settings of esbuild.mjs (node20, CommonJS, no keepNames)
// into dist/bench/, then run with plain node. Run through tsx instead, the analysis
// measures about twice as slow: tsx keeps function names (esbuild's keepNames), which
// costs a defineProperty call on every closure the hot loops create.
//   node bench/run.mjs [--quick] [--json [FILE]] [--only a,b] [--markdown]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'bench', 'main.js');

// esbuild bundles the folder benchmark's child program at run time; cspell is ESM and
// loads its dictionaries from its own package folder.
await bundleForNode(path.join(root, 'bench', 'main.ts'), outfile, { external: ['esbuild', 'cspell'] });

const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
