// Article text and file names in the command line's reports (issue 15): escape sequences
// in a title once cleared the terminal and renamed the window; SARIF held raw paths with
// spaces, "#", "%" and line breaks where a URI belongs.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { artifactUri, toSarif } from '../../server/src/report/sarif';
import { toTextReport } from '../../server/src/report/textReport';
import { runCli } from '../support/cli';

const ESC = '\u001b';
const TITLE_ATTACK = `عنوان${ESC}]0;pwned\u0007${ESC}[2J أحمر\u009b2J`;
// Enough ordinary text that a few control characters do not make the file "not text".
const BODY = 'وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي عقده في موسكو اليوم إن بلاده مستعدة للحوار مع جميع الأطراف. '.repeat(12);

describe('text the reports print', () => {
  it('lets no control character of an article reach the terminal in the text report', () => {
    const text = `${TITLE_ATTACK}\n\n${BODY}\n\nقال الوزير: «كلام${ESC}[8m مخفي».\n\nشارك${ESC}[2J\n`;
    const report = toTextReport(`bad${ESC}[2Jname\n.txt`, analyze(text));
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    assert.doesNotMatch(report, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u, JSON.stringify(report));
    assert.match(report, /␛\]0;pwned␇␛\[2J/, 'the sequences stay visible as pictures');
    assert.equal(report.split('\n')[0], '━━ bad␛[2Jname .txt', 'a line break in a name does not forge a report line');
  });

  it('keeps the text report of an ordinary article as it was', () => {
    const report = toTextReport('a.txt', analyze('عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: «نحن مستعدون للحوار».\n'));
    assert.match(report, /◆ سيرغي لافروف/);
    assert.match(report, /«نحن مستعدون للحوار\.?»/);
  });

  it('gives SARIF encoded URIs relative to the folder the run started in', () => {
    assert.equal(artifactUri('news/a b#1%.txt', '/'), 'news/a%20b%231%25.txt');
    assert.equal(artifactUri('line\nbreak.txt', '/'), 'line%0Abreak.txt');
    assert.equal(artifactUri('عربي/خبر.txt', '/'), `${encodeURIComponent('عربي')}/${encodeURIComponent('خبر.txt')}`);
    assert.equal(artifactUri('../up.txt', '/'), '../up.txt');
    const sarif = toSarif([{ file: 'a b#.txt', analysis: analyze('قال: «كلام بلا قائل واضح هنا»') }], '1.0', '/work/news') as {
      runs: { originalUriBaseIds: { SRCROOT: { uri: string } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[];
    };
    const [run] = sarif.runs;
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///work/news/');
    assert.ok(run.results.length > 0);
    for (const r of run.results) assert.deepEqual(r.locations[0].physicalLocation.artifactLocation, { uri: 'a%20b%23.txt', uriBaseId: 'SRCROOT' });
    assert.equal(new URL(run.results[0].locations[0].physicalLocation.artifactLocation.uri, run.originalUriBaseIds.SRCROOT.uri).pathname, '/work/news/a%20b%23.txt');
  });

  it('prints SARIF whose URIs resolve to the files analysed, from the command line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-sarif-'));
    fs.writeFileSync(path.join(dir, 'خبر 100% #1.txt'), 'قال: «كلام بلا قائل واضح هنا»\n');
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'sarif', '.'], dir);
    const run = JSON.parse(r.out).runs[0];
    const location = run.results[0].locations[0].physicalLocation.artifactLocation;
    const resolved = new URL(location.uri, run.originalUriBaseIds[location.uriBaseId].uri);
    assert.equal(fs.realpathSync(decodeURIComponent(resolved.pathname)), fs.realpathSync(path.join(dir, 'خبر 100% #1.txt')));
  });
});
