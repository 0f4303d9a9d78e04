// The analysis engine (server/src/engine.ts), loaded on first use rather than at start-up:
// the language server answers initialize before it reads and compiles the analysis and
// its language data. The product's bundles resolve '../engine' to dist/engine.js beside
// them (scripts/esbuildSettings.mjs, engineBundle) and load it with a V8 code cache
// (node/codeCache.ts): a process after the first neither parses engine.js nor compiles
// the functions the first analysis ran. Run from the sources (tests, tsx), it is the
// module itself.

import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type * as Engine from '../engine';
import { loadWithCodeCache, type CachedModule } from './codeCache';

export type AnalysisEngine = typeof Engine;

/** True in a bundle built with the engineBundle plugin, which defines it; undeclared elsewhere. */
declare const PRESS_REVIEW_ENGINE_BUNDLE: boolean | undefined;
const IN_BUNDLE = typeof PRESS_REVIEW_ENGINE_BUNDLE !== 'undefined' && PRESS_REVIEW_ENGINE_BUNDLE;

/** The variable that moves the code cache to another folder, or turns it off (`off`). */
export const CODE_CACHE_VARIABLE = 'PRESS_REVIEW_CODE_CACHE';

let engine: AnalysisEngine | undefined;
let loaded: CachedModule<AnalysisEngine> | undefined;
let folder: string | undefined;
/** Whether this process analysed an article: a cache made before holds too little to keep. */
let analysed = false;

/**
 * The folder of the code cache, before the engine loads: the editor gives the extension's
 * storage folder. PRESS_REVIEW_CODE_CACHE, when set, wins (a folder, or `off`); without
 * either, a folder of this user's under the temporary folder.
 */
export function useCodeCacheFolder(preferred: string | undefined): void {
  folder = preferred;
}

function codeCacheFolder(): string | undefined {
  const chosen = process.env[CODE_CACHE_VARIABLE];
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  if (folder) return folder;
  return path.join(os.tmpdir(), `press-review-${typeof process.getuid === 'function' ? process.getuid() : 'cache'}`);
}

/** The engine, loaded by the first call. */
export function analysisEngine(): AnalysisEngine {
  return (engine ??= load());
}

function load(): AnalysisEngine {
  // Worker threads (the index's, the archive's) analyse many articles: their start matters
  // less, and they would need the server's folder; they load the engine the ordinary way.
  const cacheFolder = IN_BUNDLE && isMainThread ? codeCacheFolder() : undefined;
  if (cacheFolder) loaded = loadWithCodeCache<AnalysisEngine>(path.join(__dirname, 'engine.js'), cacheFolder);
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
    return require('../engine') as AnalysisEngine;
  }
  const { exports } = loaded;
  return {
    ...exports,
    analyze: (...args) => {
      analysed = true;
      return exports.analyze(...args);
    },
  };
}

/**
 * Writes the engine's code cache, if it was compiled without one: to be called once a
 * first analysis is done, so that what it compiled is in the cache. Never throws.
 */
export function saveCodeCache(): void {
  if (analysed) loaded?.save();
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
