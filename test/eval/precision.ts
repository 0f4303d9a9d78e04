// npm run eval -- --precision: each rule's precision on its judged sample. The sample is
// test/eval/findings-sample.jsonl (npm run eval -- --findings); the judgements are
// test/fixtures/findingJudgements.json, one per sampled finding, by an Arabic reader.
// A sampled finding with no judgement (the rules changed since) is counted as "to judge".

import * as fs from 'node:fs';
import type { SampledFinding } from './findings';

export interface Judgement {
  id: string;
  rule: string;
  line: number;
  text: string;
  verdict: boolean;
  why: string;
}

export interface RulePrecision {
  rule: string;
  judged: number;
  right: number;
  /** Sampled findings that no judgement covers. */
  unjudged: number;
  precision: number;
}

export const TARGET_PRECISION = 0.9;
const SAMPLE = 'test/eval/findings-sample.jsonl';
const JUDGEMENTS = 'test/fixtures/findingJudgements.json';

const keyOf = (f: { id: string; rule: string; line: number; text: string }): string => `${f.rule}|${f.id}|${f.line}|${f.text.slice(0, 60)}`;

export function readSample(file = SAMPLE): SampledFinding[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SampledFinding);
}

export function readJudgements(file = JUDGEMENTS): Judgement[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { judgements: Judgement[] }).judgements;
}

/** Precision per rule over the sampled findings that have a judgement (a finding sampled twice counts twice). */
export function precisionByRule(sample: SampledFinding[], judgements: Judgement[]): RulePrecision[] {
  const verdicts = new Map<string, boolean[]>();
  for (const j of judgements) {
    const list = verdicts.get(keyOf(j)) ?? [];
    list.push(j.verdict);
    verdicts.set(keyOf(j), list);
  }
  const byRule = new Map<string, RulePrecision>();
  const used = new Map<string, number>();
  for (const f of sample) {
    const r = byRule.get(f.rule) ?? { rule: f.rule, judged: 0, right: 0, unjudged: 0, precision: 0 };
    byRule.set(f.rule, r);
    const key = keyOf(f);
    const k = used.get(key) ?? 0;
    const verdict = verdicts.get(key)?.[k];
    used.set(key, k + 1);
    if (verdict === undefined) r.unjudged++;
    else {
      r.judged++;
      if (verdict) r.right++;
    }
  }
  for (const r of byRule.values()) r.precision = r.judged ? r.right / r.judged : 0;
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

export function runPrecision(): void {
  const rows = precisionByRule(readSample(), readJudgements());
  console.log(`${'rule'.padEnd(20)}${'judged'.padStart(8)}${'right'.padStart(7)}${'precision'.padStart(11)}  to judge`);
  for (const r of rows) {
    const mark = r.judged && r.precision < TARGET_PRECISION ? `  ← below ${TARGET_PRECISION}` : '';
    console.log(`${r.rule.padEnd(20)}${String(r.judged).padStart(8)}${String(r.right).padStart(7)}${(r.judged ? r.precision.toFixed(3) : '—').padStart(11)}  ${r.unjudged}${mark}`);
  }
}
