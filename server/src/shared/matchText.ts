// The character table of normalization for matching (see analysis/normalize.ts for the
// rules and the offset map): diacritics and tatweel removed, alef forms, ى/ي, ة/ه, ؤ/و,
// ئ/ي unified, Arabic-Indic digits as Western digits, odd spaces and bidi marks as
// spaces, CR as LF, Latin lower-cased. Shared because the client matches names the same
// way (client/src/model/knowledgeFile.ts) without bundling the analysis.

/** A character normalization removes. */
export const REMOVE = -1;

/** Per-UTF-16-unit replacement: REMOVE, a replacement code, or the code itself. */
const TABLE: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  const remove = (from: number, to = from): void => {
    for (let c = from; c <= to; c++) t[c] = REMOVE;
  };
  const map = (chars: string, to: string): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  remove(0x064b, 0x065f); // harakat, shadda, sukun, hamza above/below, madda
  remove(0x0670); // superscript alef
  remove(0x0610, 0x061a); // Quranic marks
  remove(0x06d6, 0x06dc);
  remove(0x06df, 0x06e8);
  remove(0x06ea, 0x06ed);
  remove(0x0640); // tatweel
  remove(0xfeff); // BOM / zero-width no-break space
  remove(0x200b, 0x200d); // zero-width space, ZWNJ, ZWJ
  remove(0x00ad); // soft hyphen
  map('أإآٱ', 'ا');
  map('ى', 'ي');
  map('ة', 'ه');
  map('ؤ', 'و');
  map('ئ', 'ي');
  map('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\u000b\u000c', ' ');
  map('\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069', ' '); // bidi marks
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d; // Arabic-Indic
    t[0x06f0 + d] = 0x30 + d; // Extended Arabic-Indic (Persian)
  }
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20; // Latin A-Z
  return t;
}

/** What normalization makes of the character at i: REMOVE, a replacement, or its own code (a CR of a CRLF goes, a lone CR is a LF). */
export function replacementAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 0x0d ? (text.charCodeAt(i + 1) === 0x0a ? REMOVE : 0x0a) : TABLE[c];
}

/** Normalizes one character or short string for lexicon matching (no offset map). */
export function normalizeForMatch(text: string): string {
  // Lexicon words by the thousand when knowledge is built: no offset map needed.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const r = replacementAt(text, i);
    if (r === text.charCodeAt(i)) continue;
    out += text.slice(runStart, i);
    if (r !== REMOVE) out += String.fromCharCode(r);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
