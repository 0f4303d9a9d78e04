// Bidi isolation for text shown in the workbench's left-to-right rows (tree items, Outline):
// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE lays each piece out in its
// own direction, so an Arabic name reads right to left and a count or an English role
// beside it does not attach to its Arabic letters ("1حسن روحاني").

const FSI = '\u2068';
const PDI = '\u2069';

/** The text as one isolated run (unchanged when empty or already isolated). */
export function isolate(text: string): string {
  return !text || (text.startsWith(FSI) && text.endsWith(PDI)) ? text : `${FSI}${text}${PDI}`;
}

/** Each piece isolated, joined with a separator that belongs to neither. */
export function isolatedParts(parts: (string | null | undefined)[], separator = ' · '): string {
  return parts
    .filter((p): p is string => !!p)
    .map(isolate)
    .join(separator);
}
