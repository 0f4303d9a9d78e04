// The esbuild settings every Node bundle of the repository shares: the product's bundles
// (esbuild.mjs), the benchmark's (bench/bundle.mjs) and the end-to-end suite's
// (test/e2e/build.mjs). One place, so that what is measured and tested is built as what
// ships: Node 20, CommonJS, no keepNames (it costs a defineProperty per closure).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Options for a Node program bundle.
 * @param {{ minify?: boolean, sourcemap?: boolean | 'inline' }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function nodeBundleOptions({ minify = false, sourcemap = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap,
    minify,
    logLevel: 'warning',
    legalComments: 'none',
    // Node reads a bundle as UTF-8: the Arabic of the language data is written as it is,
    // two bytes a letter, not escaped as \\uXXXX (six): a third of the bytes to read and parse.
    charset: 'utf8',
    define: { PRESS_REVIEW_VERSION: JSON.stringify(version) },
  };
}

/**
 * For the product's bundles: server/src/node/engine.ts loads '../engine' (the analysis and
 * its language data) from dist/engine.js beside the bundle, on first use, instead of
 * holding a copy that is read and compiled at start-up, and with a V8 code cache
 * (PRESS_REVIEW_ENGINE_BUNDLE tells it that engine.js is there). Other builds (the
 * benchmark's, the end-to-end suite's) keep the engine inside, loaded just as late.
 */
export const engineBundle = {
  name: 'engine-bundle',
  setup(build) {
    build.initialOptions.define = { ...build.initialOptions.define, PRESS_REVIEW_ENGINE_BUNDLE: 'true' };
    build.onResolve({ filter: /^\.\.\/engine$/ }, (args) =>
      args.importer.endsWith(path.join('node', 'engine.ts')) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

const ANALYSIS_DIRS = [path.join('server', 'src', 'analysis') + path.sep, path.join('server', 'src', 'knowledge') + path.sep];

/**
 * The analysis is pure (eslint.config.mjs: no I/O, no editor): a module of it whose
 * exports a bundle never uses can be left out, even when its top level builds a table
 * from the language data. Without this, a bundle that takes one small helper from the
 * analysis (a line index, the rule settings) also carries the language data.
 */
export const pureAnalysis = {
  name: 'pure-analysis',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'pure-analysis') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'pure-analysis' });
      if (resolved.errors.length || resolved.external || !ANALYSIS_DIRS.some((d) => resolved.path.includes(d))) return undefined;
      return { ...resolved, sideEffects: false };
    });
  },
};

/** What joins the words of a list in the engine bundle; no word of a knowledge file holds it. */
const WORD_SEPARATOR = '|';

/**
 * A knowledge file (server/src/knowledge/*.json) as JavaScript whose long word lists are one
 * string split at load: the same values as the JSON, but V8 parses one literal per list
 * instead of one per word (the mined word classes alone hold 10,000 words). Lists with a
 * word that holds the separator, and short lists, stay literal arrays.
 */
export function compactKnowledgeSource(data) {
  const encode = (v) => {
    if (Array.isArray(v)) {
      if (v.length >= 16 && v.every((w) => typeof w === 'string' && !w.includes(WORD_SEPARATOR))) return `${JSON.stringify(v.join(WORD_SEPARATOR))}.split(${JSON.stringify(WORD_SEPARATOR)})`;
      return `[${v.map(encode).join(',')}]`;
    }
    // A computed key keeps "__proto__" an own property, as JSON.parse makes it.
    if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `[${JSON.stringify(k)}]:${encode(x)}`).join(',')}}`;
    return JSON.stringify(v);
  };
  return `export default ${encode(data)};`;
}

/** The engine bundle's knowledge files, loaded through compactKnowledgeSource. */
export const compactKnowledge = {
  name: 'compact-knowledge',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]knowledge[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: compactKnowledgeSource(JSON.parse(await readFile(args.path, 'utf8'))),
      loader: 'js',
    }));
  },
};

const CLIENT_BUNDLE_DIR = fileURLToPath(new URL('../client/src/bundle/', import.meta.url));

/**
 * For the client bundle: two libraries of vscode-languageclient, read at every activation,
 * made smaller. minimatch (29 KB, called only for features the server does not register)
 * comes from dist/minimatch.js on first use (client/src/bundle/lazyMinimatch.cjs); semver's
 * satisfies() is the caret check the client asks for, on semver's own version class
 * (client/src/bundle/semverSatisfies.cjs, 10 KB less). dist/minimatch.js is its own
 * program in esbuild.mjs.
 */
export const clientLibraries = {
  name: 'client-libraries',
  setup(build) {
    build.onResolve({ filter: /^minimatch$/ }, (args) =>
      args.importer.startsWith(CLIENT_BUNDLE_DIR) ? undefined : { path: path.join(CLIENT_BUNDLE_DIR, 'lazyMinimatch.cjs') },
    );
    build.onResolve({ filter: /^\.\/minimatch\.js$/ }, (args) => (args.importer.startsWith(CLIENT_BUNDLE_DIR) ? { path: './minimatch.js', external: true } : undefined));
    build.onResolve({ filter: /^semver\/functions\/satisfies$/ }, () => ({ path: path.join(CLIENT_BUNDLE_DIR, 'semverSatisfies.cjs') }));
  },
};
