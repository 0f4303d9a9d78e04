// How the cost of some work grows with its input, measured so that it does not flake:
// the best of several runs at size n, 4n and 16n, compared as ratios. Linear work gives
// about 4 and 16, quadratic work 16 and 256; a test allows up to 10 and 64, so a busy
// machine or a garbage collection cannot fail it and a quadratic path cannot pass.
// The 4n step stops a quadratic case early, before it spends minutes at 16n. No
// absolute time is ever asserted.

export const FACTOR = 16;
export const GROWTH_BOUND = 64;
const MID_FACTOR = 4;
/** Short work is repeated for at least this long, so one measurement averages out timer and scheduler noise. */
const MIN_WINDOW_MS = 10;
const MID_BOUND = 10;

/** The fastest of `runs` runs of `work`, in milliseconds; short work is repeated for MIN_WINDOW_MS and averaged. */
export function bestTime(work: () => unknown, runs = 3): number {
  const warm = performance.now();
  work(); // warm up the JIT on this input shape
  // Work this slow is not going to be noise: one run says enough (and a quadratic case ends sooner).
  if (performance.now() - warm > 1000) return performance.now() - warm;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    let reps = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      work();
      reps++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_WINDOW_MS);
    best = Math.min(best, elapsed / reps);
  }
  return best;
}

export interface Growth {
  /** Times at n, and at 4n and 16n (16n is not measured when 4n already grew too fast). */
  times: number[];
  factors: number[];
  ratio: number;
  ok: boolean;
}

function measure<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs: number): Growth {
  const small = bestTime(() => work(make(n)), runs);
  const input = make(MID_FACTOR * n);
  const mid = bestTime(() => work(input), runs);
  if (mid / small >= MID_BOUND) return { times: [small, mid], factors: [1, MID_FACTOR], ratio: mid / small, ok: false };
  const large = bestTime(() => work(make(FACTOR * n)), runs);
  return { times: [small, mid, large], factors: [1, MID_FACTOR, FACTOR], ratio: large / small, ok: large / small < GROWTH_BOUND };
}

/**
 * How `work(make(n))` grows from n to 16n. Measured a second time when it looks
 * super-linear (the machine may have been busy), and the better measurement is kept.
 */
export function growth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs = 3): Growth {
  const first = measure(make, n, work, runs);
  // Far over the bound is no busy machine: no second measurement.
  if (first.ok || first.ratio > 2 * GROWTH_BOUND) return first;
  const second = measure(make, n, work, runs);
  return second.ok || second.ratio < first.ratio ? second : first;
}

export function describeGrowth(g: Growth): string {
  const steps = g.times.map((t, i) => `${t.toFixed(2)} ms at ${g.factors[i]}×`).join(', ');
  return `${steps} (linear ≈ ${g.factors.join(' : ')}; allowed up to ${MID_BOUND} at ${MID_FACTOR}× and ${GROWTH_BOUND} at ${FACTOR}×)`;
}
