// Array.prototype.map for the arrays the analysis hands from one pass to the next.
// V8's optimizing compiler inlines `xs.map(f)` and makes its result a holey array, while
// the interpreter makes a packed one: the same line hands out arrays of two shapes
// depending on whether its function was optimized yet. Code that read the packed ones and
// was optimized first then meets a holey one and throws its machine code away ("wrong
// map"): attribute() alone cost a second of compilation each time, and index workers
// recompiled it five times in 3,000 articles (docs/performance-log.md, session 10). An array
// made at its length and filled by index has one map in every tier (an empty one has its
// own, in every tier too). (Made from an array literal, by push or by setting its length,
// the shapes agree as well, but the folder bench ran 6-7 % slower: that literal's one
// allocation site serves every caller.)

/** `xs.map(f)`, as an array of one shape whichever tier runs the caller. */
export function sameShapeMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = new Array<U>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i], i);
  return out;
}
