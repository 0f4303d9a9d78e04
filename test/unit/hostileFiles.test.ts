// What a newsroom folder can hold besides articles (issue 15): a named pipe, a link to a
// device, a link loop, a file too large to hold, a subfolder that cannot be listed, a file
// named like an option. The command line reads none of them, says why, analyses the rest
// and exits 2; the readers shared with the server (node/files.ts) behave the same.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs, loadKnowledgeFiles, MAX_ARTICLE_BYTES, readArticle } from '../../server/src/node/files';
import { runCli } from '../support/cli';

const ARTICLE = 'عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n';
const posix = process.platform !== 'win32';

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-hostile-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  return dir;
}

/** Runs the CLI and returns the files its JSON report analysed, and those it names as failed (`name:code`). */
async function analysed(args: string[]): Promise<{ code: number; files: string[]; failed: string[]; err: string }> {
  const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', ...args]);
  const entries = JSON.parse(r.out) as { file: string; error?: { code: string } }[];
  return {
    code: r.code,
    files: entries.filter((e) => !e.error).map((e) => path.basename(e.file)),
    failed: entries.filter((e) => e.error).map((e) => `${path.basename(e.file)}:${e.error?.code}`),
    err: r.err,
  };
}

describe('hostile files in a folder', function () {
  this.timeout(60000);

  (posix ? it : it.skip)('skips a named pipe without opening it for a read that never ends', async () => {
    const dir = folder();
    execFileSync('mkfifo', [path.join(dir, 'b.txt')]);
    const r = await analysed([dir]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, ['a.txt']);
    assert.deepEqual(r.failed, ['b.txt:unreadable']);
    assert.match(r.err, /b\.txt: a named pipe \(FIFO\), not a regular file: skipped, never read/);
    assert.match(readArticle(path.join(dir, 'b.txt')).ok ? '' : (readArticle(path.join(dir, 'b.txt')) as { error: string }).error, /named pipe/);
  });

  (posix ? it : it.skip)('never follows a link to /dev/zero, in a folder or named on the command line', async () => {
    const dir = folder();
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.txt'));
    const r = await analysed([dir]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, ['a.txt']);
    assert.deepEqual(r.failed, ['z.txt:skipped']);
    assert.match(r.err, /z\.txt: a link to \/dev\/zero, outside the folder: not followed/);
    const named = await analysed([path.join(dir, 'z.txt'), path.join(dir, 'a.txt')]);
    assert.equal(named.code, 2);
    assert.deepEqual(named.files, ['a.txt']);
    assert.deepEqual(named.failed, ['z.txt:unreadable']);
    assert.match(named.err, /z\.txt: a character device, not a regular file: skipped, never read/);
  });

  it('follows a link to an article inside the folder', () => {
    const dir = folder();
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    assert.deepEqual(expandInputs([dir]).files.map((f) => path.basename(f)), ['a.txt', 'b.txt']);
  });

  it('calls a link loop a loop, not a missing file', async () => {
    const dir = folder();
    fs.symlinkSync(path.join(dir, 'y.txt'), path.join(dir, 'x.txt'));
    fs.symlinkSync(path.join(dir, 'x.txt'), path.join(dir, 'y.txt'));
    const named = await analysed([path.join(dir, 'x.txt'), path.join(dir, 'a.txt')]);
    assert.equal(named.code, 2);
    assert.deepEqual(named.files, ['a.txt']);
    assert.deepEqual(named.failed, ['x.txt:unreadable']);
    assert.match(named.err, /x\.txt: a loop of symbolic links/);
    assert.doesNotMatch(named.err, /no such file/);
    assert.match((await analysed([dir])).err, /x\.txt: a link that leads nowhere: a loop of symbolic links/);
  });

  it('reports a file over the size limit before reading it, and analyses the others', async () => {
    const dir = folder();
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 566 * 1024 * 1024); // sparse: takes no disk
    const r = await analysed([dir]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, ['a.txt']);
    assert.deepEqual(r.failed, ['big.txt:unreadable']);
    assert.match(r.err, /big\.txt: too large: 566 MB \(the limit is 64 MB\); not read/);
    assert.ok(MAX_ARTICLE_BYTES < 566 * 1024 * 1024);
  });

  it('goes on past a subfolder that cannot be listed, and names it', async () => {
    const dir = folder();
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, 'c.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'd.txt'), ARTICLE);
    // Root reads any folder whatever its mode: make listing this one fail as it would for a user.
    // (The module object itself: the namespace import above is read-only.)
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the mutable CommonJS module object, to stub one call
    const fsModule = require('node:fs') as { readdirSync: (...a: unknown[]) => unknown };
    const readdir = fsModule.readdirSync;
    fsModule.readdirSync = (p: unknown, ...rest: unknown[]) => {
      if (path.resolve(String(p)) === path.resolve(locked)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES' });
      return readdir(p, ...rest);
    };
    try {
      const r = await analysed([dir]);
      assert.equal(r.code, 2);
      assert.deepEqual(r.files, ['a.txt', 'd.txt']);
      assert.deepEqual(r.failed, ['locked:unreadable']);
      assert.match(r.err, /skipped .*locked: cannot list this folder: permission denied/);
    } finally {
      fsModule.readdirSync = readdir;
    }
  });

  (posix ? it : it.skip)('never blocks on a named pipe among knowledge files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-knowledge-'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    fs.writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ roles: [] }));
    const loaded = loadKnowledgeFiles(dir);
    assert.equal(loaded.sources.length, 1);
    assert.match(loaded.errors[0].message, /named pipe/);
  });

  it('takes every argument after "--" as a file, even one that starts with "-"', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, '-v.txt'), ARTICLE);
    const before = process.cwd();
    process.chdir(dir);
    try {
      const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', '--', '-v.txt'], dir);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual((JSON.parse(r.out) as { file: string }[]).map((f) => f.file), ['-v.txt']);
      assert.match((await runCli(['analyze', '-v.txt'], dir)).err, /unknown option "-v.txt"/);
    } finally {
      process.chdir(before);
    }
  });

  it('exits 2 for a knowledge file that does not follow the schema, naming the file and not an empty path', async () => {
    const dir = folder();
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '[1, 2]');
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--knowledge', bad, path.join(dir, 'a.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.json: a knowledge file must be a JSON object/);
    assert.doesNotMatch(r.err, /bad\.json: : /);
  });
});
