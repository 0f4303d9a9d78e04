// Times this checkout's benchmark against another built checkout's, in alternating turns:
// the machine is shared, so one process runs at a time and a drift in load hits both sides.
//   node scripts/bench-turns.mjs OTHER_CHECKOUT [TURNS=6] [SECTIONS=analysis]
// OTHER_CHECKOUT needs its dist/bench/main.js (its `node bench/run.mjs --quick` builds it);
// this checkout's is built here. Prints, for every figure in ms, both sides' medians and the
// median of the turns' ratios (this / other), with the load at each turn. A worktree of
// 5612106 gives issue 16's comparison (docs/performance.md).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../bench/bundle.mjs';

const [other, turnsArg = '6', sections = 'analysis'] = process.argv.slice(2);
if (!other || !fs.existsSync(path.join(other, 'dist', 'bench', 'main.js'))) {
  console.error('usage: node scripts/bench-turns.mjs OTHER_CHECKOUT [TURNS] [SECTIONS]  (OTHER_CHECKOUT/dist/bench/main.js must exist)');
  process.exit(2);
}
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundleForNode(path.join(here, 'bench', 'main.ts'), path.join(here, 'dist', 'bench', 'main.js'), { external: ['esbuild', 'cspell'] });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One run of a checkout's bench: its figures in ms, by label. */
function run(checkout) {
  const out = path.join(os.tmpdir(), `bench-turns-${process.pid}.json`);
  const r = spawnSync(process.execPath, ['dist/bench/main.js', '--only', sections, '--json', out], { cwd: checkout, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench failed in ${checkout} (exit ${r.status}):\n${r.stderr}`);
  const { figures } = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  return new Map(figures.filter((f) => f.unit === 'ms' && typeof f.value === 'number').map((f) => [f.label, f.value]));
}

const turns = [];
for (let i = 1; i <= Number(turnsArg); i++) {
  const theirs = run(path.resolve(other));
  const ours = run(here);
  turns.push({ theirs, ours });
  console.log(`turn ${i} ${new Date().toISOString().slice(11, 19)} UTC, load ${os.loadavg()[0].toFixed(2)}`);
}
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
console.log(`\n${'figure'.padEnd(40)} ${'other'.padStart(9)} ${'this'.padStart(9)}  median ratio (turns)`);
for (const label of turns[0].ours.keys()) {
  const pairs = turns.filter((t) => t.theirs.has(label)).map((t) => [t.theirs.get(label), t.ours.get(label)]);
  if (!pairs.length) continue;
  const ratios = pairs.map(([a, b]) => b / a);
  console.log(`${label.padEnd(40)} ${fmt(median(pairs.map((p) => p[0]))).padStart(9)} ${fmt(median(pairs.map((p) => p[1]))).padStart(9)}  ${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
}
