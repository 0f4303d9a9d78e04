// The LSP lifecycle: a request before `initialize` is answered ServerNotInitialized, one
// after `shutdown` InvalidRequest, and a second `initialize` is refused. Answering them
// `null`, as before, let a misbehaving client believe the server had nothing to say.

import { ErrorCodes, ResponseError, type InitializeError } from 'vscode-languageserver';

type State = 'starting' | 'running' | 'shut down';
let state: State = 'starting';

/** Called when `initialize` arrives: the error for a second one, or null. */
export function initializing(): ResponseError<InitializeError> | null {
  if (state !== 'starting') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized: "initialize" may be sent only once.', { retry: false });
  state = 'running';
  return null;
}

/** Called when `shutdown` arrives. */
export function shuttingDown(): void {
  state = 'shut down';
}

/** Throws the error LSP prescribes for a request outside the running state. */
export function requireRunning(): void {
  if (state === 'starting') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send "initialize" first.');
  if (state === 'shut down') throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down: only "exit" is accepted now.');
}
