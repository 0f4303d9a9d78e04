// What happens when the language server dies: it is restarted, and the reviewer is
// told once per session (a second or third crash is only logged); if it keeps dying,
// up to MAX_RESTARTS times within RESTART_WINDOW_MS, it stays stopped and the reviewer
// is told so, with the way out. A server that cannot initialize says why and is not
// retried. Plugged into the LanguageClientOptions by one line in client.ts.
//
// Only types come from vscode and vscode-languageclient (whose enum values are checked
// by the compiler below), so the unit tests run this policy without an editor.

import type * as vscode from 'vscode';
import type { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult, LanguageClientOptions } from 'vscode-languageclient/node';

const RESTART: CloseAction.Restart = 2;
const DO_NOT_RESTART: CloseAction.DoNotRestart = 1;
const CONTINUE: ErrorAction.Continue = 1;
const SHUTDOWN: ErrorAction.Shutdown = 2;

/** More crashes than this within the window and the server is left stopped. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** Read or write errors in a row that the connection survives. */
const MAX_CONNECTION_ERRORS = 3;

/** Where the reviewer is told (vscode.window in the extension, a recorder in tests). */
export type Notifier = Pick<typeof vscode.window, 'showInformationMessage' | 'showErrorMessage'>;

export const MESSAGES = {
  restarted: 'Press Review: the language server stopped unexpectedly and was restarted. If it happens again it is restarted silently; the "Press Review" output shows why.',
  gaveUp: `Press Review: the language server stopped ${MAX_RESTARTS + 1} times within 3 minutes and was not restarted again. Reload the window to start it; the "Press Review" output shows why.`,
  failedToStart: (reason: string): string => `Press Review: the language server could not start (${reason}). Reload the window to try again.`,
};

export class ServerHealth implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;

  constructor(
    private readonly notifier: Notifier,
    private readonly now: () => number = Date.now,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return count !== undefined && count <= MAX_CONNECTION_ERRORS ? { action: CONTINUE, handled: true } : { action: SHUTDOWN };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      void this.notifier.showErrorMessage(MESSAGES.gaveUp);
      return { action: DO_NOT_RESTART, handled: true };
    }
    if (!this.told) {
      this.told = true;
      void this.notifier.showInformationMessage(MESSAGES.restarted);
    }
    return { action: RESTART, handled: true };
  }

  /** Initialization failed: say why, do not retry (the reviewer reloads when ready). */
  readonly initializationFailed = (error: unknown): boolean => {
    void this.notifier.showErrorMessage(MESSAGES.failedToStart(error instanceof Error ? error.message : String(error)));
    return false;
  };
}

/** The client options that make the server's health visible: spread into LanguageClientOptions. */
export function serverHealthOptions(notifier: Notifier): Pick<LanguageClientOptions, 'errorHandler' | 'initializationFailedHandler'> {
  const health = new ServerHealth(notifier);
  return { errorHandler: health, initializationFailedHandler: health.initializationFailed };
}
