// How long diagnostics wait after a change. The pause follows what analysing that
// document costs: as long as its last analysis took, at least 1 ms (changes that arrive
// together are analysed once) and at most 20 ms. Long enough that a burst shows (its next
// change comes within the pause); short enough that a single edit, in any article, waits
// for little more than its own analysis (the benchmark's edit-to-diagnostics figures).
// Keystrokes that come while an analysis runs queue up behind it and are read together
// when it ends, so typing makes at most the running analysis stale.
//
// A change that arrives before the pause of the previous one is over belongs to a burst
// (a script, a replace-all sent as many edits, a flood from a misbehaving client; a
// person's keystrokes come tens of milliseconds apart, after a small article's pause):
// it waits the full 150 ms, so the burst is analysed once, at its end, instead of at
// every hiccup of the sender longer than a small article's analysis.

export const MIN_DELAY_MS = 1;
/** The longest pause after a change that follows a quiet moment. */
export const MAX_QUIET_DELAY_MS = 20;
/** The pause of a change inside a burst. */
export const MAX_DELAY_MS = 150;
/** Before a document's first measured analysis. */
export const FIRST_DELAY_MS = MAX_QUIET_DELAY_MS;
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
    return cost === undefined ? FIRST_DELAY_MS : Math.min(MAX_QUIET_DELAY_MS, Math.max(MIN_DELAY_MS, Math.round(cost)));
  }

  forget(uri: string): void {
    this.costs.delete(uri);
    this.interrupted.delete(uri);
  }
}
