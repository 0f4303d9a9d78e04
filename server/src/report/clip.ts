// A short one-line preview of a text (hover cards, outline names, the text report).
// Only the start of the text is read, so a preview of a huge quote (10,000 nested quotes
// each hold all the others) costs the same as one of a short quote.

/** Characters read per character shown: room for runs of spaces and line breaks. */
const READ_AHEAD = 8;

/** The text on one line (runs of white space as one space), cut to `max` characters with an ellipsis. */
export function clipText(s: string, max: number): string {
  let from = 0;
  while (from < s.length && /\s/u.test(s[from])) from++;
  const window = s.slice(from, from + max * READ_AHEAD);
  const flat = window.replace(/\s+/gu, ' ').trim();
  const more = from + window.length < s.length;
  return flat.length > max || more ? `${flat.slice(0, max - 1)}…` : flat;
}
