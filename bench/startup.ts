// 4. Start-up: the client bundle loaded in a new process (with a stand-in `vscode`),
// the server answering `initialize` from a cold start (spawn to answer), then publishing
// the diagnostics of a first opened article (spawn to diagnostics: the analysis engine
// and the knowledge load after the answer), the command line analysing one article
// (spawn to exit), and the size of each bundle in dist/ (`npm run bench` builds them
// with --production first). The first diagnostics are measured twice: with the analysis
// engine's V8 code cache made by an earlier server (the usual case), and with an empty
// cache folder (the first start after an install or an update). With a second
// build (BENCH_VS), each measure alternates between the two and both medians are logged,
// with the server's CPU time (all threads, from /proc on Linux) at its first diagnostics.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { CODE_CACHE_VARIABLE } from '../server/src/node/engine';
import { startServer } from './server';
import { median, now } from './stats';

export interface StartupOptions {
  runs: number;
  /** Another server bundle to measure (BENCH_SERVER; default: dist/server.js); the bundle sizes are of its folder. */
  server?: string;
  /** A second server bundle (BENCH_VS) started in turn with the first: its medians and sizes are logged. */
  vs?: string;
}

const BUNDLE_TARGETS_KB: Record<string, number | undefined> = { 'client.js': 500, 'server.js': 1500, 'cli.js': undefined, 'engine.js': undefined };

/** The article the first-diagnostics and command-line measures analyse (about 7 KB). */
const ARTICLE = path.join(ROOT, 'seeds', '003_39a2c00878abc77a.txt');

export async function measureStartup(opts: StartupOptions, log: (s: string) => void): Promise<Figure[]> {
  const distDir = opts.server ? path.dirname(opts.server) : path.join(ROOT, 'dist');
  const serverOf = (dir: string): string | undefined => (dir === distDir ? opts.server : path.join(dir, 'server.js'));
  const dirs = opts.vs ? [distDir, path.dirname(opts.vs)] : [distDir];
  const article = fs.readFileSync(ARTICLE, 'utf8');
  // An empty workspace folder: the first diagnostics wait for no folder index.
  const emptyFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-startup-'));

  // The code cache's folders (node/engine.ts reads PRESS_REVIEW_CODE_CACHE): one kept across
  // runs, primed before measuring, and a new empty one for every cold run.
  const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-startup-cache-'));
  const warmCache = path.join(cacheRoot, 'warm');
  let coldRuns = 0;
  const useCache = (state: CacheState): void => {
    process.env[CODE_CACHE_VARIABLE] = state === 'warm' ? warmCache : path.join(cacheRoot, `cold-${coldRuns++}`);
  };
  const serverCpu: number[][] = dirs.map(() => []);

  const loadClient = (dir: string): number =>
    (JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bench', 'startup', 'loadClient.cjs'), path.join(dir, 'client.js')], { encoding: 'utf8' })) as { ms: number }).ms;
  const initialize = async (dir: string): Promise<number> => {
    const t0 = now();
    const server = startServer(serverOf(dir));
    try {
      await server.initialize();
      return now() - t0;
    } finally {
      await server.shutdown();
    }
  };
  const firstDiagnostics = async (dir: string, state: CacheState, cpu?: number[]): Promise<number> => {
    useCache(state);
    const t0 = now();
    const server = startServer(serverOf(dir));
    try {
      await server.initialize(undefined, 'en', { folders: [emptyFolder] });
      await server.open(pathToFileURL(path.join(emptyFolder, 'article.txt')).toString(), article);
      const ms = now() - t0;
      const cpuMs = threadsCpuMs(server.process.pid);
      if (cpu && cpuMs !== null) cpu.push(cpuMs);
      return ms;
    } finally {
      await server.shutdown();
    }
  };
  // The command line keeps a code cache too (its first run makes the folder, the second writes
  // the cache): measured, as the server, with the cache an earlier run made and with none yet
  // (a first run: a new, empty folder each time).
  const cli = (dir: string, state: CacheState): number => {
    useCache(state);
    const t0 = now();
    try {
      execFileSync(process.execPath, [path.join(dir, 'cli.js'), 'analyze', ARTICLE], { stdio: 'ignore' });
    } catch {
      // Exit status 1: the article has findings. Only the time counts here.
    }
    return now() - t0;
  };

  // times[measure][build]: each run measures every build in turn, so both see the same load.
  const measures = ['client load', 'initialize', 'first diagnostics', 'first diagnostics, no code cache yet', 'cli analyze', 'cli analyze, no code cache yet'] as const;
  const times = measures.map(() => dirs.map(() => [] as number[]));
  const previousCache = process.env[CODE_CACHE_VARIABLE];
  try {
    // The warm cache: what a first server leaves, and two runs of the command line (the
    // second writes its cache if the server's is not one it can take).
    for (const dir of dirs) await firstDiagnostics(dir, 'warm');
    for (const dir of dirs) for (let run = 0; run < 2; run++) cli(dir, 'warm');
    for (let i = 0; i < opts.runs; i++) {
      for (let b = 0; b < dirs.length; b++) times[0][b].push(loadClient(dirs[b]));
      for (let b = 0; b < dirs.length; b++) times[1][b].push(await initialize(dirs[b]));
      for (let b = 0; b < dirs.length; b++) times[2][b].push(await firstDiagnostics(dirs[b], 'warm', serverCpu[b]));
      for (let b = 0; b < dirs.length; b++) times[3][b].push(await firstDiagnostics(dirs[b], 'cold'));
      for (let b = 0; b < dirs.length; b++) times[4][b].push(cli(dirs[b], 'warm'));
      for (let b = 0; b < dirs.length; b++) times[5][b].push(cli(dirs[b], 'cold'));
    }
  } finally {
    if (previousCache === undefined) delete process.env[CODE_CACHE_VARIABLE];
    else process.env[CODE_CACHE_VARIABLE] = previousCache;
    fs.rmSync(emptyFolder, { recursive: true, force: true });
    fs.rmSync(cacheRoot, { recursive: true, force: true });
  }
  const [loads, inits, firsts, coldFirsts, clis, coldClis] = times.map((t) => t[0]);
  if (opts.vs) {
    const sizes = (dir: string): string => Object.keys(BUNDLE_TARGETS_KB).map((f) => `${f} ${kbOf(path.join(dir, f))?.toFixed(0) ?? '?'} KB`).join(', ');
    const pairs = measures.map((m, i) => `${m} ${median(times[i][0]).toFixed(1)} against ${median(times[i][1]).toFixed(1)} ms (${(median(times[i][0]) / median(times[i][1])).toFixed(2)})`);
    log(`against ${opts.vs} (alternated, medians of ${opts.runs}): ${pairs.join('; ')}`);
    if (serverCpu[0].length && serverCpu[1].length) {
      const [mine, theirs] = serverCpu.map((c) => median(c));
      log(`server CPU at the first diagnostics (code cache made): ${mine.toFixed(0)} against ${theirs.toFixed(0)} ms (${(mine / theirs).toFixed(2)})`);
    }
    log(`bundles ${sizes(distDir)} against ${sizes(dirs[1])}`);
  }
  log(
    `client load ${median(loads).toFixed(1)} ms, initialize ${median(inits).toFixed(1)} ms, first diagnostics ${median(firsts).toFixed(1)} ms (no code cache yet ${median(coldFirsts).toFixed(1)} ms), cli ${median(clis).toFixed(1)} ms (no code cache yet ${median(coldClis).toFixed(1)} ms)`,
  );

  const out: Figure[] = [
    figure('startup', 'clientLoad.ms', `load dist/client.js (require, stand-in vscode, ${opts.runs} processes)`, median(loads), 'ms'),
    figure('startup', 'initialize.ms', `server: spawn → initialize answered (${opts.runs} processes)`, median(inits), 'ms', atMost(200)),
    figure('startup', 'firstDiagnostics.ms', `server: spawn → diagnostics of a first opened 7 KB article (${opts.runs} processes)`, median(firsts), 'ms'),
    figure('startup', 'firstDiagnostics.coldCache.ms', `the same, with no code cache yet (first run after an install; ${opts.runs} processes)`, median(coldFirsts), 'ms'),
    figure('startup', 'cli.ms', `press-review analyze, one 7 KB article: spawn → exit (${opts.runs} processes)`, median(clis), 'ms'),
    figure('startup', 'cli.coldCache.ms', `the same, with no code cache yet (a first run: it makes the cache folder, the second run writes the cache; ${opts.runs} processes)`, median(coldClis), 'ms'),
  ];
  for (const [file, targetKb] of Object.entries(BUNDLE_TARGETS_KB)) {
    const p = path.join(distDir, file);
    const kb = kbOf(p);
    const minified = kb !== null && !fs.readFileSync(p, 'utf8').includes('//# sourceMappingURL=');
    out.push(
      figure('startup', `bundle.kb.${file}`, `bundle dist/${file}`, kb, 'KB', targetKb ? atMost(targetKb) : undefined, kb === null ? 'no such bundle in this build' : minified ? 'production build' : 'development build: `npm run bench` builds for production'),
    );
  }
  return out;
}

const kbOf = (file: string): number | null => (fs.existsSync(file) ? fs.statSync(file).size / 1000 : null);

type CacheState = 'warm' | 'cold';

/** On-CPU time of every thread of a process so far (the schedstat of each of its tasks in /proc, in ns), or null off Linux. */
function threadsCpuMs(pid: number | undefined): number | null {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.reduce((sum, t) => sum + Number(fs.readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]) / 1e6, 0);
  } catch {
    return null;
  }
}
