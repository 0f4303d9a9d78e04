// A size guard for callers that must stay responsive (the editor): past a limit the
// text is not analysed and one finding says so, with the size and what to do instead.
// The command line sets no limit and analyses any size.

import { DEFAULT_SEVERITIES } from './findings';
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

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** The finding for a text over `maxBytes`, or null when it is within the limit. */
export function tooLargeFinding(text: string, maxBytes: number): Finding | null {
  // Two bytes a character at most for Arabic text: only a text near the limit is measured exactly.
  if (text.length * 3 <= maxBytes) return null;
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return null;
  return {
    code: 'too-large',
    severity: DEFAULT_SEVERITIES['too-large'],
    span: { start: 0, end: Math.min(text.length, 1) },
    message: `This article is too large to analyse in the editor: ${megabytes(bytes)} (the limit is ${megabytes(maxBytes)}). Run "press-review analyze" on the file from a terminal.`,
    messageAr: `المقال أكبر من أن يُحلَّل في المحرر: ${megabytes(bytes)} (الحد ${megabytes(maxBytes)}). حلّل الملف بالأمر press-review analyze من الطرفية.`,
    related: [],
    fixes: [],
  };
}
