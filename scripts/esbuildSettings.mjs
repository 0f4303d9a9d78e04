// The esbuild settings every Node bundle of the repository shares: the product's bundles
// (esbuild.mjs), the benchmark's (bench/bundle.mjs) and the end-to-end suite's
// (test/e2e/build.mjs). One place, so that what is measured and tested is built as what
// ships: Node 20, CommonJS, no keepNames (it costs a defineProperty per closure).
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Options for a Node program bundle.
 * @param {{ minify?: boolean, sourcemap?: boolean | 'inline' }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function nodeBundleOptions({ minify = false, sourcemap = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap,
    minify,
    logLevel: 'warning',
    legalComments: 'none',
    define: { PRESS_REVIEW_VERSION: JSON.stringify(version) },
  };
}
