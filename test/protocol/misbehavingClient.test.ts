// The server under a misbehaving client: requests for documents it never saw, positions
// past the end, broken parameters, unknown methods, out-of-order versions, cancelled
// requests, a flood of edits and thousands of documents opened and closed. The server
// must answer every request, analyse only what is current, keep nothing it no longer
// needs, and still exit cleanly at the end. Counts come from the test-only request
// pressReview/debug/stats (server/src/lsp/debugStats.ts).

import { strict as assert } from 'node:assert';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ArticleReportRequest, type ReviewedArticle } from '../../server/src/protocol';
import { DEBUG_STATS_METHOD, type DebugStats } from '../../server/src/lsp/debugStats';
import { seed } from '../support/article';
import { MB, singleLine } from '../support/badInputs';
import { TestClient } from '../support/lspClient';

const ARTICLE = seed('000');
const SHORT = 'عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n\nالمصدر: تاس\n';
const uriOf = (name: string): string => `untitled:robustness/${name}`;
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the server under a misbehaving client', function () {
  this.timeout(60_000);
  let client: TestClient;
  const stats = (): Promise<DebugStats> => client.connection.sendRequest(DEBUG_STATS_METHOD);
  const hover = (uri: string, line: number, character: number): Promise<Hover | null> => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });

  before(async () => {
    client = new TestClient();
    await client.initialize({ debugStats: true });
  });
  after(async () => {
    assert.doesNotMatch(client.stderr, /Uncaught|unhandled|FATAL/i);
    assert.equal(await client.shutdown(), 0, `the server is alive and exits cleanly (stderr: ${client.stderr.slice(0, 2000)})`);
  });

  it('answers requests about documents it never saw with empty answers', async () => {
    const uri = uriOf('never-opened');
    assert.equal(await hover(uri, 0, 0), null);
    assert.deepEqual((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [], []);
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), []);
    assert.equal(await client.connection.sendRequest(ArticleReportRequest.method, { textDocument: { uri } }), null);
  });

  it('answers positions past the end of a line or of the document, and negative ones', async () => {
    const uri = uriOf('positions');
    await client.open(uri, SHORT);
    const lastLine = SHORT.split('\n').length - 1;
    for (const [line, character] of [
      [0, 10_000],
      [lastLine, 0],
      [1_000_000, 5],
      [2, Number.MAX_SAFE_INTEGER],
      [-1, -1],
    ]) {
      const h = await hover(uri, line, character);
      if (h?.range) assert.ok(h.range.start.line >= 0 && h.range.end.line <= lastLine, `a range inside the document for ${line}:${character}`);
    }
    const inside = await hover(uri, 2, SHORT.split('\n')[2].indexOf('نحن') + 1);
    assert.match((inside?.contents as MarkupContent).value, /سيرغي لافروف/, 'and still answers a position inside');
  });

  it('survives broken parameters and unknown methods, and answers them as LSP says', async () => {
    for (const params of [{}, { textDocument: null }, { textDocument: { uri: 42 }, position: 'here' }, null]) {
      await client.connection.sendRequest(HoverRequest.method, params).then(
        (r) => assert.equal(r, null),
        (e: ResponseError<unknown>) => assert.ok(e instanceof ResponseError, String(e)),
      );
    }
    await assert.rejects(client.connection.sendRequest('pressReview/noSuchRequest', {}), (e: ResponseError<unknown>) => e.code === -32601);
    await client.connection.sendNotification('pressReview/noSuchNotification', { junk: true });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf('not-open'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf('not-open') } });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('no-text'), languageId: 'press-article', version: 1 } });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.method, { textDocument: { uri: uriOf('positions'), version: 99 }, contentChanges: [{ range: { start: { line: 'x', character: null } }, text: 7 }] });
    const h = await hover(uriOf('positions'), 2, SHORT.split('\n')[2].indexOf('نحن') + 1);
    assert.ok(h, 'the server still answers');
  });

  it('takes a second open of the same document as its new text', async () => {
    const uri = uriOf('opened-twice');
    await client.open(uri, SHORT);
    const again = await client.open(uri, `موافق\n${SHORT}`, 7);
    assert.deepEqual(again.diagnostics.map((d) => d.code), ['page-chrome']);
  });

  it('applies changes whose versions go backwards, and reports on the text it holds', async () => {
    const uri = uriOf('versions');
    await client.open(uri, SHORT, 10);
    const published = client.nextDiagnostics(uri, 3);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: `موافق\n${SHORT}` }] });
    const d = await published;
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.line]), [['page-chrome', 0]]);
    const fixed = client.nextDiagnostics(uri, 4);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }] });
    assert.deepEqual((await fixed).diagnostics, [], 'an incremental change applies to the text as it stands');
  });

  it('answers a cancelled request, with a result or RequestCancelled, and goes on serving', async () => {
    const uri = uriOf('cancelled');
    await client.open(uri, singleLine(MB / 4).text);
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    await request.then(
      (symbols) => assert.ok(Array.isArray(symbols)),
      (e: ResponseError<unknown>) => assert.equal(e.code, LSPErrorCodes.RequestCancelled),
    );
    assert.ok(await hover(uriOf('positions'), 2, SHORT.split('\n')[2].indexOf('نحن') + 1));
  });

  it('analyses only the latest of 1,000 changes sent within a second', async () => {
    const uri = uriOf('flood');
    await client.open(uri, ARTICLE);
    const before = await stats();
    // Each change types one letter inside the last quote of the article.
    const lines = ARTICLE.split('\n');
    const line = lines.findIndex((l, i) => i > 5 && l.includes('"') && l.lastIndexOf('"') > l.indexOf('"'));
    const at = { line, character: lines[line].lastIndexOf('"') };
    const last = 1001;
    const published = client.nextDiagnostics(uri, last);
    let gapsOverDebounce = 0;
    let previous = Date.now();
    const start = previous;
    for (let version = 2; version <= last; version++) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'ب' }] });
      if (version % 2 === 0) await wait(1);
      const now = Date.now();
      if (now - previous > 120) gapsOverDebounce++; // a stalled test process lets the server's 150 ms debounce run
      previous = now;
    }
    const elapsed = Date.now() - start;
    const d = await published;
    const after = await stats();
    assert.equal(d.version, last, 'diagnostics carry the latest version');
    // The first change of a burst waits only as long as the small article's last analysis
    // took (lsp/diagnosticDelay.ts), so it may be analysed before the burst shows; every
    // later change waits the full pause. At most: that first one, the last one, and one per
    // stall of this test process longer than the pause.
    const stale = client.published(uri).filter((p) => p.version !== undefined && p.version > 1 && p.version < last);
    // No bound on the time the burst takes: on a loaded machine it is slow, and every pause
    // of this process that let the debounce run is counted above instead. The server's own
    // process can be held off the CPU past its pause too (4 analyses were seen with one pause
    // here at a load of 18 on 2 cores, and 1% was exceeded above a load of 25), which this
    // process cannot see: 5% of the changes is allowed for that. A server that analysed
    // every change would make 1,000, one with no debounce hundreds.
    const unseenStalls = (last - 1) / 20;
    assert.ok(after.analyses - before.analyses <= 2 + gapsOverDebounce + unseenStalls, `${after.analyses - before.analyses} analyses for 1,000 changes (${gapsOverDebounce} pauses, sent in ${elapsed} ms)`);
    assert.ok(stale.filter((p) => p.version! > 3).length <= gapsOverDebounce + unseenStalls, `no diagnostics for stale versions past the burst's start: ${stale.map((p) => p.version).join(', ')}`);
    const report = (await client.connection.sendRequest(ArticleReportRequest.method, { textDocument: { uri } })) as ReviewedArticle;
    assert.ok(report.report.quotes.some((q) => q.text.endsWith('ب'.repeat(1000))), 'the analysis is of the text with all 1,000 letters');
  });

  it('keeps nothing of 5,000 documents opened and closed', async () => {
    const cycle = async (from: number, count: number): Promise<void> => {
      for (let i = from; i < from + count; i++) {
        const uri = uriOf(`many/${i}`);
        void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'press-article', version: 1, text: `قال: "نعم ${i}"` } });
        void client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      }
      await stats(); // answered after every notification before it
    };
    await cycle(0, 300);
    const baseline = await stats();
    await cycle(300, 5000);
    const end = await stats();
    assert.equal(end.openDocuments, baseline.openDocuments);
    assert.equal(end.cachedAnalyses, baseline.cachedAnalyses);
    assert.ok(end.analyses - baseline.analyses >= 5000, 'every opened document was analysed');
    const growth = end.heapUsed - baseline.heapUsed;
    assert.ok(growth < 8 * MB, `heap grew by ${(growth / MB).toFixed(1)} MB over 5,000 documents`);
    assert.deepEqual(client.published(uriOf('many/5299')).at(-1)?.diagnostics, [], 'closing clears the diagnostics');
  });
});
