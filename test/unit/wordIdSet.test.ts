// Word-id sets share one stamped array per pool; a set that a newer one has displaced
// must still answer right (from its own members), and sets never see each other's ids.

import { strict as assert } from 'node:assert';
import { WordIdPool, WordIdSet } from '../../server/src/analysis/wordIdSet';

describe('word-id sets', () => {
  it('answers membership, grows past its first array, and keeps sets apart', () => {
    const pool = new WordIdPool();
    const a = new WordIdSet(pool);
    a.add(3);
    a.add(100_000);
    assert.ok(a.has(3) && a.has(100_000));
    assert.ok(!a.has(4) && !a.has(99_999) && !a.has(1_000_000));
    const b = new WordIdSet(pool);
    // b owns the array now: a's marks are no members of b, and a still answers from its own list.
    assert.ok(!b.has(3));
    b.add(4);
    assert.ok(b.has(4) && !b.has(100_000));
    assert.ok(a.has(3) && a.has(100_000) && !a.has(4));
    a.add(7);
    assert.ok(a.has(7) && !b.has(7));
  });
});
