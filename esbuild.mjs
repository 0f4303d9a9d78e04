// Bundles the three programs of Press Review into dist/:
//   client.js  the VS Code extension (vscode stays external: the editor provides it)
//   server.js  the language server (started by the client, or by tests over stdio)
//   indexWorker.js  a worker thread of the server's workspace index
//   archiveWorker.js  a worker thread of the CLI's json/ndjson runs
//   cli.js     the press-review command line
//   webview/report.js  the quote report's page script (runs in the webview, a browser)
// Flags: --watch rebuilds on change, --production minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import { nodeBundleOptions } from './scripts/esbuildSettings.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = nodeBundleOptions({ minify: production, sourcemap: !production });

const programs = [
  // mainFields: jsonc-parser's UMD build loads its parts with a require() esbuild cannot
  // follow; its ESM build bundles cleanly (the client and the server both use it).
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], mainFields: ['module', 'main'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', mainFields: ['module', 'main'] },
  { entryPoints: ['server/src/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/archiveWorker.ts'], outfile: 'dist/archiveWorker.js' },
  { entryPoints: ['client/src/report/webview/main.ts'], outfile: 'dist/webview/report.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

// The grammar is generated from the knowledge files (one source of truth for cue words).
await import('./scripts/build-grammar.mjs');

const contexts = await Promise.all(programs.map((p) => esbuild.context({ ...common, ...p })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching client, server and cli');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
