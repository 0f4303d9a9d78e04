// What the workspace index keeps of an article (lsp/keptReport.ts) and how the settings
// apply to it when it is read (report/reviewedArticle.ts): the report of one analysis made
// as if the folder followed the source-line convention gives, for every rule setting and
// either convention, what an analysis made with those settings gives.

import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { analyze, configureFindings, type Analysis, type RuleSettings, type SourceLineExpectation } from '../../server/src/analysis';
import { keepReports, readKeptReport, reportBytes, type KeptReport } from '../../server/src/lsp/keptReport';
import { toJsonReport } from '../../server/src/report/jsonReport';
import { reviewReport } from '../../server/src/report/reviewedArticle';
import { seed, seedFiles } from '../support/article';
import { sharedObject } from '../support/sharedObject';

/** One report kept alone, as the main thread's own indexing keeps it (indexFile → keepAll). */
const keepReport = (file: string, a: Analysis): KeptReport => keepReports([reportBytes(file, a)])[0];

// An unbalanced quote, no source line: missing-source where the convention holds.
const ARTICLE = 'عنوان المقال\n\nقال الوزير "هذا تصريح طويل بما يكفي للحكم عليه". وأضاف "نص آخر بلا إغلاق\n';
const FILE = '/desk/article.article';

describe('the report the index keeps', () => {
  it('reads back as the JSON report of the analysis, and takes a fraction of its text', () => {
    for (const f of seedFiles()) {
      const a = analyze(seed(f.slice(0, 3)), { sourceLine: 'always' });
      const kept = keepReport(FILE, a);
      assert.deepEqual(readKeptReport(kept), toJsonReport(FILE, a), f);
      assert.ok(kept.group.byteLength < JSON.stringify(toJsonReport(FILE, a)).length / 2, `${f}: ${kept.group.byteLength} bytes`);
    }
  });

  it('reads back exactly what the JSON text of the report parses to: no undefined, no -0, no object reached twice', () => {
    // V8's format keeps what JSON would drop or change; a real report has none of it.
    for (const f of seedFiles()) {
      const a = analyze(seed(f.slice(0, 3)), { sourceLine: 'always' });
      const read = readKeptReport(keepReport(FILE, a));
      assert.deepStrictEqual(read, JSON.parse(JSON.stringify(toJsonReport(FILE, a))), f);
      assert.equal(sharedObject(read), null, f);
    }
  });

  it('would see a report that JSON could not give back', () => {
    // The checks above can fail: each of these reads back unlike its JSON text.
    for (const odd of [{ role: undefined }, { column: -0 }, ((x) => ({ a: x, b: x }))({ line: 1 })]) {
      const read = deserialize(serialize(odd)) as object;
      const same = isDeepStrictEqual(read, JSON.parse(JSON.stringify(odd))) && sharedObject(read) === null;
      assert.ok(!same, JSON.stringify(odd));
    }
  });

  it('keeps the reports of one worker message in one group, and each reads back as its own', () => {
    const files = seedFiles().slice(0, 5);
    const analyses = files.map((f) => analyze(seed(f.slice(0, 3)), { sourceLine: 'always' }));
    const kept = keepReports(analyses.map((a, i) => reportBytes(`/desk/${i}.article`, a)));
    assert.equal(new Set(kept.map((k) => k.group)).size, 1);
    // Read out of order: each report is found by its line, whatever was read before it.
    for (const i of [3, 0, 4, 1, 2]) assert.deepEqual(readKeptReport(kept[i]), toJsonReport(`/desk/${i}.article`, analyses[i]), files[i]);
    // Together they are smaller than kept one by one (their keys and names recur).
    const alone = analyses.reduce((n, a, i) => n + keepReport(`/desk/${i}.article`, a).group.byteLength, 0);
    assert.ok(kept[0].group.byteLength < alone, `${kept[0].group.byteLength} against ${alone} bytes`);
  });

  it('reads a report whose text has line breaks and line separators inside its strings', () => {
    const a = analyze('عنوان\n\nقال الوزير "سطر أول\u2028سطر ثان" ثم غادر.\n', { sourceLine: 'always' });
    const kept = keepReports([reportBytes('/desk/a\nb.article', a), reportBytes('/desk/c.article', a)]);
    assert.deepEqual(readKeptReport(kept[1]), toJsonReport('/desk/c.article', a));
    assert.deepEqual(readKeptReport(kept[0]), toJsonReport('/desk/a\nb.article', a));
  });

  const settings: { rules: RuleSettings; sourceLine: SourceLineExpectation }[] = [
    { rules: {}, sourceLine: 'always' },
    { rules: {}, sourceLine: 'never' },
    { rules: { 'unbalanced-quote': 'off', 'missing-source': 'error' }, sourceLine: 'always' },
    { rules: { 'missing-source': 'hint', 'unbalanced-quote': 'information' }, sourceLine: 'never' },
  ];
  for (const s of settings) {
    it(`applies rules ${JSON.stringify(s.rules)} and the convention "${s.sourceLine}" as an analysis with them would`, () => {
      const kept = readKeptReport(keepReport(FILE, analyze(ARTICLE, { sourceLine: 'always' })));
      const fresh = analyze(ARTICLE, { sourceLine: s.sourceLine });
      const expected = toJsonReport(FILE, { ...fresh, findings: configureFindings(fresh.findings, s.rules) });
      assert.deepEqual(reviewReport('file:///desk/article.article', kept, s).report, expected);
    });
  }

  it('holds only its own bytes, not the 16 KB chunk the compressor wrote them into (10,000 articles were 160 MB more)', () => {
    const kept = keepReport('a.article', analyze(seed('000')));
    assert.equal(kept.group.buffer.byteLength, kept.group.byteLength);
  });

  it('knows the article has findings to drop (the cases above are not empty)', () => {
    const codes = analyze(ARTICLE, { sourceLine: 'always' }).findings.map((f) => f.code);
    assert.ok(codes.includes('missing-source') && codes.includes('unbalanced-quote'), codes.join(', '));
  });
});
