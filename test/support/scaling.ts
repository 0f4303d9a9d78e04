// How the cost of some work grows with its input, measured so that it does not flake:
// the best of several runs at size n and at size 16n, compared as a ratio. Linear work
// gives about 16, quadratic work 256; tests allow anything under 64 (GROWTH_BOUND), so
// a busy machine or a garbage collection cannot fail them and a quadratic path cannot
// pass. No absolute time is ever asserted.

export const FACTOR = 16;
export const GROWTH_BOUND = 64;

/** The fastest of `runs` runs of `work`, in milliseconds. Short work is repeated until it takes a measurable time. */
export function bestTime(work: () => unknown, runs = 5): number {
  work(); // warm up the JIT on this input shape
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    let reps = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      work();
      reps++;
      elapsed = performance.now() - start;
    } while (elapsed < 2);
    best = Math.min(best, elapsed / reps);
  }
  return best;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** Time of `work(make(n))` against `work(make(FACTOR * n))`. */
export function growth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs = 5): Growth {
  const a = make(n);
  const b = make(FACTOR * n);
  const small = bestTime(() => work(a), runs);
  const large = bestTime(() => work(b), runs);
  return { small, large, ratio: large / small };
}

export function describeGrowth(g: Growth): string {
  return `${g.small.toFixed(2)} ms at 1×, ${g.large.toFixed(2)} ms at ${FACTOR}× (ratio ${g.ratio.toFixed(1)}, linear ≈ ${FACTOR}, bound ${GROWTH_BOUND})`;
}

/** `growth`, measured again when over the bound (a busy machine), keeping the lower ratio. */
export function settledGrowth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs = 5): Growth {
  const first = growth(make, n, work, runs);
  if (first.ratio < GROWTH_BOUND) return first;
  const second = growth(make, n, work, runs);
  return second.ratio < first.ratio ? second : first;
}
