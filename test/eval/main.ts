// npm run eval: scores the analysis against the gold annotation and prints, per file
// and in total (micro-averaged), every figure with its counts. --json prints JSON.
// Usage: tsx test/eval/main.ts [goldDir] [articlesDir] [--json]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import type { GoldArticle } from './gold';
import { add, FIGURES, score, value, type Scores } from './score';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const json = process.argv.includes('--json');
const goldDir = args[0] ?? 'test/fixtures/gold';
const articlesDir = args[1] ?? 'seeds';
const TARGET = 0.97;

const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
const rows: { file: string; scores: Scores }[] = [];
for (const f of files) {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldArticle;
  const text = fs.readFileSync(path.join(articlesDir, gold.file), 'utf8');
  rows.push({ file: gold.file, scores: score(analyze(text), gold) });
}
const total = rows.map((r) => r.scores).reduce(add);

if (json) {
  const figures = (s: Scores): Record<string, { value: number; hit: number; of: number }> =>
    Object.fromEntries(FIGURES.map((k) => [k, { value: Number(value(s[k]).toFixed(4)), ...s[k] }]));
  console.log(JSON.stringify({ files: rows.map((r) => ({ file: r.file, figures: figures(r.scores) })), total: figures(total) }, null, 2));
} else {
  const short = rows.map((r) => r.file.slice(0, 3));
  console.log(`${'figure'.padEnd(24)}${short.map((s) => s.padStart(7)).join('')}${'total'.padStart(9)}  counts`);
  for (const k of FIGURES) {
    const cells = rows.map((r) => (r.scores[k].of === 0 ? '—' : value(r.scores[k]).toFixed(2)).padStart(7)).join('');
    const t = total[k];
    const mark = t.of === 0 ? '' : value(t) >= TARGET ? '' : '  ← below 0.97';
    console.log(`${k.padEnd(24)}${cells}${(t.of === 0 ? 'n/a' : value(t).toFixed(3)).padStart(9)}  ${t.hit}/${t.of}${mark}`);
  }
}
