// Bundles bench/indexDriver.ts (the workspace index alone, for instruction counts) into
// dist/bench/indexDriver.js, as the product's bundles are built.
//   node bench/indexDriver.mjs
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'bench', 'indexDriver.js');
await bundleForNode(path.join(root, 'bench', 'indexDriver.ts'), outfile);
console.log(outfile);
