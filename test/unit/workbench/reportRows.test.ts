// The quote report lists every quote of the article or folder; the reader filters it by
// speaker (across articles) and by kind.

import { strict as assert } from 'node:assert';
import { ALL, filterRows, reportRows, shortFileName, speakerOptions, UNATTRIBUTED, validFilter } from '../../../client/src/model/reportRows';
import { relative, reviewed, reviewedSeeds } from '../../support/reviewed';

describe('quote report rows', () => {
  const articles = reviewedSeeds();
  const rows = reportRows(articles, relative);

  it('has one row per quote, in the order of the text, with the columns of the table', () => {
    assert.equal(rows.length, articles.reduce((n, a) => n + a.report.quotes.length, 0));
    rows.forEach((r, i) => assert.equal(r.id, i, 'the id is the row index the webview sends back'));
    const first = articles[0].report.quotes[0];
    assert.deepEqual(
      { file: rows[0].file, line: rows[0].line, kind: rows[0].kind, speaker: rows[0].speaker, cue: rows[0].cue, text: rows[0].text },
      { file: relative(articles[0]), line: first.line, kind: first.kind, speaker: first.speaker, cue: first.cue, text: first.text },
    );
  });

  it('names each file by its short name for the File column, the path kept for the tooltip', () => {
    const nested = reportRows(articles, (a) => `wire/2022/${relative(a)}`);
    assert.equal(nested[0].file, `wire/2022/${relative(articles[0])}`);
    assert.equal(nested[0].fileName, relative(articles[0]).split('/').pop());
    assert.equal(shortFileName('a\\b\\c.txt'), 'c.txt');
    assert.equal(shortFileName('c.txt'), 'c.txt');
  });

  it('filters by a speaker across articles', () => {
    const lavrov = speakerOptions(rows).find((o) => o.label === 'سيرغي لافروف')!;
    const shown = filterRows(rows, { speaker: lavrov.value, kind: ALL });
    assert.equal(shown.length, lavrov.count);
    assert.ok(new Set(shown.map((r) => r.uri)).size >= 2, 'from more than one article');
    assert.ok(shown.every((r) => r.speaker === 'سيرغي لافروف'));
  });

  it('filters by kind, and by both', () => {
    const terms = filterRows(rows, { speaker: ALL, kind: 'term' });
    assert.ok(terms.length > 0);
    assert.ok(terms.every((r) => r.kind === 'term'));
    const key = speakerOptions(rows)[0].value;
    assert.deepEqual(filterRows(rows, { speaker: key, kind: 'term' }), [], 'terms have no speaker');
    assert.deepEqual(filterRows(rows, { speaker: ALL, kind: ALL }), rows);
  });

  it('offers the speakers most quoted first, and the unattributed statements when there are some', () => {
    const options = speakerOptions(rows);
    assert.deepEqual(options.map((o) => o.count), [...options.map((o) => o.count)].sort((a, b) => b - a));
    assert.ok(!options.some((o) => o.value === UNATTRIBUTED), 'the seeds attribute every statement');
    const desk = reportRows([reviewed('desk.article', 'عنوان\n\n"هذا التصريح الطويل لم ينسب لأحد في النص".')], relative);
    const unattributed = speakerOptions(desk).find((o) => o.value === UNATTRIBUTED);
    assert.equal(unattributed?.count, 1);
    assert.deepEqual(filterRows(desk, { speaker: UNATTRIBUTED, kind: ALL }).map((r) => r.text), ['هذا التصريح الطويل لم ينسب لأحد في النص']);
  });

  it('forgets a saved filter whose speaker or kind is no longer in the rows', () => {
    const key = speakerOptions(rows)[0].value;
    assert.deepEqual(validFilter({ speaker: key, kind: 'term' }, rows), { speaker: key, kind: 'term' });
    assert.deepEqual(validFilter({ speaker: 'name:nobody', kind: 'poem' }, rows), { speaker: ALL, kind: ALL });
    assert.deepEqual(validFilter(undefined, rows), { speaker: ALL, kind: ALL });
  });
});
