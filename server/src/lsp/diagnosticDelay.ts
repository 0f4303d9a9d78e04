// How long diagnostics wait after a change. A fixed pause (150 ms) was the whole latency
// of an edit in a small article, whose analysis takes a few milliseconds. The pause now
// follows what analysing that document costs: as long as its last analysis took, at most
// the old 150 ms. A small article is checked almost at once; while someone types in a
// larger one, an analysis starts only after a pause as long as itself, so at most about
// half of the server's time goes to analyses the next keystroke makes stale. Articles
// whose analysis takes longer than 150 ms wait 150 ms, as before, so no edit waits longer
// than it did. At least 1 ms, so that changes that arrive together are analysed once.
//
// A change that arrives before the pause of the previous one is over belongs to a burst
// (a script, a replace-all sent as many edits, a flood from a misbehaving client; a
// person's keystrokes come tens of milliseconds apart, after a small article's pause):
// it waits the full 150 ms, so the burst is analysed once, at its end, instead of at
// every hiccup of the sender longer than a small article's analysis.

export const MIN_DELAY_MS = 1;
export const MAX_DELAY_MS = 150;
/** Before a document's first measured analysis. */
export const FIRST_DELAY_MS = 50;
/** Changes in a row that came while the previous pause was pending, to count as a burst. */
export const BURST_CHANGES = 1;

export class DiagnosticDelay {
  private readonly costs = new Map<string, number>();
  private readonly interrupted = new Map<string, number>();

  /** Records how long the analysis of a document took, in milliseconds. */
  record(uri: string, ms: number): void {
    this.costs.set(uri, ms);
  }

  /**
   * The wait before analysing the document after a change; `pending` tells whether the
   * pause of the previous change was still running when this one came.
   */
  delay(uri: string, pending = false): number {
    const inARow = pending ? (this.interrupted.get(uri) ?? 0) + 1 : 0;
    this.interrupted.set(uri, inARow);
    if (inARow >= BURST_CHANGES) return MAX_DELAY_MS;
    const cost = this.costs.get(uri);
    return cost === undefined ? FIRST_DELAY_MS : Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, Math.round(cost)));
  }

  forget(uri: string): void {
    this.costs.delete(uri);
    this.interrupted.delete(uri);
  }
}
