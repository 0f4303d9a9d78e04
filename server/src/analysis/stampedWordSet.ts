// Sets of word ids (wordTable.ts) that are emptied all at once, often: the people scan's
// words known to start nothing, kept until a name it learns could change that. A set is
// one stamp in an array shared by the sets of its pool: a word is in the set while its
// slot holds the set's stamp, and emptying the set is taking a new stamp, not clearing an
// array as long as the vocabulary (nor allocating one per article).
//
// Sets of one pool may live side by side: each stamp is taken once, so one set's members
// never read as another's; a word another set stamped since is only missing from this one
// (these sets keep answers that can be computed again, never facts).

import { withRoomFor } from './wordIdSet';

export class StampPool {
  stamps = new Int32Array(4096);
  last = 0;
  /** Counts the times the stamps started over (MAX_STAMP): a stamp of an older round is no stamp. */
  round = 0;
}

/** Past this, a pool's stamps start over (a long-running server takes many). */
const MAX_STAMP = 0x3fffffff;

export class StampedWordSet {
  /** No slot holds -1: the set is empty until its first clear(). */
  private stamp = -1;
  private round = -1;

  constructor(private readonly pool: StampPool) {}

  /** Empties the set. */
  clear(): void {
    const pool = this.pool;
    if (pool.last >= MAX_STAMP) {
      pool.stamps.fill(0);
      pool.last = 0;
      pool.round++;
    }
    this.stamp = ++pool.last;
    this.round = pool.round;
  }

  has(id: number): boolean {
    const pool = this.pool;
    return id < pool.stamps.length && pool.stamps[id] === this.stamp && pool.round === this.round;
  }

  add(id: number): void {
    const pool = this.pool;
    if (pool.round !== this.round) this.clear();
    pool.stamps = withRoomFor(pool.stamps, id);
    pool.stamps[id] = this.stamp;
  }

  delete(id: number): void {
    const pool = this.pool;
    if (id < pool.stamps.length && pool.stamps[id] === this.stamp) pool.stamps[id] = 0;
  }
}
