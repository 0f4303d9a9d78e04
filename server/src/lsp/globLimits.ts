// Bounds for the globs of `pressReview.files`. picomatch turns each glob into a regular
// expression, and a segment with many wildcards (**/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt)
// backtracks through every split of a long file name: it stalled the server for a minute
// (issue 15). With at most MAX_WILDCARDS_PER_SEGMENT wildcards in a segment the work per
// file name is bounded by a small power of its length (at most 255 characters).

export const MAX_GLOBS = 100;
export const MAX_GLOB_LENGTH = 300;
export const MAX_WILDCARDS_PER_SEGMENT = 3;

/** Why a glob is refused, or null when it is within the bounds. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH) return `longer than ${MAX_GLOB_LENGTH} characters`;
  // Extended globs (+(…), *(…), @(…)) nest quantifiers: a pattern of the kind that backtracks.
  if (/[+*@?!]\(/.test(glob)) return 'extended glob patterns such as +(…) are not accepted';
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const wildcards = segment.replace(/\*\*/g, '*').replace(/\\./g, '').match(/[*?]/g)?.length ?? 0;
    if (wildcards > MAX_WILDCARDS_PER_SEGMENT) return `more than ${MAX_WILDCARDS_PER_SEGMENT} wildcards (* or ?) in one path segment ("${segment}")`;
  }
  return null;
}

/** The globs within the bounds (the first MAX_GLOBS of them), and a message for each one refused. */
export function boundedGlobs(globs: string[]): { globs: string[]; refused: string[] } {
  const out: string[] = [];
  const refused: string[] = [];
  for (const glob of globs) {
    const problem = out.length >= MAX_GLOBS ? `more than ${MAX_GLOBS} globs` : globProblem(glob);
    if (problem) refused.push(`pressReview.files: "${glob.slice(0, 80)}" is ignored: ${problem}`);
    else out.push(glob);
  }
  return { globs: out, refused };
}
