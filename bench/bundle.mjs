// Bundles a benchmark program as the product's bundles are built (scripts/esbuildSettings.mjs:
// node20, CommonJS, no keepNames), for bench/run.mjs and bench/compare.mjs.

import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { nodeBundleOptions } from '../scripts/esbuildSettings.mjs';

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

/** Bundles `entry` into `outfile` for Node; `options` adds esbuild options (external, nodePaths). */
export async function bundleForNode(entry, outfile, options = {}) {
  await esbuild.build({
    ...nodeBundleOptions(),
    entryPoints: [entry],
    outfile,
    plugins: [sourceDirname],
    ...options,
  });
}
