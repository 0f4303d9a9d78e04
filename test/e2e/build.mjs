// Bundles the extension-host suite (test/e2e/suite/) into one CommonJS file,
// out/e2e/suite.js, whose run() VS Code calls as its extensionTestsPath. Mocha is bundled
// in, so the suite runs from any folder, including the installed extension that has no
// node_modules; `vscode` stays external (the extension host provides it). Two virtual
// modules keep the suite generic: `e2e:tests` loads every suite/*.test.ts, and `e2e:gold`
// holds the gold annotation of the seeds (test/fixtures/gold), the suite's oracle.
import * as esbuild from 'esbuild';
import { nodeBundleOptions } from '../../scripts/esbuildSettings.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SUITE = join(ROOT, 'test', 'e2e', 'suite');
const GOLD = join(ROOT, 'test', 'fixtures', 'gold');
export const SUITE_BUNDLE = join(ROOT, 'out', 'e2e', 'suite.js');

const virtualModules = {
  name: 'e2e-virtual-modules',
  setup(build) {
    build.onResolve({ filter: /^e2e:/ }, (args) => ({ path: args.path, namespace: 'e2e' }));
    build.onLoad({ filter: /^e2e:tests$/, namespace: 'e2e' }, () => {
      const files = readdirSync(SUITE).filter((f) => f.endsWith('.test.ts')).sort();
      // require() inside the function: each file's describe() runs only once mocha's
      // globals exist, not when the bundle loads.
      const body = files.map((f) => `  require(${JSON.stringify(join(SUITE, f))});`).join('\n');
      return { contents: `export function loadTests() {\n${body}\n}\nexport const testFiles = ${JSON.stringify(files)};\n`, loader: 'js', resolveDir: SUITE };
    });
    build.onLoad({ filter: /^e2e:gold$/, namespace: 'e2e' }, () => {
      const gold = readdirSync(GOLD)
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')));
      return { contents: JSON.stringify(gold), loader: 'json' };
    });
  },
};

export async function buildSuite() {
  await esbuild.build({
    ...nodeBundleOptions({ sourcemap: 'inline' }),
    entryPoints: [join(SUITE, 'index.ts')],
    outfile: SUITE_BUNDLE,
    external: ['vscode'],
    plugins: [virtualModules],
    logLevel: 'error',
  });
  return SUITE_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
