// Worst inputs for a regular expression, built the classic way for catastrophic
// backtracking: a prefix that gets the pattern going, a long run of a character some
// quantifier accepts, then a character nothing accepts so the engine must give up and
// try every other split of the run. Prefixes come from real matches of the pattern
// (recorded while analysing articles); run characters from the pattern's own text.

/** A character for each class, escape and literal the pattern's source names. */
export function characters(source: string): string[] {
  const out = new Set<string>([' ', 'ا', '1', '.', '\n', '"']);
  const escape: Record<string, string[]> = { s: [' ', '\u00a0'], S: ['x'], d: ['1'], D: ['x'], w: ['a'], W: [' '], n: ['\n'], t: ['\t'], r: ['\r'] };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[++i];
      if (e === undefined) break;
      if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 2, close);
        for (const x of name.startsWith('N') ? ['1'] : ['ا', 'a']) out.add(x);
        i = close;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        out.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e in escape) for (const x of escape[e]) out.add(x);
      else if (!'bBkc0123456789'.includes(e)) out.add(e);
      continue;
    }
    if (c === '.') out.add('x');
    else if (!'()[]{}|^$*+?-'.includes(c)) out.add(c);
  }
  return [...out];
}

/** Where a recorded match is worth cutting: after each space, and in the middle. */
function cuts(match: string): number[] {
  const at = new Set<number>([Math.floor(match.length / 2), match.length]);
  for (let i = 0; i < match.length && at.size < 6; i++) if (match[i] === ' ') at.add(i + 1);
  return [...at].filter((i) => i > 0);
}

const GIVE_UP = '\u0001';

/** The attack strings for a pattern at size n: each holds a run of about n characters. */
export function attacks(source: string, samples: string[], n: number): string[] {
  const out = new Set<string>();
  for (const c of characters(source)) out.add(c.repeat(n) + GIVE_UP);
  for (const m of samples.slice(0, 3)) {
    out.add(m.repeat(Math.ceil(n / m.length)));
    for (const cut of cuts(m)) {
      const prefix = m.slice(0, cut);
      for (const run of new Set([' ', m[cut] ?? ' ', m[cut - 1]])) out.add(prefix + run.repeat(n) + GIVE_UP);
    }
  }
  return [...out];
}

/** Runs a pattern over an input as the analysis does: every match of a global pattern, else one search. */
export function runPattern(pattern: RegExp, input: string): number {
  const re = new RegExp(pattern.source, pattern.flags.replace('y', ''));
  if (!re.global) return re.exec(input) ? 1 : 0;
  let count = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    count++;
    if (m[0] === '') re.lastIndex++;
  }
  return count;
}
