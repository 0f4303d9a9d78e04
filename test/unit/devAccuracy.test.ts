// The published dev articles (../shared/corpus/dev) scored in-process with score.py's rules:
// every figure must stay at or above its floor in test/eval/targets.json (and the warning
// counts at or below their ceilings), so a later change cannot slip back unnoticed.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarize, type DevSummary } from '../eval/devScore';
import { scoreDevSet, sharedDir } from '../eval/devSet';
import { devErrors } from '../eval/devErrors';
import { parseDoubts } from '../eval/doubts';
import targets from '../eval/targets.json';
import { ROOT } from '../support/article';

const devDir = path.join(sharedDir(ROOT), 'corpus', 'dev');

describe('scores on the published dev articles', function () {
  let score: ReturnType<typeof scoreDevSet>;
  before(function () {
    // 41 articles take about a second; a loaded machine may take longer than mocha's default 2 s.
    this.timeout(30000);
    if (!fs.existsSync(devDir)) {
      console.log(`    (no dev corpus at ${devDir}; set PRESS_REVIEW_SHARED to the shared folder)`);
      this.skip();
    }
    score = scoreDevSet(devDir);
  });

  it('holds every figure at its target in test/eval/targets.json', () => {
    assert.equal(score.articles.length, 41, 'the 41 dev articles were scored');
    const s: DevSummary = summarize(score.total.all);
    const below = Object.entries(targets.min)
      .filter(([k, floor]) => s[k as keyof DevSummary] < floor)
      .map(([k, floor]) => `${k} ${s[k as keyof DevSummary].toFixed(3)} < ${floor}`);
    const above = Object.entries(targets.max)
      .filter(([k, ceiling]) => s[k as keyof DevSummary] > ceiling)
      .map(([k, ceiling]) => `${k} ${s[k as keyof DevSummary]} > ${ceiling}`);
    assert.deepEqual([...below, ...above], []);
  });

  it('splits the doubtful places off without losing a quote', () => {
    const { total } = score;
    assert.ok(total.doubtful.statements > 0, 'DOUBTS.md lists places with statements');
    assert.equal(total.clean.statements + total.doubtful.statements, total.all.statements);
    assert.equal(total.clean.goldQuotes + total.doubtful.goldQuotes, total.all.goldQuotes);
  });

  it('lists for --errors exactly the quotes the figures count as wrong', function () {
    this.timeout(30000);
    const errors = devErrors(devDir);
    const all = score.total.all;
    const count = (verdict: string): number => errors.filter((e) => e.verdict === verdict).length;
    assert.equal(count('missed'), all.goldQuotes - all.matched);
    assert.equal(count('kind'), all.matched - all.kindRight);
    // A gold statement's speaker is scored whatever kind we gave it: wrong, or missing.
    const matchedStatements = all.statements - errors.filter((e) => e.gold.kind === 'statement' && e.verdict === 'missed').length;
    assert.equal(matchedStatements - count('speaker') - count('noSpeaker'), all.attributionRight);
  });
});

describe('DOUBTS.md parsing', () => {
  it('reads line lists, ranges and adjudicated places, and nothing from settled lists', () => {
    const doubts = parseDoubts(
      [
        '## 01_bbc_economy',
        '- lines 5, 6, 10: speaker is the board.',
        '- line 4/7: merged; lines 18–20 are teasers.',
        '## 02_sky_sport',
        '- organizations only.',
        '## Ambiguous (gold kept)',
        '- 02_sky_sport, L3, `"x"` statement.',
        '## Gold right (81), in brief',
        '- 02_sky_sport: L9 (Johnson).',
      ].join('\n'),
    );
    assert.deepEqual([...(doubts.get('01_bbc_economy') ?? [])].sort((a, b) => a - b), [4, 5, 6, 7, 10, 18, 19, 20]);
    assert.deepEqual([...(doubts.get('02_sky_sport') ?? [])], [3]);
  });
});
