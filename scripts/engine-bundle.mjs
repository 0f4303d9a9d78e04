// Bundles one checkout's analysis alone (analyze and builtinKnowledge, esbuild settings of
// bench/bundle.mjs) into OUT, for instruction counts with bench/engineFolder.cjs and
// bench/enginePhases.cjs; the checkout may be a git worktree of an old revision (it
// resolves packages from this checkout's node_modules).
//   node scripts/engine-bundle.mjs CHECKOUT OUT
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../bench/bundle.mjs';

const [checkout, out] = process.argv.slice(2);
if (!checkout || !out) {
  console.error('usage: node scripts/engine-bundle.mjs CHECKOUT OUT');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = `${path.resolve(out)}-entry.ts`;
writeFileSync(entry, `export { analyze, builtinKnowledge } from ${JSON.stringify(path.resolve(checkout, 'server/src/analysis'))};\n`);
await bundleForNode(entry, path.resolve(out), { nodePaths: [path.join(root, 'node_modules')] });
