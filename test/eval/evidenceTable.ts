// npm run eval -- --evidence: how often each attribution rule and each confidence band is
// right on the dev set (../shared/corpus/dev), the places DOUBTS.md lists counted apart.
// The bands in server/src/analysis/evidence.ts are set from this table; a band means
// something only if weak attributions are right clearly less often than strong ones.

import type { JsonQuote } from '../../server/src/report/jsonReport';
import { scoreReport } from './devScore';
import { analyseDevSet } from './devSet';

export interface RightOf {
  right: number;
  of: number;
}

export interface EvidenceTable {
  byRule: Map<string, { clean: RightOf; doubtful: RightOf }>;
  byConfidence: Map<string, { clean: RightOf; doubtful: RightOf }>;
}

/** Counts right/of per rule and per confidence over the dev set's matched statements that have a speaker. */
export function evidenceTable(devDir: string): EvidenceTable {
  const table: EvidenceTable = { byRule: new Map(), byConfidence: new Map() };
  const count = (into: EvidenceTable['byRule'], key: string, doubtful: boolean, right: boolean): void => {
    const row = into.get(key) ?? { clean: { right: 0, of: 0 }, doubtful: { right: 0, of: 0 } };
    const cell = doubtful ? row.doubtful : row.clean;
    cell.of++;
    if (right) cell.right++;
    into.set(key, row);
  };
  for (const { gold, report, doubtful } of analyseDevSet(devDir)) {
    scoreReport(gold, report, {
      articleLevel: false,
      onAttributed: (q: JsonQuote, right: boolean) => {
        const unsure = doubtful.has(q.line);
        count(table.byRule, q.evidence?.rule ?? '(none)', unsure, right);
        count(table.byConfidence, q.evidence?.confidence ?? '(none)', unsure, right);
      },
    });
  }
  return table;
}

const cell = (c: RightOf): string => (c.of ? `${c.right}/${c.of} ${(c.right / c.of).toFixed(2)}` : '—');

export function printEvidenceTable(t: EvidenceTable): void {
  const print = (title: string, rows: EvidenceTable['byRule']): void => {
    console.log(`\n${title.padEnd(22)}${'clean'.padStart(14)}${'doubtful'.padStart(14)}${'all'.padStart(14)}`);
    for (const [key, r] of [...rows].sort((a, b) => b[1].clean.of + b[1].doubtful.of - (a[1].clean.of + a[1].doubtful.of))) {
      const all = { right: r.clean.right + r.doubtful.right, of: r.clean.of + r.doubtful.of };
      console.log(`${key.padEnd(22)}${cell(r.clean).padStart(14)}${cell(r.doubtful).padStart(14)}${cell(all).padStart(14)}`);
    }
  };
  console.log('dev set: statements given a speaker, right/of (score.py rules)');
  print('rule', t.byRule);
  print('confidence', t.byConfidence);
}
