// Loads the client bundle the way the extension host does (require), with a stand-in
// for the `vscode` module, and prints how long the require took in milliseconds.
//   node bench/startup/loadClient.cjs dist/client.js
const Module = require('node:module');

// Any property of the stand-in is another stand-in, callable and constructible, so
// whatever the bundle touches at load time exists.
const stub = () =>
  new Proxy(function () {}, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub(),
  });
const vscode = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const t0 = performance.now();
const extension = require(require('node:path').resolve(process.argv[2]));
const ms = performance.now() - t0;
if (typeof extension.activate !== 'function') throw new Error('the bundle exports no activate()');
process.stdout.write(JSON.stringify({ ms }));
