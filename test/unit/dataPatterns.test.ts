// Every regular expression in the knowledge data files runs in time linear in its input.
// Checked with recheck (a ReDoS checker): it builds attack strings from the pattern's own
// character classes, with a suffix that cannot match, and counts the backtracking steps
// in its own matcher, so the verdict is a count, never a timing, and does not flake on a
// busy machine. A pattern added to any file under server/src/knowledge/ is found here.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import { ROOT } from '../support/article';
import { recheckVerdict } from '../support/recheck';

const KNOWLEDGE = path.join(ROOT, 'server', 'src', 'knowledge');

/** Every string under a key named "pattern" in a parsed JSON value, with its JSON path. */
function patternsIn(value: unknown, at: string): { at: string; source: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => patternsIn(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'pattern' && typeof v === 'string' ? [{ at: `${at}.${k}`, source: v }] : patternsIn(v, `${at}.${k}`)));
}

const dataPatterns = fs
  .readdirSync(KNOWLEDGE)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => patternsIn(JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, f), 'utf8')), f));

const verdict = (source: string) => recheckVerdict(source, 'u');

describe('regular expressions in the knowledge data files', function () {
  this.timeout(600_000);

  it('finds the page-chrome patterns (the only patterns in the data today)', () => {
    assert.ok(dataPatterns.length >= builtinKnowledge().chrome.length, `${dataPatterns.length} patterns found`);
    for (const c of builtinKnowledge().chrome) assert.ok(dataPatterns.some((p) => new RegExp(p.source, 'u').source === c.re.source), c.id);
  });

  it('tells a backtracking pattern apart (the timestamp-line of issue 15 that froze the server)', () => {
    const old = String.raw`^(?:نشر في|تاريخ النشر|اخر تحديث|تم التحديث|محدث في|updated|published)\s*[:：]?\s*\d[\d\s/:.,-]*(?:\S+\s*){0,6}$`;
    assert.equal(verdict(old).status, 'vulnerable');
  });

  it('has no pattern that backtracks more than linearly', () => {
    const bad = dataPatterns.flatMap(({ at, source }) => {
      const v = verdict(source);
      return v.status === 'safe' ? [] : [`${at}: ${v.status}${v.status === 'vulnerable' ? ` (${v.complexity.summary}; attack ${v.attack.pattern})` : ''}`];
    });
    assert.deepEqual(bad, []);
  });

  it('still reads a publication time as page chrome, and a scraped line with a long link in a moment', () => {
    const timestampLine = builtinKnowledge().chrome.find((c) => c.id === 'timestamp-line')!.re;
    for (const line of ['نُشر في: 14/01/2022 10:30', 'آخر تحديث 14 يناير 2022 - 18:45 بتوقيت مكة', 'Updated: 2022-01-14 10:30 GMT'])
      assert.ok(timestampLine.test(normalizeForMatch(line).trim()), line);
    // The issue's reproduction: this line took 78 s before; a freeze here ends the test run.
    const scraped = `نُشر في 14/01/2022 https://example.com/${'a'.repeat(80)}/x.html عبر موقع روسيا اليوم باللغة العربية`;
    assert.ok(!timestampLine.test(normalizeForMatch(scraped).trim()));
    assert.equal(analyze(scraped).text, scraped);
  });
});
