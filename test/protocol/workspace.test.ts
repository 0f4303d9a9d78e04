// The workspace index over a temporary folder: background indexing with progress,
// workspace symbols, references and hover counts across articles, updates from file
// events and open documents, and the file globs setting.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import {
  FileChangeType,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  DidCloseTextDocumentNotification,
  type Location,
  type MarkupContent,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis';
import { DEBUG_STATS_METHOD, type DebugStats } from '../../server/src/lsp/debugStats';
import { fileUri, TestClient } from '../support/lspClient';
import { EVERY_FINDING, LAVROV_ON_CSTO } from '../support/reviewArticles';
import { PRESS_FRIENDS_LEAGUE, seedText, TempWorkspace } from '../support/workspace';
import { shownText } from '../support/bidi';

const NOTE = 'ملاحظات: قال سيرغي لافروف إن "الأمور تسير على ما يرام في كل الملفات".\n';

describe('the workspace index', () => {
  let ws: TempWorkspace;
  let client: TestClient;

  before(async () => {
    ws = new TempWorkspace({
      'a/lavrov-csto.article': LAVROV_ON_CSTO,
      'b/every.press': EVERY_FINDING,
      'seeds/000.txt': seedText('000'),
      'notes/readme.txt': NOTE,
      'node_modules/pkg/x.article': LAVROV_ON_CSTO,
      '.hidden/y.article': LAVROV_ON_CSTO,
    });
    client = new TestClient();
    await client.initialize(undefined, 'en', { folders: [ws.root] });
    await client.progressSettled();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    ws.dispose();
  });

  const symbols = async (query: string): Promise<WorkspaceSymbol[]> => (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query })) as WorkspaceSymbol[];
  const filesOf = (list: { location: { uri: string } }[] | Location[]): string[] =>
    [...new Set(list.map((s) => ('location' in s ? s.location.uri : s.uri)))].map((u) => u.slice(fileUri(ws.root).length + 1)).sort();

  it('indexes the article files in the background and reports progress', () => {
    const runs = [...client.progress.values()];
    assert.ok(runs.length >= 1);
    const first = runs[0];
    assert.equal(first[0].kind, 'begin');
    assert.match((first[0] as { title: string }).title, /indexing articles/);
    assert.equal(first.at(-1)!.kind, 'end');
  });

  it('watches the article globs and the knowledge folder of each workspace folder', () => {
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const patterns = (watch?.registerOptions as { watchers: { globPattern: { baseUri: string; pattern: string } }[] }).watchers.map((w) => w.globPattern);
    assert.ok(patterns.every((p) => p.baseUri === fileUri(ws.root)));
    // Every .txt too: its content may make it an article (pressReview.detectArticles).
    assert.deepEqual(patterns.map((p) => p.pattern).sort(), ['**/*.article', '**/*.press', '**/*.txt', '.press-review/*.json', 'seeds/**/*.txt']);
  });

  it('finds a speaker in every article of the folder, not in other files', async () => {
    const found = await symbols('لافروف');
    assert.deepEqual(filesOf(found), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
    assert.ok(found.every((s) => shownText(s.name) === 'سيرغي لافروف'));
    assert.match(found[0].containerName ?? '', /Foreign Minister of Russia/);
  });

  it('matches Arabic queries whatever their hamza, ya or diacritics, and organizations by English name or acronym', async () => {
    assert.deepEqual(filesOf(await symbols('سيرغى لافرُوف')), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
    const csto = await symbols('CSTO');
    assert.deepEqual(filesOf(csto), ['a/lavrov-csto.article', 'seeds/000.txt']);
    assert.ok(csto.every((s) => shownText(s.containerName ?? '').startsWith('Collective Security Treaty Organization')));
    assert.deepEqual(filesOf(await symbols('north atlantic')), ['b/every.press', 'seeds/000.txt']);
  });

  it('finds every mention of a speaker in the folder, from the open article', async () => {
    const uri = ws.uri('a/lavrov-csto.article');
    await client.open(uri, LAVROV_ON_CSTO);
    const line = LAVROV_ON_CSTO.split('\n').findIndex((l) => l.includes('سيرغي لافروف'));
    const character = LAVROV_ON_CSTO.split('\n')[line].indexOf('لافروف') + 2;
    const refs = (await client.connection.sendRequest(ReferencesRequest.method, { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(filesOf(refs), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
    // Every mention in the seed the analysis attributes to him, names and titles alike.
    const seed = analyze(seedText('000'));
    const lavrov = seed.speakers.find((s) => s.name === 'سيرغي لافروف')!;
    assert.equal(refs.filter((r) => r.uri === ws.uri('seeds/000.txt')).length, lavrov.mentions.length);
    const seedLines = seedText('000').split('\n');
    const ref = refs.find((r) => r.uri === ws.uri('seeds/000.txt'))!;
    assert.match(seedLines[ref.range.start.line].slice(ref.range.start.character, ref.range.end.character), /لافروف|الوزير|وزير|رئيس/);
  });

  it('counts the statements of a speaker across the folder on hover', async () => {
    const uri = ws.uri('a/lavrov-csto.article');
    const line = LAVROV_ON_CSTO.split('\n').findIndex((l) => l.startsWith('وأضاف لافروف'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 8 } });
    const value = (hover?.contents as MarkupContent).value;
    const elsewhere = [analyze(seedText('000')), analyze(EVERY_FINDING)].map((a) => a.speakers.find((s) => s.name === 'سيرغي لافروف')?.quotes.length ?? 0);
    assert.match(value, /2 statements in this article/);
    assert.match(value, new RegExp(`${elsewhere[0] + elsewhere[1]} statements in 2 other articles of the folder`));
  });

  it('counts the mentions of an organization across the folder on hover', async () => {
    const uri = ws.uri('a/lavrov-csto.article');
    const line = LAVROV_ON_CSTO.split('\n').findIndex((l) => l.includes('"منظمة معاهدة'));
    const character = LAVROV_ON_CSTO.split('\n')[line].indexOf('منظمة معاهدة') + 2;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    const inSeed = analyze(seedText('000')).organizations.find((o) => o.id === 'csto')!.mentions.length;
    assert.match((hover?.contents as MarkupContent).value, new RegExp(`Mentioned ${inSeed} times in 1 other article of the folder`));
  });

  it('follows the text of an open document, and the file on disk again once it is closed', async () => {
    const uri = ws.uri('b/every.press');
    await client.open(uri, EVERY_FINDING.replace(/سيرغي لافروف/g, 'ديمتري بيسكوف'));
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article', 'seeds/000.txt']);
    const reindexed = client.nextProgressEnd();
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await reindexed;
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
  });

  it('adds, updates and forgets files as the editor reports them created, changed and deleted', async () => {
    let done = client.nextProgressEnd();
    await client.fileEvents([{ file: ws.write('c/new.article', LAVROV_ON_CSTO.replace(/لافروف/g, 'شويغو')), type: FileChangeType.Created }]);
    await done;
    assert.deepEqual(filesOf(await symbols('شويغو')), ['c/new.article']);

    done = client.nextProgressEnd();
    await client.fileEvents([{ file: ws.write('c/new.article', LAVROV_ON_CSTO.replace(/لافروف/g, 'بيسكوف')), type: FileChangeType.Changed }]);
    await done;
    assert.deepEqual(filesOf(await symbols('شويغو')), []);
    assert.deepEqual(filesOf(await symbols('بيسكوف')), ['c/new.article']);

    await client.fileEvents([{ file: ws.remove('c/new.article'), type: FileChangeType.Deleted }]);
    assert.deepEqual(filesOf(await symbols('بيسكوف')), []);
  });

  it('ignores file events for files that are not articles', async () => {
    await client.fileEvents([{ file: ws.write('notes/more.txt', NOTE), type: FileChangeType.Created }]);
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
  });

  it('indexes a plain text file outside the globs when its content looks like an article (pressReview.detectArticles)', async () => {
    await client.fileEvents([{ file: ws.write('c/wire.txt', seedText('000').replace(/لافروف/g, 'شويغو')), type: FileChangeType.Created }]);
    // The note of the test before may still be in the index's queue: wait for this file's turn.
    let found: string[] = [];
    // Up to two minutes of polling: the queue is slow on a loaded machine; the wait is no assertion.
    for (let round = 0; round < 1200 && !found.length; round++) {
      found = filesOf(await symbols('شويغو'));
      if (!found.length) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(found, ['c/wire.txt']);
    await client.fileEvents([{ file: ws.remove('c/wire.txt'), type: FileChangeType.Deleted }]);
    assert.deepEqual(filesOf(await symbols('شويغو')), []);
  });

  it('indexes the globs of the pressReview.files setting instead of the default, without a restart', async () => {
    const done = client.nextProgressEnd();
    // Detection off: only the globs name articles.
    await client.changeSettings({ files: ['notes/**/*.txt'], detectArticles: false });
    await done;
    await client.progressSettled();
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article', 'b/every.press', 'notes/more.txt', 'notes/readme.txt']);
    const watch = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.equal(watch.length, 1, 'the old watchers are unregistered');
    assert.ok((watch[0].registerOptions as { watchers: { globPattern: { pattern: string } }[] }).watchers.some((w) => w.globPattern.pattern === 'notes/**/*.txt'));
  });

  it('keeps its file watchers when a setting changes that leaves them as they were', async () => {
    const before = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').map((r) => r.id);
    assert.equal(before.length, 1);
    const done = client.nextProgressEnd();
    // The index depends on statementMinWords (it indexes again), the watchers do not.
    await client.changeSettings({ files: ['notes/**/*.txt'], detectArticles: false, statementMinWords: 4 });
    await done;
    await client.progressSettled();
    assert.deepEqual(
      client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').map((r) => r.id),
      before,
    );
  });

  it('also indexes files that files.associations maps to the language', async () => {
    const done = client.nextProgressEnd();
    client.associations = { '*.wire': 'press-article', 'seeds/*.txt': 'press-article', '*.md': 'markdown' };
    await client.changeSettings({ files: [] });
    await done;
    fs.writeFileSync(ws.path('b/readme.md'), NOTE);
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article', 'b/every.press', 'seeds/000.txt']);
  });

  it('publishes the documents opened with the workspace before it watches files or starts indexing', async () => {
    // The index's listing and workers, and the watchers' round trip to the client, come
    // after the first diagnostics: on two cores they would compete with the first analysis.
    const starting = new TestClient();
    const uri = ws.uri('a/lavrov-csto.article');
    const published = (): boolean => starting.published(uri).length > 0;
    const registered: { method: string; afterDiagnostics: boolean }[] = [];
    starting.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations) registered.push({ method: r.method, afterDiagnostics: published() });
      return null;
    });
    const indexingBegan: boolean[] = [];
    starting.onProgress((_token, value) => value.kind === 'begin' && indexingBegan.push(published()));
    try {
      await starting.initialize(undefined, 'en', { folders: [ws.root] });
      await starting.open(uri, LAVROV_ON_CSTO);
      await starting.progressSettled();
      assert.deepEqual(registered.find((r) => r.method === 'workspace/didChangeWatchedFiles'), { method: 'workspace/didChangeWatchedFiles', afterDiagnostics: true });
      // Every indexing run began after the diagnostics (a run restarts when files come in as it ends).
      assert.ok(indexingBegan.length > 0 && indexingBegan.every((afterDiagnostics) => afterDiagnostics), `indexing began ${JSON.stringify(indexingBegan)}`);
    } finally {
      assert.equal(await starting.shutdown(), 0);
    }
  });

  it('keeps only the open documents when pressReview.index.enabled is off', async () => {
    const waiting = client.nextDiagnostics(ws.uri('a/lavrov-csto.article'));
    await client.changeSettings({ index: { enabled: false } });
    await waiting;
    assert.deepEqual(filesOf(await symbols('لافروف')), ['a/lavrov-csto.article']);
  });
});

describe('indexing on worker threads', () => {
  // A workspace organization (found only with the workspace knowledge) in a file that is
  // never opened: only the index's workers analyse it.
  const files = {
    '.press-review/entries.json': JSON.stringify({ organizations: [PRESS_FRIENDS_LEAGUE] }),
    'a/lavrov-csto.article': LAVROV_ON_CSTO,
    'b/every.press': EVERY_FINDING,
    'c/league.article': 'بيان الرابطة\n\nوقالت رابطة أصدقاء الصحافة في بيان إن "حرية الصحافة مهددة في المنطقة كلها".\n',
  };
  const stats = (client: TestClient): Promise<DebugStats> => client.connection.sendRequest(DEBUG_STATS_METHOD) as Promise<DebugStats>;
  const symbolFiles = async (client: TestClient, ws: TempWorkspace, query: string): Promise<string[]> => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query })) as WorkspaceSymbol[];
    return [...new Set(found.map((s) => s.location.uri.slice(fileUri(ws.root).length + 1)))].sort();
  };

  it('summarizes every article off the main thread, with the workspace knowledge, as the main thread would', async () => {
    const ws = new TempWorkspace(files);
    const threaded = new TestClient();
    const inline = new TestClient(['--no-index-workers']);
    try {
      for (const c of [threaded, inline]) {
        await c.initialize({ debugStats: true }, 'en', { folders: [ws.root] });
        await c.progressSettled();
      }
      assert.equal((await stats(threaded)).indexedInWorkers, 3, 'the three articles were summarized by workers');
      assert.equal((await stats(inline)).indexedInWorkers, 0);
      for (const query of ['FPL', 'لافروف', 'CSTO']) {
        assert.deepEqual(await symbolFiles(threaded, ws, query), await symbolFiles(inline, ws, query), `the same articles for ${query}`);
      }
      assert.deepEqual(await symbolFiles(threaded, ws, 'FPL'), ['c/league.article'], 'the workers read the workspace knowledge');
    } finally {
      await threaded.shutdown();
      await inline.shutdown();
      ws.dispose();
    }
  });
});
