// node:crypto as the server bundle's LSP library sees it (scripts/esbuildSettings.mjs,
// serverLibraries): vscode-jsonrpc requires it at load for randomBytes, which only names
// the pipe of a client that starts a server over a pipe; this server talks over stdio.
// Loading crypto cost 26 M instructions of every start (docs/performance-log.md, session 16).
'use strict';

/** crypto.randomBytes, loaded on first use. */
function randomBytes(size) {
  return require('node:crypto').randomBytes(size);
}

module.exports = { randomBytes };
