// The items that lie inside a span, from a list sorted by start: a binary search and a
// short walk, so per-section lookups on a long article stay linear overall.

import { workMeter, type Span } from '../analysis';

export function within<T>(sorted: T[], span: Span, spanOf: (item: T) => Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  workMeter.steps++; // the binary search, as one step
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(sorted[mid]).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && spanOf(sorted[i]).start < span.end; i++) {
    workMeter.steps++;
    if (spanOf(sorted[i]).end <= span.end) out.push(sorted[i]);
  }
  return out;
}
