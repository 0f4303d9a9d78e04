// Runs mocha suites one after another, each in its own process, and goes on when one
// fails, so a failing unit suite never hides the protocol suite; ends with a line per
// suite, one "N passed, N failed" line that sums them, and exits 1 if any failed.
// A suite that dies before it can report (killed, out of memory) counts as one failure.
//   node scripts/run-suites.mjs <suite> <folder> [<suite> <folder>…]
// Each suite's counts are also appended to $PRESS_REVIEW_COUNTS when that is set (.ci/run
// sums them with the end-to-end suite's).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2) {
  console.error('usage: node scripts/run-suites.mjs <suite> <folder> [<suite> <folder>…]');
  process.exit(2);
}
const runMocha = fileURLToPath(new URL('./run-mocha.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'press-review-suites-'));
const results = [];
try {
  for (let i = 0; i < args.length; i += 2) {
    const [suite, folder] = [args[i], args[i + 1]];
    const counts = join(work, `${i}.counts`);
    const run = spawnSync(process.execPath, [runMocha, suite, folder], { stdio: 'inherit', env: { ...process.env, PRESS_REVIEW_COUNTS: counts } });
    let line = '';
    try {
      line = readFileSync(counts, 'utf8').trim();
    } catch {
      // The suite died before it reported its counts.
    }
    const [passed, failed] = line ? line.split(' ').slice(-2).map(Number) : [0, 1];
    if (process.env.PRESS_REVIEW_COUNTS) appendFileSync(process.env.PRESS_REVIEW_COUNTS, `${suite} ${passed} ${failed}\n`);
    results.push({ suite, passed, failed, ok: run.status === 0, why: run.status === null ? `killed by ${run.signal}` : `exit ${run.status}` });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('\nsuites:');
for (const r of results) console.log(`  ${r.suite}: ${r.ok ? 'passed' : `FAILED (${r.why})`} (${r.passed} passed, ${r.failed} failed)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
// A suite that failed without a failing test (a crash after its tests) still counts one.
const failed = results.reduce((n, r) => n + (r.ok ? r.failed : Math.max(1, r.failed)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
