// 5. Peer: cspell with its Arabic dictionary (@cspell/dict-ar), the prose checker
// reviewers already run in VS Code, over the same text as Press Review, in this process:
// both read the same files from a temporary folder. cspell runs through its own Node API
// (`lint`, what its command line calls); its first run loads the dictionary and is
// reported on its own, the figures compared are the medians of the runs after it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analysisEngine } from '../server/src/node/engine';
import { articleOfSize } from './corpus';
import { atLeast, figure, type Figure } from './figures';
import { mbPerSecond, median, now, sizeLabel } from './stats';

export interface PeerOptions {
  /** Sizes of the articles both tools check (bytes). */
  sizes: number[];
  runs: number;
}

type Lint = (files: string[], options: Record<string, unknown>, reporter: Record<string, unknown>) => Promise<{ files: number; issues: number; errors: number }>;

export async function measurePeer(opts: PeerOptions, log: (s: string) => void): Promise<Figure[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-peer-'));
  try {
    const config = path.join(work, 'cspell.json');
    fs.writeFileSync(config, JSON.stringify({ version: '0.2', language: 'ar', import: [require.resolve('@cspell/dict-ar/cspell-ext.json')] }));
    const { lint } = (await import('cspell')) as unknown as { lint: Lint };
    const silent = { issue: () => {}, info: () => {}, debug: () => {}, progress: () => {}, result: () => {}, error: (m: string, e: Error) => log(`cspell: ${m} ${e}`) };
    const check = async (file: string): Promise<void> => {
      const r = await lint([path.basename(file)], { root: work, config, cache: false, gitignore: false, progress: false, mustFindFiles: true }, silent);
      if (r.files !== 1 || r.errors) throw new Error(`cspell did not check ${file}`);
    };
    // The analysis as the product runs it: compiled with the product's settings (throughput.ts).
    const { analyze, builtinKnowledge } = analysisEngine();
    const knowledge = builtinKnowledge();

    const out: Figure[] = [];
    let first = true;
    for (const size of opts.sizes) {
      const file = path.join(work, `article-${size}.txt`);
      fs.writeFileSync(file, articleOfSize(size));
      const bytes = fs.statSync(file).size;
      const label = sizeLabel(size);
      const key = label.replace(' ', '');
      if (first) {
        const t0 = now();
        await check(file);
        const ms = now() - t0;
        log(`cspell first run (dictionary load) ${(ms / 1000).toFixed(1)} s`);
        out.push(figure('peer', 'cspell.firstRun.s', `cspell first run, ${label} (loads the Arabic dictionary)`, ms / 1000, 's'));
        first = false;
      }
      const ours: number[] = [];
      const theirs: number[] = [];
      analyze(fs.readFileSync(file, 'utf8'), { knowledge }); // warm-up, as cspell's first run was
      for (let i = 0; i < opts.runs; i++) {
        let t0 = now();
        analyze(fs.readFileSync(file, 'utf8'), { knowledge });
        ours.push(now() - t0);
        t0 = now();
        await check(file);
        theirs.push(now() - t0);
      }
      const oursMbps = mbPerSecond(bytes, median(ours));
      const theirsMbps = mbPerSecond(bytes, median(theirs));
      log(`peer ${label}: press-review ${oursMbps.toFixed(2)} MB/s, cspell ${theirsMbps.toFixed(2)} MB/s`);
      out.push(
        figure('peer', `pressReview.mbps.${key}`, `Press Review, ${label} article`, oursMbps, 'MB/s'),
        figure('peer', `cspell.mbps.${key}`, `cspell + @cspell/dict-ar, ${label} article`, theirsMbps, 'MB/s'),
        figure('peer', `ratio.${key}`, `Press Review / cspell speed, ${label}`, oursMbps / theirsMbps, '×', atLeast(1)),
      );
    }
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
