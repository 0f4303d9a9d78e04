// The command line over an archive: --format ndjson and the streamed json array, input
// from stdin (paths, JSON lines, gzip), worker threads in input order or as they finish,
// an error object for each entry that cannot be read and nothing else lost, and the
// summary of a run (press-review summarize). Small inputs; no timing.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { main } from '../../server/src/cli/main';
import type { JsonReport } from '../../server/src/report/jsonReport';
import type { ErrorObject, RunSummary } from '../../server/src/archive/types';
import { ROOT, seed } from '../support/article';
import { runCli } from '../support/cli';
import { badFile, tempDir, writeTemp } from '../support/badInputs';

type Line = JsonReport | ErrorObject | RunSummary;
const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).sort().map((f) => path.join('seeds', f));

function ndjson(out: string): { entries: (JsonReport | ErrorObject)[]; summary: RunSummary['summary'] } {
  const lines = out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line);
  const last = lines.pop() as RunSummary;
  assert.ok(last && 'summary' in last, 'the last line is the summary');
  assert.ok(lines.every((l) => !('summary' in l)), 'only the last line is a summary');
  return { entries: lines as (JsonReport | ErrorObject)[], summary: last.summary };
}

const isError = (e: JsonReport | ErrorObject): e is ErrorObject => 'error' in e;
const jsonl = (items: unknown[]): string => items.map((i) => JSON.stringify(i)).join('\n') + '\n';

describe('the command line over an archive', () => {
  it('writes one line per article in ndjson, each equal to that article\'s --format json object, then a summary', async () => {
    const json = await runCli(['analyze', '--format', 'json', '--no-workspace-knowledge', '--jobs', '1', 'seeds']);
    const nd = await runCli(['analyze', '--format', 'ndjson', '--no-workspace-knowledge', '--jobs', '2', 'seeds']);
    const expected = JSON.parse(json.out) as JsonReport[];
    const { entries, summary } = ndjson(nd.out);
    assert.equal(entries.length, SEEDS.length);
    assert.deepEqual(entries, expected);
    assert.equal(nd.code, json.code);
    assert.equal(summary.entries, SEEDS.length);
    assert.equal(summary.clean + summary.withFindings + summary.notText + summary.errors, SEEDS.length);
    assert.equal(summary.withFindings, expected.filter((r) => r.diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error')).length);
    assert.equal(summary.jobs, 2);
    assert.equal(summary.megabytes, Math.round(SEEDS.reduce((n, f) => n + fs.statSync(path.join(ROOT, f)).size, 0) / 1e3) / 1e3);
  });

  it('writes --format json as the same array JSON.stringify(…, null, 2) would, whatever the number of workers', async () => {
    const one = await runCli(['analyze', '--format', 'json', '--no-workspace-knowledge', '--jobs', '1', 'seeds']);
    const two = await runCli(['analyze', '--format', 'json', '--no-workspace-knowledge', '--jobs', '2', 'seeds']);
    assert.equal(two.out, one.out);
    assert.equal(one.out, `${JSON.stringify(JSON.parse(one.out), null, 2)}\n`);
    const none = await runCli(['analyze', '--format', 'json', '--stdin-paths'], ROOT, '');
    assert.equal(none.out, '[]\n');
  });

  it('keeps input order with workers, and gives the same entries as they finish with --unordered', async () => {
    // Many entries (each seed 8 times) so that four workers finish out of order at times.
    const paths = Array.from({ length: 8 }, () => SEEDS).flat();
    const ordered = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '4', '--stdin-paths'], ROOT, paths.join('\n'))).out).entries;
    assert.deepEqual(ordered.map((e) => e.file), paths);
    const unordered = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '4', '--unordered', '--stdin-paths'], ROOT, paths.join('\n'))).out);
    assert.equal(unordered.summary.ordered, false);
    const key = (e: JsonReport | ErrorObject): string => JSON.stringify(e);
    assert.deepEqual(unordered.entries.map(key).sort(), ordered.map(key).sort());
  });

  it('reads paths from stdin: an empty line and a missing file get error objects, the others their reports, exit 2', async () => {
    const r = await runCli(['analyze', '--format', 'ndjson', '--jobs', '2', '--stdin-paths'], ROOT, `${SEEDS[0]}\n\nno-such-file.txt\r\n${SEEDS[1]}`);
    const { entries, summary } = ndjson(r.out);
    assert.deepEqual(entries.map((e) => e.file), [SEEDS[0], 'stdin:2', 'no-such-file.txt', SEEDS[1]]);
    const [a, empty, missing, b] = entries;
    assert.ok(!isError(a) && !isError(b));
    assert.ok(isError(empty) && empty.error.code === 'empty-line');
    assert.ok(isError(missing) && missing.error.code === 'unreadable');
    assert.equal(summary.errors, 2);
    assert.equal(r.code, 2);
    assert.match(r.err, /no-such-file\.txt/);
    assert.match(r.err, /stdin:2: empty line/);
    const json = await runCli(['analyze', '--format', 'json', '--jobs', '2', '--stdin-paths'], ROOT, `${SEEDS[0]}\n\nno-such-file.txt\r\n${SEEDS[1]}`);
    assert.deepEqual(JSON.parse(json.out), entries, 'the json array holds the same elements as the ndjson lines, error objects included');
    assert.equal(json.code, 2);
  });

  it('reads JSON lines from stdin (id and text): broken JSON, an empty line, no text and invalid UTF-8 fail alone', async () => {
    const good = { id: 'AL-economy-1', outlet: 'Alarabia', text: seed('000') };
    const other = { id: 'BBC-middleEast-2', text: seed('004') };
    const input = Buffer.concat([
      Buffer.from(jsonl([good])),
      Buffer.from('{"id": "broken", "text": "قال\n'),
      Buffer.from('\n'),
      Buffer.from(jsonl([{ id: 'no-text', body: 'x' }])),
      Buffer.from('{"id": "bad-bytes", "text": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n'),
      Buffer.from(jsonl([other])),
    ]);
    const r = await runCli(['analyze', '--format', 'ndjson', '--jobs', '2', '--stdin-jsonl'], ROOT, input);
    const { entries, summary } = ndjson(r.out);
    assert.equal(entries.length, 6, 'one object per line');
    const [first, broken, empty, noText, badBytes, last] = entries;
    const direct = await runCli(['analyze', '--format', 'json', '--jobs', '1', '--stdin-jsonl'], ROOT, jsonl([good, other]));
    assert.deepEqual([first, last], JSON.parse(direct.out), 'the good lines are analysed as if alone');
    assert.equal(first.file, 'AL-economy-1', 'an entry is named by its id');
    assert.ok(isError(broken) && broken.error.code === 'bad-json' && broken.file === 'stdin:2');
    assert.ok(isError(empty) && empty.error.code === 'empty-line' && empty.file === 'stdin:3');
    assert.ok(isError(noText) && noText.error.code === 'no-text' && noText.file === 'no-text');
    assert.ok(!isError(badBytes) && badBytes.notText && badBytes.diagnostics[0].code === 'not-text', 'invalid UTF-8 is not text, as a binary file is');
    assert.deepEqual([summary.errors, summary.notText], [3, 1]);
    assert.equal(r.code, 2);
  });

  it('reads gzip from stdin and .jsonl.gz files directly', async () => {
    const lines = jsonl([{ id: 'a', text: seed('001') }, { id: 'b', text: seed('002') }]);
    const plain = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', '--stdin-jsonl'], ROOT, lines)).out).entries;
    const gz = zlib.gzipSync(Buffer.from(lines));
    const fromStdin = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', '--stdin-jsonl'], ROOT, gz)).out).entries;
    const file = writeTemp('archive.jsonl.gz', '');
    fs.writeFileSync(file, gz);
    const fromFile = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', file])).out).entries;
    assert.equal(plain.length, 2);
    assert.deepEqual(fromStdin, plain);
    assert.deepEqual(fromFile.map((e) => e.file), ['a', 'b']);
    assert.deepEqual(fromFile, plain);
  });

  it('says when a gzip archive is cut short, and keeps the entries read before', async () => {
    const lines = jsonl(Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, text: seed('003') })));
    const gz = zlib.gzipSync(Buffer.from(lines));
    const file = path.join(tempDir(), 'cut.jsonl.gz');
    fs.writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.9)));
    const r = await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', file]);
    const { entries } = ndjson(r.out);
    assert.ok(entries.length > 0 && entries.length < 40, `${entries.length} entries`);
    assert.ok(entries.every((e, i) => e.file === `n${i}` && !isError(e)));
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read all of .*cut\.jsonl\.gz/);
  });

  it('gives a too-large report to an article over --max-bytes, and analyses the next one', async () => {
    const r = await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', '--max-bytes', '2000', '--stdin-jsonl'], ROOT, jsonl([{ id: 'big', text: seed('000').repeat(10) }, { id: 'small', text: 'قال الوزير: "نحن هنا".' }]));
    const [big, small] = ndjson(r.out).entries as JsonReport[];
    assert.deepEqual(big.diagnostics.map((d) => d.code), ['too-large']);
    assert.equal(big.quotes.length, 0);
    assert.equal(small.quotes.length, 1);
  });

  it('gives an error object to the entry a worker dies on, and analyses the others on a new worker', async () => {
    // A worker that dies on "poison" and otherwise is the real one.
    const script = path.join(tempDir(), 'dying-worker.js');
    fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => { if (job.jsonLine && Buffer.from(job.jsonLine).includes('"poison"')) process.exit(7); });
require(${JSON.stringify(path.join(ROOT, 'dist', 'archiveWorker.js'))});`);
    const items = Array.from({ length: 12 }, (_, i) => ({ id: i === 5 ? 'poison' : `ok${i}`, text: seed(`00${i % 5}`) }));
    let out = '';
    let err = '';
    const code = await main(['analyze', '--format', 'ndjson', '--jobs', '2', '--no-workspace-knowledge', '--stdin-jsonl'], (s) => (out += `${s}\n`), (s) => (err += `${s}\n`), {
      stdin: Readable.from([Buffer.from(jsonl(items))]),
      stderrIsTTY: false,
      workerScript: script,
    });
    const { entries, summary } = ndjson(out);
    assert.deepEqual(entries.map((e) => e.file), items.map((item, i) => (i === 5 ? 'stdin:6' : item.id)), 'a lost entry is named by its line');
    assert.ok(entries.every((e, i) => isError(e) === (i === 5)), `only the poison entry failed: ${err}`);
    assert.equal((entries[5] as ErrorObject).error.code, 'worker-died');
    assert.equal(summary.errors, 1);
    assert.equal(code, 2);
    assert.match(err, /stdin:6: an analysis worker died/);
  });

  it('draws a progress line on a terminal only, never with --quiet, and clears it at the end', async () => {
    const r = await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', 'seeds']);
    assert.doesNotMatch(r.err, /\r|articles\/s/);
    const drawn = async (...extra: string[]): Promise<string> => {
      let progress = '';
      await main(['analyze', '--format', 'ndjson', '--jobs', '1', ...extra, 'seeds'], () => undefined, () => undefined, { stderrIsTTY: true, progressWrite: (s) => (progress += s) });
      return progress;
    };
    const shown = await drawn();
    assert.match(shown, new RegExp(`${SEEDS.length}/${SEEDS.length} articles \\(100\\.0%\\)  \\d+ articles/s  ETA 0:00`), 'the last entry is always drawn');
    assert.ok(shown.endsWith('\r\x1b[K'), 'cleared at the end');
    assert.equal(await drawn('--quiet'), '');
  });

  it('refuses stdin input for text and sarif, and a --jobs that is not a whole number', async () => {
    assert.equal((await runCli(['analyze', '--stdin-paths'])).code, 2);
    assert.equal((await runCli(['analyze', '--format', 'ndjson', '--jobs', '0', 'seeds'])).code, 2);
    assert.equal((await runCli(['analyze', '--format', 'ndjson', '--stdin-paths', '--stdin-jsonl'])).code, 2);
  });

  it('reads a binary file and invalid UTF-8 in a folder as not text in ndjson as in json', async () => {
    const files = [badFile('binary.txt'), badFile('invalid-utf8.txt'), badFile('lf.txt')];
    const json = JSON.parse((await runCli(['analyze', '--format', 'json', '--jobs', '1', ...files])).out) as JsonReport[];
    const nd = ndjson((await runCli(['analyze', '--format', 'ndjson', '--jobs', '2', ...files])).out);
    assert.deepEqual(nd.entries, json);
    assert.equal(nd.summary.notText, 2);
  });
});
