// Rename of a speaker's name across the file: prepareRename says what can be renamed,
// rename changes every name of that speaker written the same way, and nothing else.

import { strict as assert } from 'node:assert';
import { ErrorCodes, PrepareRenameRequest, RenameRequest, ResponseError, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { applyEdit, TestClient } from '../support/lspClient';
import { EVERY_FINDING } from '../support/reviewArticles';

const lines = EVERY_FINDING.split('\n');
const position = (needle: string, nth = 0): Position => {
  const found = lines.flatMap((l, line) => (l.includes(needle) ? [{ line, character: l.indexOf(needle) + 1 }] : []));
  return found[nth];
};

describe('rename of a speaker name', () => {
  let client: TestClient;
  const uri = 'file:///press-review-test/rename.article';

  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, EVERY_FINDING);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  const prepare = (p: Position) => client.connection.sendRequest(PrepareRenameRequest.method, { textDocument: { uri }, position: p }) as Promise<{ range: Range; placeholder: string } | null>;
  const rename = (p: Position, newName: string) => client.connection.sendRequest(RenameRequest.method, { textDocument: { uri }, position: p, newName }) as Promise<WorkspaceEdit | null>;

  it('offers the word of the name under the cursor', async () => {
    const r = await prepare(position('لوكاشينكا'));
    assert.equal(r?.placeholder, 'لوكاشينكا');
    assert.equal(lines[r!.range.start.line].slice(r!.range.start.character, r!.range.end.character), 'لوكاشينكا');
  });

  it('renames every name of the speaker spelled that way, and only those', async () => {
    const edit = await rename(position('لوكاشينكا', 1), 'لوكاشينكو');
    assert.equal(edit?.changes?.[uri]?.length, 2);
    const renamed = applyEdit(EVERY_FINDING, edit, uri);
    const count = (text: string, word: string): number => text.split(word).length - 1;
    assert.equal(count(renamed, 'لوكاشينكا'), 0);
    assert.equal(count(renamed, 'لوكاشينكو'), count(EVERY_FINDING, 'لوكاشينكو') + 2);
    const after = await client.replace(uri, renamed, 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'name-variant'), 'one spelling left, no variant');
    await client.replace(uri, EVERY_FINDING, 3);
  });

  it('renames a first name across the file without touching the surname', async () => {
    const edit = await rename(position('ألكسندر'), 'ألكساندر');
    const renamed = applyEdit(EVERY_FINDING, edit, uri);
    assert.ok(renamed.includes('الرئيس البيلاروسي ألكساندر لوكاشينكو'));
    assert.equal(edit?.changes?.[uri]?.length, 1);
  });

  it('does not rename titles, organizations, quotes or plain words', async () => {
    assert.equal(await prepare(position('الرئيس البيلاروسي')), null);
    assert.equal(await prepare(position('حلف شمال الأطلسي')), null);
    assert.equal(await prepare(position('الضمانات الأمنية')), null);
    assert.equal(await prepare(position('للمزيد')), null);
    assert.equal(await rename(position('الرئيس البيلاروسي'), 'x'), null);
  });

  it('refuses a new name with a quote mark or a line break', async () => {
    await assert.rejects(rename(position('لوكاشينكا'), 'لوكا"شينكو'), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams);
    await assert.rejects(rename(position('لوكاشينكا'), '  '), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams);
  });
});
