// 3. Folder scale: a folder of generated articles indexed from a cold start (a new server
// process opened on the folder), its time and peak memory, and the latency of hovers on
// the open article sent every few milliseconds while the index is built.
//
// Through the real server when it has a workspace index (it offers workspace symbols and
// reports its indexing as $/progress): time from spawn to the end of that progress, peak
// memory from /proc (VmHWM). A server without an index is measured through a stand-in
// (bench/folder/simulatedIndex.ts) that does what an index does: read every article,
// analyse it, keep a summary, and answer hovers meanwhile; the table says which it was.

import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { analyze, LineIndex } from '../server/src/analysis';
import { FolderGenerator, ROOT } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { LspServer } from './lspServer';
import { now, percentile } from './stats';

export interface FolderOptions {
  /** Folder sizes (number of articles) with the time target of each (s), if any. */
  folders: { count: number; seconds?: number }[];
  hoverEveryMs: number;
  /** Another server bundle to measure (default: dist/server.js). */
  server?: string;
}

const MEMORY_TARGET_MB = 500;
const HOVER_TARGET_MS = 50;

interface IndexRun {
  ms: number;
  peakBytes: number | null;
  hovers: number[];
  how: string;
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
      const r = (await indexThroughServer(dir, open, opts)) ?? (await indexThroughStandIn(work, dir, open, opts.hoverEveryMs));
      log(`indexed ${count} articles in ${(r.ms / 1000).toFixed(2)} s (${r.how}), peak ${r.peakBytes === null ? '?' : (r.peakBytes / 1e6).toFixed(0)} MB, ${r.hovers.length} hovers`);
      const n = count.toLocaleString('en-US');
      out.push(
        figure('folder', `index.seconds.${count}`, `index ${n} articles (${(bytes / 1e6).toFixed(1)} MB), cold start`, r.ms / 1000, 's', seconds ? atMost(seconds) : undefined, r.how),
        figure('folder', `index.mbps.${count}`, `index throughput, ${n} articles`, bytes / 1e6 / (r.ms / 1000), 'MB/s'),
        figure('folder', `index.peakMemory.${count}`, `peak memory (RSS), ${n} articles`, r.peakBytes === null ? null : r.peakBytes / 1e6, 'MB', atMost(MEMORY_TARGET_MB)),
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

/** Null when the server has no workspace index. */
async function indexThroughServer(dir: string, openFile: string, opts: FolderOptions): Promise<IndexRun | null> {
  const text = fs.readFileSync(openFile, 'utf8');
  const position = new LineIndex(text).position(hoverTarget(text));
  const uri = pathToFileURL(openFile).toString();
  const t0 = now();
  const server = new LspServer(opts.server);
  try {
    let indexToken: string | number | undefined;
    let finished: () => void = () => {};
    const indexed = new Promise<number>((resolve) => (finished = () => resolve(now())));
    server.onProgress((token, value) => {
      if (value.kind === 'begin' && /index/i.test(value.title ?? '')) indexToken = token;
      else if (value.kind === 'end' && token === indexToken) finished();
    });
    const init = await server.initialize(dir);
    if (!init.capabilities.workspaceSymbolProvider) return null;
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
      await Promise.race([indexed, new Promise((r) => setTimeout(r, opts.hoverEveryMs))]);
    }
    const ms = (await indexed) - t0;
    await Promise.all(pending);
    return { ms, peakBytes: server.peakMemory(), hovers, how: 'the server’s workspace index' };
  } finally {
    await server.shutdown();
  }
}

async function indexThroughStandIn(work: string, dir: string, openFile: string, hoverEveryMs: number): Promise<IndexRun> {
  const child = path.join(work, 'simulatedIndex.js');
  if (!fs.existsSync(child)) {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'bench', 'folder', 'simulatedIndex.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: child,
      logLevel: 'warning',
    });
  }
  const offset = hoverTarget(fs.readFileSync(openFile, 'utf8'));
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
    p.on('message', (m: { ready?: boolean; hover?: number; done?: boolean; maxRssBytes: number }) => {
      if (m.ready) {
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
        finished = { ms: now() - t0, peakBytes: m.maxRssBytes, hovers, how: 'simulated index: the server has none yet' };
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
