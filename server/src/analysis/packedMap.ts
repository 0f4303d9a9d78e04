// Array.prototype.map for the arrays the analysis hands from one pass to the next.
// V8's optimizing compiler inlines `xs.map(f)` and makes its result a holey array, while
// the interpreter makes a packed one: the same line hands out arrays of two shapes
// depending on whether its function was optimized yet. Code that read the packed ones and
// was optimized first then meets a holey one and throws its machine code away ("wrong
// map"), and attribute() alone cost a second of compilation each time (index workers
// recompiled it five times in 3,000 articles; docs/performance.md, session 10). An array
// filled by push from one literal has one shape whichever tier runs it, empty ones too
// once the literal's allocation site has seen an object.

/** `xs.map(f)`, as an array of one shape in every tier. */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
