// The V8 code cache of the engine bundle (server/src/node/codeCache.ts): made after a first
// use, taken by the next load, and never in the way: a corrupt, refused, foreign or
// unwritable cache leaves a load that compiles the source, with the same exports.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CHILD = path.join(__dirname, '..', 'support', 'codeCacheChild.ts');

/** A CommonJS module with functions compiled only when called, as the engine's are. */
const MODULE = `
const path = require('node:path');
function words(text) { return text.split(/\\s+/).filter(Boolean); }
function longest(text) { return words(text).reduce((a, w) => (w.length > a.length ? w : a), ''); }
exports.longest = longest;
exports.file = path.basename(__filename);
exports.self = this === module.exports;
`;

/** What a new process saw loading the module (test/support/codeCacheChild.ts). */
interface Loaded {
  accepted: boolean;
  cacheFile: string;
  longest: string;
  file: string;
  self: boolean;
  saved: boolean | null;
}

describe('the code cache of a bundle', function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  let folder: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-code-cache-'));
    file = path.join(dir, 'sample.js');
    fs.writeFileSync(file, MODULE);
    folder = path.join(dir, 'cache');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Loads the module in a new process, and saves its cache there when `save`. */
  const load = (options: { save?: boolean; from?: string; into?: string; nodeArgs?: string[] } = {}): Loaded => {
    const { save = false, from = file, into = folder, nodeArgs = [] } = options;
    const out = execFileSync(process.execPath, [...nodeArgs, '--require', require.resolve('tsx/cjs'), CHILD, from, into, save ? 'save' : ''], { encoding: 'utf8' });
    const loaded = JSON.parse(out) as Loaded | null;
    assert.ok(loaded, 'the source is readable');
    // Loaded as require() would: its own file name, `this` as exports, require() beside it.
    assert.equal(loaded.longest, 'jumped');
    assert.equal(loaded.file, path.basename(from));
    assert.equal(loaded.self, true);
    return loaded;
  };
  const cacheFiles = (): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

  it('is written after a first use, in a folder only its user may open, and taken by the next load', () => {
    const first = load();
    assert.equal(first.accepted, false);
    assert.deepEqual(cacheFiles(), [], 'nothing is written without save()');
    assert.equal(load({ save: true }).saved, true);
    assert.deepEqual(cacheFiles(), [path.basename(first.cacheFile)]);
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
      assert.equal(fs.statSync(first.cacheFile).mode & 0o777, 0o600);
    }
    const second = load({ save: true });
    assert.equal(second.accepted, true);
    assert.equal(second.saved, false, 'a cache that was taken is not written again');
  });

  it('is another file for another source, and the newer one replaces the older', () => {
    const first = load({ save: true });
    fs.appendFileSync(file, '\nexports.more = 1;\n');
    const changed = load({ save: true });
    assert.equal(changed.accepted, false, "the old source's cache is not used");
    assert.notEqual(changed.cacheFile, first.cacheFile);
    assert.deepEqual(cacheFiles(), [path.basename(changed.cacheFile)]);
  });

  it('is another file under other Node flags, and both stay', () => {
    const plain = load({ save: true });
    const flagged = load({ save: true, nodeArgs: ['--no-warnings'] });
    assert.equal(flagged.accepted, false);
    assert.notEqual(flagged.cacheFile, plain.cacheFile);
    assert.deepEqual(cacheFiles().sort(), [path.basename(plain.cacheFile), path.basename(flagged.cacheFile)].sort());
    assert.equal(load().accepted, true);
    assert.equal(load({ nodeArgs: ['--no-warnings'] }).accepted, true);
  });

  it('falls back to compiling when the cache is corrupt, and writes a sound one', () => {
    const { cacheFile } = load({ save: true });
    const bytes = fs.readFileSync(cacheFile);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(cacheFile, bytes);
    const loaded = load({ save: true });
    assert.equal(loaded.accepted, false);
    assert.equal(loaded.saved, true);
    assert.equal(load().accepted, true);
  });

  it('falls back to compiling when the cache is cut short or empty', () => {
    const { cacheFile } = load({ save: true });
    fs.truncateSync(cacheFile, 100);
    assert.equal(load().accepted, false);
    fs.writeFileSync(cacheFile, '');
    assert.equal(load().accepted, false);
  });

  it('falls back to compiling when V8 refuses the cache (whole, but made from another source)', () => {
    // A sound file (its checksum holds) under this source's name, with another source's code.
    const other = path.join(dir, 'other.js');
    fs.writeFileSync(other, `${MODULE}\nexports.other = function () { return 1; };\n`);
    const made = load({ save: true, from: other, into: path.join(dir, 'other-cache') });
    const { cacheFile } = load();
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.copyFileSync(made.cacheFile, cacheFile);
    const refused = load({ save: true });
    assert.equal(refused.accepted, false);
    assert.equal(refused.saved, true, 'and replaces it');
    assert.equal(load().accepted, true);
  });

  it('loads without a cache when the folder cannot be made or written', () => {
    fs.writeFileSync(folder, 'a file where the folder should be');
    const loaded = load({ save: true });
    assert.equal(loaded.accepted, false);
    assert.equal(loaded.saved, false);
    assert.equal(fs.readFileSync(folder, 'utf8'), 'a file where the folder should be');
  });

  it('neither reads nor writes a cache in a folder others may write to', function () {
    if (typeof process.getuid !== 'function') this.skip();
    load({ save: true });
    fs.chmodSync(folder, 0o777);
    const loaded = load({ save: true });
    assert.equal(loaded.accepted, false, 'a cache someone else could have planted is not run');
    assert.equal(loaded.saved, false);
  });

  it('gives nothing for a source it cannot read (the caller then requires it)', () => {
    const out = execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, path.join(dir, 'missing.js'), folder], { encoding: 'utf8' });
    assert.equal(out, 'null');
  });
});

describe("the command line's code cache (dist/cli.js)", function () {
  // Spawns the CLI on a loaded machine: no time limit is asserted here.
  this.timeout(120_000);
  const seed = path.join(__dirname, '..', '..', 'seeds', '003_39a2c00878abc77a.txt');
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-cli-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (cache: string): { out: string; err: string; status: number } => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'cli.js'), 'analyze', '--no-workspace-knowledge', seed], { encoding: 'utf8', env: { ...process.env, PRESS_REVIEW_CODE_CACHE: cache } });
    return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
  };

  it('is not made by a first run (which makes its folder), written by the second, taken by the next ones, and changes no output', () => {
    const folder = path.join(dir, 'cache');
    const plain = cli('off');
    assert.match(plain.out, /\S/);
    assert.equal(plain.status, 1, 'the seed has findings');
    assert.equal(fs.existsSync(folder), false);
    assert.deepEqual(cli(folder), plain);
    assert.deepEqual(fs.readdirSync(folder), [], 'a first run makes the folder only');
    if (process.platform !== 'win32') assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
    assert.deepEqual(cli(folder), plain);
    const made = fs.readdirSync(folder);
    assert.equal(made.length, 1);
    assert.match(made[0], /^engine-[0-9a-f]+-[0-9a-f]+\.v8cache$/);
    const inode = fs.statSync(path.join(folder, made[0])).ino;
    assert.deepEqual(cli(folder), plain);
    assert.deepEqual(fs.readdirSync(folder), made);
    assert.equal(fs.statSync(path.join(folder, made[0])).ino, inode, 'taken, so not written again');
  });

  it('analyses as without it when its cache is damaged or cut short, and writes a sound one the next run takes', () => {
    const folder = path.join(dir, 'cache');
    const plain = cli('off');
    cli(folder);
    cli(folder);
    const [name] = fs.readdirSync(folder);
    const cacheFile = path.join(folder, name);
    const damages: [string, (bytes: Buffer) => Buffer][] = [
      // In the middle of the cache, where only the checksum (through WebAssembly, the cache being large) sees it.
      ['a byte changed', (bytes) => ((bytes[bytes.length >> 1] ^= 0xff), bytes)],
      ['cut short', (bytes) => bytes.subarray(0, bytes.length >> 1)],
    ];
    for (const [damage, apply] of damages) {
      const damaged = apply(fs.readFileSync(cacheFile));
      fs.writeFileSync(cacheFile, damaged);
      assert.deepEqual(cli(folder), plain, damage);
      assert.notDeepEqual(fs.readFileSync(cacheFile), damaged, `${damage}: written again`);
      const inode = fs.statSync(cacheFile).ino;
      assert.deepEqual(cli(folder), plain);
      assert.equal(fs.statSync(cacheFile).ino, inode, `${damage}: the new cache is taken, so not written again`);
    }
  });

  it('is kept by default in a folder of each installed copy, so that two copies keep both caches', () => {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    const copies = ['a', 'b'].map((name) => {
      const dist = path.join(dir, name, 'dist');
      fs.mkdirSync(dist, { recursive: true });
      for (const file of ['cli.js', 'engine.js', 'engine-knowledge.utf16']) fs.copyFileSync(path.join(__dirname, '..', '..', 'dist', file), path.join(dist, file));
      return path.join(dist, 'cli.js');
    });
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    delete env.PRESS_REVIEW_CODE_CACHE;
    const run = (copy: string): void => void spawnSync(process.execPath, [copy, 'analyze', '--no-workspace-knowledge', seed], { encoding: 'utf8', env });
    for (const copy of [...copies, ...copies]) run(copy);
    const folders = fs.readdirSync(tmp);
    assert.equal(folders.length, 2, folders.join(', '));
    const caches = folders.map((f) => fs.readdirSync(path.join(tmp, f)));
    assert.deepEqual(caches.map((c) => c.length), [1, 1]);
    assert.deepEqual(caches[0], caches[1], 'the same build in two places: the same cache name, in two folders');
    for (const f of folders) assert.match(f, /^press-review-.+-[0-9a-f]{8}$/);
  });

  it('says so, and analyses as without it, when its folder cannot be made or others may write to it', () => {
    const plain = cli('off');
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, 'a file where the folder should be');
    for (const folder of [path.join(blocked, 'cache'), blocked]) {
      const run = cli(folder);
      assert.equal(run.out, plain.out);
      assert.equal(run.status, plain.status);
      assert.match(run.err, /^press-review: the code cache cannot be kept in .*: analysed without it; set PRESS_REVIEW_CODE_CACHE to a folder of yours, or to off\n$/);
    }
    if (typeof process.getuid === 'function') {
      const shared = path.join(dir, 'shared');
      fs.mkdirSync(shared, { mode: 0o777 });
      fs.chmodSync(shared, 0o777);
      for (let i = 0; i < 2; i++) assert.match(cli(shared).err, /not private to this user/);
      assert.deepEqual(fs.readdirSync(shared), [], 'no cache written where others may write');
    }
  });
});
