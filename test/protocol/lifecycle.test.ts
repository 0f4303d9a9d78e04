// The LSP lifecycle (issue 15): requests before `initialize` or after `shutdown` were
// answered `null`, and a second `initialize` was accepted. LSP prescribes an error for
// each: ServerNotInitialized before, InvalidRequest after, and one initialize only.

import { strict as assert } from 'node:assert';
import { ErrorCodes, ExitNotification, HoverRequest, InitializeRequest, ResponseError, ShutdownRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { ArticleReportRequest } from '../../server/src/protocol';
import { TestClient } from '../support/lspClient';

const HOVER = { textDocument: { uri: 'untitled:lifecycle.article' }, position: { line: 0, character: 0 } };

/** The error code a request is answered with, or "answered" when it got a result. */
async function errorCode(answer: Promise<unknown>): Promise<number | 'answered'> {
  try {
    await answer;
    return 'answered';
  } catch (e) {
    assert.ok(e instanceof ResponseError, String(e));
    return e.code;
  }
}

describe('the LSP lifecycle', function () {
  this.timeout(60_000);

  it('answers ServerNotInitialized before initialize, then works once initialized', async () => {
    const client = new TestClient();
    try {
      assert.equal(await errorCode(client.connection.sendRequest(HoverRequest.type, HOVER)), ErrorCodes.ServerNotInitialized);
      assert.equal(await errorCode(client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'x' })), ErrorCodes.ServerNotInitialized);
      assert.equal(await errorCode(client.connection.sendRequest(ArticleReportRequest.method, { textDocument: HOVER.textDocument })), ErrorCodes.ServerNotInitialized);
      await client.initialize();
      assert.equal(await errorCode(client.connection.sendRequest(HoverRequest.type, HOVER)), 'answered');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('refuses a second initialize and keeps the first', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const again = client.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
      assert.equal(await errorCode(again), ErrorCodes.InvalidRequest);
      assert.equal(await errorCode(client.connection.sendRequest(HoverRequest.type, HOVER)), 'answered');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('answers InvalidRequest after shutdown', async () => {
    const client = new TestClient();
    await client.initialize();
    await client.connection.sendRequest(ShutdownRequest.type);
    assert.equal(await errorCode(client.connection.sendRequest(HoverRequest.type, HOVER)), ErrorCodes.InvalidRequest);
    assert.equal(await errorCode(client.connection.sendRequest(ArticleReportRequest.method, { textDocument: HOVER.textDocument })), ErrorCodes.InvalidRequest);
    await client.connection.sendNotification(ExitNotification.type);
    client.kill();
  });

  it('ends every wait of the client when the server process ends, instead of waiting forever', async () => {
    const client = new TestClient();
    await client.initialize();
    const diagnostics = client.nextDiagnostics('untitled:never-opened.article');
    // Killed as soon as the request is written: whether or not it was answered, it settles.
    const request = client.together(() => {
      const answer = client.connection.sendRequest(HoverRequest.type, HOVER);
      client.kill('SIGKILL');
      return answer;
    });
    await assert.rejects(diagnostics, /language server exited \(SIGKILL\)/);
    await Promise.allSettled([request]);
    await assert.rejects(client.nextDiagnostics('untitled:later.article'), /language server exited/);
    assert.equal(await client.shutdown(), null, 'no exit code: a signal ended it');
  });
});
