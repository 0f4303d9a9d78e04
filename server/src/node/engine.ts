// The analysis engine (server/src/engine.ts), loaded on first use rather than at start-up:
// the language server answers initialize before it reads and compiles the analysis and
// its language data. The product's bundles resolve '../engine' to dist/engine.js beside
// them (scripts/esbuildSettings.mjs, engineBundle); run from the sources (tests, tsx), it
// is the module itself.

import type * as Engine from '../engine';

export type AnalysisEngine = typeof Engine;

let engine: AnalysisEngine | undefined;

/** The engine, loaded by the first call. */
export function analysisEngine(): AnalysisEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
  return (engine ??= require('../engine') as AnalysisEngine);
}
