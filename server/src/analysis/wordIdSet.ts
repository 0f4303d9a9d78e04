// A set of word ids (wordTable.ts) or other small keys, asked about once per token:
// membership is a typed-array read instead of a Map lookup by the word's string. The
// array is shared by the sets of one pool (one per purpose), each set marking its members
// with its own stamp, so no set allocates or clears an array as long as the vocabulary.
// Only the newest set of a pool owns the array; an older set that is still asked answers
// from its own Set.

export class WordIdPool {
  stamps = new Int32Array(4096);
  last = 0;
}

export class WordIdSet {
  private readonly stamp: number;
  /** The members again, for when a newer set of the pool owns the array (adds are rare, asks are not). */
  private readonly members = new Set<number>();

  constructor(private readonly pool: WordIdPool) {
    this.stamp = ++pool.last;
  }

  add(id: number): void {
    this.members.add(id);
    const pool = this.pool;
    if (pool.last !== this.stamp) return;
    pool.stamps = withRoomFor(pool.stamps, id);
    pool.stamps[id] = this.stamp;
  }

  has(id: number): boolean {
    const pool = this.pool;
    if (pool.last !== this.stamp) return this.members.has(id);
    return id < pool.stamps.length && pool.stamps[id] === this.stamp;
  }
}

/** `stamps`, or a copy at least twice as long when id is past its end (a pool's array grows with the vocabulary). */
export function withRoomFor(stamps: Int32Array<ArrayBuffer>, id: number): Int32Array<ArrayBuffer> {
  if (id < stamps.length) return stamps;
  const bigger = new Int32Array(Math.max(id + 1, stamps.length * 2));
  bigger.set(stamps);
  return bigger;
}
