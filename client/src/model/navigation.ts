// "Go to Next / Previous Unattributed Quote": where the statements nobody is named for
// are, and which one comes after (or before) the cursor, wrapping around the article
// as "Go to Next Problem" does.

import type { ReviewedArticle } from '../../../server/src/protocol';
import { comparePoints, quoteLocation, type Location, type Point } from './locations';

export function unattributedLocations(article: ReviewedArticle): Location[] {
  return article.report.quotes
    .filter((q) => q.kind === 'statement' && !q.speakerId)
    .map((q) => quoteLocation(article.uri, q))
    .sort((a, b) => comparePoints(a.start, b.start));
}

/**
 * The target after the cursor (strictly after, so repeating the command moves on), or
 * before it; wraps to the first (last) one. undefined when there are none.
 */
export function nextLocation(targets: Location[], cursor: Point, direction: 'next' | 'previous'): Location | undefined {
  if (!targets.length) return undefined;
  if (direction === 'next') return targets.find((t) => comparePoints(t.start, cursor) > 0) ?? targets[0];
  return [...targets].reverse().find((t) => comparePoints(t.start, cursor) < 0) ?? targets[targets.length - 1];
}
