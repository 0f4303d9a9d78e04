// The straight quote marks of one line read ahead: how many of those after a mark are
// left to close quotes opened before it, once the marks that look like openers have taken
// their closers. Read once per line, right to left, and only for lines that need it, so
// asking at each mark as the line is read left to right stays linear in the line.

import { workMeter } from './workMeter';

export class StraightMarksAhead {
  private line = -1;
  /** Whether the line holds an even number of straight marks. */
  private even = false;
  /** Offsets of the line's straight marks, in order. */
  private marks: number[] = [];
  /** For each mark, the closers after it that no opener after it takes. */
  private free: number[] = [];
  /** Index of the first mark at or after the last offset asked about. */
  private next = 0;

  /**
   * How many straight marks after `at` on its line are left to close quotes opened before
   * it, or -1 when the line holds an odd number of straight marks (then they cannot all
   * pair, whichever way). `side` reads a mark as an opener (+1), a closer (-1) or neither (0).
   */
  freeClosersAfter(norm: string, line: number, floor: number, ceil: number, at: number, side: (norm: string, at: number, floor: number, ceil: number) => number): number {
    if (line !== this.line) this.read(norm, line, floor, ceil, side);
    if (!this.even) return -1;
    while (this.next < this.marks.length && this.marks[this.next] < at) this.next++;
    return this.next < this.marks.length ? this.free[this.next] : 0;
  }

  private read(norm: string, line: number, floor: number, ceil: number, side: (norm: string, at: number, floor: number, ceil: number) => number): void {
    this.line = line;
    this.marks.length = 0;
    this.free.length = 0;
    this.next = 0;
    for (let j = norm.indexOf('"', floor); j >= 0 && j < ceil; j = norm.indexOf('"', j + 1)) this.marks.push(j);
    workMeter.steps += ceil - floor;
    this.even = this.marks.length % 2 === 0;
    if (!this.even) return;
    // A mark that could close (not an opener by its spacing) waits for an opener before it.
    let waiting = 0;
    for (let m = this.marks.length - 1; m >= 0; m--) {
      this.free[m] = waiting;
      if (side(norm, this.marks[m], floor, ceil) !== 1) waiting++;
      else if (waiting > 0) waiting--;
    }
  }
}
