// The analysis engine (server/src/engine.ts), loaded on first use rather than at start-up:
// the language server answers initialize before it reads and compiles the analysis and
// its language data. The product's bundles resolve '../engine' to dist/engine.js beside
// them (scripts/esbuildSettings.mjs, engineBundle); the language server and the command
// line load it with a V8 code cache (node/codeCache.ts, useCodeCache): a process after the
// first neither parses engine.js nor compiles the functions its first analysis ran. Run from the
// sources (tests, tsx), it is the module itself.

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Engine from '../engine';
import { makePrivateFolder } from './cacheFolder';
import { applyCompileSettings } from './compileSettings';
import { checksum } from './checksum';
import type * as CodeCache from './codeCache';
import type { CachedModule } from './codeCache';

export type AnalysisEngine = typeof Engine;

/** True in a bundle built with the engineBundle plugin, which defines it; undeclared elsewhere. */
declare const PRESS_REVIEW_ENGINE_BUNDLE: boolean | undefined;
const IN_BUNDLE = typeof PRESS_REVIEW_ENGINE_BUNDLE !== 'undefined' && PRESS_REVIEW_ENGINE_BUNDLE;

/** The variable that moves the code cache to another folder, or turns it off (`off`). */
export const CODE_CACHE_VARIABLE = 'PRESS_REVIEW_CODE_CACHE';

let engine: AnalysisEngine | undefined;
let loaded: CachedModule<AnalysisEngine> | undefined;
/** The code cache's folder once the program asked for one (the language server does). */
let folder: string | undefined;
/** The cache is written by a run that finds its folder made (useCodeCache's `secondRun`). */
let secondRun = false;
/** This run found no folder (with `secondRun`): it loads the engine plainly and makes only the folder. */
let firstRun = false;
/** Whether this process analysed an article: a cache made before holds too little to keep. */
let analysed = false;

/**
 * Loads the engine with a code cache, kept in `preferred` (the editor gives the extension's
 * storage folder) or else in a folder of this user's under the temporary folder;
 * PRESS_REVIEW_CODE_CACHE, when set, wins (a folder, or `off`). To be called before the
 * engine loads. The language server and the command line do. With `secondRun` (the command
 * line), a run that finds no folder only makes it, and the next run writes the cache: as
 * Chrome, which caches a script's code when it runs again, a program run once (a CI job in a
 * new container) does not pay for a cache it will never read (docs/performance-log.md, session
 * 15). The index's worker threads read the server's cache (useCodeCacheFolder) and never
 * write one.
 */
export function useCodeCache(preferred: string | undefined, options: { secondRun?: boolean } = {}): void {
  const chosen = process.env[CODE_CACHE_VARIABLE];
  if (chosen === 'off') return;
  folder = chosen || preferred || defaultFolder();
  secondRun = options.secondRun === true;
}

/**
 * A folder of this user's under the temporary folder, one for each installed copy (named by
 * where its bundles are): a new build of a copy replaces that copy's older cache, and two
 * copies (a global command line and a project's) do not remove each other's at every run.
 */
function defaultFolder(): string {
  const user = typeof process.getuid === 'function' ? process.getuid() : 'cache';
  return join(tmpdir(), `press-review-${user}-${checksum(Buffer.from(__dirname)).slice(0, 8)}`);
}

/**
 * The folder useCodeCache chose, for worker threads (the index's): they load the engine with
 * the cache the server made and never write one (saveCodeCache is the server's), which
 * spares each worker's start the parse of engine.js and the first compiles of the analysis.
 */
export function codeCacheFolder(): string | undefined {
  return folder;
}

/** For a worker thread: the engine with the code cache in `chosen` (the server's codeCacheFolder), if any. */
export function useCodeCacheFolder(chosen: string | undefined): void {
  if (chosen) folder = chosen;
}

/** The engine, loaded by the first call. */
export function analysisEngine(): AnalysisEngine {
  return (engine ??= load());
}

function load(): AnalysisEngine {
  // Before the engine's code is compiled (compileSettings.ts says why).
  applyCompileSettings();
  firstRun = IN_BUNDLE && secondRun && folder !== undefined && !existsSync(folder);
  if (IN_BUNDLE && folder && !firstRun) {
    // Required here, not imported: it needs vm, which a program without a code cache
    // (the command line) then never loads.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
    const { loadWithCodeCache } = require('./codeCache') as typeof CodeCache;
    loaded = loadWithCodeCache<AnalysisEngine>(join(__dirname, 'engine.js'), folder);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
  const exports = loaded ? loaded.exports : (require('../engine') as AnalysisEngine);
  if (!loaded && !firstRun) return exports;
  return {
    ...exports,
    analyze: (...args) => {
      analysed = true;
      return exports.analyze(...args);
    },
  };
}

/**
 * Writes the engine's code cache, if it was compiled without one (a first run with
 * `secondRun` makes its folder only): to be called once a first analysis is done, so that
 * what it compiled is in the cache. Never throws; returns why nothing could be written in
 * the folder, if so.
 */
export function saveCodeCache(): string | undefined {
  if (!analysed || !folder) return undefined;
  if (firstRun) return makePrivateFolder(folder);
  if (loaded && !loaded.save()) return loaded.saveProblem;
  return undefined;
}

/** After this pause, the server writes the code cache (40 ms of CPU, once a build): the first diagnostics go out first. */
const SAVE_DELAY_MS = 1_000;
let saveScheduled = false;

/** saveCodeCache a little later, once a process, without keeping the process alive. */
export function saveCodeCacheSoon(): void {
  if (saveScheduled || !loaded || !analysed) return;
  saveScheduled = true;
  setTimeout(saveCodeCache, SAVE_DELAY_MS).unref();
}
