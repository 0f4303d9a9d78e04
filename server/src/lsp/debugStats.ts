// A test-only window into the server: how many documents are open, how many analyses
// are cached and have been run, and the heap after a garbage collection. The robustness
// tests use it to check that a flood of edits is analysed once and that thousands of
// documents opened and closed leave nothing behind. Registered only when the client
// asks for it at initialization (initializationOptions.debugStats: true).

import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Connection } from 'vscode-languageserver';

export const DEBUG_STATS_METHOD = 'pressReview/debug/stats';

export interface DebugStats {
  openDocuments: number;
  cachedAnalyses: number;
  /** Analyses run since the server started (on the main thread, for open documents). */
  analyses: number;
  /** Files the index's worker threads summarized since the server started. */
  indexedInWorkers: number;
  /** Analyses per article URI since the server started, on any thread (lsp/analysisTally.ts). */
  analysesByUri: Record<string, number>;
  /** Heap in use (bytes), measured after a full garbage collection. */
  heapUsed: number;
}

export function wantsDebugStats(initializationOptions: unknown): boolean {
  return (initializationOptions as { debugStats?: unknown } | undefined)?.debugStats === true;
}

export function registerDebugStats(connection: Connection, counts: () => Omit<DebugStats, 'heapUsed'>): void {
  // `gc` is not exposed without --expose-gc; the flag can still be set at run time.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  connection.onRequest(DEBUG_STATS_METHOD, (): DebugStats => {
    gc();
    return { ...counts(), heapUsed: process.memoryUsage().heapUsed };
  });
}
