// Requests an editor may send at the wrong moment: for documents the server does not
// know, at positions past the end, or cancelled before they run. Each gets a proper LSP
// answer and the server keeps working.

import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { EVERY_FINDING } from '../support/reviewArticles';

const nowhere = { line: 0, character: 0 };
const zero = { start: nowhere, end: nowhere };

/** Every document request with the empty answer it must give for a document nobody opened. */
const DOCUMENT_REQUESTS: [string, object, unknown][] = [
  [DocumentSymbolRequest.method, {}, []],
  [FoldingRangeRequest.method, {}, []],
  [SemanticTokensRequest.method, {}, { data: [] }],
  [InlayHintRequest.method, { range: zero }, []],
  [CodeLensRequest.method, {}, []],
  [DocumentLinkRequest.method, {}, []],
  [CodeActionRequest.method, { range: zero, context: { diagnostics: [] } }, []],
  [HoverRequest.method, { position: nowhere }, null],
  [ReferencesRequest.method, { position: nowhere, context: { includeDeclaration: true } }, []],
  [PrepareRenameRequest.method, { position: nowhere }, null],
  [RenameRequest.method, { position: nowhere, newName: 'x' }, null],
];

describe('robustness of the server', () => {
  let client: TestClient;
  const uri = 'file:///press-review-test/robust.article';

  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, EVERY_FINDING);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, `clean exit (stderr: ${client.stderr})`);
  });

  for (const [method, params, empty] of DOCUMENT_REQUESTS) {
    it(`answers ${method} for an unknown document with ${JSON.stringify(empty)}`, async () => {
      const answer = await client.connection.sendRequest(method, { textDocument: { uri: 'file:///nowhere/never-opened.article' }, ...params });
      assert.deepEqual(answer, empty);
    });
  }

  it('answers positions past the last line with empty results, and a character past a line end as the line end', async () => {
    const past = { line: 10_000, character: 3 };
    assert.equal(await client.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position: past }), null);
    assert.deepEqual(await client.connection.sendRequest(ReferencesRequest.method, { textDocument: { uri }, position: past, context: { includeDeclaration: true } }), []);
    assert.equal(await client.connection.sendRequest(PrepareRenameRequest.method, { textDocument: { uri }, position: past }), null);
    assert.equal(await client.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position: { line: -1, character: -5 } }), null);
    // Far past the end of the photo credit line is its end, where no entity is.
    const credit = EVERY_FINDING.split('\n').findIndex((l) => l.startsWith('Photo'));
    assert.equal(await client.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position: { line: credit, character: 9999 } }), null);
    const hints = await client.connection.sendRequest(InlayHintRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 99_999, character: 0 } } });
    assert.ok(Array.isArray(hints));
  });

  it('answers a cancelled workspace symbol search with RequestCancelled', async () => {
    await assert.rejects(client.cancelledRequest(WorkspaceSymbolRequest.method, { query: '' }), (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
  });

  it('answers cancelled references with RequestCancelled', async () => {
    const line = EVERY_FINDING.split('\n').findIndex((l) => l.includes('سيرغي لافروف'));
    const character = EVERY_FINDING.split('\n')[line].indexOf('لافروف') + 1;
    await assert.rejects(
      client.cancelledRequest(ReferencesRequest.method, { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } }),
      (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled,
    );
  });

  it('keeps answering after all of that', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query: 'لافروف' });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    const line = EVERY_FINDING.split('\n').findIndex((l) => l.includes('سيرغي لافروف'));
    const hover = await client.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position: { line, character: EVERY_FINDING.split('\n')[line].indexOf('لافروف') + 1 } });
    assert.match(JSON.stringify(hover), /Foreign Minister of Russia/);
  });

  it('ignores malformed settings and keeps the defaults', async () => {
    const before = client.latestDiagnostics(uri)!.diagnostics;
    const waiting = client.nextDiagnostics(uri);
    await client.changeSettings({ rules: 'everything', statementMinWords: 'many', files: 42, index: { maxFileSizeKB: -1 } } as unknown as Record<string, unknown>);
    const d = await waiting;
    assert.ok(d.diagnostics.some((x) => x.code === 'unattributed-quote'));
    assert.deepEqual(d.diagnostics, before);
  });
});
