// The language client: starts the Press Review server (dist/server.js) over IPC for
// press articles, tells it whether the workspace is trusted (untrusted: built-in
// knowledge only) and where to keep its code cache (the extension's storage folder), and
// forwards changes of workspace knowledge files to it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { PressReviewInitializationOptions } from '../../server/src/protocol';
import { KNOWLEDGE_FOLDER, LANGUAGE_ID } from './config';
import { SERVER_ENVIRONMENT } from './serverEnvironment';
import { serverHealthOptions } from './serverHealth';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The client merges these variables into its own environment (see serverEnvironment.ts).
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: SERVER_ENVIRONMENT } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'], env: SERVER_ENVIRONMENT } },
  };
  const knowledgeWatcher = vscode.workspace.createFileSystemWatcher(`**/${KNOWLEDGE_FOLDER}/*.json`);
  context.subscriptions.push(knowledgeWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'pressReview', fileEvents: knowledgeWatcher },
    // A function, so that a restart after the user trusts the workspace sends the new value.
    initializationOptions: (): PressReviewInitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, codeCacheFolder: context.globalStorageUri.fsPath }),
    ...serverHealthOptions(vscode.window),
  };
  return new LanguageClient('pressReview', 'Press Review', serverOptions, clientOptions);
}
