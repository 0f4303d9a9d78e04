// Runs mocha suites one after another, each in its own process, and goes on when one
// fails, so a failing unit suite never hides the protocol suite; ends with a line per
// suite and exits 1 if any failed.
//   node scripts/run-suites.mjs <suite> <folder> [<suite> <folder>…]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2) {
  console.error('usage: node scripts/run-suites.mjs <suite> <folder> [<suite> <folder>…]');
  process.exit(2);
}
const runMocha = fileURLToPath(new URL('./run-mocha.mjs', import.meta.url));
const results = [];
for (let i = 0; i < args.length; i += 2) {
  const [suite, folder] = [args[i], args[i + 1]];
  const run = spawnSync(process.execPath, [runMocha, suite, folder], { stdio: 'inherit' });
  results.push({ suite, ok: run.status === 0, why: run.status === null ? `killed by ${run.signal}` : `exit ${run.status}` });
}
console.log('\nsuites:');
for (const r of results) console.log(`  ${r.suite}: ${r.ok ? 'passed' : `FAILED (${r.why})`}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
