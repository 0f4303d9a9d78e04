// 1. Analysis throughput, side by side with the cost of just reading the text: the
// baseline decodes the same bytes and runs one regular expression over them (counting
// quote characters). Both start from the UTF-8 bytes, as a file read would give them.
// The analysis is the one every product process runs: loaded through the product's engine
// loader, which sets the compile settings before the analysis is compiled
// (server/src/node/compileSettings.ts); the language server, its index workers, the command
// line and the archive jobs never run it otherwise (docs/performance-log.md, session 21).

import { analysisEngine } from '../server/src/node/engine';
import { articleOfSize } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { MB, mbPerSecond, median, now, sizeLabel } from './stats';

const QUOTE_CHARS = /["«»“”„]/g;

export function baselineScan(bytes: Buffer): number {
  const text = bytes.toString('utf8');
  let n = 0;
  QUOTE_CHARS.lastIndex = 0;
  while (QUOTE_CHARS.exec(text)) n++;
  return n;
}

/**
 * Runs `fn` at least `minRuns` times and until `budgetMs` is spent (at most `maxRuns`);
 * returns the durations (wall clock) and pushes the process's CPU time of each run onto
 * `cpu`. The first call is a warm-up (it compiles and fills caches) unless `warmUp` is
 * false.
 */
export function repeat(fn: () => void, minRuns: number, maxRuns: number, budgetMs: number, warmUp = true, cpu: number[] = []): number[] {
  if (warmUp) fn();
  const times: number[] = [];
  const start = now();
  while (times.length < maxRuns && (times.length < minRuns || now() - start < budgetMs)) {
    const c0 = process.cpuUsage();
    const t0 = now();
    fn();
    times.push(now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return times;
}

export interface ThroughputOptions {
  sizes: number[];
  /** Time budget per size and side, in ms. */
  budgetMs: number;
  minRuns: number;
}

export function measureThroughput(opts: ThroughputOptions, log: (s: string) => void): Figure[] {
  const { analyze, builtinKnowledge } = analysisEngine();
  const knowledge = builtinKnowledge();
  const out: Figure[] = [];
  const medians = new Map<number, number>();
  const cpuMedians = new Map<number, number>();
  for (const size of opts.sizes) {
    const bytes = Buffer.from(articleOfSize(size));
    const label = sizeLabel(size);
    // The large articles come after the small ones, whose runs have compiled the code
    // already: no warm-up, and fewer runs (five: three made the 10 MB / 1 MB ratio jump
    // between 8 and 17 on this machine), or the 10 MB alone would take a minute.
    const large = size >= MB;
    const cpu: number[] = [];
    const analysis = median(repeat(() => analyze(bytes.toString('utf8'), { knowledge }), large ? 5 : opts.minRuns, 1000, opts.budgetMs, !large, cpu));
    cpuMedians.set(size, median(cpu));
    const baseline = median(repeat(() => baselineScan(bytes), opts.minRuns * 5, 10000, opts.budgetMs / 4));
    medians.set(size, analysis);
    log(`analysis ${label}: ${analysis.toFixed(2)} ms, baseline ${baseline.toFixed(3)} ms`);
    const key = label.replace(' ', '');
    out.push(
      figure('analysis', `analysis.mbps.${key}`, `analysis, ${label} article`, mbPerSecond(bytes.length, analysis), 'MB/s'),
      figure('analysis', `baseline.mbps.${key}`, `baseline (decode + one regex), ${label}`, mbPerSecond(bytes.length, baseline), 'MB/s'),
      figure('analysis', `analysis.ms.${key}`, `analysis time, ${label}`, analysis, 'ms'),
      figure('analysis', `ratio.analysisToBaseline.${key}`, `analysis / baseline time, ${label}`, analysis / baseline, '×', atMost(10)),
    );
  }
  const [small, large] = opts.sizes.slice(-2);
  out.push(
    figure(
      'analysis',
      'ratio.growth',
      `time ${sizeLabel(large)} / ${sizeLabel(small)} (linear: ${large / small})`,
      medians.get(large)! / medians.get(small)!,
      '×',
      atMost((12 * (large / small)) / 10),
    ),
    figure(
      'analysis',
      'ratio.growth.cpu',
      `CPU time ${sizeLabel(large)} / ${sizeLabel(small)}`,
      cpuMedians.get(large)! / cpuMedians.get(small)!,
      '×',
      undefined,
      'CPU time of the process: less sensitive to other work on the machine',
    ),
  );
  return out;
}
