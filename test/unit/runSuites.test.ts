// `npm test` runs every suite even when one fails, and reports them all (issue 15: a
// flaky unit suite used to stop the protocol suite from running at all).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/article';

/** run-suites.mjs on fixture suites, with its counts going to a file of this test's own (never to CI's sums). */
function runSuites(...args: string[]): { status: number | null; stdout: string; stderr: string; counts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'run-suites-test-'));
  try {
    const counts = join(dir, 'counts');
    const run = spawnSync(process.execPath, ['scripts/run-suites.mjs', ...args], { cwd: ROOT, env: { ...process.env, PRESS_REVIEW_COUNTS: counts }, encoding: 'utf8' });
    let written = '';
    try {
      written = readFileSync(counts, 'utf8');
    } catch {
      // nothing written
    }
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, counts: written };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/run-suites.mjs', () => {
  it('runs the suite after a failing one, reports both, sums them and exits 1', function () {
    this.timeout(120000);
    const run = runSuites('first', 'test/fixtures/suites/failing', 'second', 'test/fixtures/suites/passing');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /first: 0 passed, 1 failed/);
    assert.match(run.stdout, /second: 1 passed, 0 failed/);
    assert.match(run.stdout, /first: FAILED \(exit 1\) \(0 passed, 1 failed\)\n\s+second: passed \(1 passed, 0 failed\)\n1 passed, 1 failed\n/);
    assert.equal(run.counts, 'first 0 1\nsecond 1 0\n');
  });

  it('counts a suite that dies before reporting as failed, and still runs the next', function () {
    this.timeout(120000);
    const run = runSuites('dying', 'test/fixtures/suites/dying', 'second', 'test/fixtures/suites/passing');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /dying: FAILED \(killed by SIGKILL\) \(0 passed, 1 failed\)\n\s+second: passed \(1 passed, 0 failed\)\n1 passed, 1 failed\n/);
    assert.equal(run.counts, 'dying 0 1\nsecond 1 0\n');
  });

  it('exits 0 with the total when every suite passes', function () {
    this.timeout(120000);
    const run = runSuites('only', 'test/fixtures/suites/passing');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /only: passed \(1 passed, 0 failed\)\n1 passed, 0 failed\n/);
  });
});
