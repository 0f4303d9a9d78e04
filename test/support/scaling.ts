// How the cost of some work grows with its input, measured so that it never flakes.
//
// The proof counts work: the analysis's loops add their steps to a meter
// (server/src/analysis/workMeter.ts), and 16 times the input may cost at most
// WORK_BOUND (20) times the steps, where a quadratic path costs 256 times. A count is the
// same on any machine, however loaded: no retry, no margin for noise.
//
// A CPU-time ratio stays only as a wide safety net for work the meter does not see (the
// server's outline and hover, a regular expression's engine): n and 16n timed in
// alternation, the best of several runs of each kept, allowed up to TIME_BOUND (100)
// where linear work gives 16 and quadratic 256, and measured again when over. Times are
// this process's CPU time, not the wall clock. No absolute time is ever asserted.

import { stepsOf } from '../../server/src/analysis/workMeter';

export const FACTOR = 16;
/** Counted steps allowed at 16 times the input: linear work gives 16 (plus what bounded looks add), quadratic 256. */
export const WORK_BOUND = 20;
/** CPU time allowed at 16 times the input: linear 16, quadratic 256; wide enough for a machine at a load of 20. */
export const TIME_BOUND = 100;
/** Short work is repeated for at least this long, so one measurement averages out timer and scheduler noise. */
const MIN_WINDOW_MS = 10;
/** How many times a time ratio over the bound is measured again before the test believes it. */
const RETRIES = 3;

export interface Growth {
  /** What was measured (steps or milliseconds) at n and at 16n. */
  costs: [number, number];
  unit: 'steps' | 'ms';
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
  return { costs, unit: 'steps', ratio, bound: WORK_BOUND, ok: costs[0] > 0 && ratio <= WORK_BOUND };
}

/**
 * This process's CPU time in milliseconds. Wall time counts the time other processes
 * hold the CPU: on a loaded 2-core machine (a load of 20 was seen) a 10 ms window could
 * take ten times as long for nothing this code did.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One windowed measurement of `work`, in milliseconds a run (short work repeated for MIN_WINDOW_MS). */
function onceTime(work: () => unknown): number {
  let reps = 0;
  const start = cpuNow();
  let elapsed = 0;
  do {
    work();
    reps++;
    elapsed = cpuNow() - start;
  } while (elapsed < MIN_WINDOW_MS);
  return elapsed / reps;
}

/**
 * The best times of two inputs measured in alternation: a busy spell of the machine
 * (other processes, a garbage collection) then slows both sizes alike instead of only
 * the one that happened to run during it.
 */
function interleaved(works: (() => unknown)[], rounds: number): number[] {
  const best = works.map(() => Infinity);
  for (const w of works) w(); // warm up the JIT on each input shape
  for (let r = 0; r < rounds; r++) works.forEach((w, i) => (best[i] = Math.min(best[i], onceTime(w))));
  return best;
}

/**
 * The safety net: CPU time of `work(make(n))` against `work(make(16n))`, best of `rounds`
 * alternating runs, measured again (up to RETRIES times) while over TIME_BOUND; the best
 * measurement is kept.
 */
export function timeGrowth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, rounds = 3): Growth {
  const small = make(n);
  const large = make(FACTOR * n);
  const measure = (): Growth => {
    const [a, b] = interleaved([() => work(small), () => work(large)], rounds);
    const ratio = b / Math.max(a, 1e-6);
    return { costs: [a, b], unit: 'ms', ratio, bound: TIME_BOUND, ok: ratio <= TIME_BOUND };
  };
  let best = measure();
  for (let i = 0; i < RETRIES && !best.ok; i++) {
    const again = measure();
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

export function describeGrowth(g: Growth): string {
  const show = (x: number): string => (g.unit === 'ms' ? `${x.toFixed(2)} ms` : `${x} steps`);
  return `${show(g.costs[0])} at 1×, ${show(g.costs[1])} at ${FACTOR}×: ${g.ratio.toFixed(1)}× (linear ≈ ${FACTOR}, quadratic ≈ ${FACTOR * FACTOR}; allowed up to ${g.bound})`;
}
