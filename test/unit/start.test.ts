// `npm start` (scripts/start.mjs) is the demo: it exits 0 when the review of the seeds ran,
// though the seeds have findings (the CLI itself says 1 then, for CI), and fails when the
// review could not run (issue 18, item 7). Needs dist/cli.js (npm test builds it first).

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../support/article';

const run = (script: string, args: string[]) => spawnSync(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm start (scripts/start.mjs)', function () {
  // Spawns the CLI on a loaded machine: no time limit is asserted here.
  this.timeout(120_000);
  it('exits 0 after reviewing the seeds, while the CLI reports their findings with 1', () => {
    const cli = run('dist/cli.js', ['analyze', 'seeds']);
    assert.equal(cli.status, 1, 'the seeds have findings: the CLI exits 1 for CI');
    const demo = run('scripts/start.mjs', []);
    assert.equal(demo.status, 0, demo.stderr);
    assert.equal(demo.stdout, cli.stdout, 'the same review is printed');
  });

  it('fails when the review cannot run', () => {
    const demo = run('scripts/start.mjs', ['no-such-folder-here']);
    assert.equal(demo.status, 2, demo.stdout + demo.stderr);
  });
});
