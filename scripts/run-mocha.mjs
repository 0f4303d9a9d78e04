// Runs one mocha suite (TypeScript through tsx) and records its counts, so .ci/run can
// end with one "N passed, N failed" line that sums every suite it ran.
//   node scripts/run-mocha.mjs <suite name> <folder>
// Appends "<suite> <passed> <failed>" to $PRESS_REVIEW_COUNTS when that is set.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs');
const Mocha = require('mocha');

const [suite, folder] = process.argv.slice(2);
if (!suite || !folder) {
  console.error('usage: node scripts/run-mocha.mjs <suite> <folder>');
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.ts')) files.push(p);
  }
};
walk(folder);
files.sort();

const mocha = new Mocha({ reporter: 'spec', timeout: 30000 });
for (const f of files) mocha.addFile(join(process.cwd(), f));
const runner = mocha.run((failures) => {
  const stats = runner.stats;
  const passed = stats.passes;
  const failed = stats.failures;
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  if (process.env.PRESS_REVIEW_COUNTS) appendFileSync(process.env.PRESS_REVIEW_COUNTS, `${suite} ${passed} ${failed}\n`);
  process.exitCode = failures || files.length === 0 ? 1 : 0;
});
