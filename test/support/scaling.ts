// How the cost of some work grows with its input, measured so that it never flakes.
//
// The proof counts work: the analysis's loops add their steps to a meter
// (server/src/analysis/workMeter.ts), and 16 times the input may cost at most
// WORK_BOUND (20) times the steps, where a quadratic path costs 256 times. A count is the
// same on any machine, however loaded: no retry, no margin for noise.
//
// Nothing is timed: the server's outline, diagnostics and hover count their steps on the
// same meter, and a regular expression's backtracking is judged by recheck, which counts
// its own matcher's steps (test/support/recheck.ts).

import { stepsOf } from '../../server/src/analysis/workMeter';

export const FACTOR = 16;
/** Counted steps allowed at 16 times the input: linear work gives 16 (plus what bounded looks add), quadratic 256. */
export const WORK_BOUND = 20;

export interface Growth {
  /** The steps counted at n and at 16n. */
  costs: [number, number];
  ratio: number;
  bound: number;
  ok: boolean;
}

/**
 * Counted steps of `work` at n and 16n (deterministic: one run of each, after a run at n
 * that lets the process-wide word memos meet the words, which costs a step more once).
 */
export function workGrowth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown): Growth {
  const small = make(n);
  const large = make(FACTOR * n);
  work(small);
  const costs: [number, number] = [stepsOf(() => work(small)), stepsOf(() => work(large))];
  const ratio = costs[1] / Math.max(1, costs[0]);
  return { costs, ratio, bound: WORK_BOUND, ok: costs[0] > 0 && ratio <= WORK_BOUND };
}

export function describeGrowth(g: Growth): string {
  return `${g.costs[0]} steps at 1×, ${g.costs[1]} steps at ${FACTOR}×: ${g.ratio.toFixed(1)}× (linear ≈ ${FACTOR}, quadratic ≈ ${FACTOR * FACTOR}; allowed up to ${g.bound})`;
}
