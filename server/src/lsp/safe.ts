// Every request handler runs through `safely`: outside the running state of the LSP
// lifecycle it answers the error LSP prescribes (lifecycle.ts); an exception is logged and the client
// gets an empty answer, never a dead server. Deliberate protocol errors (ResponseError,
// e.g. an invalid new name for a rename) pass through as errors, as LSP expects.
// Long handlers are async, yield to the event loop now and then (so a $/cancelRequest
// can arrive) and answer RequestCancelled once the client has given up.

import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { requireRunning } from './lifecycle';

export function safely<P extends unknown[], R>(connection: Connection, name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => R | Promise<R> | ResponseError {
  const failed = (e: unknown): R => {
    if (e instanceof ResponseError) throw e;
    connection.console.error(`press-review: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  };
  return (...args: P) => {
    requireRunning();
    try {
      const result = handler(...args);
      return result instanceof Promise ? result.catch(failed) : result;
    } catch (e) {
      return failed(e);
    }
  };
}

/** Thrown by long work when its request was cancelled; answered as RequestCancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Lets queued messages (a cancellation, a keystroke) in before long work goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Calls `step` on each item, yielding to the event loop every `every` items and
 * throwing a RequestCancelled error as soon as the token is cancelled.
 */
export async function forEachCancellable<T>(items: Iterable<T>, token: CancellationToken | undefined, step: (item: T) => void, every = 200): Promise<void> {
  let n = 0;
  if (token?.isCancellationRequested) throw cancelled();
  for (const item of items) {
    step(item);
    if (++n % every === 0) {
      await yieldToEventLoop();
      if (token?.isCancellationRequested) throw cancelled();
    }
  }
}
