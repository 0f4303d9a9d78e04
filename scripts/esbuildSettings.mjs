// The esbuild settings every Node bundle of the repository shares: the product's bundles
// (esbuild.mjs), the benchmark's (bench/bundle.mjs) and the end-to-end suite's
// (test/e2e/build.mjs). One place, so that what is measured and tested is built as what
// ships: Node 20, CommonJS, no keepNames (it costs a defineProperty per closure).
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

/** The file beside engine.js that holds its knowledge files' JSON, as UTF-16 (engineKnowledge). */
export const KNOWLEDGE_TEXT_FILE = 'engine-knowledge.utf16';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../server/src/knowledge/', import.meta.url));
const KNOWLEDGE_TEXT_MODULE = 'press-review:knowledge-text';

/**
 * Every knowledge file's JSON (whitespace dropped), one after the other in file-name order,
 * and where each one is in that text.
 * @returns {Promise<{ text: string, ranges: Map<string, [number, number]> }>}
 */
async function knowledgeLayout() {
  let text = '';
  const ranges = new Map();
  for (const name of (await readdir(KNOWLEDGE_DIR)).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(KNOWLEDGE_DIR, name);
    const json = JSON.stringify(JSON.parse(await readFile(file, 'utf8')));
    ranges.set(file, [text.length, text.length + json.length]);
    text += json;
  }
  return { text, ranges };
}

const ARABIC_PROFILE_DIR = fileURLToPath(new URL('../server/src/analysis/language/', import.meta.url));

/**
 * The Arabic profile's tables checked against their schema (language/arabic.ts,
 * arabicProblems), as the engine did at every start before session 16: its bundle skips
 * the check (PRESS_REVIEW_PROFILE_CHECKED) because its build made it.
 * @param {typeof import('esbuild')} esbuild
 * @returns {Promise<{ path: string, message: string }[]>}
 */
async function arabicProblemsAtBuild(esbuild) {
  const checker = await esbuild.build({
    stdin: { contents: "export { arabicProblems } from './arabic';", resolveDir: ARABIC_PROFILE_DIR, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const { arabicProblems } = await import(`data:text/javascript;base64,${Buffer.from(checker.outputFiles[0].contents).toString('base64')}`);
  return arabicProblems();
}

/** Non-ASCII characters as \uXXXX: esbuild's ASCII charset leaves them in regular expression literals. */
const asciiOnly = (code) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The engine bundle's knowledge files (server/src/knowledge/*.json): their JSON goes to
 * KNOWLEDGE_TEXT_FILE beside the bundle, as UTF-16, read once when the bundle loads and
 * handed to JSON.parse, and the bundle itself is ASCII (every other non-ASCII character
 * escaped). Node reads a file with any non-ASCII byte through V8's UTF-8 decoder and makes
 * the whole source two-byte: for the 500 KB bundle with its Arabic data that was 21 M
 * instructions at every load, and parsing the data as object literals cost more than
 * JSON.parse does (docs/performance-log.md, session 14). Loading the bundle needs the file.
 */
export const engineKnowledge = {
  name: 'engine-knowledge',
  setup(build) {
    const write = build.initialOptions.write !== false;
    // The bundle is written here, once made ASCII.
    build.initialOptions.write = false;
    build.initialOptions.charset = 'ascii';
    // The profile's tables are checked against their schema here, once a build, not at every start.
    build.initialOptions.define = { ...build.initialOptions.define, PRESS_REVIEW_PROFILE_CHECKED: 'true' };
    /** @type {{ text: string, ranges: Map<string, [number, number]> }} */
    let layout;
    build.onStart(async () => {
      layout = await knowledgeLayout();
      const problems = await arabicProblemsAtBuild(build.esbuild);
      if (problems.length) return { errors: problems.map((p) => ({ text: `the Arabic language data breaks its schema: ${p.path}: ${p.message}` })) };
      return undefined;
    });
    build.onResolve({ filter: new RegExp(`^${KNOWLEDGE_TEXT_MODULE}$`) }, () => ({ path: KNOWLEDGE_TEXT_MODULE, namespace: 'engine-knowledge' }));
    build.onLoad({ filter: /.*/, namespace: 'engine-knowledge' }, () => ({
      contents: `export const knowledgeText = require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(KNOWLEDGE_TEXT_FILE)}), 'utf16le');`,
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]knowledge[\\/][^\\/]+\.json$/ }, (args) => {
      const range = layout.ranges.get(args.path);
      if (!range) return { errors: [{ text: `${args.path} is not in ${KNOWLEDGE_DIR}` }] };
      // Every file's place moves when one before it changes: a rebuild (--watch) loads them all again.
      return { contents: `import { knowledgeText } from '${KNOWLEDGE_TEXT_MODULE}';\nexport default JSON.parse(knowledgeText.slice(${range[0]}, ${range[1]}));`, loader: 'js', watchFiles: [...layout.ranges.keys()] };
    });
    build.onEnd(async (result) => {
      if (!result.outputFiles) return;
      result.outputFiles = result.outputFiles.map((f) => (f.path.endsWith('.js') ? outputFile(f.path, asciiOnly(f.text)) : f));
      const outfile = build.initialOptions.outfile;
      if (outfile) result.outputFiles.push(outputFile(path.join(path.dirname(path.resolve(build.initialOptions.absWorkingDir ?? process.cwd(), outfile)), KNOWLEDGE_TEXT_FILE), Buffer.from(layout.text, 'utf16le')));
      if (!write) return;
      for (const f of result.outputFiles) {
        await mkdir(path.dirname(f.path), { recursive: true });
        await writeFile(f.path, f.contents);
      }
    });
  },
};

/** An esbuild output file made here. */
function outputFile(file, content) {
  const contents = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { path: file, contents, hash: '', get text() { return Buffer.from(contents).toString('utf8'); } };
}

const SERVER_BUNDLE_DIR = fileURLToPath(new URL('../server/src/bundle/', import.meta.url));

/**
 * For the server bundle: two Node modules its LSP library requires at load and the server
 * never uses, required on first use instead (server/src/bundle/): crypto (vscode-jsonrpc's
 * random pipe names, 26 M instructions to load) and child_process (vscode-languageserver's
 * global npm and yarn folders, 12 M). Every start of the server paid both before it
 * answered initialize (docs/performance-log.md, session 16).
 */
export const serverLibraries = {
  name: 'server-libraries',
  setup(build) {
    const lazy = { crypto: 'lazyCrypto.cjs', child_process: 'lazyChildProcess.cjs' };
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}vscode-`) ? { path: path.join(SERVER_BUNDLE_DIR, lazy[args.path]) } : undefined,
    );
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
