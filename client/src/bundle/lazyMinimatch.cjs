// minimatch as the client bundle sees it (scripts/esbuildSettings.mjs, clientLibraries):
// vscode-languageclient constructs a Minimatch only for features this server does not
// register (file operations, pull-diagnostic and notebook filters), yet requires the
// package at load. Its 29 KB stay in dist/minimatch.js, beside client.js, read on the
// first construction, if ever.
'use strict';

let real;

/** minimatch's Minimatch, loaded on first use; `new` returns the real object. */
function Minimatch(pattern, options) {
  // A path esbuild leaves as it is: dist/minimatch.js beside the bundle.
  real ??= require('./minimatch.js');
  return new real.Minimatch(pattern, options);
}

module.exports = { __esModule: true, Minimatch };
