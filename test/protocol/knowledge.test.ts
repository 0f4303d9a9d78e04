// Workspace knowledge files (.press-review/*.json and pressReview.knowledgeFiles): their
// entries extend the built-in knowledge; a broken file or an invalid entry is reported
// on that file, at the place, and the built-in knowledge stays.

import { strict as assert } from 'node:assert';
import { FileChangeType, HoverRequest, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { PRESS_FRIENDS_LEAGUE, TempWorkspace } from '../support/workspace';

const FRIENDS = { ...PRESS_FRIENDS_LEAGUE, founded: '2001', seat: 'Cairo, Egypt' };
const REPORTERS = { ...FRIENDS, id: 'test-free-reporters', arabic: ['نقابة المراسلين الأحرار'], english: 'Union of Free Reporters', acronym: 'UFR' };
const INCOMPLETE = { id: 'no-english', arabic: ['منظمة ناقصة'], type: 'association', asOf: '2026-01-01' };
const ENTRIES = JSON.stringify({ organizations: [FRIENDS, INCOMPLETE] }, null, 2);
const BROKEN = ['{', '  "organizations": [', '    { "id": "x", }', '  ]', '}', ''].join('\n');
const ARTICLE = ['بيان الرابطة', '', 'وقالت رابطة أصدقاء الصحافة في بيان إن "حرية الصحافة مهددة في المنطقة كلها".', '', 'وأكد الأمين العام لمنظمة معاهدة الأمن الجماعي أن "المنظمة مستعدة لكل الاحتمالات".', '', 'وانضمت نقابة المراسلين الأحرار إلى البيان.', '', 'المصدر: تاس', ''].join('\n');

const lines = ARTICLE.split('\n');
const at = (needle: string) => {
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: lines[line].indexOf(needle) + 2 };
};

describe('workspace knowledge files', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  const uri = (): string => ws.uri('article.article');
  const hover = async (needle: string): Promise<string> => {
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: at(needle) });
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };

  before(async () => {
    ws = new TempWorkspace({ '.press-review/entries.json': ENTRIES, '.press-review/broken.json': BROKEN, 'article.article': ARTICLE });
    client = new TestClient();
    const broken = client.nextDiagnostics(ws.uri('.press-review/broken.json'));
    await client.initialize(undefined, 'en', { folders: [ws.root] });
    await broken;
    await client.open(uri(), ARTICLE);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    ws.dispose();
  });

  it('adds the organizations of a workspace file to hovers', async () => {
    const card = await hover('أصدقاء الصحافة');
    assert.match(card, /Friends of the Press League/);
    assert.match(card, /FPL/);
    assert.match(card, /Cairo, Egypt/);
    assert.match(card, /Facts as of 2026-01-01/);
  });

  it('keeps the built-in knowledge', async () => {
    assert.match(await hover('منظمة معاهدة'), /Collective Security Treaty Organization/);
  });

  it('reports a file that is not JSON on that file, where the parser stopped', () => {
    const d = client.latestDiagnostics(ws.uri('.press-review/broken.json'))!.diagnostics;
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'knowledge-invalid-json');
    assert.equal(d[0].range.start.line, 2, 'the line with the trailing comma');
    assert.match(d[0].message as string, /not valid JSON.*built-in knowledge is still used/);
  });

  it('reports an invalid entry at its id, and uses the valid entries of the same file', () => {
    const d = client.latestDiagnostics(ws.uri('.press-review/entries.json'))!.diagnostics;
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'knowledge-invalid-entry');
    assert.match(d[0].message as string, /"english" is required/);
    assert.match(d[0].message as string, /organizations\[1\]/);
    const text = ENTRIES.split('\n')[d[0].range.start.line];
    assert.equal(text.slice(d[0].range.start.character, d[0].range.end.character), '"no-english"');
  });

  it('clears the report once the file is fixed, and reloads without a restart', async () => {
    const cleared = client.nextDiagnostics(ws.uri('.press-review/broken.json'));
    const republished = client.nextDiagnostics(uri());
    assert.doesNotMatch(await hover('نقابة المراسلين'), /Union of Free Reporters/);
    ws.write('.press-review/broken.json', JSON.stringify({ organizations: [REPORTERS] }));
    await client.fileEvents([{ file: ws.path('.press-review/broken.json'), type: FileChangeType.Changed }]);
    assert.deepEqual((await cleared).diagnostics, []);
    await republished;
    assert.match(await hover('نقابة المراسلين'), /Union of Free Reporters/, 'the fixed file is read');
  });

  it('reads the extra files of pressReview.knowledgeFiles', async () => {
    ws.write('kb/extra.json', JSON.stringify({ organizations: [{ ...FRIENDS, id: 'test-press-friends', english: 'Press Friends (extra file)' }] }));
    const republished = client.nextDiagnostics(uri());
    await client.changeSettings({ knowledgeFiles: ['kb/extra.json'] });
    await republished;
    assert.match(await hover('أصدقاء الصحافة'), /Press Friends \(extra file\)/);
  });

  describe('in an untrusted workspace', () => {
    let untrusted: TestClient;
    let published: PublishDiagnosticsParams[];

    before(async () => {
      untrusted = new TestClient();
      await untrusted.initialize({ workspaceTrusted: false }, 'en', { folders: [ws.root] });
      await untrusted.open(uri(), ARTICLE);
      published = [ws.uri('.press-review/entries.json'), ws.uri('.press-review/broken.json')].map((u) => untrusted.latestDiagnostics(u)!).filter(Boolean);
    });
    after(async () => {
      assert.equal(await untrusted.shutdown(), 0);
    });

    it('ignores the workspace knowledge and uses the built-in knowledge only', async () => {
      assert.deepEqual(published, []);
      const h = await untrusted.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: at('أصدقاء الصحافة') });
      assert.doesNotMatch((h?.contents as MarkupContent | undefined)?.value ?? '', /Friends of the Press/);
      const csto = await untrusted.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: at('منظمة معاهدة') });
      assert.match((csto?.contents as MarkupContent).value, /Collective Security Treaty Organization/);
    });
  });
});
