// `npm test` runs every suite even when one fails, and reports them all (issue 15: a
// flaky unit suite used to stop the protocol suite from running at all).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/article';

describe('scripts/run-suites.mjs', () => {
  it('runs the suite after a failing one, reports both and exits 1', function () {
    this.timeout(120000);
    const env = { ...process.env };
    delete env.PRESS_REVIEW_COUNTS; // these fixture suites must not count in CI's sums
    const run = spawnSync(process.execPath, ['scripts/run-suites.mjs', 'first', 'test/fixtures/suites/failing', 'second', 'test/fixtures/suites/passing'], { cwd: ROOT, env, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /first: 0 passed, 1 failed/);
    assert.match(run.stdout, /second: 1 passed, 0 failed/);
    assert.match(run.stdout, /first: FAILED \(exit 1\)\n\s+second: passed/);
  });
});
