// The missing-source rule follows the folder: with `pressReview.sourceLine` at its default
// (`auto`), an article without a source line is a finding only where the other articles
// of its folder end with one (TASS-style wire copy), never in a folder of outlets that
// do not write one, and `always` / `never` override the folder.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { DEBUG_STATS_METHOD, type DebugStats } from '../../server/src/lsp/debugStats';
import { TestClient } from '../support/lspClient';

const BODY = ['الكرملين يعلق على العقوبات', '', 'قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو سترد على العقوبات الجديدة في الوقت المناسب.', ''];
const withSource = (n: number): string => [...BODY.slice(0, 3), `وأضاف أن الرد سيكون مدروسا ${n}.`, 'المصدر: تاس', ''].join('\n');
const withoutSource = BODY.join('\n');
const hasMissingSource = (p: PublishDiagnosticsParams | undefined): boolean => !!p?.diagnostics.some((d) => d.code === 'missing-source');

describe('missing-source and the folder’s source-line convention', () => {
  let client: TestClient;
  let tmp: string;
  const uriOf = (...parts: string[]): string => pathToFileURL(path.join(tmp, ...parts)).toString();

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-source-line-'));
    fs.mkdirSync(path.join(tmp, 'tass'));
    fs.mkdirSync(path.join(tmp, 'bbc'));
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(tmp, 'tass', `wire${n}.article`), withSource(n));
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(tmp, 'bbc', `story${n}.article`), withoutSource);
    fs.writeFileSync(path.join(tmp, 'tass', 'unsourced.article'), withoutSource);
    client = new TestClient();
    await client.initialize(undefined, 'en', { folders: [tmp], settings: {} });
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reports an article without a source line in a folder whose articles have one, once the folder is indexed', async () => {
    const uri = uriOf('tass', 'unsourced.article');
    let latest = await client.open(uri, withoutSource);
    // Published again when the index shows the folder's convention.
    while (!hasMissingSource(latest)) latest = await client.nextDiagnostics(uri);
    assert.ok(hasMissingSource(client.latestDiagnostics(uri)));
  });

  it('reports nothing in a folder whose articles never have one', async () => {
    const d = await client.open(uriOf('bbc', 'story1.article'), withoutSource);
    assert.ok(!hasMissingSource(d));
  });

  it('follows the setting over the folder: always, then never', async () => {
    // Diagnostics already on their way may arrive first: wait for those of the new setting
    // (the test times out if the setting is never applied).
    const until = async (uri: string, wanted: boolean): Promise<void> => {
      let latest = client.latestDiagnostics(uri);
      while (hasMissingSource(latest) !== wanted) latest = await client.nextDiagnostics(uri);
    };
    const bbc = uriOf('bbc', 'story1.article');
    await client.changeSettings({ sourceLine: 'always' });
    await until(bbc, true);
    const tass = uriOf('tass', 'unsourced.article');
    await client.changeSettings({ sourceLine: 'never' });
    await until(tass, false);
    await until(bbc, false);
  });

  it('analyses an opened article with a source line once, though alone in its folder it sets the convention', async () => {
    const alone = path.join(tmp, 'alone');
    fs.mkdirSync(alone);
    const c = new TestClient();
    try {
      await c.initialize({ debugStats: true }, 'en', { folders: [alone], settings: {} });
      const uri = pathToFileURL(path.join(alone, 'wire.article')).toString();
      assert.ok(!hasMissingSource(await c.open(uri, withSource(9))));
      // The index hears of the open article after its analysis, in the same turn of the
      // server's event loop; a request sent after its diagnostics is read after that.
      const stats = (await c.connection.sendRequest(DEBUG_STATS_METHOD)) as DebugStats;
      assert.equal(stats.analysesByUri[uri], 1, JSON.stringify(stats.analysesByUri));
    } finally {
      await c.shutdown();
    }
  });
});
