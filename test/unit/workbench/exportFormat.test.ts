// "Export Quotes" writes CSV that spreadsheet tools open with the Arabic intact and every
// field in its column, and JSON in the public report format.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CSV_COLUMNS, csvField, csvRow, quotesCsv, reportsJson, UTF8_BOM } from '../../../client/src/model/exportFormat';
import { relative, reviewed, reviewedSeeds } from '../../support/reviewed';

/** An RFC 4180 reader, to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field, '', 'the file ends with a line break');
  return rows;
}

const TRICKY = [
  'موسكو - تاس',
  '',
  'قال الوزير: "نعم، سنرد بحزم, وبسرعة على أي "استفزاز" يأتي من الخارج".',
  '',
  'وأضاف: "الاجتماع المقبل سيكون في الخامس من مارس\u00a0وسنعلن النتائج =SUM(A1) بعده".',
].join('\n');

describe('export: CSV', () => {
  it('starts with a UTF-8 byte order mark and a header, and ends rows with CRLF', () => {
    const csv = quotesCsv(reviewedSeeds(), relative);
    assert.ok(csv.startsWith(UTF8_BOM));
    assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines[lines.length - 1], '', 'the last row ends with CRLF too');
  });

  it('has one row per quote with the Arabic text, speaker and cue unchanged', () => {
    const articles = reviewedSeeds();
    const rows = parseCsv(quotesCsv(articles, relative).slice(1));
    const quotes = articles.flatMap((a) => a.report.quotes.map((q) => ({ a, q })));
    assert.equal(rows.length - 1, quotes.length);
    rows.slice(1).forEach((row, i) => {
      const { a, q } = quotes[i];
      assert.equal(row.length, CSV_COLUMNS.length, `row ${i + 1} keeps its columns`);
      const field = (name: (typeof CSV_COLUMNS)[number]): string => row[CSV_COLUMNS.indexOf(name)];
      assert.equal(field('file'), relative(a));
      assert.equal(field('line'), String(q.line));
      assert.equal(field('kind'), q.kind);
      assert.equal(field('speaker'), q.speaker ?? '');
      assert.equal(field('cue'), q.cue ?? '');
      assert.equal(field('text'), q.text);
      assert.equal(field('date'), a.report.date ?? '');
    });
  });

  it('quotes fields with commas, quote marks and line breaks, and doubles the quote marks', () => {
    assert.equal(csvField('نعم، لا'), 'نعم، لا', 'the Arabic comma is not a separator');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('قال "لا"'), '"قال ""لا"""');
    assert.equal(csvField('سطر\nسطر'), '"سطر\nسطر"');
    assert.equal(csvField('سطر\r\nسطر'), '"سطر\r\nسطر"');
    assert.equal(csvField(null), '');
    assert.equal(csvField(12), '12');
    const article = reviewed('tricky.article', TRICKY);
    const statement = article.report.quotes.find((q) => q.text.includes('نعم'))!;
    assert.match(statement.text, /,.*"/, 'the test article has a comma and a nested quote mark');
    const rows = parseCsv(quotesCsv([article], relative).slice(1));
    assert.ok(rows.slice(1).some((r) => r[CSV_COLUMNS.indexOf('text')] === statement.text));
  });

  it('reads back every field as written, whatever characters it holds (formula starts, also after ; or a tab, aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (fields) => {
        const safe = fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `x${f}` : f).replace(/([;\t])([=+\-@])/g, '$1x$2'));
        const line = `${safe.map(csvField).join(',')}\r\n`;
        assert.deepEqual(parseCsv(line), [safe]);
      }),
    );
  });

  it('keeps a field that starts like a formula from running as one', () => {
    for (const start of ['=', '+', '-', '@']) assert.equal(csvField(`${start}SUM(A1)`), `'${start}SUM(A1)`);
    assert.equal(csvField('=1,2'), `"'=1,2"`);
    assert.equal(csvField('قال =SUM(A1)'), 'قال =SUM(A1)', 'only the start of a field matters');
  });

  it('keeps a formula after a semicolon or a tab from running in a spreadsheet that splits on them (issue 15)', () => {
    assert.equal(csvField('نعم;=HYPERLINK("http://x")'), `"نعم;'=HYPERLINK(""http://x"")"`);
    assert.equal(csvField('a\t@SUM(A1)'), `"a\t'@SUM(A1)"`);
    assert.equal(csvField('a; b'), '"a; b"', 'a semicolon alone is quoted and kept');
    // Split the way such a spreadsheet does: no cell may start like a formula.
    const row = csvRow(['f.txt', 1, 'قال;=1+1;+2;-3;@4']);
    for (const cell of row.split(/[;\t]/).slice(1)) assert.doesNotMatch(cell, /^[=+\-@]/, row);
  });
});

describe('export: JSON', () => {
  it('is the public report of each article with the path relative to the folder, without a BOM', () => {
    const articles = reviewedSeeds();
    const json = reportsJson(articles, relative);
    assert.ok(!json.startsWith(UTF8_BOM));
    const parsed = JSON.parse(json);
    assert.equal(parsed.length, articles.length);
    parsed.forEach((r: { file: string }, i: number) => {
      assert.equal(r.file, relative(articles[i]));
      assert.deepEqual(r, { ...articles[i].report, file: relative(articles[i]) });
    });
  });

  it('keeps quote marks, commas and line breaks of the text intact', () => {
    const article = reviewed('tricky.article', TRICKY);
    const parsed = JSON.parse(reportsJson([article], relative));
    assert.deepEqual(
      parsed[0].quotes.map((q: { text: string }) => q.text),
      article.report.quotes.map((q) => q.text),
    );
  });
});
