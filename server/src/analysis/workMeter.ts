// A count of the steps the analysis's loops take, for tests that prove linear time by
// counting work instead of timing it (a timed ratio flakes on a loaded machine; a count
// is the same on any machine). The loops that walk the text add one per token read, per
// character scanned, per quote mark, per candidate visited in a backward or forward
// search, per regular-expression match. One integer in the process: an increment costs
// nothing measurable, and nothing in the analysis ever reads it.

/** Steps taken since the process started (tests read it before and after some work). */
export const workMeter = { steps: 0 };

/** The steps `work` takes (the meter is process-wide: nothing else may analyse meanwhile). */
export function stepsOf(work: () => unknown): number {
  const before = workMeter.steps;
  work();
  return workMeter.steps - before;
}
