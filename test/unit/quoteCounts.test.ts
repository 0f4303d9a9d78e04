// The code lens on an article's title and the status bar count the same quotes the same
// way (server/src/shared/quoteCounts.ts), one from the analysis, one from the JSON report.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { countsTitle } from '../../server/src/lsp/codeLens';
import { toReviewedArticle } from '../../server/src/report/reviewedArticle';
import { quoteCounts } from '../../server/src/shared/quoteCounts';
import { articleStats } from '../../client/src/model/stats';
import { ROOT } from '../support/article';

const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test', 'fixtures', 'articles')];
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt') || f.endsWith('.article')).map((f) => path.join(d, f)));

describe('quote counts: code lens and status bar', () => {
  it('counts statements, terms and titles, speakers and unattributed statements', () => {
    const q = (kind: string, speakerId: string | null) => ({ kind, speakerId });
    assert.deepEqual(quoteCounts([q('statement', 'a'), q('statement', 'a'), q('statement', 'b'), q('statement', null), q('term', null), q('title', null)]), {
      statements: 4,
      termsAndTitles: 2,
      speakers: 2,
      unattributed: 1,
    });
  });

  it('gives the same numbers from the analysis (code lens) and from the report (status bar)', () => {
    assert.ok(files.length >= 10, `articles to compare: ${files.length}`);
    for (const file of files) {
      const a = analyze(fs.readFileSync(file, 'utf8'));
      const stats = articleStats(toReviewedArticle(`file://${file}`, file, a));
      const lens = countsTitle(a.quotes.filter((x) => x.kind === 'statement'));
      const m = /^(\d+) quotes? · (\d+) speakers?(?: · (\d+) unattributed)?$/.exec(lens);
      assert.ok(m, lens);
      assert.deepEqual([Number(m[1]), Number(m[2]), Number(m[3] ?? 0)], [stats.statements, stats.speakers, stats.unattributed], path.basename(file));
      assert.equal(stats.speakers, a.speakers.length, `${path.basename(file)}: every speaker in the report has a statement`);
    }
  });
});
