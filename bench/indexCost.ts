// What indexing one folder article costs, step by step, in one process: the analysis
// (the analysis' part) apart from what the index adds around it (the summary, the kept
// report, the message between threads, the main thread's filing). Run bundled through
// bench/indexCost.mjs, which prints the table; `vsAnalyze` is another tree's analyze()
// timed on the same articles, alternated with this one's.

import { deserialize, serialize } from 'node:v8';
import { analyze, builtinKnowledge, LineIndex } from '../server/src/analysis';
import { PassThroughPool, StringPool, summarize } from '../server/src/lsp/articleSummary';
import { repool } from '../server/src/lsp/indexFile';
import { BATCH } from '../server/src/lsp/indexWorkers';
import { keepReports, reportBytes, type KeptReport } from '../server/src/lsp/keptReport';
import { toJsonReport } from '../server/src/report/jsonReport';
import { FolderGenerator } from './corpus';

type Analyze = (text: string, options: { knowledge: unknown; sourceLine?: 'always' }) => unknown;
export interface StepTimes {
  /** Milliseconds per round over all the articles, one number per round. */
  [step: string]: number[];
}

/** Runs every step over `count` generated folder articles, `rounds` times, steps interleaved round by round. */
export function measureIndexSteps(count: number, rounds: number, vs?: { analyze: Analyze; builtinKnowledge: () => unknown }): StepTimes {
  const generator = new FolderGenerator();
  const texts = Array.from({ length: count }, (_, i) => generator.article(i));
  const knowledge = builtinKnowledge();
  const vsKnowledge = vs?.builtinKnowledge();
  const options = { knowledge, sourceLine: 'always' as const };
  const times: StepTimes = {};
  const time = (step: string, fn: () => void): void => {
    const t0 = performance.now();
    fn();
    (times[step] ??= []).push(performance.now() - t0);
  };
  // As on a worker: the pool's search keys live across articles.
  const pool = new PassThroughPool();
  for (let r = 0; r < rounds + 1; r++) {
    const analyses = texts.map((t) => analyze(t, options));
    if (vs) vs.analyze(texts[0], { knowledge: vsKnowledge, sourceLine: 'always' });
    if (r === 0) continue; // warm-up round
    let summaries: ReturnType<typeof summarize>[] = [];
    let reports: KeptReport[] = [];
    let messages: Buffer[] = [];
    const order = r % 2 ? ['analysis', 'vs'] : ['vs', 'analysis'];
    for (const step of order) {
      if (step === 'analysis') time('analysis', () => texts.forEach((t) => analyze(t, options)));
      else if (vs) time('vs analysis', () => texts.forEach((t) => vs.analyze(t, { knowledge: vsKnowledge, sourceLine: 'always' })));
    }
    time('summary', () => (summaries = analyses.map((a, i) => summarize(`file:///a/${i}.article`, a, new LineIndex(texts[i]), pool))));
    // As a worker keeps them: the reports of a message (BATCH files) in one group.
    const inGroups = <T>(xs: T[], keep: (group: T[], first: number) => KeptReport[]): KeptReport[] => {
      const out: KeptReport[] = [];
      for (let i = 0; i < xs.length; i += BATCH) out.push(...keep(xs.slice(i, i + BATCH), i));
      return out;
    };
    time('kept report', () => (reports = inGroups(analyses, (group, first) => keepReports(group.map((a, i) => reportBytes(`/a/${first + i}.article`, a))))));
    // The kept report's parts: the report object, its serialization, the compression.
    let objects: ReturnType<typeof toJsonReport>[] = [];
    let serialized: Uint8Array[] = [];
    time(' report', () => (objects = analyses.map((a, i) => toJsonReport(`/a/${i}.article`, a))));
    time(' serialize', () => (serialized = objects.map((o) => serialize(o))));
    if (r === 1) console.log(`JSON report: mean ${(objects.reduce((n, o) => n + Buffer.byteLength(JSON.stringify(o)), 0) / objects.length / 1000).toFixed(1)} KB of UTF-8; kept: ${([...new Set(reports.map((k) => k.group))].reduce((n, g) => n + g.length, 0) / reports.length / 1000).toFixed(1)} KB`);
    time(' compress', () => inGroups(serialized, (group) => keepReports(group)));
    // postMessage clones with the structured clone algorithm, as v8.serialize does.
    // One message a BATCH of files, as a worker answers.
    const results = summaries.map((summary, i) => ({ id: i, indexed: { kind: 'summary', summary, report: reports[i] } }));
    time('message out', () => {
      messages = [];
      for (let i = 0; i < results.length; i += BATCH) messages.push(serialize(results.slice(i, i + BATCH)));
    });
    let received: { indexed: { summary: ReturnType<typeof summarize> } }[] = [];
    time('message in', () => (received = messages.flatMap((m) => deserialize(m))));
    const main = new StringPool();
    time('repool', () => received.forEach((m) => repool(m.indexed.summary, main)));
  }
  return times;
}
