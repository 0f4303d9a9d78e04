// Output that cannot be built is lost output (issue 15): `--format json` on 200,000
// quote marks died with "RangeError: Invalid string length" having printed nothing, and
// the server's article report for the same 400 KB was an 896 MB answer. Quote text in a
// report now has a budget per article; the CLI prints one article at a time.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { MAX_QUOTE_TEXT, quoteTextBudget, toJsonReport } from '../../server/src/report/jsonReport';
import { runCli } from '../support/cli';

describe('bounded JSON output', function () {
  this.timeout(120_000);

  it('keeps the quote text of 50,000 nested quote marks within a budget, inner quotes whole', () => {
    // Without the budget: 50,000 quotes of up to 2,000 characters, 100 million in all.
    const text = '«'.repeat(50_000);
    const report = toJsonReport('marks.txt', analyze(text));
    const total = report.quotes.reduce((n, q) => n + q.text.length, 0);
    assert.ok(report.quotes.length >= 1000, `${report.quotes.length} quotes`);
    assert.ok(total <= quoteTextBudget(text.length), `${total} characters of quote text`);
    assert.ok(report.quotes.every((q) => q.text.length <= MAX_QUOTE_TEXT));
    assert.ok(report.quotes.some((q) => q.textTruncated));
    const innermost = report.quotes.reduce((a, b) => (b.endColumn - b.column < a.endColumn - a.column ? b : a));
    assert.ok(!innermost.textTruncated, 'the shortest quotes keep their text');
  });

  it('leaves the quotes of ordinary articles whole', () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف: «نحن مستعدون للحوار مع جميع الأطراف».\n'.repeat(50);
    const report = toJsonReport('a.txt', analyze(text));
    assert.ok(report.quotes.length >= 50);
    assert.ok(report.quotes.every((q) => !q.textTruncated && q.text.includes('مستعدون')));
  });

  it('prints the JSON of many articles, byte for byte what one JSON.stringify would print', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-json-'));
    fs.writeFileSync(path.join(dir, 'marks.txt'), '«'.repeat(20_000));
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), `قال لافروف: «كلام رقم ${i} هنا».\n`);
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', dir]);
    const parsed = JSON.parse(r.out);
    assert.equal(parsed.length, 4);
    assert.equal(r.out, `${JSON.stringify(parsed, null, 2)}\n`);
    assert.equal((await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', '--stdin-paths'], dir, '')).out, '[]\n');
  });
});
