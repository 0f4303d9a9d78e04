// 4. Start-up: the client bundle loaded in a new process (with a stand-in `vscode`),
// the server answering `initialize` from a cold start (spawn to answer), and the size of
// each bundle in dist/ (`npm run bench` builds them with --production first).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './corpus';
import { atMost, figure, type Figure } from './figures';
import { startServer } from './server';
import { median, now } from './stats';

export interface StartupOptions {
  runs: number;
  /** Another server bundle to measure (BENCH_SERVER; default: dist/server.js); the bundle sizes are of its folder. */
  server?: string;
  /** A second server bundle (BENCH_VS) started in turn with the first: its medians and sizes are logged. */
  vs?: string;
}

const BUNDLE_TARGETS_KB: Record<string, number | undefined> = { 'client.js': 500, 'server.js': 1500, 'cli.js': undefined };

export async function measureStartup(opts: StartupOptions, log: (s: string) => void): Promise<Figure[]> {
  const distDir = opts.server ? path.dirname(opts.server) : path.join(ROOT, 'dist');
  const client = path.join(distDir, 'client.js');
  const loads: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bench', 'startup', 'loadClient.cjs'), client], { encoding: 'utf8' });
    loads.push((JSON.parse(out) as { ms: number }).ms);
  }

  const inits: number[] = [];
  const theirs: number[] = [];
  const initialize = async (serverPath: string | undefined): Promise<number> => {
    const t0 = now();
    const server = startServer(serverPath);
    try {
      await server.initialize();
      return now() - t0;
    } finally {
      await server.shutdown();
    }
  };
  for (let i = 0; i < opts.runs; i++) {
    inits.push(await initialize(opts.server));
    if (opts.vs) theirs.push(await initialize(opts.vs));
  }
  if (opts.vs) {
    const sizes = (dir: string): string => Object.keys(BUNDLE_TARGETS_KB).map((f) => `${f} ${kbOf(path.join(dir, f))?.toFixed(0) ?? '?'} KB`).join(', ');
    log(`initialize ${median(inits).toFixed(1)} ms against ${median(theirs).toFixed(1)} ms for ${opts.vs} (alternated); bundles ${sizes(distDir)} against ${sizes(path.dirname(opts.vs))}`);
  }
  log(`client load ${median(loads).toFixed(1)} ms, initialize ${median(inits).toFixed(1)} ms`);

  const out: Figure[] = [
    figure('startup', 'clientLoad.ms', `load dist/client.js (require, stand-in vscode, ${opts.runs} processes)`, median(loads), 'ms'),
    figure('startup', 'initialize.ms', `server: spawn → initialize answered (${opts.runs} processes)`, median(inits), 'ms', atMost(200)),
  ];
  for (const [file, targetKb] of Object.entries(BUNDLE_TARGETS_KB)) {
    const p = path.join(distDir, file);
    const kb = kbOf(p);
    const minified = kb !== null && !fs.readFileSync(p, 'utf8').includes('//# sourceMappingURL=');
    out.push(
      figure('startup', `bundle.kb.${file}`, `bundle dist/${file}`, kb, 'KB', targetKb ? atMost(targetKb) : undefined, minified ? 'production build' : 'development build: `npm run bench` builds for production'),
    );
  }
  return out;
}

const kbOf = (file: string): number | null => (fs.existsSync(file) ? fs.statSync(file).size / 1000 : null);
