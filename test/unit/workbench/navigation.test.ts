// "Go to Next / Previous Unattributed Quote" and the status bar's counts.

import { strict as assert } from 'node:assert';
import { nextLocation, unattributedLocations } from '../../../client/src/model/navigation';
import { articleStats, statusDescription, statusText } from '../../../client/src/model/stats';
import { reviewed, reviewedSeeds, textAt } from '../../support/reviewed';

const TEXT = [
  'عنوان الخبر',
  '',
  '"التصريح الأول الطويل الذي لم ينسب لأحد في هذا النص".',
  '',
  'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده "ستواصل العمل مع شركائها في المنطقة".',
  '',
  '"التصريح الثاني الطويل الذي لم ينسب لأحد كذلك".',
].join('\n');

describe('unattributed quote navigation', () => {
  const article = reviewed('desk.article', TEXT);
  const targets = unattributedLocations(article);

  it('finds the statements nobody is named for, in the order of the text', () => {
    assert.deepEqual(
      targets.map((t) => textAt(TEXT, t)),
      ['"التصريح الأول الطويل الذي لم ينسب لأحد في هذا النص"', '"التصريح الثاني الطويل الذي لم ينسب لأحد كذلك"'],
    );
  });

  it('goes to the next one after the cursor, then wraps to the first', () => {
    assert.equal(nextLocation(targets, { line: 0, character: 0 }, 'next'), targets[0]);
    assert.equal(nextLocation(targets, targets[0].start, 'next'), targets[1], 'from the start of one, the next one');
    assert.equal(nextLocation(targets, { line: 4, character: 10 }, 'next'), targets[1]);
    assert.equal(nextLocation(targets, targets[1].start, 'next'), targets[0]);
  });

  it('goes to the previous one before the cursor, then wraps to the last', () => {
    assert.equal(nextLocation(targets, targets[1].start, 'previous'), targets[0]);
    assert.equal(nextLocation(targets, targets[0].start, 'previous'), targets[1]);
    assert.equal(nextLocation(targets, { line: 99, character: 0 }, 'previous'), targets[1]);
  });

  it('has nowhere to go in an article where every statement is attributed', () => {
    const seeds = reviewedSeeds();
    assert.deepEqual(unattributedLocations(seeds[0]), []);
    assert.equal(nextLocation([], { line: 0, character: 0 }, 'next'), undefined);
  });
});

describe('status bar counts', () => {
  it('counts statements, speakers and unattributed statements, terms apart', () => {
    const s = articleStats(reviewed('desk.article', TEXT));
    assert.deepEqual(s, { statements: 3, termsAndTitles: 0, speakers: 1, unattributed: 2 });
    assert.equal(statusText(s), '$(quote) 3 quotes  $(person) 1 speaker  $(warning) 2 unattributed');
    assert.equal(statusDescription(s), 'Press Review: 3 quoted statements, 1 speaker, 2 unattributed statements');
  });

  it('agrees with the report of a seed', () => {
    const [first] = reviewedSeeds();
    const s = articleStats(first);
    assert.equal(s.statements + s.termsAndTitles, first.report.quotes.length);
    assert.equal(s.speakers, first.report.speakers.length);
    assert.equal(s.unattributed, 0);
    assert.match(statusText(s), /\$\(check\) 0 unattributed$/);
  });
});
