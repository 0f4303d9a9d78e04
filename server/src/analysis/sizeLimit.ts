// A size guard for callers that must stay responsive (the editor): past a limit the
// text is not analysed and one finding says so, with the size and what to do instead.
// The command line sets no limit and analyses any size.

import { raise } from './rules/registry';
import { tooLarge, tooLargeDraft } from './rules/too-large';
import type { Finding } from './types';

/** UTF-8 length of a text, without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The finding for a text over `maxBytes`, or null when it is within the limit. */
export function tooLargeFinding(text: string, maxBytes: number): Finding | null {
  // Two bytes a character at most for Arabic text: only a text near the limit is measured exactly.
  if (text.length * 3 <= maxBytes) return null;
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return null;
  return raise(tooLarge, tooLargeDraft(text, bytes, maxBytes));
}
