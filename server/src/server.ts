// The Press Review language server: thin glue between LSP and the analysis core.
// Documents are synced incrementally; each version is analysed at most once (see
// AnalysisCache) and every feature maps that one result to protocol types.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { builtinKnowledge } from './analysis';
import { AnalysisCache } from './lsp/analysisCache';
import { quickFixes } from './lsp/codeActions';
import { registerCustomRequests } from './lsp/customRequests';
import { toDiagnostics, type DiagnosticOptions } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { safely } from './lsp/safe';
import { documentSymbols } from './lsp/symbols';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const knowledge = builtinKnowledge();
const cache = new AnalysisCache(() => ({ knowledge }));
let diagnosticOptions: DiagnosticOptions = { severities: {}, language: 'en' };
let hasConfigurationCapability = false;

/** Diagnostics wait this long after the last change, so typing is never slowed. */
const DIAGNOSTIC_DELAY_MS = 150;
const pending = new Map<string, NodeJS.Timeout>();

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  diagnosticOptions = { ...diagnosticOptions, language: params.locale ?? 'en' };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Press Review' },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'press-review' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
});

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  try {
    const { analysis, convert, version } = cache.get(doc);
    void connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(analysis, convert, uri, diagnosticOptions) });
  } catch (e) {
    connection.console.error(`press-review: analysis of ${uri} failed: ${(e as Error).stack ?? String(e)}`);
  }
}

function schedule(uri: string): void {
  clearTimeout(pending.get(uri));
  pending.set(
    uri,
    setTimeout(() => {
      pending.delete(uri);
      publish(uri);
    }, DIAGNOSTIC_DELAY_MS),
  );
}

documents.onDidOpen((e) => publish(e.document.uri));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(
  safely(connection, 'documentSymbol', [], (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { analysis, convert } = cache.get(doc);
    return documentSymbols(analysis, convert);
  }),
);

connection.onHover(
  safely(connection, 'hover', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const { analysis, convert } = cache.get(doc);
    return hoverAt(analysis, convert, convert.offset(params.position), knowledge);
  }),
);

connection.onCodeAction(
  safely(connection, 'codeAction', [], (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return quickFixes(doc.uri, params.context.diagnostics, cache.get(doc).convert);
  }),
);

registerCustomRequests(connection, { documents, cache, analyzeOptions: () => ({ knowledge }) });

documents.listen(connection);
connection.listen();
