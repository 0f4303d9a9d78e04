// node:child_process as the server bundle's LSP library sees it (scripts/esbuildSettings.mjs,
// serverLibraries): vscode-languageserver requires it at load for its Files helpers, which
// find a global npm or yarn folder and which this server never calls. Loading it cost 12 M
// instructions of every start (docs/performance-log.md, session 16).
'use strict';

/** child_process.fork, loaded on first use. */
function fork(...args) {
  return require('node:child_process').fork(...args);
}

/** child_process.spawnSync, loaded on first use. */
function spawnSync(...args) {
  return require('node:child_process').spawnSync(...args);
}

module.exports = { fork, spawnSync };
