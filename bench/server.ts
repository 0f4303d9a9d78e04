// The language server as the benchmark starts it: through the protocol tests' client
// (test/support/lspClient.ts), so both drive the server the same way an editor does.

import { TestClient } from '../test/support/lspClient';

/** Extra node options for every server the benchmark starts (--cpu-prof DIR sets them). */
export const serverNodeArgs: string[] = [];

/** Starts dist/server.js of this repository, or the server bundle at `serverPath`. */
export function startServer(serverPath?: string): TestClient {
  return new TestClient([], { serverPath, nodeArgs: serverNodeArgs, keepPublished: false });
}
