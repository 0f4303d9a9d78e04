import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/cli';


describe('press-review CLI', async () => {
  it('prints JSON with the fields of the contract for every seed', async () => {
    const r = await runCli(['analyze', '--format', 'json', 'seeds']);
    const reports = JSON.parse(r.out);
    assert.equal(reports.length, 5);
    for (const rep of reports) {
      for (const key of ['file', 'title', 'date', 'sections', 'quotes', 'speakers', 'organizations', 'diagnostics']) assert.ok(key in rep, key);
      for (const q of rep.quotes) for (const key of ['line', 'column', 'text', 'kind', 'speaker', 'speakerId', 'cue', 'nestedIn']) assert.ok(key in q, key);
    }
    const first = reports[0];
    assert.equal(first.date, '2022-01-14');
    assert.equal(first.quotes[0].line, 7);
    assert.equal(first.quotes[0].speaker, 'سيرغي لافروف');
    assert.equal(r.code, 1, 'the seeds carry page chrome, so findings make the exit status 1');
  });

  it('prints SARIF 2.1.0', async () => {
    const sarif = JSON.parse((await runCli(['analyze', '--format', 'sarif', 'seeds/000_6b1e01c628aeb617.txt'])).out);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.ok(results.length > 0);
    assert.equal(results[0].locations[0].physicalLocation.region.startLine, 1);
  });

  it('prints a readable review with line:column', async () => {
    const r = await runCli(['analyze', 'seeds/004_7e73e5d89ee22f4a.txt']);
    assert.match(r.out, /ألكسندر لوكاشينكو/);
    assert.match(r.out, /19:\d+ +warning +name-variant/);
  });

  it('exits 0 on a clean article', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-'));
    const file = path.join(dir, 'clean.article');
    fs.writeFileSync(file, 'عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n\nالمصدر: تاس\n');
    const r = await runCli(['analyze', file]);
    assert.equal(r.code, 0, r.out);
  });

  it('exits 2 on a usage error and names an unreadable file while analysing the others', async () => {
    assert.equal((await runCli(['analyze', '--format', 'xml', 'seeds'])).code, 2);
    assert.equal((await runCli(['frobnicate'])).code, 2);
    const r = await runCli(['analyze', '--format', 'json', 'no-such-file.txt', 'seeds/000_6b1e01c628aeb617.txt']);
    assert.equal(r.code, 2);
    assert.match(r.err, /no-such-file\.txt/);
    const [missing, analysed] = JSON.parse(r.out);
    assert.deepEqual(missing, { version: 1, file: 'no-such-file.txt', error: { code: 'unreadable', message: 'cannot read no-such-file.txt: no such file or folder' } });
    assert.equal(analysed.file, 'seeds/000_6b1e01c628aeb617.txt');
  });

  it('reports a binary file as not a text article', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-'));
    const file = path.join(dir, 'binary.txt');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]));
    const r = await runCli(['analyze', '--format', 'json', file]);
    const [rep] = JSON.parse(r.out);
    assert.equal(rep.notText, true);
    assert.equal(rep.diagnostics[0].code, 'not-text');
  });
});
