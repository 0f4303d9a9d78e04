// A short one-line preview of a text (hover cards, outline names, the text report).
// Only the start of the text is read, so a preview of a huge quote (10,000 nested quotes
// each hold all the others) costs the same as one of a short quote.
//
// A loop over the characters rather than replace(/\s+/gu, ' ').trim(): the outline clips
// every statement of an article twice, and on the 1 MB article (2,579 quotes) the regular
// expression's replace cost 12,000 instructions a quote, a third of documentSymbol's
// (docs/performance-log.md, session 18, the editor). The output is the same.

/** Characters read per character shown: room for runs of spaces and line breaks. */
const READ_AHEAD = 8;

/** JavaScript's white space (\s, what trim() removes): WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text on one line (runs of white space as one space), cut to `max` characters with an ellipsis. */
export function clipText(s: string, max: number): string {
  let from = 0;
  while (from < s.length && isSpace(s.charCodeAt(from))) from++;
  const end = Math.min(s.length, from + max * READ_AHEAD);
  const more = end < s.length;
  // The window's words joined by one space, none at either end, read only until it is
  // longer than max (then it is cut anyway).
  let flat = '';
  for (let i = from; i < end && flat.length <= max; ) {
    let j = i;
    while (j < end && !isSpace(s.charCodeAt(j))) j++;
    flat += s.slice(i, j);
    i = j;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i < end) flat += ' ';
  }
  return flat.length > max || more ? `${flat.slice(0, max - 1)}…` : flat;
}
