// pressReview/articleReport pages the quotes of a huge article (issue 15): a client asks
// for { offset, limit } until `quotePage.next` is null and gets every quote exactly once,
// each as the whole report gives it, in answers bounded by the page size.

import { strict as assert } from 'node:assert';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { ArticleReportRequest, MAX_QUOTE_PAGE, type ArticleReportParams, type PagedArticle } from '../../server/src/protocol';
import { TestClient } from '../support/lspClient';

const QUOTES = 12_000;
/** One numbered statement a line: each quote's text says which it is. */
const hugeArticle = (): string => Array.from({ length: QUOTES }, (_, i) => `وقال المتحدث: «هذه الجملة رقم ${i} من البيان».`).join('\n');
const URI = 'untitled:huge-article';

describe('pressReview/articleReport pages the quotes of a huge article', function () {
  this.timeout(120_000);
  let client: TestClient;
  const report = (params: Omit<ArticleReportParams, 'textDocument'> = {}): Promise<PagedArticle | null> =>
    client.connection.sendRequest(ArticleReportRequest.method, { textDocument: { uri: URI }, ...params });

  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, hugeArticle());
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr.slice(0, 2000)})`);
  });

  it('gives every quote exactly once across the pages, equal to the whole report\'s', async () => {
    const whole = await report();
    assert.ok(whole);
    assert.equal(whole.quotePage, undefined, 'no page asked, no page given');
    assert.equal(whole.report.quotes.length, QUOTES);
    const seen: PagedArticle['report']['quotes'] = [];
    let offset: number | null = 0;
    let pages = 0;
    while (offset !== null) {
      const page: PagedArticle | null = await report({ quotes: { offset, limit: 1000 } });
      assert.ok(page?.quotePage);
      assert.equal(page.quotePage.offset, offset);
      assert.equal(page.quotePage.total, QUOTES);
      assert.ok(page.report.quotes.length <= 1000);
      assert.deepEqual(page.report.diagnostics, whole.report.diagnostics, 'the other fields are whole on every page');
      seen.push(...page.report.quotes);
      offset = page.quotePage.next;
      pages++;
    }
    assert.equal(pages, QUOTES / 1000);
    assert.deepEqual(seen, whole.report.quotes);
    const numbers = seen.map((q) => Number(/رقم (\d+)/.exec(q.text)?.[1]));
    assert.deepEqual(numbers, Array.from({ length: QUOTES }, (_, i) => i), 'each quote once, in order');
  });

  it('takes a limit above the largest page as the largest page', async () => {
    const page = await report({ quotes: { offset: 0, limit: 1e9 } });
    assert.equal(page?.report.quotes.length, MAX_QUOTE_PAGE);
    assert.equal(page?.quotePage?.next, MAX_QUOTE_PAGE);
  });

  it('answers an offset past the end with no quotes and no next page', async () => {
    const page = await report({ quotes: { offset: QUOTES + 5, limit: 10 } });
    assert.deepEqual(page?.report.quotes, []);
    assert.equal(page?.quotePage?.next, null);
    assert.equal(page?.quotePage?.total, QUOTES);
  });

  it('refuses a page that is not two whole numbers with InvalidParams, and goes on answering', async () => {
    for (const quotes of [{ offset: -1, limit: 10 }, { offset: 0, limit: 0 }, { offset: 0.5, limit: 10 }, { offset: '0', limit: 10 }, { offset: 0 }, 'all', [0, 10]]) {
      await assert.rejects(report({ quotes } as unknown as ArticleReportParams), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams, JSON.stringify(quotes));
    }
    assert.equal((await report({ quotes: { offset: 0, limit: 3 } }))?.report.quotes.length, 3);
  });
});
