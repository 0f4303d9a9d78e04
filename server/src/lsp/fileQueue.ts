// The files waiting to be indexed, first in first out, each at most once. A Set alone
// cannot be the queue: taking its first entry (`values().next()`) after deleting the
// ones before it walks over every deleted slot until the table is rebuilt, so draining
// n files cost O(n²) (10,000 files 64 ms of the main thread, 160,000 files 7.5 s). Here an
// array with a read position gives the order, a Set the membership, and the array drops
// its read part once that is half of it, so each file costs O(1) and the queue holds at
// most twice the files waiting.

export class FileQueue {
  private items: string[] = [];
  private head = 0;
  private readonly members = new Set<string>();

  get size(): number {
    return this.members.size;
  }

  /** Slots the array holds, read ones included (for the tests: at most twice `size`, plus a few). */
  get slots(): number {
    return this.items.length;
  }

  has(file: string): boolean {
    return this.members.has(file);
  }

  /** Queues a file unless it is waiting already; whether it was added. */
  add(file: string): boolean {
    if (this.members.has(file)) return false;
    this.members.add(file);
    this.items.push(file);
    return true;
  }

  /** The file that has waited longest, taken off the queue. */
  shift(): string | undefined {
    if (this.head >= this.items.length) return undefined;
    const file = this.items[this.head++];
    this.members.delete(file);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      // Drop the read half: each slot is copied at most once per time the array halves.
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return file;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.members.clear();
  }
}
