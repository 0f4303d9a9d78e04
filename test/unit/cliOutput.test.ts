// The command line's text output goes straight to its descriptors (server/src/node/directWrite.ts):
// the same bytes as through the stream, and a reader that goes away early (`| head`) ends the
// output quietly (through process.stdout it was an unhandled EPIPE error and a stack trace).

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

describe("the command line's text output (dist/cli.js)", function () {
  // Spawns the CLI on a loaded machine: no time limit is asserted here.
  this.timeout(120_000);

  it('is the report main() makes, with its exit status', async () => {
    const inProcess = await runCli(['analyze', 'seeds']);
    const spawned = spawnSync(process.execPath, [CLI, 'analyze', 'seeds'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PRESS_REVIEW_CODE_CACHE: 'off' } });
    assert.equal(spawned.stdout, inProcess.out);
    assert.equal(spawned.stderr, '');
    assert.equal(spawned.status, inProcess.code);
  });

  it('ends quietly when its reader goes away', function () {
    if (process.platform === 'win32') this.skip();
    // About 500 KB of report: more than a pipe holds, so the write meets the closed pipe.
    const inputs = Array.from({ length: 30 }, () => 'seeds').join(' ');
    const run = spawnSync('sh', ['-c', `("${process.execPath}" "${CLI}" analyze ${inputs}; echo "exit $?" >&2) | head -c 10`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PRESS_REVIEW_CODE_CACHE: 'off' } });
    assert.ok(run.stdout.startsWith('━━'), 'the report begins');
    assert.equal(run.stderr, 'exit 1\n', 'no EPIPE error; the status of the findings');
  });
});
