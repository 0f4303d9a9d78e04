// The first analyses in a fresh process run in the interpreter and take ten times longer
// than later ones (measured: the first edits of a 10 KB article answered in 45-67 ms,
// later ones in 8-15 ms). So once the server is ready it analyses a small built-in
// article a few times, one analysis per turn of the event loop, while the client is
// quiet: a step waits until nothing came from the client for QUIET_MS, so a request or
// a keystroke never waits behind more than one of these short analyses.

import warmUpArticle from './warmUpArticle.json';

/** Analyses of the sample article; enough for the hot code to be optimized. */
export const WARM_UP_RUNS = 40;

/** How long the client must have been quiet before a warm-up step runs (ms). */
export const QUIET_MS = 50;

/**
 * Runs `analyze` on the sample article WARM_UP_RUNS times, yielding between runs and
 * waiting while the client is busy (`lastClientMessage` gives the time of its last
 * message, as performance.now()).
 */
export function warmUp(analyze: (text: string) => unknown, lastClientMessage: () => number = () => -Infinity): Promise<number> {
  return new Promise((resolve) => {
    let runs = 0;
    const step = (): void => {
      if (runs >= WARM_UP_RUNS) return resolve(runs);
      const quietFor = performance.now() - lastClientMessage();
      if (quietFor < QUIET_MS) {
        setTimeout(step, QUIET_MS - quietFor);
        return;
      }
      analyze(warmUpArticle.text);
      runs++;
      setImmediate(step);
    };
    setImmediate(step);
  });
}
