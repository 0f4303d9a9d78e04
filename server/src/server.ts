// The Press Review language server: thin glue between LSP and the analysis core.
// Documents are synced incrementally; each version is analysed at most once (see
// AnalysisCache) and every feature module under lsp/ maps that one result to protocol
// types. Settings, workspace knowledge and the workspace index are reloaded here when
// the client reports a change; nothing else keeps state.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Disposable,
  type InitializeParams,
  type InitializeError,
  type InitializeResult,
  type ResponseError,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { type Analysis, type AnalyzeOptions, type Knowledge, type KnowledgeSource, type SourceLineExpectation } from './analysis';
import { onIncomingMessages } from './lsp/activity';
import { AnalysisCache, type Analyzed } from './lsp/analysisCache';
import { codeActions, NORMALIZE_QUOTES_KIND } from './lsp/codeActions';
import { TEXT_EXTENSIONS } from './shared/articleFiles';
import { codeLenses } from './lsp/codeLens';
import { DEFAULT_SETTINGS, LANGUAGE_GLOBS, messageLanguage, parseSettings, type Settings } from './lsp/configuration';
import { registerCustomRequests } from './lsp/customRequests';
import { ArticleReviews } from './lsp/articleReviews';
import { AnalysisTally } from './lsp/analysisTally';
import { ChangeNotifier } from './lsp/changeNotifier';
import { ReviewsChangedNotification, type PressReviewInitializationOptions } from './protocol';
import { registerDebugStats, wantsDebugStats } from './lsp/debugStats';
import { DiagnosticDelay } from './lsp/diagnosticDelay';
import { toDiagnostics } from './lsp/diagnostics';
import { documentLinks } from './lsp/documentLinks';
import { foldingRanges } from './lsp/folding';
import { folderCounts, hoverAt } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { EDITOR_MAX_BYTES } from './lsp/limits';
import { references } from './lsp/references';
import { prepareRename, rename } from './lsp/rename';
import { safely } from './lsp/safe';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './lsp/semanticTokens';
import { SourceLineConvention } from './lsp/sourceLineConvention';
import { documentSymbols } from './lsp/symbols';
import { ArticleMatcher, canonicalUri, filePath, fileWatchers } from './lsp/workspaceFiles';
import { IndexWorkers } from './lsp/indexWorkers';
import { initializing, shuttingDown } from './lsp/lifecycle';
import { warmUp } from './lsp/warmUp';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { knowledgeGlobs, knowledgeTargets, loadWorkspaceKnowledge } from './lsp/workspaceKnowledge';
import { workspaceSymbols } from './lsp/workspaceSymbols';
import { analysisEngine, codeCacheFolder, saveCodeCache, saveCodeCacheSoon, useCodeCache } from './node/engine';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// ── State: settings, knowledge, folders, caches ───────────────────────────────────
let settings: Settings = DEFAULT_SETTINGS;
/** Built after initialize is answered (the first reload), or on first need: it takes tens of milliseconds. */
let knowledge: Knowledge | undefined;
const currentKnowledge = (): Knowledge => (knowledge ??= analysisEngine().builtinKnowledge());
let locale: string | undefined;
let folders: string[] = [];
/** Workspace knowledge files are read only in a trusted workspace (initializationOptions.workspaceTrusted). */
let trusted = true;
let client = { configuration: false, configurationChanges: false, watchedFiles: false, relativePatterns: false, workspaceFolders: false, refreshes: false };

/** Options for analysing an article; with its URI, the source-line setting resolved for its folder. */
const analyzeOptions = (uri?: string): AnalyzeOptions => {
  const sourceLine = uri ? sourceLineConvention.resolve(settings.sourceLine, uri) : undefined;
  if (uri && sourceLine) sourceLineUsed.set(uri, sourceLine);
  return { knowledge: currentKnowledge(), statementMinWords: settings.statementMinWords, maxBytes: EDITOR_MAX_BYTES, sourceLine };
};
const analyzeText = (text: string): Analysis => analysisEngine().analyze(text, analyzeOptions());
/**
 * The index analyses a file as if its folder followed the source-line convention, before
 * that is known: its kept report has every missing-source finding, and the convention is
 * applied when the report is read (report/reviewedArticle.ts), as on the index's workers.
 */
const analyzeForIndex = (text: string): Analysis => analysisEngine().analyze(text, { ...analyzeOptions(), sourceLine: 'always' });
/** Analyses per article, counted only when the client asks for the debug stats. */
const tally = new AnalysisTally();
const log = (message: string): void => connection.console.error(message);

/** The knowledge files the current knowledge was built from (the index workers build the same). */
let knowledgeSources: KnowledgeSource[] = [];
/** Worker threads for the index (dist/indexWorker.js beside this bundle); replaced when the analysis inputs change. */
let indexWorkers: IndexWorkers | null = null;
const INDEX_WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');
const useIndexWorkers = fs.existsSync(INDEX_WORKER_SCRIPT) && !process.argv.includes('--no-index-workers');

const index = new WorkspaceIndex({
  analyze: analyzeForIndex,
  analysed: (uri) => tally.add(uri),
  createProgress: () => connection.window.createWorkDoneProgress(),
  log,
  workers: () => (indexWorkers && !indexWorkers.stopped ? indexWorkers : null),
});
const sourceLineConvention = new SourceLineConvention(index);
/** The source-line expectation each open document was last analysed with. */
const sourceLineUsed = new Map<string, SourceLineExpectation>();
// When the index changes a folder's convention (it finished indexing, an article gained a
// source line), the open articles of that folder are analysed and published again.
index.onDidChange(() => {
  let changed = false;
  for (const doc of documents.all()) {
    const used = sourceLineUsed.get(doc.uri);
    const now = used === undefined ? used : sourceLineConvention.resolve(settings.sourceLine, doc.uri);
    if (now === used) continue;
    // An article with a source line gets no missing-source finding either way: analysing
    // it again changes nothing (an article alone in its folder sets the convention by its
    // own source line, so opening one that has it analysed it twice).
    if (cache.peek(doc.uri)?.analysis.source) {
      sourceLineUsed.set(doc.uri, now!);
      continue;
    }
    cache.delete(doc.uri);
    changed = true;
    if (published.has(doc.uri)) publish(doc.uri);
  }
  // The same version's report changed: the client asks again for what it holds.
  if (changed) void connection.sendNotification(ReviewsChangedNotification.method, {});
});
const cache = new AnalysisCache(analyzeOptions, (e) => index.updateOpen(canonicalUri(e.uri), e.analysis, e.convert.lines), tally);
// Whatever the client sends goes before background work (indexing, the warm-up).
let lastClientMessage = -Infinity;
onIncomingMessages(() => {
  lastClientMessage = performance.now();
  index.interactive();
});

/** Publishing waits for the first settings, so the first diagnostics already follow them. */
let settingsLoaded = false;
let markReady: () => void;
const ready = new Promise<void>((resolve) => (markReady = resolve));
/** The first reload is done: file watchers registered, the index started (the workbench's requests wait for it). */
let markStarted: () => void;
const started = new Promise<void>((resolve) => (markStarted = resolve));

connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
  const again = initializing();
  if (again) return again;
  const caps = params.capabilities;
  client = {
    configuration: !!caps.workspace?.configuration,
    configurationChanges: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    watchedFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    relativePatterns: !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    refreshes: !!caps.workspace?.semanticTokens?.refreshSupport && !!caps.workspace?.inlayHint?.refreshSupport,
  };
  locale = params.locale;
  const initOptions = params.initializationOptions as PressReviewInitializationOptions | undefined;
  trusted = initOptions?.workspaceTrusted !== false;
  useCodeCache(typeof initOptions?.codeCacheFolder === 'string' && path.isAbsolute(initOptions.codeCacheFolder) ? initOptions.codeCacheFolder : undefined);
  if (wantsDebugStats(params.initializationOptions)) {
    tally.enable();
    registerDebugStats(connection, () => ({
      openDocuments: documents.all().length,
      cachedAnalyses: cache.size,
      analyses: cache.analyses,
      indexedInWorkers: IndexWorkers.indexed,
      analysesByUri: tally.byUri(),
    }));
  }
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.map(filePath).filter((p): p is string => p !== null);
  if (!folders.length && params.rootPath) folders = [params.rootPath];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Press Review' },
      workspaceSymbolProvider: true,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, NORMALIZE_QUOTES_KIND] },
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'press-review' },
  };
});

connection.onInitialized(async () => {
  if (client.configurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  if (client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => filePath(f.uri)));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => filePath(f.uri)).filter((p): p is string => p !== null)];
      void reload({ settings: false });
    });
  }
  await reload({ settings: true });
  // Also when the first reload failed: the server answers with what it has.
  settingsLoaded = true;
  markReady();
  markStarted();
  // Compile the analysis before the first keystroke (lsp/warmUp.ts).
  void warmUp(analyzeText, () => lastClientMessage);
});

// ── Settings, knowledge, file watching and the index, reloaded together ──────────
let watching: Disposable | undefined;
let knowledgeUris = new Set<string>();
let lastIndexKey = '';

async function pullSettings(): Promise<Settings> {
  if (!client.configuration) return settings;
  const [pressReview, associations] = await connection.workspace.getConfiguration([{ section: 'pressReview' }, { section: 'files.associations' }]);
  return parseSettings(pressReview, associations);
}

function reloadKnowledge(): void {
  const targets = trusted ? knowledgeTargets(folders, settings.knowledgeFiles) : [];
  const loaded = loadWorkspaceKnowledge(targets, messageLanguage(settings, locale));
  knowledge = loaded.knowledge;
  knowledgeSources = loaded.sources;
  for (const uri of knowledgeUris) if (!loaded.diagnostics.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  for (const [uri, diagnostics] of loaded.diagnostics) void connection.sendDiagnostics({ uri, diagnostics });
  knowledgeUris = new Set(loaded.diagnostics.keys());
}

function articleGlobs(): string[] {
  return [...new Set([...LANGUAGE_GLOBS, ...settings.files])];
}

/** The watchers registered (as JSON): a reload for a setting that leaves them as they are registers none again. */
let watchingKey = '';

async function watchFiles(): Promise<void> {
  if (!client.watchedFiles) return;
  // Plain text files may become articles by their content: watch them too when detection is on.
  const textGlobs = settings.detectArticles ? TEXT_EXTENSIONS.map((e) => `**/*${e}`) : [];
  const watchers = fileWatchers(folders, [...new Set([...articleGlobs(), ...textGlobs]), ...knowledgeGlobs(settings.knowledgeFiles)], client.relativePatterns);
  // The same watchers: no round trip, and the client does not compile every glob again.
  const key = JSON.stringify(watchers);
  if (watching && key === watchingKey) return;
  const previous = watching;
  watching = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  watchingKey = key;
  previous?.dispose();
}

/**
 * After a change of settings, knowledge files or folders: reload what depends on it and
 * re-publish. Reloads run one after another, never interleaved.
 */
let reloading = Promise.resolve();
function reload(what: { settings: boolean }): Promise<void> {
  reloading = reloading.then(() => reloadNow(what)).catch((e) => log(`press-review: reload failed: ${(e as Error).stack ?? String(e)}`));
  return reloading;
}

async function reloadNow(what: { settings: boolean }): Promise<void> {
  // What the client's reports depend on besides the text: the rule settings, the analysis
  // settings and the knowledge (reloaded below on every reload but a settings change).
  const reportsKey = (): string => JSON.stringify([settings.rules, settings.statementMinWords, settings.knowledgeFiles]);
  const before = reportsKey();
  const inlineMarks = settings.editor.inlineMarks;
  if (what.settings) {
    settings = await pullSettings();
    for (const message of settings.refusedFiles ?? []) log(`press-review: ${message}`);
  }
  if (settingsLoaded && (!what.settings || reportsKey() !== before)) void connection.sendNotification(ReviewsChangedNotification.method, {});
  // The editor asks again for tokens and hints only when told to.
  if (settings.editor.inlineMarks !== inlineMarks && client.refreshes) {
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.languages.inlayHint.refresh().catch(() => undefined);
  }
  reloadKnowledge();
  cache.clear();
  const first = !settingsLoaded;
  if (first) await publishOpenDocumentsFirst();
  await watchFiles();
  // The index depends on the globs, the analysis options and the knowledge; a change of
  // rule severities or language only needs the diagnostics re-published.
  const indexKey = JSON.stringify([folders, articleGlobs(), settings.detectArticles, settings.index, settings.statementMinWords, settings.knowledgeFiles]);
  if (indexKey !== lastIndexKey || !what.settings) {
    lastIndexKey = indexKey;
    indexWorkers?.dispose();
    indexWorkers = useIndexWorkers
      ? new IndexWorkers(INDEX_WORKER_SCRIPT, { knowledgeSources, statementMinWords: settings.statementMinWords, analysisMaxBytes: EDITOR_MAX_BYTES, codeCacheFolder: codeCacheFolder() }, undefined, log)
      : null;
    index.rebuild(settings.index.enabled ? new ArticleMatcher(folders, articleGlobs(), settings.detectArticles) : null, settings.index.maxFileSizeKB);
  }
  // The first reload published the open documents already.
  if (!first) for (const doc of documents.all()) publish(doc.uri);
}

/**
 * The first reload, once settings and knowledge are loaded: the documents the editor opened
 * with the workspace are analysed and published now, before the file watchers are
 * registered (a round trip to the client) and the index lists the folders and starts its
 * workers (each a thread that loads the engine and builds the knowledge, on the cores the
 * first analysis needs). Before the first settings arrive nothing was published
 * (publish waits for them).
 */
async function publishOpenDocumentsFirst(): Promise<void> {
  settingsLoaded = true;
  markReady();
  // Resumes after the publishes already waiting on `ready`.
  await ready;
}

connection.onDidChangeConfiguration(() => void ready.then(() => reload({ settings: true })));

function isKnowledgeFile(file: string): boolean {
  return file.endsWith('.json') && knowledgeTargets(folders, settings.knowledgeFiles).some((t) => file === t || file.startsWith(`${t}${path.sep}`));
}

const KNOWLEDGE_RELOAD_DELAY_MS = 100;
let knowledgeReload: NodeJS.Timeout | undefined;

connection.onDidChangeWatchedFiles(({ changes }) => {
  let knowledgeChanged = false;
  for (const change of changes) {
    const file = filePath(change.uri);
    if (!file) continue;
    if (isKnowledgeFile(file)) knowledgeChanged = true;
    else index.fileChanged(change.uri, change.type === FileChangeType.Deleted);
  }
  if (knowledgeChanged) {
    // Saves come in bursts, and the client's own knowledge watcher may report them too: reload once.
    clearTimeout(knowledgeReload);
    knowledgeReload = setTimeout(() => void reload({ settings: false }), KNOWLEDGE_RELOAD_DELAY_MS);
  }
});

// ── Diagnostics: published after a pause in typing, for the latest version only ──
/** Diagnostics wait after a change as long as the last analysis took (1–20 ms), 150 ms inside a burst (see DiagnosticDelay). */
const delays = new DiagnosticDelay();
const pending = new Map<string, NodeJS.Timeout>();

function publish(uri: string): void {
  void ready.then(() => {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const fresh = cache.peek(uri)?.version !== doc.version;
      const started = performance.now();
      const { analysis, convert, version } = cache.get(doc);
      if (fresh) delays.record(uri, performance.now() - started);
      const options = { rules: settings.rules, language: messageLanguage(settings, locale) };
      void connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(analysis, convert, uri, options) });
      saveCodeCacheSoon();
    } catch (e) {
      log(`press-review: analysis of ${uri} failed: ${(e as Error).stack ?? String(e)}`);
    }
  });
}

function schedule(uri: string): void {
  const interrupted = pending.has(uri);
  clearTimeout(pending.get(uri));
  pending.set(
    uri,
    setTimeout(() => {
      pending.delete(uri);
      publish(uri);
    }, delays.delay(uri, interrupted)),
  );
}

/** Open documents whose diagnostics went out at least once. */
const published = new Set<string>();

// Fired on open too: a newly opened document is published at once, later versions after a pause.
documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  if (published.has(uri)) schedule(uri);
  else {
    published.add(uri);
    publish(uri);
  }
});
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  published.delete(e.document.uri);
  delays.forget(e.document.uri);
  cache.delete(e.document.uri);
  index.closed(canonicalUri(e.document.uri));
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

// ── Features: each handler finds the document's analysis and calls one module ─────
/** A handler on an open document; unknown documents get the empty answer. */
function onDocument<P extends { textDocument: TextDocumentIdentifier }, R>(name: string, empty: R, handler: (d: Analyzed, params: P, token: CancellationToken) => R | Promise<R>) {
  return safely(connection, name, empty, (params: P, token: CancellationToken) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? handler(cache.get(doc), params, token) : empty;
  });
}

connection.onDocumentSymbol(onDocument('documentSymbol', [], (d) => documentSymbols(d.analysis, d.convert)));
connection.onFoldingRanges(onDocument('foldingRange', [], (d) => foldingRanges(d.analysis, d.convert)));
// Words are colored and hints put inside the lines only when the user asks
// (pressReview.editor.inlineMarks): any span in a line scrambles Arabic lines, a hint even at
// the line's end lands at its visual start (docs/editor.md). Hover tells who said a quote.
connection.languages.semanticTokens.on(onDocument('semanticTokens', { data: [] }, (d) => (settings.editor.inlineMarks ? semanticTokens(d.analysis, d.convert) : { data: [] })));
connection.languages.inlayHint.on(onDocument('inlayHint', [], (d, p) => (settings.editor.inlineMarks ? inlayHints(d.analysis, d.convert, p.range) : [])));
connection.onCodeLens(onDocument('codeLens', [], (d) => codeLenses(d.analysis, d.convert)));
connection.onDocumentLinks(onDocument('documentLink', [], (d) => documentLinks(d.analysis, d.convert)));
connection.onCodeAction(onDocument('codeAction', [], (d, p) => codeActions(d.uri, d.analysis, d.convert, p.context)));
connection.onHover(
  onDocument('hover', null, (d, p) =>
    d.convert.has(p.position) ? hoverAt(d.analysis, d.convert, d.convert.offset(p.position), currentKnowledge(), folderCounts(index, canonicalUri(d.uri))) : null,
  ),
);
connection.onReferences(
  onDocument('references', [], (d, p, token) =>
    d.convert.has(p.position) ? references({ uri: d.uri, indexUri: canonicalUri(d.uri) }, d.analysis, d.convert, d.convert.offset(p.position), index, token) : [],
  ),
);
connection.onPrepareRename(onDocument('prepareRename', null, (d, p) => (d.convert.has(p.position) ? prepareRename(d.analysis, d.convert, d.convert.offset(p.position)) : null)));
connection.onRenameRequest(onDocument('rename', null, (d, p) => (d.convert.has(p.position) ? rename(d.uri, d.analysis, d.convert, d.convert.offset(p.position), p.newName) : null)));
connection.onWorkspaceSymbol(safely(connection, 'workspaceSymbol', [], (p, token) => workspaceSymbols(p.query, index, token)));

// The workbench's custom requests (lsp/customRequests.ts, types in protocol.ts): the
// articles of the index and the open documents, analysed once each.
const reviews = new ArticleReviews({
  index,
  documents,
  cache,
  rules: () => settings.rules,
  sourceLine: (uri) => sourceLineConvention.resolve(settings.sourceLine, uri),
  analyzeOptions,
  tally,
});
// Once the client holds folder reports, it is told which articles changed (a file indexed
// again, an open document analysed), and fetches those alone.
const changedReviews = new ChangeNotifier((uris) => void connection.sendNotification(ReviewsChangedNotification.method, { uris }));
index.onDidChange((uris) => changedReviews.add(uris));
registerCustomRequests(connection, { reviews, index, ready: () => started, knowledge: currentKnowledge, onFolderReport: () => changedReviews.start() });

connection.onShutdown(() => {
  shuttingDown();
  // A server shut down before its timer (node/engine.ts) still leaves the next one its code cache.
  saveCodeCache();
});

documents.listen(connection);
connection.listen();
