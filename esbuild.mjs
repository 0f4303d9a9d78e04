// Bundles the three programs of Press Review into dist/:
//   client.js  the VS Code extension (vscode stays external: the editor provides it)
//   minimatch.js  a library of the client's, loaded on first use (clientLibraries)
//   server.js  the language server (started by the client, or by tests over stdio)
//   engine.js  the analysis and its language data, loaded by the others on first use
//   indexWorker.js  a worker thread of the server's workspace index
//   archiveWorker.js  a worker thread of the CLI's json/ndjson runs
//   cli.js     the press-review command line
//   webview/report.js  the quote report's page script (runs in the webview, a browser)
// Flags: --watch rebuilds on change, --production minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { clientLibraries, engineBundle, engineKnowledge, nodeBundleOptions, pureAnalysis, serverLibraries } from './scripts/esbuildSettings.mjs';

/** Every bundle of the product, without the settings they share (nodeBundleOptions). */
export const programs = [
  // mainFields: jsonc-parser's UMD build loads its parts with a require() esbuild cannot
  // follow; its ESM build bundles cleanly (the client and the server both use it).
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], mainFields: ['module', 'main'], plugins: [clientLibraries] },
  { entryPoints: ['client/src/bundle/minimatch.cjs'], outfile: 'dist/minimatch.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', mainFields: ['module', 'main'], plugins: [engineBundle, pureAnalysis, serverLibraries] },
  { entryPoints: ['server/src/engine.ts'], outfile: 'dist/engine.js', plugins: [engineKnowledge] },
  { entryPoints: ['server/src/indexWorker.ts'], outfile: 'dist/indexWorker.js', plugins: [engineBundle, pureAnalysis] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [engineBundle, pureAnalysis] },
  { entryPoints: ['server/src/archiveWorker.ts'], outfile: 'dist/archiveWorker.js', plugins: [engineBundle, pureAnalysis] },
  // The webview's script stays ASCII: a browser decodes it as its page or server says.
  { entryPoints: ['client/src/report/webview/main.ts'], outfile: 'dist/webview/report.js', platform: 'browser', format: 'iife', target: 'es2022', charset: 'ascii' },
];

/** Builds every bundle into dist/ (the test of the bundles imports `programs` only). */
async function main() {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  const common = nodeBundleOptions({ minify: production, sourcemap: !production });

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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
