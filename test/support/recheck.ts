// recheck (a ReDoS checker) as the tests use it: it builds attack strings from a pattern's
// own character classes, with a suffix that cannot match, and counts the backtracking steps
// of its own matcher, so the verdict is a count, never a timing. A fixed seed and no time
// limits make it the same on every run: with its default (timed) limits a busy machine cut
// its search short and changed the answer.

import { checkSync, type Diagnostics } from 'recheck';

/** Flags recheck reads: g and y change where a match starts, not how it backtracks. */
const checkedFlags = (flags: string): string => [...flags].filter((f) => f !== 'g' && f !== 'y').join('');

export function recheckVerdict(pattern: RegExp | string, flags = 'u'): Diagnostics {
  const [source, f] = typeof pattern === 'string' ? [pattern, flags] : [pattern.source, checkedFlags(pattern.flags)];
  return checkSync(source, f, { randomSeed: 15, timeout: null, incubationTimeout: null, attackTimeout: null });
}
