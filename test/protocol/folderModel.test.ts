// The server's workspace index is the one folder model: the views' data, the quote report
// and the export (pressReview/folderReport and pressReview/articleReport) are read from
// it, so opening them analyses each article once, on whichever thread indexed it; the
// rule settings and the folder's source-line convention apply to what it kept without a
// second analysis; and the client is told which articles changed.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis';
import { DEBUG_STATS_METHOD, type DebugStats } from '../../server/src/lsp/debugStats';
import { ArticleReportRequest, FolderReportRequest, ReviewsChangedNotification, type FolderReport, type FolderReportParams, type ReviewedArticle, type ReviewsChangedParams } from '../../server/src/protocol';
import { toJsonReport } from '../../server/src/report/jsonReport';
import { seed, seedFiles } from '../support/article';
import { TestClient } from '../support/lspClient';
import { TempWorkspace } from '../support/workspace';

const BODY = ['الكرملين يعلق على العقوبات', '', 'قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو سترد على العقوبات الجديدة في الوقت المناسب.', ''];
const withSource = (n: number): string => [...BODY.slice(0, 3), `وأضاف أن الرد سيكون مدروسا ${n}.`, 'المصدر: تاس', ''].join('\n');
const withoutSource = BODY.join('\n');

/** Wire copy that ends with a source line but for one article, a folder that never has one, and the seeds. */
function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const n of [1, 2, 3]) files[`tass/wire${n}.article`] = withSource(n);
  files['tass/unsourced.article'] = withoutSource;
  for (const n of [1, 2]) files[`bbc/story${n}.article`] = withoutSource;
  for (const f of seedFiles()) files[`desk/${f.replace(/\.txt$/, '.article')}`] = seed(f.slice(0, 3));
  return files;
}

const codes = (a: ReviewedArticle): string[] => a.report.diagnostics.map((d) => d.code);

for (const mode of ['on worker threads', 'on the main thread'] as const) {
  describe(`the folder model: views, quote report and export read the index (${mode})`, () => {
    const files = workspaceFiles();
    const articles = Object.keys(files).sort();
    let ws: TempWorkspace;
    let client: TestClient;
    const changes: ReviewsChangedParams[] = [];

    before(async () => {
      ws = new TempWorkspace(files);
      client = new TestClient(mode === 'on the main thread' ? ['--no-index-workers'] : []);
      client.connection.onNotification(ReviewsChangedNotification.method, (p: ReviewsChangedParams) => {
        changes.push(p);
      });
      await client.initialize({ debugStats: true }, 'en', { folders: [ws.root], settings: {} });
    });
    after(async () => {
      assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr})`);
      ws.dispose();
    });

    const folderReport = (params: Partial<FolderReportParams> = {}): Promise<FolderReport> =>
      client.connection.sendRequest(FolderReportRequest.method, { folders: [ws.uri('')], ...params });
    const articleReport = (rel: string): Promise<ReviewedArticle | null> => client.connection.sendRequest(ArticleReportRequest.method, { textDocument: { uri: ws.uri(rel) } });
    const analyses = async (): Promise<Record<string, number>> => ((await client.connection.sendRequest(DEBUG_STATS_METHOD)) as DebugStats).analysesByUri;
    const byFile = (r: FolderReport): Map<string, ReviewedArticle> => new Map(r.articles.map((a) => [path.relative(ws.root, a.report.file).split(path.sep).join('/'), a]));

    it('analyses each article once for the views, the folder and file reports and the export', async () => {
      // Asked at once, as a view that opens with the editor does: the answer waits for the index.
      const views = await folderReport({ workDoneToken: `views-${mode}` });
      assert.deepEqual([...byFile(views).keys()], articles, 'every article, in path order');
      assert.deepEqual(views.unreadable, []);
      // "Analyze Folder" again, the folder's quote report and export (the client reads its
      // store, loaded by the request above; asked again here as after a reload of the views).
      const again = await folderReport();
      assert.deepEqual(again, views, 'the same reports, read again');
      // The report panel, the status bar and the export of one article.
      for (const rel of articles) assert.deepEqual(await articleReport(rel), byFile(views).get(rel));
      const counts = await analyses();
      assert.deepEqual(Object.keys(counts).sort(), articles.map((rel) => ws.uri(rel)).sort(), 'only the articles were analysed');
      for (const rel of articles) assert.equal(counts[ws.uri(rel)], 1, `${rel} analysed once`);
    });

    it('keeps the report the analysis makes, findings and all', () =>
      folderReport().then((r) => {
        for (const f of seedFiles()) {
          const rel = `desk/${f.replace(/\.txt$/, '.article')}`;
          assert.deepEqual(byFile(r).get(rel)!.report, toJsonReport(ws.path(rel), analyze(files[rel])), rel);
        }
      }));

    it('counts missing-source by the folder’s convention, for articles never opened', async () => {
      const r = byFile(await folderReport());
      assert.deepEqual(codes(r.get('tass/unsourced.article')!), ['missing-source'], 'the one wire article without المصدر');
      for (const rel of ['tass/wire1.article', 'bbc/story1.article', 'bbc/story2.article']) assert.ok(!codes(r.get(rel)!).includes('missing-source'), rel);
    });

    it('leaves a rule set to off out of every report, without analysing again', async () => {
      const before = [...byFile(await folderReport()).values()].flatMap(codes);
      assert.ok(before.includes('page-chrome') && before.includes('missing-source'), before.join(', '));
      // The server pulls the settings, then says every report changed (no URIs).
      const settingsApplied = (): Promise<void> => {
        changes.length = 0;
        return new Promise((resolve) => {
          const poll = (): void => (changes.some((c) => !c.uris) ? resolve() : void setTimeout(poll, 10));
          poll();
        });
      };
      let applied = settingsApplied();
      await client.changeSettings({ rules: { 'page-chrome': 'off', 'missing-source': 'off', 'unbalanced-quote': 'error' } });
      await applied;
      try {
        const after = await folderReport();
        const all = after.articles.flatMap((a) => a.report.diagnostics);
        assert.ok(!all.some((d) => d.code === 'page-chrome' || d.code === 'missing-source'), 'off: gone from the folder report');
        assert.ok(all.some((d) => d.code === 'unbalanced-quote') && all.every((d) => d.code !== 'unbalanced-quote' || d.severity === 'error'));
        for (const rel of articles) assert.ok(!codes((await articleReport(rel))!).includes('page-chrome'), `off: gone from the report of ${rel}`);
      } finally {
        applied = settingsApplied();
        await client.changeSettings({});
        await applied;
      }
      const counts = await analyses();
      for (const rel of articles) assert.equal(counts[ws.uri(rel)], 1, `${rel} still analysed once`);
    });

    it('tells the client which articles changed, and answers them from the index', async () => {
      const rel = 'bbc/new.article';
      const uri = ws.uri(rel);
      const told = (): Promise<void> =>
        new Promise((resolve) => {
          const poll = (): void => (changes.some((c) => c.uris?.includes(uri)) ? resolve() : void setTimeout(poll, 10));
          poll();
        });
      changes.length = 0;
      await client.fileEvents([{ file: ws.write(rel, withSource(9)), type: FileChangeType.Created }]);
      await told();
      assert.deepEqual((await folderReport({ only: [uri] })).articles.map((a) => a.uri), [uri]);
      changes.length = 0;
      await client.fileEvents([{ file: ws.remove(rel), type: FileChangeType.Deleted }]);
      await told();
      assert.deepEqual((await folderReport({ only: [uri] })).articles, [], 'gone from the folder model');
      assert.equal((await analyses())[uri], 1, 'the new article was analysed once');
    });
  });
}
