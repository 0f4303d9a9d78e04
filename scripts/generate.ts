// npm run generate: rewrites what the rule registry decides outside the code
// (scripts/ruleTables.ts). With --check, writes nothing and exits 1 when a file is stale.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED } from './ruleTables';

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const { file, render } of GENERATED) {
  const full = path.join(root, file);
  const current = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
  const expected = render(current);
  if (expected === current) continue;
  stale++;
  if (check) console.error(`${file} is out of date: run npm run generate`);
  else {
    fs.writeFileSync(full, expected);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = check && stale ? 1 : 0;
