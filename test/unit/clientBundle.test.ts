// The client bundle's two smaller libraries (scripts/esbuildSettings.mjs, clientLibraries):
// minimatch loaded from dist/minimatch.js on first use, and semver's satisfies() reduced to
// the caret check vscode-languageclient asks for. Both must answer as the real libraries do.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import { ROOT } from '../support/article';

const load = createRequire(__filename);
type Satisfies = (version: unknown, range: string) => boolean;
const realSatisfies = load('semver/functions/satisfies') as Satisfies;
const caretSatisfies = load(path.join(ROOT, 'client', 'src', 'bundle', 'semverSatisfies.cjs')) as Satisfies;
const SemVer = load('semver/classes/semver') as new (v: string) => { prerelease: unknown[] };

interface Settings {
  nodeBundleOptions: (o: { minify: boolean }) => BuildOptions;
  clientLibraries: Plugin;
}
const settings = async (): Promise<Settings> => (await import(path.join(ROOT, 'scripts', 'esbuildSettings.mjs'))) as Settings;

describe('the client bundle', function () {
  this.timeout(120_000);

  it("answers the language client's version check as semver's satisfies does", () => {
    const versions = ['1.91.0', '1.90.9', '1.91.1', '1.138.2', '1.200.0', '2.0.0', '0.9.0', '1.95.0-insider', '1.91.0-rc.1', '0.1.2', '0.1.3', '0.1.1', '0.2.0', '0.0.3', '0.0.4', '1.91', 'x', 'v1.92.0', ''];
    const ranges = ['^1.91.0', '^1.0.0', '^2.0.0', '^0.1.2', '^0.0.3', '^1.138.0'];
    for (const range of ranges) {
      for (const version of versions) {
        assert.equal(caretSatisfies(version, range), realSatisfies(version, range), `${version} ${range}`);
        // The language client passes a parsed version, its pre-release cleared.
        let parsed: { prerelease: unknown[] } | undefined;
        try {
          parsed = new SemVer(version);
        } catch {
          continue;
        }
        parsed.prerelease = [];
        assert.equal(caretSatisfies(parsed, range), realSatisfies(parsed, range), `parsed ${version} ${range}`);
      }
    }
  });

  it('refuses a range it does not read, and reads the one vscode-languageclient holds', () => {
    for (const range of ['>=1.91.0', '~1.91.0', '^1.91', '1.x', '^1.91.0 || ^2.0.0']) assert.throws(() => caretSatisfies('1.91.0', range), /\^X\.Y\.Z/, range);
    const source = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
    const required = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(source)?.[1];
    assert.ok(required, 'vscode-languageclient states REQUIRED_VSCODE_VERSION');
    assert.equal(caretSatisfies('1.138.0', required), realSatisfies('1.138.0', required));
  });

  it('holds neither minimatch nor semver ranges, and loads minimatch from dist/minimatch.js', async () => {
    const esbuild = await import('esbuild');
    const { nodeBundleOptions } = await settings();
    const { programs } = (await import(path.join(ROOT, 'esbuild.mjs'))) as { programs: BuildOptions[] };
    const client = programs.find((p) => p.outfile === 'dist/client.js')!;
    const result = await esbuild.build({ ...nodeBundleOptions({ minify: true }), ...client, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
    const output = Object.values((result.metafile as Metafile).outputs).find((o) => o.entryPoint)!;
    const inputs = Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f);
    assert.deepEqual(inputs.filter((i) => i.includes('node_modules/minimatch/') || i.includes('node_modules/semver/classes/range')), []);
    assert.ok(inputs.includes('client/src/bundle/lazyMinimatch.cjs'));
    assert.match(result.outputFiles.find((f) => f.path.endsWith('.js'))!.text, /require\("\.\/minimatch\.js"\)/);
    assert.ok(programs.some((p) => p.outfile === 'dist/minimatch.js'), 'esbuild.mjs builds dist/minimatch.js');
  });

  it('constructs a real Minimatch, reading minimatch.js only then', async () => {
    const esbuild = await import('esbuild');
    const { nodeBundleOptions, clientLibraries } = await settings();
    const { programs } = (await import(path.join(ROOT, 'esbuild.mjs'))) as { programs: BuildOptions[] };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-client-'));
    try {
      // What vscode-languageclient does: the package required at load, a Minimatch made later.
      const entry = `const minimatch = require('minimatch');\nmodule.exports = (glob, file) => new minimatch.Minimatch(glob, { noext: true }).match(file);`;
      await esbuild.build({ ...nodeBundleOptions({ minify: true }), stdin: { contents: entry, resolveDir: ROOT, loader: 'js' }, outfile: path.join(dir, 'client.js'), plugins: [clientLibraries], logLevel: 'silent' });
      const lazy = programs.find((p) => p.outfile === 'dist/minimatch.js')!;
      await esbuild.build({ ...nodeBundleOptions({ minify: true }), ...lazy, absWorkingDir: ROOT, outfile: path.join(dir, 'minimatch.js'), logLevel: 'silent' });
      const requireHere = createRequire(path.join(dir, 'x.js'));
      const match = requireHere('./client.js') as (glob: string, file: string) => boolean;
      const minimatchFile = requireHere.resolve('./minimatch.js');
      assert.equal(requireHere.cache[minimatchFile], undefined, 'not read at load');
      assert.equal(match('/work/**/*.txt', '/work/a/b.txt'), true);
      assert.equal(match('/work/**/*.txt', '/work/a/b.press'), false);
      assert.ok(requireHere.cache[minimatchFile], 'read on first use');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
