// Runs one mocha suite (TypeScript through tsx) and records its counts, so .ci/run can
// end with one "N passed, N failed" line that sums every suite it ran.
//   node scripts/run-mocha.mjs <suite name> <folder>
// Appends "<suite> <passed> <failed>" to $PRESS_REVIEW_COUNTS when that is set.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
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

// A timeout here guards against a hang; it asserts nothing about speed (the tests count
// work, or compare CPU-time ratios). On a loaded machine (a load of 20 on 2 cores was seen
// while seven people built and tested) a test gets a tenth of a core, so every timeout is
// stretched by how many times over the cores are taken when it starts, at least twice.
const timeoutScale = () => Math.max(2, Math.ceil(os.loadavg()[0] / (os.availableParallelism?.() ?? os.cpus().length)));
const MAX_TIMEOUT = 2 ** 31 - 1;
// Every reader of a test's or hook's timeout (the timer of an async test, and the check
// after a synchronous one) gets the scaled value; a suite's own value stays as written,
// so that scaling never compounds from suite to test.
const timeout = Mocha.Runnable.prototype.timeout;
Mocha.Runnable.prototype.timeout = function (...args) {
  if (args.length) return timeout.apply(this, args);
  const ms = timeout.call(this);
  return ms ? Math.min(ms * timeoutScale(), MAX_TIMEOUT - 1) : ms;
};

const mocha = new Mocha({ reporter: 'spec', timeout: 30000 });
for (const f of files) mocha.addFile(join(process.cwd(), f));
const runner = mocha.run((failures) => {
  const stats = runner.stats;
  const passed = stats.passes;
  const failed = stats.failures;
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  if (process.env.PRESS_REVIEW_COUNTS) appendFileSync(process.env.PRESS_REVIEW_COUNTS, `${suite} ${passed} ${failed}\n`);
  process.exitCode = failures || files.length === 0 ? 1 : 0;
  // The counts are written: a handle a test left open (a timer, a pipe) must not hold the
  // suite, and CI behind it, for ever. It is named, and the process ends with the tests' code.
  setTimeout(() => {
    console.error(`${suite}: still running ${LINGER_MS / 1000} s after its tests, held by: ${process.getActiveResourcesInfo().join(', ')}; exiting`);
    process.exit();
  }, LINGER_MS).unref();
});
/** How long a suite may take to end by itself once its tests have reported. */
const LINGER_MS = 10_000;
