// npm run eval: scores the analysis against gold annotations and prints, per file and
// in total (micro-averaged), every figure with its counts. --json prints JSON.
// Usage: tsx test/eval/main.ts [goldDir articlesDir] [--json]
//        tsx test/eval/main.ts --corpus [--limit N] [--json]
//        tsx test/eval/main.ts --findings  (rules on the real ANT articles: test/eval/findings.ts)
//        tsx test/eval/main.ts --evidence  (how often each attribution rule and confidence is right: test/eval/evidenceTable.ts)
//        tsx test/eval/main.ts --errors    (every dev quote scored wrong, by verdict: test/eval/devErrors.ts)
//        tsx test/eval/main.ts --sample SEED [N] (N random ANT statements in context: test/eval/antSample.ts)
//        tsx test/eval/main.ts --precision (each rule's precision on its judged sample: test/eval/precision.ts)
// Without arguments it scores three sets: the seeds against the gold annotation, the
// articles written for the tests in the styles of other outlets (test/fixtures/articles),
// and the published dev articles (../shared/corpus/dev) with score.py's rules.
// --corpus runs the analysis over the unannotated ANT articles instead (antCorpus.ts).
// docs/testing-eval.md says what every column means.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { ROOT } from '../support/article';
import { runCorpus, printCorpus } from './antCorpus';
import { scoreDevSet, sharedDir } from './devSet';
import { summarize } from './devScore';
import { printDevSet } from './devTable';
import type { GoldArticle, PartialGold } from './gold';
import { runFindings } from './findings';
import { runPrecision } from './precision';
import { printSample, sampleStatements } from './antSample';
import { devErrors, printDevErrors } from './devErrors';
import { evidenceTable, printEvidenceTable } from './evidenceTable';
import { add, FIGURES, score, value, type Scores } from './score';

interface EvalSet {
  name: string;
  goldDir: string;
  articlesDir: string;
  target: number;
}

const argv = process.argv.slice(2);
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
const args = argv.filter((a, i) => !a.startsWith('--') && !(limitAt >= 0 && i === limitAt + 1));
const json = argv.includes('--json');
const sets: EvalSet[] = args.length
  ? [{ name: args[0], goldDir: args[0], articlesDir: args[1] ?? args[0], target: 0.97 }]
  : [
      { name: 'seeds (gold annotation)', goldDir: 'test/fixtures/gold', articlesDir: 'seeds', target: 0.97 },
      { name: 'other outlets (test/fixtures/articles)', goldDir: 'test/fixtures/articles', articlesDir: 'test/fixtures/articles', target: 0.9 },
    ];

function evaluate(set: EvalSet): { rows: { file: string; scores: Scores }[]; total: Scores } {
  const files = fs.readdirSync(set.goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  const rows = files.map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(set.goldDir, f), 'utf8')) as GoldArticle | PartialGold;
    const text = fs.readFileSync(path.join(set.articlesDir, gold.file), 'utf8');
    return { file: gold.file, scores: score(analyze(text), gold) };
  });
  return { rows, total: rows.map((r) => r.scores).reduce(add) };
}

function printTable(set: EvalSet, rows: { file: string; scores: Scores }[], total: Scores): void {
  console.log(`\n${set.name} — target ${set.target}`);
  const short = rows.map((r) => r.file.slice(0, 6));
  console.log(`${'figure'.padEnd(24)}${short.map((s) => s.padStart(7)).join('')}${'total'.padStart(9)}  counts`);
  for (const k of FIGURES) {
    const t = total[k];
    if (t.of === 0 && rows.every((r) => r.scores[k].of === 0)) continue;
    const cells = rows.map((r) => (r.scores[k].of === 0 ? '—' : value(r.scores[k]).toFixed(2)).padStart(7)).join('');
    const mark = t.of === 0 || value(t) >= set.target ? '' : '  ← below target';
    console.log(`${k.padEnd(24)}${cells}${(t.of === 0 ? 'n/a' : value(t).toFixed(3)).padStart(9)}  ${t.hit}/${t.of}${mark}`);
  }
}

const figures = (s: Scores): Record<string, { value: number; hit: number; of: number }> =>
  Object.fromEntries(FIGURES.map((k) => [k, { value: Number(value(s[k]).toFixed(4)), ...s[k] }]));

/** --corpus: the unannotated ANT articles (antCorpus.ts). */
async function corpus(): Promise<void> {
  if (!(limit > 0)) throw new Error('--limit wants a positive number of articles');
  const result = await runCorpus(path.join(sharedDir(ROOT), 'corpus', 'ant-news.jsonl.gz'), { limit });
  if (json) console.log(JSON.stringify(result, null, 2));
  else printCorpus(result);
}

/** --sample SEED [N]: random ANT statements to read (antSample.ts). */
function sample(): void {
  const at = argv.indexOf('--sample');
  const seed = Number(argv[at + 1]);
  const n = Number(argv[at + 2] ?? 30);
  if (!Number.isInteger(seed) || !(n > 0)) throw new Error('--sample wants a whole-number seed and, optionally, how many statements');
  printSample(sampleStatements(path.join(sharedDir(ROOT), 'corpus', 'ant-news.jsonl.gz'), seed, n));
}

/** The gold sets: the seeds and fixture articles (score.ts), then the dev set (score.py's rules). */
function evaluateAll(): void {
  const report: unknown[] = [];
  for (const set of sets) {
    const { rows, total } = evaluate(set);
    if (json) report.push({ set: set.name, target: set.target, files: rows.map((r) => ({ file: r.file, figures: figures(r.scores) })), total: figures(total) });
    else printTable(set, rows, total);
  }
  const devDir = path.join(sharedDir(ROOT), 'corpus', 'dev');
  if (!args.length && fs.existsSync(devDir)) {
    const dev = scoreDevSet(devDir);
    const name = 'published articles (../shared/corpus/dev)';
    if (json)
      report.push({
        set: name,
        files: dev.articles,
        outlets: dev.outlets,
        total: { all: summarize(dev.total.all), clean: summarize(dev.total.clean), doubtful: summarize(dev.total.doubtful), counts: dev.total },
      });
    else printDevSet(name, dev);
  } else if (!args.length) console.log(`\n(no dev corpus at ${devDir}: published articles not scored)`);
  if (json) console.log(JSON.stringify(report, null, 2));
}

if (argv.includes('--precision')) runPrecision();
else if (argv.includes('--sample')) sample();
else if (argv.includes('--errors')) printDevErrors(devErrors(path.join(sharedDir(ROOT), 'corpus', 'dev')));
else if (argv.includes('--evidence')) printEvidenceTable(evidenceTable(path.join(sharedDir(ROOT), 'corpus', 'dev')));
else if (argv.includes('--findings')) {
  void runFindings(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
} else if (argv.includes('--corpus')) {
  corpus().catch((e: unknown) => {
    console.error(`npm run eval -- --corpus: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  });
} else evaluateAll();
