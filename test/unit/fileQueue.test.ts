// The index's queue of files to index (server/src/lsp/fileQueue.ts): first in first out,
// each file once, and linear work to drain however many files wait (a Set's first entry
// after deletes was found by walking the deleted slots: quadratic in the folder). Work is
// counted as the array elements the queue copies, never timed.

import { strict as assert } from 'node:assert';
import { FileQueue } from '../../server/src/lsp/fileQueue';

/** Elements copied by Array.prototype.slice while `fn` runs. */
function copiedBy(fn: () => void): number {
  const proto = Array.prototype as unknown as { slice: (this: unknown[], ...a: number[]) => unknown[] };
  const slice = proto.slice;
  let copied = 0;
  proto.slice = function (this: unknown[], ...args: number[]) {
    const out = slice.apply(this, args);
    copied += out.length;
    return out;
  };
  try {
    fn();
  } finally {
    proto.slice = slice;
  }
  return copied;
}

describe('the index file queue', () => {
  it('hands files out in the order they came, each once while it waits', () => {
    const q = new FileQueue();
    assert.equal(q.add('/a'), true);
    assert.equal(q.add('/b'), true);
    assert.equal(q.add('/a'), false);
    assert.equal(q.size, 2);
    assert.equal(q.shift(), '/a');
    assert.equal(q.has('/a'), false);
    // Taken off the queue, a file can wait again (it changed while being indexed).
    assert.equal(q.add('/a'), true);
    assert.deepEqual([q.shift(), q.shift(), q.shift()], ['/b', '/a', undefined]);
    assert.equal(q.size, 0);
  });

  it('forgets every waiting file when cleared', () => {
    const q = new FileQueue();
    for (let i = 0; i < 5000; i++) q.add(`/f${i}`);
    for (let i = 0; i < 2000; i++) q.shift();
    q.clear();
    assert.equal(q.size, 0);
    assert.equal(q.shift(), undefined);
    assert.equal(q.add('/f4000'), true);
    assert.equal(q.shift(), '/f4000');
  });

  it('drains n files with work linear in n and holds at most twice the waiting files', () => {
    const drain = (n: number): number => {
      const q = new FileQueue();
      let maxOver = 0;
      const copied = copiedBy(() => {
        // Files keep coming while others are taken, as while a folder is still listed.
        for (let i = 0; i < n; i++) {
          q.add(`/folder/${i}.txt`);
          if (i % 3 === 0) q.shift();
          maxOver = Math.max(maxOver, q.slots - 2 * q.size);
        }
        let expected = Math.ceil(n / 3);
        for (let f = q.shift(); f !== undefined; f = q.shift()) {
          assert.equal(f, `/folder/${expected++}.txt`);
          maxOver = Math.max(maxOver, q.slots - 2 * q.size);
        }
        assert.equal(expected, n);
      });
      assert.ok(maxOver <= 1024, `the queue held ${maxOver} slots more than twice its files`);
      return copied;
    };
    // Each file is copied at most about once in all (the array halves between copies): linear in n.
    for (const n of [5_000, 50_000]) {
      const copied = drain(n);
      assert.ok(copied <= n, `${copied} copies for ${n} files`);
    }
  });
});
