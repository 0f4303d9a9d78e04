// The language server (dist/server.js --stdio) started as an editor starts it, for the
// benchmark: JSON-RPC over stdio, default settings, work-done progress accepted, and
// the process id kept so that its peak memory can be read from /proc.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './corpus';
import { serverEnvironment } from '../client/src/serverEnvironment';

/** Extra node options for every server the benchmark starts (--cpu-prof DIR sets them). */
export const serverNodeArgs: string[] = [];

export interface Progress {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
}

export class LspServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private readonly progressListeners: ((token: string | number, value: Progress) => void)[] = [];
  stderr = '';

  /** Starts dist/server.js of this repository, or the server bundle at `serverPath`. */
  constructor(serverPath = path.join(ROOT, 'dist', 'server.js')) {
    // The environment the editor's client gives the server (client/src/serverEnvironment.ts).
    this.process = spawn(process.execPath, [...serverNodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnvironment() });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && p.version === w.version) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('$/progress', (p: { token: string | number; value: Progress }) => {
      for (const l of this.progressListeners) l(p.token, p.value);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  /** Initializes with `folder` as the workspace (the repository when none is given). */
  async initialize(folder = ROOT): Promise<InitializeResult> {
    const uri = pathToFileURL(folder).toString();
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { workDoneProgress: true },
      },
      locale: 'en',
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  onProgress(listener: (token: string | number, value: Progress) => void): void {
    this.progressListeners.push(listener);
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const waiting = this.diagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'press-article', version, text } });
    return waiting;
  }

  /** The diagnostics of one version of a document, when they arrive. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** The server's peak resident memory in bytes (Linux: VmHWM in /proc), or null. */
  peakMemory(): number | null {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
      return kb ? Number(kb[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  async shutdown(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      this.process.on('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server is gone already
    }
    const timer = setTimeout(() => this.process.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
