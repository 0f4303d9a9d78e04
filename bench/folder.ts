// 3. Folder scale: a folder of generated articles indexed from a cold start (a new server
// process opened on the folder), its time and peak memory, and the latency of hovers on
// the open article sent every few milliseconds while the index is built.
//
// Through the server's workspace index (it reports its indexing as $/progress): time from
// spawn to the end of that progress, peak memory from /proc (VmHWM).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { analyze, LineIndex } from '../server/src/analysis';
import { FolderGenerator } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { startServer } from './server';
import { now, percentile } from './stats';

export interface FolderOptions {
  /** Folder sizes (number of articles) with the time target of each (s), if any. */
  folders: { count: number; seconds?: number }[];
  hoverEveryMs: number;
  /** Another server bundle to measure (default: dist/server.js). */
  server?: string;
  /**
   * A second server bundle (BENCH_VS) indexed in turn with the first on the same folder,
   * `rounds` times each (BENCH_ROUNDS, default 3): separate runs on this shared machine
   * differ by up to 40%, alternating runs share the load. The figures are the first
   * server's medians; each run and the median ratio of the pairs are logged.
   */
  vs?: string;
  rounds?: number;
}

const MEMORY_TARGET_MB = 500;
const HOVER_TARGET_MS = 50;

interface IndexRun {
  ms: number;
  peakBytes: number | null;
  /** CPU time of the server process (every thread) from spawn to the end of indexing: less sensitive to other work on the machine than `ms`. */
  cpuMs: number | null;
  hovers: number[];
  /** CPU per thread at the end of indexing (threadSeconds), for the log. */
  threads: string | null;
}

/** User and system CPU time of a process and all its threads so far, from /proc (Linux only). */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** sysconf(_SC_CLK_TCK): 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU seconds of each thread of a process, the main thread first, then the others from
 * the busiest (the index workers, V8's compiler and collector threads), for the log:
 * which thread a difference between two builds is in. Null off Linux.
 */
function threadSeconds(pid: number | undefined): string | null {
  try {
    const times = fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
      const fields = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return { main: Number(tid) === pid, s: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
    });
    const others = times.filter((t) => !t.main && t.s >= 0.1).map((t) => t.s).sort((a, b) => b - a);
    return `main ${times.find((t) => t.main)?.s.toFixed(1) ?? '?'} s, other threads ${others.map((s) => s.toFixed(1)).join(' ')} s`;
  } catch {
    return null;
  }
}

export async function measureFolders(opts: FolderOptions, log: (s: string) => void): Promise<Figure[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-bench-'));
  try {
    const generator = new FolderGenerator();
    const out: Figure[] = [];
    for (const { count, seconds } of opts.folders) {
      const dir = path.join(work, `folder-${count}`);
      const t0 = now();
      const { files, bytes } = generator.write(dir, count);
      log(`wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) in ${((now() - t0) / 1000).toFixed(1)} s`);
      const open = files[0];
      const r = opts.vs ? await alternate(dir, open, opts, opts.vs, opts.rounds ?? 3, log) : await indexThroughServer(dir, open, opts.server, opts.hoverEveryMs);
      if (!opts.vs) log(`indexed ${count} articles in ${(r.ms / 1000).toFixed(2)} s (server CPU ${secondsOf(r.cpuMs)} s; ${r.threads ?? 'threads ?'}), peak ${r.peakBytes === null ? '?' : (r.peakBytes / 1e6).toFixed(0)} MB, ${r.hovers.length} hovers`);
      const n = count.toLocaleString('en-US');
      out.push(
        figure('folder', `index.seconds.${count}`, `index ${n} articles (${(bytes / 1e6).toFixed(1)} MB), cold start`, r.ms / 1000, 's', seconds ? atMost(seconds) : undefined),
        figure('folder', `index.mbps.${count}`, `index throughput, ${n} articles`, bytes / 1e6 / (r.ms / 1000), 'MB/s'),
        figure('folder', `index.cpuSeconds.${count}`, `server CPU time (all threads) to index ${n} articles`, r.cpuMs === null ? null : r.cpuMs / 1000, 's', undefined, r.cpuMs === null ? 'read from /proc, on Linux only' : undefined),
        figure('folder', `index.peakMemory.${count}`, `peak memory (RSS), ${n} articles`, r.peakBytes === null ? null : r.peakBytes / 1e6, 'MB', atMost(MEMORY_TARGET_MB), r.peakBytes === null ? 'read from /proc, on Linux only' : undefined),
        figure('folder', `hover.p50.${count}`, `hover on the open file while indexing p50, ${n}`, percentile(r.hovers, 50), 'ms'),
        figure('folder', `hover.p99.${count}`, `hover while indexing p99, ${n} (${r.hovers.length} hovers)`, percentile(r.hovers, 99), 'ms', atMost(HOVER_TARGET_MS)),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A position on the first speaker (or organization) mention of the open article. */
function hoverTarget(text: string): number {
  const a = analyze(text);
  return (a.speakers[0]?.mentions[0]?.start ?? a.organizations[0]?.mentions[0]?.start ?? 0) + 1;
}

/** The median, the mean of the middle two for an even count (the nearest-rank one would favour the lower of two rounds). */
function middle(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

const megabytes = (b: number | null): string => (b === null ? '?' : (b / 1e6).toFixed(0));
const secondsOf = (ms: number | null): string => (ms === null ? '?' : (ms / 1000).toFixed(1));

/** Indexes the folder with opts.server and `vs` in turn, `rounds` times each; the first server's medians (time, peak) and all its hovers. */
async function alternate(dir: string, openFile: string, opts: FolderOptions, vs: string, rounds: number, log: (s: string) => void): Promise<IndexRun> {
  const mine: IndexRun[] = [];
  const theirs: IndexRun[] = [];
  for (let i = 0; i < rounds; i++) {
    // Which one goes first alternates too, so neither always starts on a cooler machine.
    const order = i % 2 ? ([theirs, mine] as const) : ([mine, theirs] as const);
    for (const runs of order) {
      const server = runs === mine ? opts.server : vs;
      const r = await indexThroughServer(dir, openFile, server, opts.hoverEveryMs);
      runs.push(r);
      log(`round ${i + 1}, ${server ?? 'dist/server.js'}: ${(r.ms / 1000).toFixed(2)} s, CPU ${secondsOf(r.cpuMs)} s (${r.threads ?? 'threads ?'}), peak ${megabytes(r.peakBytes)} MB`);
    }
  }
  const ratios = mine.map((r, i) => r.ms / theirs[i].ms);
  const cpuRatios = mine.flatMap((r, i) => (r.cpuMs !== null && theirs[i].cpuMs ? [r.cpuMs / theirs[i].cpuMs!] : []));
  const ms = middle(mine.map((r) => r.ms));
  const peaks = mine.map((r) => r.peakBytes).filter((b): b is number => b !== null);
  const theirPeaks = theirs.map((r) => r.peakBytes).filter((b): b is number => b !== null);
  const cpus = mine.map((r) => r.cpuMs).filter((c): c is number => c !== null);
  const theirCpus = theirs.map((r) => r.cpuMs).filter((c): c is number => c !== null);
  log(
    `median ${(ms / 1000).toFixed(2)} s (CPU ${secondsOf(cpus.length ? middle(cpus) : null)} s, peak ${megabytes(peaks.length ? middle(peaks) : null)} MB) against ${(middle(theirs.map((r) => r.ms)) / 1000).toFixed(2)} s (CPU ${secondsOf(theirCpus.length ? middle(theirCpus) : null)} s, peak ${megabytes(theirPeaks.length ? middle(theirPeaks) : null)} MB) for ${vs}; median ratio of the pairs: time ${middle(ratios).toFixed(3)}, CPU ${cpuRatios.length ? middle(cpuRatios).toFixed(3) : '?'}`,
  );
  return { ms, peakBytes: peaks.length ? middle(peaks) : null, cpuMs: cpus.length ? middle(cpus) : null, hovers: mine.flatMap((r) => r.hovers), threads: null };
}

async function indexThroughServer(dir: string, openFile: string, serverPath: string | undefined, hoverEveryMs: number): Promise<IndexRun> {
  const text = fs.readFileSync(openFile, 'utf8');
  const position = new LineIndex(text).position(hoverTarget(text));
  const uri = pathToFileURL(openFile).toString();
  const t0 = now();
  const server = startServer(serverPath);
  try {
    let indexToken: string | number | undefined;
    let finished: () => void = () => {};
    const indexed = new Promise<number>((resolve) => (finished = () => resolve(now())));
    server.onProgress((token, value) => {
      if (value.kind === 'begin' && /index/i.test(value.title ?? '')) indexToken = token;
      else if (value.kind === 'end' && token === indexToken) finished();
    });
    const init = await server.initialize(undefined, 'en', { folders: [dir] });
    if (!init.capabilities.workspaceSymbolProvider) throw new Error('the server has no workspace index (it offers no workspace symbols)');
    await server.open(uri, text);
    const hovers: number[] = [];
    const pending = new Set<Promise<void>>();
    let done = false;
    void indexed.then(() => (done = true));
    // Hovers go out on a fixed schedule whether or not the last one was answered, as a
    // user's mouse would; each is timed from its own send.
    while (!done) {
      const sent = now();
      const p = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }).then(() => void hovers.push(now() - sent));
      pending.add(p);
      void p.finally(() => pending.delete(p));
      await Promise.race([indexed, new Promise((r) => setTimeout(r, hoverEveryMs))]);
    }
    const ms = (await indexed) - t0;
    const cpuMs = cpuMsOf(server.process.pid);
    const threads = threadSeconds(server.process.pid);
    await Promise.all(pending);
    return { ms, peakBytes: server.peakMemory(), cpuMs, hovers, threads };
  } finally {
    await server.shutdown();
  }
}
