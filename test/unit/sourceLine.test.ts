// The source-line convention: missing-source only where the folder's articles end with a
// source line (TASS-style wire copy), never for outlets that do not write one (every ANT
// outlet), and the setting (auto | always | never) over the folder.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, resolveSourceLine } from '../../server/src/analysis';
import { runCli } from '../support/cli';

const BODY = 'الكرملين يعلق على العقوبات\n\nقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو سترد على العقوبات الجديدة في الوقت المناسب.\n';
const codes = (text: string, sourceLine?: 'always' | 'never'): string[] => analyze(text, { sourceLine }).findings.map((f) => f.code);

describe('source-line convention', () => {
  it('resolves auto from the folder: half of its articles with a source line make the convention', () => {
    assert.equal(resolveSourceLine('auto', { withSource: 3, articles: 4 }), 'always');
    assert.equal(resolveSourceLine('auto', { withSource: 1, articles: 2 }), 'always');
    assert.equal(resolveSourceLine('auto', { withSource: 1, articles: 10 }), 'never', 'one stray source line sets no rule');
    assert.equal(resolveSourceLine('auto', { withSource: 0, articles: 3100 }), 'never');
    assert.equal(resolveSourceLine('auto', undefined), 'never', 'an article alone shows no convention');
    assert.equal(resolveSourceLine('always', { withSource: 0, articles: 9 }), 'always');
    assert.equal(resolveSourceLine('never', { withSource: 9, articles: 9 }), 'never');
  });

  it('reports missing-source only when the article is expected to have a source line', async () => {
    assert.ok(codes(BODY, 'always').includes('missing-source'));
    assert.ok(!codes(BODY, 'never').includes('missing-source'));
    assert.ok(!codes(BODY).includes('missing-source'), 'off by default');
    assert.ok(!codes(`${BODY}المصدر: تاس\n`, 'always').includes('missing-source'));
  });

  describe('in the CLI, over the files given', () => {
    let tmp: string;
    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-source-line-'));
      for (const dir of ['tass', 'bbc']) fs.mkdirSync(path.join(tmp, dir));
      fs.writeFileSync(path.join(tmp, 'tass', 'a.article'), `${BODY}المصدر: تاس\n`);
      fs.writeFileSync(path.join(tmp, 'tass', 'b.article'), `${BODY}المصدر: تاس\n`);
      fs.writeFileSync(path.join(tmp, 'tass', 'c.article'), BODY);
      fs.writeFileSync(path.join(tmp, 'bbc', 'd.article'), BODY);
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    // SARIF, as text, waits for the whole run, so `auto` can read each folder's articles
    // first; a json or ndjson stream cannot (there `auto` reports none).
    const missing = async (args: string[]): Promise<string[]> => {
      const sarif = JSON.parse((await runCli(['analyze', '--format', 'sarif', ...args, tmp])).out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      return sarif.runs[0].results.filter((r) => r.ruleId === 'missing-source').map((r) => path.basename(decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)));
    };

    it('auto: only in the folder whose articles have one', async () => assert.deepEqual(await missing([]), ['c.article']));
    it('always and never override the folder', async () => {
      assert.deepEqual((await missing(['--source-line', 'always'])).sort(), ['c.article', 'd.article']);
      assert.deepEqual(await missing(['--source-line=never']), []);
    });
    it('json streams entry by entry: there auto reports no missing source line, always does', async () => {
      const json = async (args: string[]): Promise<string[]> =>
        (JSON.parse((await runCli(['analyze', '--format', 'json', ...args, tmp])).out) as { file: string; diagnostics: { code: string }[] }[])
          .filter((r) => r.diagnostics.some((d) => d.code === 'missing-source'))
          .map((r) => path.basename(r.file));
      assert.deepEqual(await json([]), []);
      assert.deepEqual((await json(['--source-line', 'always'])).sort(), ['c.article', 'd.article']);
    });
    it('rejects another value with a usage error', async () => {
      const r = await runCli(['analyze', '--source-line', 'sometimes', tmp]);
      assert.equal(r.code, 2);
      assert.match(r.err, /--source-line takes auto, always or never/);
    });
  });
});
