// Sorted, non-overlapping ranges with a binary-search membership test, used to ask
// "is this offset inside a quote?" without scanning every quote.

export class RangeSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Ranges must be added in increasing order; a range inside the previous one is skipped. */
  add(start: number, end: number): void {
    const n = this.starts.length;
    if (n && start < this.ends[n - 1]) {
      if (end > this.ends[n - 1]) this.ends[n - 1] = end;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Whether `offset` lies in some range [start, end). */
  has(offset: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < this.ends[found];
  }
}
