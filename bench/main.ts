// npm run bench: how fast Press Review is, printed as a table with the targets of
// issue 7 beside the figures, in one process run. See docs/performance.md.
//   --json [FILE]   also write the figures as JSON (to FILE, or to stdout with the table on stderr)
//   --quick         a short smoke run (tiny inputs, few repetitions): checks the output shape, not speed
//   --only a,b      run only these sections (analysis, editor, folder, startup, peer, archive)
//   --cpu-prof DIR  every language server the run starts writes a CPU profile into DIR
//   --markdown      print the table in Markdown (for docs/performance.md)

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { archiveLine, measureArchive } from './archive';
import { measureEditor } from './editor';
import { figure, type Figure, type Section } from './figures';
import { measureFolders } from './folder';
import { serverNodeArgs } from './server';
import { measurePeer } from './peer';
import { measureStartup } from './startup';
import { KB, MB, now } from './stats';
import { markdownTable, textTable } from './table';
import { measureThroughput } from './throughput';

const FULL = {
  throughput: { sizes: [1 * KB, 100 * KB, 1 * MB, 10 * MB], budgetMs: 4000, minRuns: 5 },
  editor: { sizes: [{ bytes: 10 * KB, p99Target: 20 }, { bytes: 1 * MB, p99Target: 150 }], edits: 200, warmUpEdits: 20, editBudgetMs: 60_000, requests: 50, server: process.env.BENCH_SERVER, vs: process.env.BENCH_VS, rounds: process.env.BENCH_ROUNDS ? Number(process.env.BENCH_ROUNDS) : undefined },
  folder: { folders: [{ count: 1_000 }, { count: 10_000, seconds: 10 }].slice(0, process.env.BENCH_FOLDERS ? Number(process.env.BENCH_FOLDERS) : 2), hoverEveryMs: Number(process.env.HOVER_MS ?? 20), server: process.env.BENCH_SERVER, vs: process.env.BENCH_VS, rounds: process.env.BENCH_ROUNDS ? Number(process.env.BENCH_ROUNDS) : undefined },
  startup: { runs: 10, server: process.env.BENCH_SERVER, vs: process.env.BENCH_VS },
  peer: { sizes: [1 * MB], runs: 5 },
  // The 21,153 ANT articles of issue 17 (international news, Middle East, economy), two workers.
  archive: { articles: 21_153, jobs: 2 },
};

const QUICK: typeof FULL = {
  throughput: { sizes: [1 * KB, 4 * KB, 10 * KB, 100 * KB], budgetMs: 50, minRuns: 2 },
  editor: { sizes: [{ bytes: 10 * KB, p99Target: 20 }, { bytes: 20 * KB, p99Target: 150 }], edits: 4, warmUpEdits: 2, editBudgetMs: 5_000, requests: 2, server: undefined, vs: undefined, rounds: undefined },
  folder: { folders: [{ count: 10 }, { count: 30, seconds: 10 }], hoverEveryMs: Number(process.env.HOVER_MS ?? 20), server: undefined, vs: undefined, rounds: undefined },
  startup: { runs: 1, server: undefined, vs: undefined },
  peer: { sizes: [], runs: 0 },
  archive: { articles: 60, jobs: 2 },
};

export interface BenchResult {
  date: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string; loadAverage: { start: number; end: number } };
  seconds: number;
  figures: Figure[];
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 && argv[jsonAt + 1] && !argv[jsonAt + 1].startsWith('--') ? argv[jsonAt + 1] : null;
  const jsonToStdout = jsonAt >= 0 && !jsonFile;
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : null;
  const markdown = argv.includes('--markdown');
  const profAt = argv.indexOf('--cpu-prof');
  if (profAt >= 0) serverNodeArgs.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(argv[profAt + 1])}`);
  const log = (s: string): void => void process.stderr.write(`  ${s}\n`);
  const cfg = quick ? QUICK : FULL;

  const sections: [Section, () => Promise<Figure[]> | Figure[]][] = [
    ['analysis', () => measureThroughput(cfg.throughput, log)],
    ['editor', () => measureEditor(cfg.editor, log)],
    ['folder', () => measureFolders(cfg.folder, log)],
    ['startup', () => measureStartup(cfg.startup, log)],
    ['peer', () => (quick ? skippedPeer() : measurePeer(cfg.peer, log))],
    ['archive', () => measureArchive(cfg.archive, log)],
  ];
  const start = now();
  const loadAtStart = os.loadavg()[0];
  const figures: Figure[] = [];
  for (const [name, run] of sections) {
    if (only && !only.has(name)) continue;
    process.stderr.write(`${name}…\n`);
    figures.push(...(await run()));
  }
  const result: BenchResult = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1e9),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      // Other work on the machine slows every figure: the 1-minute load average, at the start and the end.
      loadAverage: { start: round2(loadAtStart), end: round2(os.loadavg()[0]) },
    },
    seconds: (now() - start) / 1000,
    figures,
  };
  const header = `Press Review benchmark${quick ? ' (--quick: tiny inputs, the figures say nothing about speed)' : ''} — ${result.date.slice(0, 10)}, ${result.machine.cpus} cores, Node ${process.version}, load average ${result.machine.loadAverage.start}→${result.machine.loadAverage.end}, ${result.seconds.toFixed(0)} s`;
  const line = archiveLine(figures, result.machine.loadAverage);
  const table = `${header}\n\n${markdown ? markdownTable(figures) : textTable(figures)}\n${line ? `\n${line}\n` : ''}`;
  const json = JSON.stringify(result, null, 2) + '\n';
  if (jsonToStdout) {
    process.stderr.write(table);
    process.stdout.write(json);
  } else {
    process.stdout.write(table);
    if (jsonFile) fs.writeFileSync(jsonFile, json);
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The peer needs ~15 s to load cspell's Arabic dictionary: too long for a smoke run. */
function skippedPeer(): Figure[] {
  return [figure('peer', 'ratio.skipped', 'Press Review / cspell speed', null, '×', undefined, 'skipped in --quick: loading the Arabic dictionary alone takes ~15 s')];
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
