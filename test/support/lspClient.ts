// The one LSP client of the protocol tests and the benchmark: starts dist/server.js
// --stdio as a child process, with the environment the editor's client gives it
// (client/src/serverEnvironment.ts), and talks JSON-RPC to it as an editor would. It
// answers the server's own requests like VS Code does: settings (workspace/configuration)
// from `settings`, dynamic registrations (recorded), progress tokens (recorded with their
// $/progress, and passed to `onProgress` listeners).

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Writable } from 'node:stream';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AbstractMessageWriter,
  CancellationTokenSource,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  WorkDoneProgress,
  type FileChangeType,
  type InitializeResult,
  type Message,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { serverEnvironment } from '../../client/src/serverEnvironment';
import { ROOT } from './article';

export type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface ServerOptions {
  /** The server bundle (default: this repository's dist/server.js; the benchmark compares others). */
  serverPath?: string;
  /** Node options for the server process (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
  /** Keep every diagnostics notification for `published` (default true; the benchmark's thousands of edits keep none). */
  keepPublished?: boolean;
}

/**
 * Writes each message with one synchronous write, so that messages sent in one tick
 * while the stream is corked reach the server in one chunk (see `together`).
 */
class DirectWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly stream: Writable) {
    super();
    // A write to a server that has just ended fails (EPIPE) after write() returned: reported as
    // the writer's error, not thrown in the test process; the child's 'close' ends the waits.
    stream.on('error', (e) => this.fireError(e));
  }

  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.stream.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    return Promise.resolve();
  }

  end(): void {}
}

export interface WorkspaceOptions {
  /** Workspace folder paths (default: the repository). */
  folders?: string[];
  /** The `pressReview` settings section the client reports. */
  settings?: Record<string, unknown>;
  /** The `files.associations` setting the client reports. */
  associations?: Record<string, string>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly child: ChildProcess;
  private readonly keepPublished: boolean;
  private readonly progressListeners: ((token: string | number, value: ProgressValue) => void)[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void; version?: number }[] = [];
  /** Dynamic registrations the server made, in order (unregistered ones removed). */
  readonly registrations: Registration[] = [];
  /** $/progress values by token, in order. */
  readonly progress = new Map<string | number, ProgressValue[]>();
  private progressWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  /** Set once the server's process has ended and its output is read to the end: why it ended. */
  private ended: Error | null = null;
  settings: Record<string, unknown> = {};
  associations: Record<string, string> = {};
  stderr = '';

  constructor(args: string[] = [], options: ServerOptions = {}) {
    const serverPath = options.serverPath ?? path.join(ROOT, 'dist', 'server.js');
    this.keepPublished = options.keepPublished ?? true;
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnvironment() });
    this.process = this.child;
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new DirectWriter(this.child.stdin!));
    // A server that ends, for whatever reason, ends every wait on it. JSON-RPC leaves a request
    // pending forever when the stream closes (only dispose rejects it), which made a run wait
    // for a server that had already exited. 'close' comes after the last output is read.
    this.child.on('close', (code, signal) => {
      this.ended = new Error(`the language server exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
      this.connection.dispose();
      for (const w of this.waiters.splice(0)) w.reject(this.ended);
      for (const w of this.progressWaiters.splice(0)) w.reject(this.ended);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (this.keepPublished) this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p]);
      else this.diagnostics.set(p.uri, [p]);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'pressReview' ? this.settings : i.section === 'files.associations' ? this.associations : null)),
    );
    this.connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', (p: { unregisterations: { id: string }[] }) => {
      for (const u of p.unregisterations) {
        const i = this.registrations.findIndex((r) => r.id === u.id);
        if (i >= 0) this.registrations.splice(i, 1);
      }
      return null;
    });
    // Progress the server starts itself; tests that pass their own token use connection.onProgress.
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progress.set(p.token, []);
      this.connection.onProgress(WorkDoneProgress.type, p.token, (value) => {
        this.progress.get(p.token)?.push(value);
        for (const l of this.progressListeners) l(p.token, value);
        if (value.kind === 'end') {
          for (const w of this.progressWaiters.splice(0)) w.resolve();
        }
      });
      return null;
    });
    this.connection.listen();
  }

  async initialize(initializationOptions?: unknown, locale = 'en', workspace: WorkspaceOptions = {}): Promise<InitializeResult> {
    const folders = workspace.folders ?? [ROOT];
    this.settings = workspace.settings ?? this.settings;
    this.associations = workspace.associations ?? this.associations;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0]).toString(),
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      },
      initializationOptions,
      locale,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Calls `listener` with every $/progress value of the progress the server starts. */
  onProgress(listener: (token: string | number, value: ProgressValue) => void): void {
    this.progressListeners.push(listener);
  }

  /** The server's peak resident memory in bytes (Linux: VmHWM in /proc), or null. */
  peakMemory(): number | null {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
      return kb ? Number(kb[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const waiting = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'press-article', version, text } });
    return waiting;
  }

  /** Replaces a document's whole text and waits for the diagnostics of the new version. */
  async replace(uri: string, text: string, version: number): Promise<PublishDiagnosticsParams> {
    const waiting = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return waiting;
  }

  /** The next diagnostics published for a URI (of `version` if given); rejected if the server ends first. */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => (this.ended ? reject(this.ended) : this.waiters.push({ uri, resolve, reject, version })));
  }

  /** The diagnostics last published for a URI, if any. */
  latestDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri)?.at(-1);
  }

  /** Changes the settings the client reports and tells the server, as VS Code does. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async fileEvents(changes: { file: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map((c) => ({ uri: pathToFileURL(c.file).toString(), type: c.type })) });
  }

  /** Resolves at the end of the next $/progress run the server reports. */
  nextProgressEnd(): Promise<void> {
    return new Promise((resolve, reject) => (this.ended ? reject(this.ended) : this.progressWaiters.push({ resolve, reject })));
  }

  /** Resolves once the server has reported some progress and none is still running. */
  async progressSettled(): Promise<void> {
    const running = (): boolean => this.progress.size === 0 || [...this.progress.values()].some((v) => !v.some((x) => x.kind === 'end'));
    while (running()) await this.nextProgressEnd();
  }

  /**
   * Sends what `send` sends in one chunk: a request and its $/cancelRequest written in
   * one tick arrive together, so the server sees the cancellation before it starts.
   */
  together<T>(send: () => T): T {
    const stdin = this.child.stdin!;
    stdin.cork();
    const result = send();
    setImmediate(() => stdin.uncork());
    return result;
  }

  /** A request cancelled as soon as it is sent. */
  cancelledRequest(method: string, params: unknown): Promise<unknown> {
    return this.together(() => {
      const source = new CancellationTokenSource();
      const answer = this.connection.sendRequest(method, params, source.token);
      source.cancel();
      return answer;
    });
  }

  /** Every diagnostics notification published for a URI so far, oldest first. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Shuts the server down as an editor does; its exit code, or null when it had to be killed. */
  async shutdown(): Promise<number | null> {
    // exitCode stays null for a process a signal ended: signalCode says it ended too.
    const running = (): boolean => !this.ended && this.child.exitCode === null && this.child.signalCode === null;
    if (running()) {
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch (e) {
        // It ended before answering: the exit code below says how.
        if (running()) throw e;
      }
    }
    const code = await new Promise<number | null>((resolve) => {
      if (!running() || this.child.exitCode !== null) resolve(this.child.exitCode);
      this.child.on('exit', (c) => resolve(c));
      // A clean exit takes well under a second, but on a loaded machine (a tenth of a core
      // each) it took over 3 s: only a server that does not exit at all is killed. The wait
      // stretches with the load as mocha's timeouts do (scripts/run-mocha.mjs).
      const load = Math.max(1, Math.ceil(os.loadavg()[0] / (os.availableParallelism?.() ?? os.cpus().length)));
      setTimeout(() => {
        this.child.kill();
        resolve(null);
      }, 20_000 * load).unref();
    });
    this.connection.dispose();
    return code;
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    this.child.kill(signal);
  }
}

export function seedUri(file: string): string {
  return pathToFileURL(path.join(ROOT, 'seeds', file)).toString();
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** The text after applying a workspace edit's changes to one document. */
export function applyEdit(text: string, edit: WorkspaceEdit | null | undefined, uri: string): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'press-article', 0, text), edits);
}
