// Regular expressions with Unicode property classes (\p{L}, \p{N}), made on first use.
// V8 checks a regular expression literal each time it parses the code around it (pre-parse,
// full parse, creation), and a \p{…} class costs about a million instructions a check
// (ICU's sets): eleven such literals cost the engine's load and first analysis 18 M instructions.
// esbuild also rewrites some of them as `new RegExp("…")` (its target table), which a
// literal inside a function then evaluates at every call, once per word. A pattern given
// as a string is checked once, when it is first made, and kept.

import { compiledAtOnce } from './regExpTier';

const declared: { source: string; flags: string }[] = [];

/** The expression `new RegExp(source, flags)`, made on the first call and returned after. */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  declared.push({ source, flags });
  let made: RegExp | undefined;
  return () => (made ??= compiledAtOnce(new RegExp(source, flags)));
}

/** Every pattern declared through lazyRegExp by the modules loaded so far (for the regular-expression tests). */
export function lazyPatterns(): RegExp[] {
  return declared.map(({ source, flags }) => new RegExp(source, flags));
}
