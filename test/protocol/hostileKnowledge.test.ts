// Knowledge files a workspace can hold that are not knowledge (issue 15): a named pipe
// named *.json, and JSON nested 100,000 deep. The server never opens the pipe for a read
// that would block it for ever, locates what it can, and loads the other files.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { PRESS_FRIENDS_LEAGUE, TempWorkspace } from '../support/workspace';

const ARTICLE = ['بيان الرابطة', '', 'وقالت رابطة أصدقاء الصحافة في بيان إن "حرية الصحافة مهددة في المنطقة كلها".', ''].join('\n');
const DEPTH = 100_000;

(process.platform === 'win32' ? describe.skip : describe)('hostile workspace knowledge files', function () {
  this.timeout(120_000);
  let ws: TempWorkspace;
  let client: TestClient;

  before(async () => {
    ws = new TempWorkspace({
      '.press-review/entries.json': JSON.stringify({ organizations: [PRESS_FRIENDS_LEAGUE] }),
      // Valid JSON (JSON.parse reads it) that overflowed jsonc-parser's stack while locating its problem.
      '.press-review/deep.json': `{"organizations": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`,
      // Not JSON at all, as deep: the syntax error is located by the same parser.
      '.press-review/deep-broken.json': `{"organizations": ${'['.repeat(DEPTH)}`,
      'article.article': ARTICLE,
    });
    execFileSync('mkfifo', [ws.path('.press-review/pipe.json')]);
    client = new TestClient();
    const published = ['pipe', 'deep', 'deep-broken'].map((f) => client.nextDiagnostics(ws.uri(`.press-review/${f}.json`)));
    await client.initialize(undefined, 'en', { folders: [ws.root] });
    await Promise.all(published);
    await client.open(ws.uri('article.article'), ARTICLE);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr.slice(0, 2000)})`);
    ws.dispose();
  });

  it('reports the named pipe on it, never reading it', () => {
    const d = client.latestDiagnostics(ws.uri('.press-review/pipe.json'))!.diagnostics;
    assert.equal(d.length, 1);
    assert.match(d[0].message as string, /named pipe/);
  });

  it('reports the deeply nested files, at their start', () => {
    const deep = client.latestDiagnostics(ws.uri('.press-review/deep.json'))!.diagnostics;
    assert.equal(deep.length, 1);
    assert.equal(deep[0].code, 'knowledge-invalid-entry');
    assert.match(deep[0].message as string, /organizations\[0\]/);
    const broken = client.latestDiagnostics(ws.uri('.press-review/deep-broken.json'))!.diagnostics;
    assert.equal(broken.length, 1);
    assert.equal(broken[0].code, 'knowledge-invalid-json');
  });

  it('loads the good file beside them and keeps answering', async () => {
    const lines = ARTICLE.split('\n');
    const line = lines.findIndex((l) => l.includes('أصدقاء'));
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: ws.uri('article.article') }, position: { line, character: lines[line].indexOf('أصدقاء') + 2 } });
    assert.match((h?.contents as MarkupContent).value, /Friends of the Press League/);
  });
});
