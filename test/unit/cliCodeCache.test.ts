// The command line keeps a V8 code cache of the engine (server/src/node/engine.ts): a first
// `press-review analyze` writes it after its output, the next takes it and writes nothing,
// the review is the same with the cache, without one and with it off, and the cache's
// checksum does not load node:crypto (51 M instructions, as much as the cache saves).
// Needs dist/cli.js (npm test builds it first).

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/article';

const ARTICLE = path.join(ROOT, 'seeds', '003_39a2c00878abc77a.txt');

describe('the command line and its code cache', function () {
  // Spawns the CLI on a loaded machine: no time limit is asserted here.
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-cli-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** One run of dist/cli.js with the cache in `cache`; `modules` lists the Node modules it loaded whose names match crypto or zlib. */
  const run = (cache: string, args = ['analyze', ARTICLE]) => {
    const probe = path.join(dir, 'probe.cjs');
    fs.writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify(process.moduleLoadList.filter((m) => /crypto|zlib/.test(m)))));");
    const probeOut = path.join(dir, 'modules.json');
    const r = spawnSync(process.execPath, ['--require', probe, path.join(ROOT, 'dist', 'cli.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PRESS_REVIEW_CODE_CACHE: cache, PROBE_OUT: probeOut },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: JSON.parse(fs.readFileSync(probeOut, 'utf8')) as string[] };
  };
  const cacheFiles = (folder: string): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.v8cache')) : []);

  it('is written by a first analyze, taken by the next, and changes nothing in the review', () => {
    const folder = path.join(dir, 'cache');
    const off = run('off');
    assert.equal(off.status, 1, off.stderr);
    assert.deepEqual(cacheFiles(folder), []);

    const first = run(folder);
    assert.equal(first.stdout, off.stdout);
    assert.equal(first.status, off.status);
    const [file] = cacheFiles(folder);
    assert.ok(file?.startsWith('engine-'), 'the first run leaves a cache of engine.js');
    const written = fs.statSync(path.join(folder, file)).mtimeMs;

    const second = run(folder);
    assert.equal(second.stdout, off.stdout);
    assert.deepEqual(cacheFiles(folder), [file]);
    assert.equal(fs.statSync(path.join(folder, file)).mtimeMs, written, 'a cache that was taken is not written again');
    assert.deepEqual([...first.modules, ...second.modules], [], 'neither run loaded crypto or zlib');
  });

  it('is not written by a run that analysed nothing', () => {
    const folder = path.join(dir, 'cache');
    assert.equal(run(folder, ['--version']).status, 0);
    assert.equal(run(folder, ['analyze', path.join(dir, 'no-such-file.txt')]).status, 2);
    assert.deepEqual(cacheFiles(folder), []);
  });
});
