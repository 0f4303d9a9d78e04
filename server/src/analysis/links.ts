// Web addresses written in the article (source links, "copy the link" leftovers), so an
// editor can make them clickable. Only http(s) and www. addresses count.

import type { Link } from './types';

/** An address ends at a space, a quote mark or a bracket; a trailing stop or comma is punctuation. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s"'«»“”‘’<>()[\]{}]+/gi;
// Tried only where a run of punctuation starts: at every position, a long run of dots costs its square.
const TRAILING_PUNCTUATION = /(?<![.,;:!?،؛؟…])[.,;:!?،؛؟…]+$/u;

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const written = m[0].replace(TRAILING_PUNCTUATION, '');
    if (written.length < 8) continue;
    const start = m.index!;
    out.push({ start, end: start + written.length, text: written, target: /^www\./i.test(written) ? `https://${written}` : written });
  }
  return out;
}
