// Press Review's custom requests over stdio: what the client's views, report, export and
// knowledge commands ask the server for (types in server/src/protocol.ts).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, DidChangeTextDocumentNotification, LSPErrorCodes, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis';
import {
  ArticleReportRequest,
  EntityAtRequest,
  FolderReportRequest,
  ReviewsChangedNotification,
  type EntityAt,
  type FolderReport,
  type FolderReportParams,
  type ReviewedArticle,
} from '../../server/src/protocol';
import { toJsonReport } from '../../server/src/report/jsonReport';
import { ROOT, seedFiles } from '../support/article';
import { seedUri, TestClient } from '../support/lspClient';
import { TempWorkspace } from '../support/workspace';

const SEED = '000_6b1e01c628aeb617.txt';
const seedText = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');
const seedsFolder = pathToFileURL(path.join(ROOT, 'seeds')).toString();

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

describe('custom requests: pressReview/*', () => {
  let client: TestClient;
  let tmp: string;

  before(async () => {
    client = new TestClient();
    await client.initialize();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-requests-'));
  });
  after(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr})`);
  });

  const articleReport = (uri: string): Promise<ReviewedArticle | null> =>
    client.connection.sendRequest(ArticleReportRequest.method, { textDocument: { uri } });
  const folderReport = (params: FolderReportParams, token?: CancellationTokenSource['token']): Promise<FolderReport> =>
    // An undefined third argument would be sent as a second positional parameter.
    token ? client.connection.sendRequest(FolderReportRequest.method, params, token) : client.connection.sendRequest(FolderReportRequest.method, params);
  const entityAt = (uri: string, line: number, character: number): Promise<EntityAt | null> =>
    client.connection.sendRequest(EntityAtRequest.method, { textDocument: { uri }, position: { line, character } });

  describe('pressReview/articleReport', () => {
    it('reports a file that is not open from disk, in the JSON report format of the CLI', async () => {
      const file = path.join(ROOT, 'seeds', '001_4193b35d74c4f70a.txt');
      const r = await articleReport(pathToFileURL(file).toString());
      assert.ok(r);
      assert.deepEqual(r.report, toJsonReport(file, analyze(fs.readFileSync(file, 'utf8'))));
    });

    it('reports an open document as edited, not as saved', async () => {
      const uri = seedUri(SEED);
      await client.open(uri, seedText);
      const lines = seedText.split('\n');
      const line = lines.findIndex((l) => l.startsWith('وأضاف: "إن الدهشة'));
      const waiting = client.nextDiagnostics(uri, 2);
      // Dropping the cue leaves the statement without a speaker.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 7 } }, text: '' }],
      });
      await waiting;
      const r = await articleReport(uri);
      const unattributed = r!.report.quotes.filter((q) => q.kind === 'statement' && q.speaker === null);
      assert.deepEqual(unattributed.map((q) => q.line), [line + 1]);
    });

    it('gives one person the same speaker id in every article', async () => {
      const reports = await Promise.all(seedFiles().map((f) => articleReport(seedUri(f))));
      for (const r of reports) assert.ok(r && r.report.speakers.every((s) => s.id.length > 0));
      const lavrov = reports.flatMap((r) => r!.report.speakers.filter((s) => s.name === 'سيرغي لافروف').map((s) => s.id));
      assert.ok(lavrov.length >= 2, 'Lavrov speaks in two seeds');
      assert.equal(new Set(lavrov).size, 1);
    });

    it('answers null for a file that does not exist', async () => {
      assert.equal(await articleReport(pathToFileURL(path.join(tmp, 'missing.article')).toString()), null);
      assert.equal(await articleReport('untitled:Untitled-1'), null);
    });
  });

  describe('pressReview/folderReport', () => {
    it('reports every article of a folder, sorted, and the open one as edited', async () => {
      const r = await folderReport({ folders: [seedsFolder] });
      assert.deepEqual(
        r.articles.map((a) => path.basename(a.report.file)),
        seedFiles(),
      );
      const open = r.articles.find((a) => a.uri === seedUri(SEED))!;
      assert.equal(open.report.quotes.filter((q) => q.kind === 'statement' && q.speaker === null).length, 1, 'the unsaved edit of the test above');
      assert.deepEqual(r.unreadable, []);
    });

    it('follows pressReview.rules.*: a rule set to off is left out, and the client is told to fetch again', async () => {
      const codes = (r: FolderReport): Map<string, Set<string>> => {
        const out = new Map<string, Set<string>>();
        for (const a of r.articles) for (const d of a.report.diagnostics) (out.get(d.code) ?? out.set(d.code, new Set()).get(d.code)!).add(d.severity);
        return out;
      };
      const before = codes(await folderReport({ folders: [seedsFolder] }));
      assert.ok(before.has('page-chrome') && before.has('unbalanced-quote'), [...before.keys()].join(', '));
      // Told that every report changed (no URIs: the index may name articles it re-read).
      const told = new Promise<unknown>((resolve) =>
        client.connection.onNotification(ReviewsChangedNotification.method, (p: { uris?: string[] }) => {
          if (!p.uris) resolve(p);
        }),
      );
      await client.changeSettings({ rules: { 'page-chrome': 'off', 'unbalanced-quote': 'error' } });
      assert.deepEqual(await told, {});
      try {
        const after = codes(await folderReport({ folders: [seedsFolder] }));
        assert.ok(!after.has('page-chrome'), 'off: gone from the folder report');
        assert.deepEqual([...after.get('unbalanced-quote')!], ['error']);
        const one = await articleReport(seedUri(SEED));
        assert.ok(one!.report.diagnostics.every((d) => d.code !== 'page-chrome'), 'off: gone from the article report');
      } finally {
        await client.changeSettings({});
      }
    });

    it('refreshes only the given articles that belong to the folders', async () => {
      const inside = seedUri('002_bbc6906954d71654.txt');
      const outside = pathToFileURL(path.join(ROOT, 'README.md')).toString();
      const r = await folderReport({ folders: [seedsFolder], only: [inside, outside] });
      assert.deepEqual(r.articles.map((a) => a.uri), [inside]);
    });

    it('reports work-done progress from 0 to 100 % when given a token', async () => {
      const token = 'folder-progress-test';
      const seen: Progress[] = [];
      const done = new Promise<void>((resolve) => {
        client.connection.onProgress(WorkDoneProgress.type, token, (p) => {
          seen.push(p);
          if (p.kind === 'end') resolve();
        });
      });
      const r = await folderReport({ folders: [seedsFolder], workDoneToken: token });
      await done;
      assert.equal(r.articles.length, seedFiles().length);
      assert.equal(seen[0].kind, 'begin');
      assert.equal(seen[seen.length - 1].kind, 'end');
      const percentages = seen.filter((p): p is WorkDoneProgressReport => p.kind === 'report').map((p) => p.percentage);
      assert.equal(percentages[percentages.length - 1], 100);
      assert.deepEqual([...percentages].sort((a, b) => a! - b!), percentages, 'progress never goes back');
    });

  });

  describe('pressReview/entityAt', () => {
    const lines = seedText.split('\n');
    const uri = seedUri('000_6b1e01c628aeb617.txt');

    it('finds the organization under the cursor with its knowledge entry', async () => {
      const line = lines.findIndex((l) => l.startsWith('أكد وزير'));
      const e = await entityAt(uri, line, lines[line].indexOf('منظمة معاهدة') + 3);
      assert.equal(e?.kind, 'organization');
      if (e?.kind !== 'organization') return;
      assert.equal(e.entry?.english, 'Collective Security Treaty Organization');
      assert.equal(e.range.start.line, line);
      assert.ok(e.forms.includes('منظمة معاهدة الأمن الجماعي'));
    });

    it('finds the speaker under the cursor, by name or by title', async () => {
      const line = lines.findIndex((l) => l.startsWith('أكد وزير'));
      const byName = await entityAt(uri, line, lines[line].indexOf('سيرغي لافروف') + 2);
      assert.equal(byName?.kind, 'speaker');
      assert.equal(byName?.name, 'سيرغي لافروف');
      const titleLine = lines.findIndex((l) => l.startsWith('وقال الوزير الروسي'));
      const byTitle = await entityAt(uri, titleLine, lines[titleLine].indexOf('الوزير الروسي') + 2);
      assert.equal(byTitle?.name, 'سيرغي لافروف');
    });

    it('answers null away from any organization or speaker, and for unknown documents', async () => {
      const line = lines.findIndex((l) => l.startsWith('أكد وزير'));
      assert.equal(await entityAt(uri, line, lines[line].indexOf('مؤتمر صحفي') + 2), null);
      assert.equal(await entityAt('file:///nowhere.article', 3, 3), null);
    });
  });
});

describe('pressReview/folderReport in a folder of its own', () => {
  // The folder's articles are the workspace index's: what the index takes, the report lists.
  const withWorkspace = async (files: Record<string, string | Buffer>, run: (client: TestClient, ws: TempWorkspace) => Promise<void>): Promise<void> => {
    const ws = new TempWorkspace();
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(ws.path(rel)), { recursive: true });
      fs.writeFileSync(ws.path(rel), content);
    }
    const client = new TestClient();
    try {
      await client.initialize(undefined, 'en', { folders: [ws.root], settings: {} });
      await run(client, ws);
    } finally {
      assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr})`);
      ws.dispose();
    }
  };
  const folderReport = (client: TestClient, params: FolderReportParams, token?: CancellationTokenSource['token']): Promise<FolderReport> =>
    token ? client.connection.sendRequest(FolderReportRequest.method, params, token) : client.connection.sendRequest(FolderReportRequest.method, params);

  it('skips what is not an article (other extensions, dot folders, node_modules, text that is no article) and names unreadable files', () =>
    withWorkspace(
      {
        'desk/a.article': 'عنوان\n\nقال الوزير: "هذا بيان طويل بما يكفي ليكون تصريحا".\n',
        'notes.md': 'not an article',
        'todo.txt': 'buy milk',
        '.press-review/x.txt': 'hidden',
        'node_modules/y.article': 'dependency',
        'binary.article': Buffer.from([0xff, 0xfe, 0x00, 0x01]),
      },
      async (client, ws) => {
        const r = await folderReport(client, { folders: [ws.uri('')] });
        assert.deepEqual(r.articles.map((a) => path.relative(ws.root, a.report.file)), [path.join('desk', 'a.article')]);
        assert.deepEqual(r.unreadable, [{ uri: ws.uri('binary.article'), reason: 'not UTF-8 text' }]);
      },
    ));

  it('stops with RequestCancelled when the client cancels', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`${String(i).padStart(3, '0')}.article`] = seedText;
    return withWorkspace(files, async (client, ws) => {
      const token = 'folder-cancel-test';
      const source = new CancellationTokenSource();
      const ended = new Promise<void>((resolve) => {
        client.connection.onProgress(WorkDoneProgress.type, token, (p) => {
          // Cancel once the server is under way, as a person pressing Cancel would.
          if (p.kind === 'report') source.cancel();
          if (p.kind === 'end') resolve();
        });
      });
      await assert.rejects(folderReport(client, { folders: [ws.uri('')], workDoneToken: token }, source.token), (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
      await ended;
    });
  });
});
