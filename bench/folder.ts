// 3. Folder scale: a folder of generated articles indexed from a cold start (a new
// process), its time and peak memory, and the latency of hovers on the open article sent
// every few milliseconds while the index is built.
//
// The language server has no workspace index yet (issue 4 adds it), so a stand-in
// (bench/folder/simulatedIndex.ts) does what the index will do: read every article,
// analyse it, keep a summary, and answer hovers meanwhile.

import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { analyze } from '../server/src/analysis';
import { FolderGenerator, ROOT } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { now, percentile } from './stats';

export interface FolderOptions {
  /** Folder sizes (number of articles) with the time target of each (s), if any. */
  folders: { count: number; seconds?: number }[];
  hoverEveryMs: number;
}

const MEMORY_TARGET_MB = 500;
const HOVER_TARGET_MS = 50;

export async function measureFolders(opts: FolderOptions, log: (s: string) => void): Promise<Figure[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-bench-'));
  try {
    const child = path.join(work, 'simulatedIndex.js');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'bench', 'folder', 'simulatedIndex.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: child,
      logLevel: 'warning',
    });
    const generator = new FolderGenerator();
    const out: Figure[] = [];
    for (const { count, seconds } of opts.folders) {
      const dir = path.join(work, `folder-${count}`);
      const t0 = now();
      const { files, bytes } = generator.write(dir, count);
      log(`wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) in ${((now() - t0) / 1000).toFixed(1)} s`);
      const r = await runIndex(child, dir, files[0], opts.hoverEveryMs);
      log(`indexed ${r.files} articles in ${(r.ms / 1000).toFixed(2)} s, peak ${(r.maxRssBytes / 1e6).toFixed(0)} MB, ${r.hovers.length} hovers`);
      const n = count.toLocaleString('en-US');
      out.push(
        figure('folder', `index.seconds.${count}`, `index ${n} articles (${(bytes / 1e6).toFixed(1)} MB), cold start`, r.ms / 1000, 's', seconds ? atMost(seconds) : undefined, 'simulated index'),
        figure('folder', `index.mbps.${count}`, `index throughput, ${n} articles`, bytes / 1e6 / (r.ms / 1000), 'MB/s'),
        figure('folder', `index.peakMemory.${count}`, `peak memory (RSS), ${n} articles`, r.maxRssBytes / 1e6, 'MB', atMost(MEMORY_TARGET_MB)),
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

interface IndexRun {
  ms: number;
  files: number;
  maxRssBytes: number;
  hovers: number[];
}

function runIndex(child: string, dir: string, openFile: string, hoverEveryMs: number): Promise<IndexRun> {
  const a = analyze(fs.readFileSync(openFile, 'utf8'));
  const offset = (a.speakers[0]?.mentions[0]?.start ?? a.organizations[0]?.mentions[0]?.start ?? 0) + 1;
  return new Promise((resolve, reject) => {
    const t0 = now();
    const p = fork(child, [dir, openFile, String(offset)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const sent = new Map<number, number>();
    const hovers: number[] = [];
    let next = 0;
    let timer: NodeJS.Timeout | undefined;
    let finished: IndexRun | null = null;
    const finish = (): void => {
      if (finished && sent.size === 0) {
        p.kill();
        resolve(finished);
      }
    };
    p.on('message', (m: { ready?: boolean; hover?: number; done?: boolean; files: number; maxRssBytes: number }) => {
      if (m.ready) {
        // Once the open article is analysed, hovers go out on a fixed schedule whether
        // or not the last one was answered, as a user's mouse would; each is timed
        // from its own send.
        timer = setInterval(() => {
          sent.set(next, now());
          p.send({ hover: next++ });
        }, hoverEveryMs);
      } else if (m.hover !== undefined) {
        hovers.push(now() - sent.get(m.hover)!);
        sent.delete(m.hover);
        finish();
      } else if (m.done) {
        clearInterval(timer);
        finished = { ms: now() - t0, files: m.files, maxRssBytes: m.maxRssBytes, hovers };
        finish();
      }
    });
    p.on('error', reject);
    p.on('exit', (code) => {
      clearInterval(timer);
      if (code && !finished) reject(new Error(`the index process exited with ${code}`));
    });
  });
}
