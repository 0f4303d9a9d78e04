// What each product bundle holds (esbuild.mjs, built here in memory with its metafile):
// the analysis and its language data live in engine.js alone, which the server, the
// command line and the workers load on first use, so that the server answers initialize
// without reading or compiling them. engine.js is ASCII and reads its knowledge files' JSON
// from engine-knowledge.utf16 beside it; the other Node bundles write their Arabic as UTF-8.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildOptions, Metafile } from 'esbuild';
import { ROOT } from '../support/article';

interface Built {
  inputs: string[];
  code: string;
  /** Every file the build made, by name. */
  files: Map<string, Uint8Array>;
}

async function build(outfile: string): Promise<Built> {
  const esbuild = await import('esbuild');
  const { programs } = (await import(path.join(ROOT, 'esbuild.mjs'))) as { programs: BuildOptions[] };
  const { nodeBundleOptions } = (await import(path.join(ROOT, 'scripts', 'esbuildSettings.mjs'))) as { nodeBundleOptions: (o: { minify: boolean }) => BuildOptions };
  const program = programs.find((p) => p.outfile === outfile);
  assert.ok(program, `esbuild.mjs builds ${outfile}`);
  const result = await esbuild.build({ ...nodeBundleOptions({ minify: true }), ...program, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
  const output = Object.values((result.metafile as Metafile).outputs).find((o) => o.entryPoint)!;
  // The metafile lists every module read; a module tree-shaken away has no bytes in the output.
  const inputs = Object.entries(output.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([file]) => file);
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  return { inputs, code, files: new Map(result.outputFiles.map((f) => [path.basename(f.path), f.contents])) };
}

const KNOWLEDGE = path.join(ROOT, 'server', 'src', 'knowledge');
const LANGUAGE_DATA = /^server\/src\/knowledge\/.*\.json$/;
const ANALYSIS_PASSES = ['server/src/analysis/attribution.ts', 'server/src/analysis/quotes.ts', 'server/src/analysis/knowledge/index.ts'];

describe('the product bundles', function () {
  this.timeout(120_000);

  for (const outfile of ['dist/server.js', 'dist/cli.js', 'dist/indexWorker.js', 'dist/archiveWorker.js']) {
    it(`${outfile} loads the analysis from engine.js instead of holding it`, async () => {
      const { inputs, code } = await build(outfile);
      assert.deepEqual(inputs.filter((i) => LANGUAGE_DATA.test(i)), []);
      assert.deepEqual(inputs.filter((i) => ANALYSIS_PASSES.includes(i)), []);
      assert.ok(inputs.includes('server/src/node/engine.ts'), 'it reaches the engine through node/engine.ts');
      assert.match(code, /require\("\.\/engine\.js"\)/);
    });
  }

  it('dist/server.js loads crypto and child_process, which its LSP library requires at load, only when the library calls them', async () => {
    const { inputs, code } = await build('dist/server.js');
    assert.ok(inputs.includes('server/src/bundle/lazyCrypto.cjs') && inputs.includes('server/src/bundle/lazyChildProcess.cjs'));
    // The library's own top-level requires are gone; what is left is the shims', inside their functions.
    assert.doesNotMatch(code, /require\("(crypto|child_process)"\)/);
    assert.deepEqual(code.match(/require\("node:(crypto|child_process)"\)\.\w+/g)?.sort(), ['require("node:child_process").fork', 'require("node:child_process").spawnSync', 'require("node:crypto").randomBytes']);
  });

  it('dist/engine.js holds the analysis and every language data file, is ASCII, and has the JSON of the knowledge files in engine-knowledge.utf16', async () => {
    const { inputs, code, files } = await build('dist/engine.js');
    for (const pass of ANALYSIS_PASSES) assert.ok(inputs.includes(pass), pass);
    assert.ok(inputs.some((i) => i.endsWith('knowledge/word-classes.json')));
    assert.ok(inputs.some((i) => i.endsWith('knowledge/organizations.json')));
    // One byte per character: Node then reads the bundle without decoding UTF-8.
    assert.deepEqual(code.match(/[\u{80}-\u{10ffff}]/gu), null);
    const text = Buffer.from(files.get('engine-knowledge.utf16')!).toString('utf16le');
    const words = (JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, 'word-classes.json'), 'utf8')) as { corpusVerbs: string[] }).corpusVerbs;
    assert.ok(words.length > 0 && words.every((w) => text.includes(w)));
    assert.ok(!words.some((w) => code.includes(w)));
  });

  it('dist/engine.js leaves the language profile\'s schema check to its build (which fails on a problem)', async () => {
    const { inputs } = await build('dist/engine.js');
    // language/schema.ts is the check's only module: tree-shaken away, no engine start runs it.
    assert.ok(inputs.includes('server/src/analysis/language/arabic.ts'));
    assert.ok(!inputs.includes('server/src/analysis/language/schema.ts'));
  });

  it('loads every knowledge file in engine.js as the very values of its JSON, read from the file beside it', async () => {
    const esbuild = await import('esbuild');
    const { engineKnowledge } = (await import(path.join(ROOT, 'scripts', 'esbuildSettings.mjs'))) as { engineKnowledge: import('esbuild').Plugin };
    const files = fs.readdirSync(KNOWLEDGE).filter((f) => f.endsWith('.json')).sort();
    const entry = files.map((f, i) => `import k${i} from ${JSON.stringify(path.join(KNOWLEDGE, f))};`).join('\n') + `\nmodule.exports = [${files.map((_, i) => `k${i}`).join(', ')}];`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-knowledge-'));
    try {
      const outfile = path.join(dir, 'knowledge.js');
      await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'js' }, bundle: true, platform: 'node', format: 'cjs', minify: true, outfile, plugins: [engineKnowledge], logLevel: 'silent' });
      assert.deepEqual(fs.readdirSync(dir).sort(), ['engine-knowledge.utf16', 'knowledge.js']);
      const loaded = createRequire(__filename)(outfile) as unknown[];
      files.forEach((f, i) => assert.deepStrictEqual(loaded[i], JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, f), 'utf8')), f));
      assert.deepEqual(fs.readFileSync(outfile, 'utf8').match(/[\u{80}-\u{10ffff}]/gu), null);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
