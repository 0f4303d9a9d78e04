// 6. Archive throughput: real ANT articles (international news, Middle East, economy,
// from ../shared/corpus/ant-news.jsonl.gz) written to a folder, then in the same run
//   - the floor: one thread reads, decodes and scans every file with one regular
//     expression (counting quote marks), as bench section 1's baseline does per article;
//   - `press-review analyze --format ndjson --jobs N` over the folder (dist/cli.js),
//     its wall time, CPU time of all its threads (cores used = CPU / wall), peak memory,
//     and that it wrote one line per article and a summary.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { ROOT } from './corpus';
import { atLeast, atMost, figure, type Figure } from './figures';
import { now } from './stats';
import { baselineScan } from './throughput';

export interface ArchiveOptions {
  /** How many articles (at most: the three categories hold 21,153). */
  articles: number;
  jobs: number;
}

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'ant-news.jsonl.gz');
const CATEGORIES = new Set(['internationalNews', 'middleEast', 'economy']);
const TARGETS = { cores: 1.7, ratio: 10, peakMB: 300 };

/** Writes up to `max` articles of the three categories as ID.txt; returns how many and their bytes. */
async function extract(dir: string, max: number): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(CORPUS).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const a = JSON.parse(line) as { id: string; category: string; text: string };
    if (!CATEGORIES.has(a.category)) continue;
    fs.writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
    bytes += Buffer.byteLength(a.text);
    if (++count >= max) break;
  }
  lines.close();
  return { count, bytes };
}

/** The floor: one thread, every file read, decoded and scanned once; wall and CPU time (ms). */
function floorPass(dir: string): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = now();
  let marks = 0;
  for (const f of fs.readdirSync(dir).sort()) marks += baselineScan(fs.readFileSync(path.join(dir, f)));
  if (marks < 0) throw new Error('unreachable');
  const c = process.cpuUsage(c0);
  return { ms: now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

interface CliRun {
  ms: number;
  cpuMs: number;
  /** CPU time of the main thread alone (null off Linux). */
  mainThreadMs: number | null;
  peakMB: number;
  lines: number;
  summary: { entries: number; errors: number } | null;
}

function runCli(dir: string, jobs: number): Promise<CliRun> {
  const child = path.join(ROOT, 'bench', 'archiveChild.cjs');
  const args = [child, path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--format', 'ndjson', '--jobs', String(jobs), '--quiet', '--no-workspace-knowledge', dir];
  return new Promise((resolve, reject) => {
    const t0 = now();
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let lines = 0;
    let last = '';
    let usage = '';
    let stderr = '';
    // Only the line count and the last line are kept: the output is never held whole.
    readline.createInterface({ input: p.stdout!, crlfDelay: Infinity }).on('line', (l) => {
      lines++;
      last = l;
    });
    p.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-2000)));
    (p.stdio[3] as NodeJS.ReadableStream).on('data', (d) => (usage += String(d)));
    p.on('error', reject);
    p.on('close', (code) => {
      const ms = now() - t0;
      try {
        const u = JSON.parse(usage) as { userMs: number; systemMs: number; maxRssKB: number; mainThreadMs: number | null };
        const parsed = JSON.parse(last) as { summary?: { entries: number; errors: number } };
        resolve({ ms, cpuMs: u.userMs + u.systemMs, mainThreadMs: u.mainThreadMs, peakMB: (u.maxRssKB * 1024) / 1e6, lines, summary: parsed.summary ?? null });
      } catch (e) {
        reject(new Error(`the archive run failed (exit ${code}): ${stderr} ${(e as Error).message}`));
      }
    });
  });
}

export async function measureArchive(opts: ArchiveOptions, log: (s: string) => void): Promise<Figure[]> {
  if (!fs.existsSync(CORPUS)) {
    const why = `no ${path.relative(ROOT, CORPUS)}: the archive benchmark runs on the real ANT articles`;
    return [figure('archive', 'archive.articlesPerSecond', 'archive: articles/s', null, 'articles/s', undefined, why)];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-archive-'));
  try {
    const { count, bytes } = await extract(dir, opts.articles);
    log(`wrote ${count} ANT articles (${(bytes / 1e6).toFixed(1)} MB)`);
    floorPass(dir); // a first pass fills the page cache, so both sides read from memory
    const { ms: floor, cpuMs: floorCpu } = floorPass(dir);
    const run = await runCli(dir, opts.jobs);
    const n = count.toLocaleString('en-US');
    log(`floor ${floor.toFixed(0)} ms; ndjson --jobs ${opts.jobs}: ${run.ms.toFixed(0)} ms, ${(run.cpuMs / run.ms).toFixed(2)} cores, ${run.peakMB.toFixed(0)} MB, ${run.lines} lines`);
    const complete = run.summary !== null && run.summary.entries === count && run.lines === count + 1;
    return [
      figure('archive', 'archive.floor.ms', `floor: read + decode + one regex, one thread, ${n} ANT articles (${(bytes / 1e6).toFixed(1)} MB)`, floor, 'ms'),
      figure('archive', 'archive.articles', 'archive: articles', count, 'articles'),
      figure('archive', 'archive.ms', `analyze --format ndjson --jobs ${opts.jobs}, ${n} articles`, run.ms, 'ms'),
      figure('archive', 'archive.articlesPerSecond', 'archive: articles/s', (count / run.ms) * 1000, 'articles/s'),
      figure('archive', 'archive.mbps', 'archive: MB/s', bytes / 1e6 / (run.ms / 1000), 'MB/s'),
      figure('archive', 'archive.ratioToFloor', 'archive / floor time', run.ms / floor, '×', atMost(TARGETS.ratio)),
      // On a shared machine the wall times measure the other work too; CPU time much less so.
      figure('archive', 'archive.cpuRatioToFloor', `CPU time of every thread / floor's CPU time (idle machine, ${opts.jobs} cores busy: wall ratio ≈ this / ${opts.jobs})`, run.cpuMs / floorCpu, '×'),
      figure('archive', 'archive.cores', 'cores busy on average (CPU time of every thread / wall)', run.cpuMs / run.ms, 'cores', atLeast(TARGETS.cores)),
      // The main thread reads, hands out entries and writes lines; near 1 it would be what holds the workers back.
      figure('archive', 'archive.mainThread', 'main thread busy (its CPU time / wall)', run.mainThreadMs === null ? null : run.mainThreadMs / run.ms, 'cores', undefined, run.mainThreadMs === null ? 'no /proc: not Linux' : undefined),
      figure('archive', 'archive.peakMemory', 'archive: peak memory (RSS)', run.peakMB, 'MB', atMost(TARGETS.peakMB)),
      figure('archive', 'archive.complete', 'archive: one line per article and a summary (1 = yes)', complete ? 1 : 0, '', atLeast(1), complete ? undefined : `${run.lines} lines for ${count} articles`),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The archive figures as one line, to compare runs at a glance (the lead reruns it on an
 * idle machine with `npm run bench:archive`); null when the section did not run.
 */
export function archiveLine(figures: readonly Figure[], load: { start: number; end: number }): string | null {
  const get = (id: string): number | null => figures.find((f) => f.id === id)?.value ?? null;
  const ms = get('archive.ms');
  const floor = get('archive.floor.ms');
  if (ms === null || floor === null) return null;
  const f = (x: number | null, digits: number): string => (x === null ? '?' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  return (
    `archive: ${f(get('archive.articles'), 0)} articles in ${f(ms / 1000, 1)} s: ` +
    `${f(get('archive.articlesPerSecond'), 0)} articles/s, ${f(get('archive.mbps'), 2)} MB/s, ${f(get('archive.cores'), 2)} cores busy ` +
    `(main thread ${f(get('archive.mainThread'), 2)}), peak ${f(get('archive.peakMemory'), 0)} MB, ${f(get('archive.ratioToFloor'), 1)} × the floor (${f(floor / 1000, 2)} s), ` +
    `CPU ${f(get('archive.cpuRatioToFloor'), 1)} × the floor's; load average ${load.start} → ${load.end}`
  );
}
