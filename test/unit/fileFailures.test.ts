// A file the command line cannot read is a per-file entry of every output format, not only
// a line on stderr (issue 15): an error object in json and ndjson (the archive's shape), a
// tool execution notification located at the file in SARIF, a block in the text report.
// The other files are analysed and the exit status is 2.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { artifactUri } from '../../server/src/report/sarif';
import { badFile } from '../support/badInputs';
import { runCli } from '../support/cli';

const ARTICLE = 'عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n';
const posix = process.platform !== 'win32';

/** Every kind of file that cannot be read, beside one article and one binary file. */
function hostileFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-failures-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  fs.copyFileSync(badFile('binary.txt'), path.join(dir, 'bin.txt'));
  fs.writeFileSync(path.join(dir, 'locked.txt'), ARTICLE);
  fs.writeFileSync(path.join(dir, 'big.txt'), '');
  fs.truncateSync(path.join(dir, 'big.txt'), 65 * 1024 * 1024); // sparse: takes no disk
  fs.symlinkSync(path.join(dir, 'y.txt'), path.join(dir, 'x.txt'));
  fs.symlinkSync(path.join(dir, 'x.txt'), path.join(dir, 'y.txt'));
  if (posix) execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  return dir;
}

/** What each hostile file is called in every format: its code, and words of its message. */
const EXPECTED: Record<string, { code: string; says: RegExp }> = {
  'big.txt': { code: 'unreadable', says: /too large: 65 MB \(the limit is 64 MB\); not read/ },
  'locked.txt': { code: 'unreadable', says: /permission denied/ },
  'x.txt': { code: 'unreadable', says: /a loop of symbolic links/ },
  'y.txt': { code: 'unreadable', says: /a loop of symbolic links/ },
  ...(posix ? { 'pipe.txt': { code: 'unreadable', says: /a named pipe \(FIFO\), not a regular file: skipped, never read/ } } : {}),
};

/** Runs the CLI in `dir` with locked.txt unreadable as it is to a user without the right (the tests run as root). */
async function run(dir: string, format: string): Promise<{ code: number; out: string; err: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the mutable CommonJS module object, to stub one call
  const fsModule = require('node:fs') as { openSync: (...a: unknown[]) => unknown };
  const open = fsModule.openSync;
  fsModule.openSync = (p: unknown, ...rest: unknown[]) => {
    if (path.basename(String(p)) === 'locked.txt') throw Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
    return open(p, ...rest);
  };
  try {
    return await runCli(['analyze', '--no-workspace-knowledge', '--jobs', '1', '--format', format, '.'], dir);
  } finally {
    fsModule.openSync = open;
  }
}

type Entry = { file: string; notText?: boolean; error?: { code: string; message: string } };

describe('a file that cannot be read, in every output format', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = hostileFolder()));

  it('json: an error object {file, error: {code, message}} for each, reports for the others, exit 2', async () => {
    const r = await run(dir, 'json');
    assert.equal(r.code, 2);
    const entries = JSON.parse(r.out) as Entry[];
    const failed = entries.filter((e) => e.error);
    assert.deepEqual(failed.map((e) => e.file).sort(), Object.keys(EXPECTED).sort());
    for (const e of failed) {
      assert.deepEqual(Object.keys(e).sort(), ['error', 'file', 'version']);
      assert.equal(e.error?.code, EXPECTED[e.file].code);
      assert.match(e.error?.message ?? '', EXPECTED[e.file].says);
      assert.match(r.err, new RegExp(`${e.file.replace('.', '\\.')}: `), 'also said on stderr');
    }
    const reports = entries.filter((e) => !e.error);
    assert.deepEqual(reports.map((e) => e.file).sort(), ['a.txt', 'bin.txt']);
    assert.equal(reports.find((e) => e.file === 'bin.txt')?.notText, true, 'a binary file is read and reported as not text');
  });

  it('ndjson: the same objects as the json array, one a line, and the summary counts them as errors', async () => {
    const [json, nd] = [await run(dir, 'json'), await run(dir, 'ndjson')];
    const lines = nd.out.trim().split('\n').map((l) => JSON.parse(l) as Entry & { summary?: { errors: number } });
    const summary = lines.pop()?.summary;
    assert.deepEqual(lines, JSON.parse(json.out));
    assert.equal(summary?.errors, Object.keys(EXPECTED).length);
    assert.equal(nd.code, 2);
  });

  it('SARIF: a tool execution notification at each file, of a declared descriptor; results for the binary file', async () => {
    const r = await run(dir, 'sarif');
    assert.equal(r.code, 2);
    const sarif = JSON.parse(r.out);
    const run0 = sarif.runs[0];
    const descriptors = run0.tool.driver.notifications as { id: string }[];
    const invocation = run0.invocations[0];
    assert.equal(invocation.executionSuccessful, true);
    const notes = invocation.toolExecutionNotifications as { level: string; message: { text: string }; descriptor: { id: string; index: number }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[];
    const byUri = new Map(notes.map((n) => [n.locations[0].physicalLocation.artifactLocation.uri, n]));
    assert.deepEqual([...byUri.keys()].sort(), Object.keys(EXPECTED).map((f) => artifactUri(f)).sort());
    for (const [file, want] of Object.entries(EXPECTED)) {
      const n = byUri.get(artifactUri(file));
      assert.ok(n);
      assert.equal(n.level, 'error', 'an error notification: the results are incomplete');
      assert.equal(n.descriptor.id, want.code);
      assert.equal(descriptors[n.descriptor.index].id, want.code);
      assert.equal(n.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
      assert.match(n.message.text, want.says);
    }
    const results = run0.results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.ok(results.some((x) => x.ruleId === 'not-text' && x.locations[0].physicalLocation.artifactLocation.uri === 'bin.txt'));
    assert.ok(!results.some((x) => Object.keys(EXPECTED).map((f) => artifactUri(f)).includes(x.locations[0].physicalLocation.artifactLocation.uri)));
  });

  it('text: a block for each file not analysed, where its report would be', async () => {
    const r = await run(dir, 'text');
    assert.equal(r.code, 2);
    for (const [file, want] of Object.entries(EXPECTED)) {
      const block = r.out.split('\n\n').find((b) => b.startsWith(`━━ ${file}\n`));
      assert.ok(block, `a block for ${file}`);
      assert.match(block, new RegExp(`^  not analysed \\(${want.code}\\): `, 'm'));
      assert.match(block, want.says);
    }
    assert.match(r.out, /━━ bin\.txt\n {2}not a text article/);
    assert.match(r.out, /━━ a\.txt\n {2}title/);
  });

  it('a link out of the folder is "skipped", a missing path "unreadable", in every format', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-failures-'));
    fs.writeFileSync(path.join(other, 'a.txt'), ARTICLE);
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(other, 'out.txt'));
    const json = await runCli(['analyze', '--no-workspace-knowledge', '--jobs', '1', '--format', 'json', '.', 'gone.txt'], other);
    const failed = (JSON.parse(json.out) as Entry[]).filter((e) => e.error).map((e) => `${e.file}:${e.error?.code}`);
    assert.deepEqual(failed.sort(), ['gone.txt:unreadable', 'out.txt:skipped']);
    const sarif = JSON.parse((await runCli(['analyze', '--no-workspace-knowledge', '--format', 'sarif', '.', 'gone.txt'], other)).out);
    const levels = (sarif.runs[0].invocations[0].toolExecutionNotifications as { level: string; descriptor: { id: string } }[]).map((n) => `${n.descriptor.id}:${n.level}`);
    assert.deepEqual(levels.sort(), ['skipped:warning', 'unreadable:error']);
    const text = await runCli(['analyze', '--no-workspace-knowledge', '.', 'gone.txt'], other);
    assert.match(text.out, /━━ gone\.txt\n {2}not analysed \(unreadable\): cannot read gone\.txt: no such file or folder/);
    assert.match(text.out, /━━ out\.txt\n {2}not analysed \(skipped\): skipped out\.txt: a link to .*, outside the folder: not followed/);
    assert.equal(text.code, 2);
  });

  (process.platform === 'linux' ? it : it.skip)('names a file whose name is not valid UTF-8 as such, not as a missing file', async () => {
    const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-failures-'));
    fs.writeFileSync(Buffer.from(`${odd}/bad-\xff\xfe.txt`, 'latin1'), ARTICLE);
    fs.writeFileSync(path.join(odd, 'a.txt'), ARTICLE);
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', '.'], odd);
    assert.equal(r.code, 2);
    const entries = JSON.parse(r.out) as Entry[];
    assert.deepEqual(entries.filter((e) => !e.error).map((e) => e.file), ['a.txt']);
    const failed = entries.filter((e) => e.error);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].error?.code, 'unreadable');
    assert.match(failed[0].error?.message ?? '', /a name that is not valid UTF-8: cannot be opened by this name; rename it/);
    assert.doesNotMatch(failed[0].error?.message ?? '', /no such file/);
  });

  it('a file deleted between the listing and its reading is named, and the run goes on', async () => {
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-failures-'));
    for (const f of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(path.join(gone, f), ARTICLE);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the mutable CommonJS module object, to stub one call
    const fsModule = require('node:fs') as { openSync: (...a: unknown[]) => unknown };
    const open = fsModule.openSync;
    // The file goes just before it is opened: the listing saw it, the reading does not.
    fsModule.openSync = (p: unknown, ...rest: unknown[]) => {
      if (path.basename(String(p)) === 'b.txt') fs.rmSync(String(p), { force: true });
      return open(p, ...rest);
    };
    try {
      for (const format of ['json', 'text']) {
        fs.writeFileSync(path.join(gone, 'b.txt'), ARTICLE);
        const r = await runCli(['analyze', '--no-workspace-knowledge', '--jobs', '1', '--format', format, '.'], gone);
        assert.equal(r.code, 2, format);
        assert.match(r.err, /cannot read b\.txt: no such file/);
        if (format === 'json') assert.deepEqual((JSON.parse(r.out) as Entry[]).map((e) => `${e.file}:${e.error?.code ?? 'report'}`), ['a.txt:report', 'b.txt:unreadable', 'c.txt:report']);
        else assert.match(r.out, /━━ b\.txt\n {2}not analysed \(unreadable\): cannot read b\.txt: no such file/);
      }
    } finally {
      fsModule.openSync = open;
    }
  });

  it('a file name with escape sequences and a line break reaches neither the terminal nor the report raw', async () => {
    const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-failures-'));
    const name = 'x\u001b]0;pwned\u0007\nforged.txt';
    fs.symlinkSync(path.join(odd, name), path.join(odd, name)); // a link to itself: a loop, never read
    const r = await runCli(['analyze', '--no-workspace-knowledge', '.'], odd);
    assert.equal(r.code, 2);
    assert.ok(!(r.out + r.err).includes('\u001b') && !(r.out + r.err).includes('\u0007'), 'no escape or bell character printed');
    assert.doesNotMatch(r.out + r.err, /\nforged/);
    assert.match(r.out, /x␛\]0;pwned␇ forged\.txt/);
  });
});
