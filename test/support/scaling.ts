// How the cost of some work grows with its input, measured so that it does not flake:
// the best of several runs at size n, 4n and 16n, compared as ratios. Linear work gives
// about 4 and 16, quadratic work 16 and 256; a test allows up to 10 and 64, so a busy
// machine or a garbage collection cannot fail it and a quadratic path cannot pass.
// The 4n step stops a quadratic case early, before it spends minutes at 16n. Sizes are
// timed in alternation and the best of each kept, and a ratio near the bound is measured
// again, so that a loaded 2-core machine does not fail linear work; times are this
// process's CPU time, not the wall clock. No absolute time is ever asserted.

/**
 * This process's CPU time in milliseconds. Wall time counts the time other processes
 * hold the CPU: on a loaded 2-core machine (a load of 20 was seen) a 10 ms window could
 * take ten times as long for nothing this code did.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export const FACTOR = 16;
export const GROWTH_BOUND = 64;
const MID_FACTOR = 4;
/** Short work is repeated for at least this long, so one measurement averages out timer and scheduler noise. */
const MIN_WINDOW_MS = 10;
const MID_BOUND = 10;

/** The fastest of `runs` runs of `work`, in milliseconds; short work is repeated for MIN_WINDOW_MS and averaged. */
export function bestTime(work: () => unknown, runs = 3): number {
  const warm = cpuNow();
  work(); // warm up the JIT on this input shape
  // Work this slow is not going to be noise: one run says enough (and a quadratic case ends sooner).
  if (cpuNow() - warm > 1000) return cpuNow() - warm;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    let reps = 0;
    const start = cpuNow();
    let elapsed = 0;
    do {
      work();
      reps++;
      elapsed = cpuNow() - start;
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

/** The fastest single windowed run of `work`, in milliseconds (no warm-up, no repeats). */
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
 * the one that happened to run during it, which is what made a lone ratio flake.
 */
function interleaved(works: (() => unknown)[], rounds: number): number[] {
  const best = works.map(() => Infinity);
  for (const w of works) w(); // warm up the JIT on each input shape
  for (let r = 0; r < rounds; r++) works.forEach((w, i) => (best[i] = Math.min(best[i], onceTime(w))));
  return best;
}

function measure<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs: number): Growth {
  const smallInput = make(n);
  const midInput = make(MID_FACTOR * n);
  const small0 = bestTime(() => work(smallInput), 1);
  // Work this slow at n is not noise: measure once and stop a quadratic case early.
  const rounds = small0 > 250 ? 1 : runs + 2;
  const [small, mid] = interleaved([() => work(smallInput), () => work(midInput)], rounds);
  if (mid / small >= MID_BOUND) return { times: [small, mid], factors: [1, MID_FACTOR], ratio: mid / small, ok: false };
  const largeInput = make(FACTOR * n);
  const [small2, large] = interleaved([() => work(smallInput), () => work(largeInput)], rounds);
  const best = Math.min(small, small2);
  return { times: [best, mid, large], factors: [1, MID_FACTOR, FACTOR], ratio: large / best, ok: large / best < GROWTH_BOUND };
}

/** How many times a measurement that looks super-linear, but not far over, is taken again. */
const RETRIES = 3;

/**
 * How `work(make(n))` grows from n to 16n. Measured again (up to RETRIES times) when it
 * looks super-linear but not far over the bound (the machine may have been busy), and
 * the best measurement is kept; far over the bound is no busy machine.
 */
export function growth<T>(make: (n: number) => T, n: number, work: (input: T) => unknown, runs = 3): Growth {
  let best = measure(make, n, work, runs);
  for (let i = 0; i < RETRIES && !best.ok && best.ratio < 4 * (best.times.length === 2 ? MID_BOUND : GROWTH_BOUND); i++) {
    const again = measure(make, n, work, runs);
    if (again.ok || again.ratio < best.ratio) best = again;
  }
  return best;
}

export function describeGrowth(g: Growth): string {
  const steps = g.times.map((t, i) => `${t.toFixed(2)} ms at ${g.factors[i]}×`).join(', ');
  return `${steps} (linear ≈ ${g.factors.join(' : ')}; allowed up to ${MID_BOUND} at ${MID_FACTOR}× and ${GROWTH_BOUND} at ${FACTOR}×)`;
}
