// Bundles bench/indexDriver.ts (the workspace index alone, for instruction counts) and
// bench/workerJob.ts (one worker's job in one thread) into dist/bench/, as the product's
// bundles are built.
//   node bench/indexDriver.mjs
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const name of ['indexDriver', 'workerJob']) {
  const outfile = path.join(root, 'dist', 'bench', `${name}.js`);
  await bundleForNode(path.join(root, 'bench', `${name}.ts`), outfile);
  console.log(outfile);
}
