// The work meter (server/src/analysis/workMeter.ts) and the counted-growth check built on
// it (test/support/scaling.ts) tell linear work from quadratic work, and the analysis
// really counts its steps: the linear-time proof rests on both.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { stepsOf, workMeter } from '../../server/src/analysis/workMeter';
import { WORK_BOUND, workGrowth } from '../support/scaling';

/** One step per element: linear. */
function linearWalk(items: number[]): number {
  let sum = 0;
  for (const x of items) {
    workMeter.steps++;
    sum += x;
  }
  return sum;
}

/** Each element looks back at every earlier one, as an unbounded backward search does: quadratic. */
function quadraticWalk(items: number[]): number {
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let k = i - 1; k >= 0; k--) {
      workMeter.steps++;
      if (items[k] > items[i]) pairs++;
    }
  }
  return pairs;
}

/** A backward search bounded to 30 elements, as the analysis's looks are: linear. */
function boundedLookBack(items: number[]): number {
  let found = 0;
  for (let i = 0; i < items.length; i++) {
    for (let k = i - 1; k >= 0 && i - k <= 30; k--) {
      workMeter.steps++;
      if (items[k] === items[i]) found++;
    }
  }
  return found;
}

const numbers = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 7919) % 1000);

describe('work meter', () => {
  it('counts the steps of the work it is given, and only those', () => {
    assert.equal(stepsOf(() => linearWalk(numbers(1000))), 1000);
    assert.equal(stepsOf(() => quadraticWalk(numbers(100))), (100 * 99) / 2);
    assert.equal(stepsOf(() => undefined), 0);
  });

  it('passes linear work and bounded looks back', () => {
    const linear = workGrowth(numbers, 1000, linearWalk);
    assert.ok(linear.ok, `${linear.ratio}`);
    assert.equal(linear.ratio, 16);
    // 30 steps back at most, once the list is longer than that.
    const bounded = workGrowth(numbers, 1000, boundedLookBack);
    assert.ok(bounded.ok && bounded.ratio < 17, `${bounded.ratio}`);
  });

  it('fails quadratic work, far over the bound', () => {
    const g = workGrowth(numbers, 200, quadraticWalk);
    assert.equal(g.ok, false);
    assert.ok(g.ratio > 12 * WORK_BOUND, `${g.ratio}`); // about 256
  });

  it('fails work that counts nothing (a meter nobody increments proves nothing)', () => {
    assert.equal(workGrowth(numbers, 100, (items) => items.length).ok, false);
  });

  it('is fed by the analysis: tokens, characters and quote marks all count', () => {
    const plain = stepsOf(() => analyze('قال وزير الخارجية إن المحادثات مستمرة.'));
    assert.ok(plain > 0, 'an analysis counts steps');
    // The same words with quote marks around them cost more steps: marks are counted too.
    const quoted = stepsOf(() => analyze('قال وزير الخارجية: "إن المحادثات مستمرة".'));
    assert.ok(quoted > plain, `${quoted} steps with a quote, ${plain} without`);
    // Once its words are known to the process, the same text costs the same steps.
    const again = stepsOf(() => analyze('قال وزير الخارجية: "إن المحادثات مستمرة".'));
    assert.equal(stepsOf(() => analyze('قال وزير الخارجية: "إن المحادثات مستمرة".')), again);
  });
});
