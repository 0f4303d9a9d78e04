// How the workspace index writes a report down (lsp/reportCodec.ts): values only, read
// from the analysis in the contract's key order, read back as the report's JSON text
// exactly (toJsonReport); and V8's format for a report the walk cannot write.

import { strict as assert } from 'node:assert';
import { analyze, type Analysis } from '../../server/src/analysis';
import { decodeReport, encodeReport } from '../../server/src/lsp/reportCodec';
import type { JsonReport } from '../../server/src/protocol';
import { MAX_QUOTE_TEXT, toJsonReport } from '../../server/src/report/jsonReport';
import { seed, seedFiles } from '../support/article';

const FILE = '/desk/article.article';
const roundTrip = (a: Analysis, file = FILE): JsonReport => decodeReport(encodeReport(file, a));

describe('the index report codec', () => {
  it('reads every seed report back as the same JSON text, evidence, dates and organizations included', () => {
    let evidence = 0;
    for (const f of seedFiles()) {
      const a = analyze(seed(f.slice(0, 3)), { sourceLine: 'always' });
      const r = toJsonReport(FILE, a);
      evidence += r.quotes.filter((q) => q.evidence).length;
      assert.equal(JSON.stringify(roundTrip(a)), JSON.stringify(r), f);
    }
    assert.ok(evidence > 0);
  });

  it('keeps a cut quote text and its textTruncated key in place', () => {
    const a = analyze(`عنوان\n\nقال الوزير "${'كلمة طويلة '.repeat(300)}" ثم غادر.\n`, { sourceLine: 'always' });
    const r = toJsonReport(FILE, a);
    assert.ok(r.quotes.some((q) => q.textTruncated && q.text.length === MAX_QUOTE_TEXT));
    assert.equal(JSON.stringify(roundTrip(a)), JSON.stringify(r));
  });

  it('keeps strings as they are: empty, a lone surrogate, line breaks, a file name in Arabic', () => {
    const file = '/مجلد/مقال\n.article';
    const a = analyze('عنوان\n\nقال الوزير "سطر\u2028ثان \ud800 بلا زوج" ثم غادر.\n');
    a.speakers.push({ ...a.speakers[0], id: '', name: '\udc00', aliases: ['', 'x'], role: null, knowledgeId: null, quotes: [] });
    const r = toJsonReport(file, a);
    assert.deepStrictEqual(roundTrip(a, file), r);
    assert.equal(JSON.stringify(roundTrip(a, file)), JSON.stringify(r));
  });

  it('keeps a report it cannot write value by value in V8 format, as it was', () => {
    const a = analyze(seed('000'));
    const odd = { ...a, date: 7 as unknown as string };
    const read = roundTrip(odd);
    assert.equal(read.date, 7);
    assert.deepStrictEqual(read, toJsonReport(FILE, odd));
    // The packed form is smaller than V8's for the same report.
    assert.ok(encodeReport(FILE, a).byteLength < encodeReport(FILE, odd).byteLength);
  });

  it('writes reports whose bytes can follow one another in a group (a multiple of four)', () => {
    for (const f of seedFiles().slice(0, 5)) assert.equal(encodeReport(FILE, analyze(seed(f.slice(0, 3)))).byteLength % 4, 0, f);
  });

  it('reads a report from bytes that do not start on a four-byte boundary', () => {
    const bytes = encodeReport(FILE, analyze(seed('001')));
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    assert.deepStrictEqual(decodeReport(shifted.subarray(1)), decodeReport(bytes));
  });
});
