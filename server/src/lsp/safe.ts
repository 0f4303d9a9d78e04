// Every request handler runs through `safely`: an exception is logged and the client
// gets an empty answer, never a dead server.

import type { Connection } from 'vscode-languageserver';

export function safely<P extends unknown[], R>(connection: Connection, name: string, fallback: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P): R => {
    try {
      return handler(...args);
    } catch (e) {
      connection.console.error(`press-review: ${name} failed: ${(e as Error).stack ?? String(e)}`);
      return fallback;
    }
  };
}
