// The string pools of the index's summaries (server/src/lsp/articleSummary.ts): a search
// key is normalized and copied once per distinct text, and a name that recurs in a
// folder costs a lookup, not a copy (a worker summarizes every article of the folder).

import { strict as assert } from 'node:assert';
import { PassThroughPool, StringPool, searchForm } from '../../server/src/lsp/articleSummary';

/** Calls of Buffer.from (how the pools make their fresh copies) while `fn` runs. */
function copiesIn(fn: () => void): number {
  const from = Buffer.from;
  let calls = 0;
  (Buffer as { from: unknown }).from = (...args: unknown[]) => {
    calls++;
    return (from as (...a: unknown[]) => Buffer)(...args);
  };
  try {
    fn();
  } finally {
    (Buffer as { from: unknown }).from = from;
  }
  return calls;
}

describe('summary string pools', () => {
  for (const make of [() => new PassThroughPool(), () => new StringPool()]) {
    const name = make().constructor.name;
    it(`${name}: copies a search key's text once, then finds it again without copying`, () => {
      const pool = make();
      const parts = ['محمد بن سلمان', 'ولي العهد', null];
      let first = '';
      const once = copiesIn(() => (first = pool.searchKey(parts)));
      assert.equal(first, searchForm(parts));
      assert.ok(once > 0, 'a new text is copied (it may share characters with an article)');
      const again = copiesIn(() => {
        for (let i = 0; i < 100; i++) assert.equal(pool.searchKey([...parts]), first);
      });
      assert.equal(again, 0, `${again} copies for 100 lookups of a known name`);
      assert.notEqual(pool.searchKey(['أحمد']), first);
    });
  }
});
