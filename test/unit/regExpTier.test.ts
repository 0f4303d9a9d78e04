// The chrome and date expressions, and the lazy ones, are compiled to machine code when
// made (analysis/regExpTier.ts): one test on a long subject, which must leave the
// expression as a fresh one (same object, lastIndex 0) and match nothing an article holds.

import { strict as assert } from 'node:assert';
import { builtinKnowledge } from '../../server/src/analysis';
import { calendarPatterns } from '../../server/src/analysis/dates';
import { compiledAtOnce } from '../../server/src/analysis/regExpTier';

describe('compiledAtOnce', () => {
  it('returns the expression itself, its lastIndex back at 0, matching as before', () => {
    const re = /\d+/g;
    assert.equal(compiledAtOnce(re), re);
    assert.equal(re.lastIndex, 0);
    assert.deepEqual('12 و 345'.match(re), ['12', '345']);
    const sticky = compiledAtOnce(/ب/y);
    assert.equal(sticky.lastIndex, 0);
    assert.ok(sticky.test('بيت'));
  });

  it('leaves the knowledge expressions it compiled at 0, so that a first article reads them from its start', () => {
    const k = builtinKnowledge();
    for (const re of [...calendarPatterns(k.calendar), k.anyChrome, k.chromeGate]) if (re) assert.equal(re.lastIndex, 0, re.source.slice(0, 40));
    const date = k.calendar.date.exec('في 12 يناير 2020');
    k.calendar.date.lastIndex = 0;
    assert.deepEqual(date && [date[1], date[2], date[3]], ['12', 'يناير', '2020']);
  });
});
