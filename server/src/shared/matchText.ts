// The character table of normalization for matching (see analysis/normalize.ts for the
// rules and the offset map): diacritics and tatweel removed, alef forms, ى/ي, ة/ه, ؤ/و,
// ئ/ي unified, Arabic-Indic digits as Western digits, odd spaces as spaces, bidi marks as
// a space between words and nothing inside one, invisible format characters dropped, CR as LF, Latin lower-cased. Shared because the client matches names the same
// way (client/src/model/knowledgeFile.ts) without bundling the analysis.

/** A character normalization removes. */
export const REMOVE = -1;

/** A bidi mark: removed between two letters of a word (it would split the word), a space elsewhere. */
const SPACE_UNLESS_IN_WORD = -2;

/**
 * A period that may close a one-letter abbreviation (د. for دكتور, م. for مهندس): Arabic
 * writes no one-letter word on its own, so after a lone Arabic letter the period is part
 * of a title, not a sentence end, and reads as a space (وقالت د. سحر نصر، وعلق د.فخري).
 */
const PERIOD = -3;

/**
 * Hashtag marks (#وزارة_التجارة_والاستثمار): a # before an Arabic word and a _ between two
 * Arabic letters read as spaces, so the words inside match as words.
 */
const HASH = -4;
const UNDERSCORE = -5;

/**
 * The UTF-16 ranges isWordCode accepts, first to last included: for tables built by range
 * instead of by testing 65,536 codes one by one at load (a test holds the two together).
 */
export const WORD_CODE_RANGES: readonly (readonly [number, number])[] = [
  [0x0621, 0x064a],
  [0x0671, 0x06d3],
  [0x61, 0x7a],
  [0x41, 0x5a],
  [0x30, 0x39],
  [0xc0, 0x24f],
  [0x0400, 0x04ff],
];

/**
 * By UTF-16 code, 1 for a word code: one load per character instead of up to fourteen
 * comparisons, and no comparison that optimized code has never seen (a Latin letter in
 * Arabic text made V8 throw away the knowledge build's optimized word splitter).
 */
const WORD_CODES = wordCodeTable();

function wordCodeTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const [from, to] of WORD_CODE_RANGES) t.fill(1, from, to + 1);
  return t;
}

/** Arabic letters, Latin letters and digits make words; everything else separates (c: a UTF-16 code, or NaN past a string's end). */
export function isWordCode(c: number): boolean {
  return WORD_CODES[c] === 1;
}

/**
 * Per-UTF-16-unit replacement: REMOVE, a replacement code, or KEEP for the code itself.
 * Built on first use: the language server loads this module at start (its rules and folder
 * summaries reach normalize.ts) and would build it before answering initialize.
 */
let table: Int32Array | undefined;
const replacements = (): Int32Array => (table ??= buildTable());

/**
 * The table's mark of a character kept as it is: the zero a new table holds, so that no
 * loop writes each code into its own entry (65,536 steps in the interpreter at every
 * engine load, the first analysis of a process). No replacement is U+0000.
 */
const KEEP = 0;

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
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
  // Bidi marks: a space between words, nothing inside one (سيرغي لاف<RLO>روف is one name).
  for (const ch of '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069') t[ch.charCodeAt(0)] = SPACE_UNLESS_IN_WORD;
  // Invisible format and filler characters that never separate words: word joiner and
  // invisible operators, combining grapheme joiner, variation selectors, Hangul fillers,
  // Mongolian vowel separator, Khmer inherent vowels, deprecated format controls.
  remove(0x2060, 0x2064);
  remove(0x206a, 0x206f);
  remove(0x034f);
  remove(0xfe00, 0xfe0f);
  remove(0x3164);
  remove(0xffa0);
  remove(0x115f, 0x1160);
  remove(0x180e);
  remove(0x17b4, 0x17b5);
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d; // Arabic-Indic
    t[0x06f0 + d] = 0x30 + d; // Extended Arabic-Indic (Persian)
  }
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20; // Latin A-Z
  t[0x2e] = PERIOD;
  t[0x23] = HASH;
  t[0x5f] = UNDERSCORE;
  return t;
}

/**
 * Whether UTF-16 code c is an invisible format character: a zero-width space, a bidi mark or
 * embedding, a BOM, a soft hyphen, a word joiner or filler. Normalization drops it (or reads
 * a bidi mark as a space between words) and a reader never sees it. ZWNJ and ZWJ are not:
 * they change how letters join; nor are diacritics and tatweel, which show.
 */
export function isInvisibleCode(c: number): boolean {
  const r = (table ?? replacements())[c];
  if (r === SPACE_UNLESS_IN_WORD) return true;
  return r === REMOVE && (c < 0x0600 || c > 0x06ff) && c !== 0x200c && c !== 0x200d;
}

/**
 * The invisible format characters (isInvisibleCode) as one character class: a name is
 * cleaned by one native match, not a loop over its characters on every analysis
 * (test/unit/invisibleCharacters.test.ts holds the two together, code by code).
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180e, 0x180e],
  [0x200b, 0x200b], [0x200e, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];
const escaped = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
let invisibleCharacters: RegExp | undefined;

/** The class, made on first use as the table is (the language server loads this module before it answers initialize). */
export function invisibleCharacterClass(): RegExp {
  return (invisibleCharacters ??= new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? escaped(a) : `${escaped(a)}-${escaped(b)}`)).join('')}]`, 'g'));
}

/**
 * The text without its invisible format characters: how a name taken from a page is shown
 * (a zero-width space or a right-to-left mark pasted with a name would travel into the
 * views, the hover, the JSON report and a newsroom's own systems). Ranges keep pointing at
 * the original characters; only the shown string loses them.
 */
export function withoutInvisibles(text: string): string {
  return text.replace(invisibleCharacterClass(), '');
}

/** What normalization makes of the character at i: REMOVE, a replacement, or its own code (a CR of a CRLF goes, a lone CR is a LF). */
export function replacementAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? REMOVE : 0x0a;
  const r = (table ?? replacements())[c];
  if (r === KEEP) return c;
  if (r === PERIOD) return abbreviates(text, i) ? 0x20 : c;
  if (r === HASH) return isArabicLetter(text.charCodeAt(i + 1)) ? 0x20 : c;
  if (r === UNDERSCORE) return isArabicLetter(text.charCodeAt(i - 1)) && isArabicLetter(text.charCodeAt(i + 1)) ? 0x20 : c;
  if (r !== SPACE_UNLESS_IN_WORD) return r;
  return inWord(text.charCodeAt(i - 1)) && inWord(text.charCodeAt(i + 1)) ? REMOVE : 0x20;
}

function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/** Whether the period at i closes a lone Arabic letter followed by a word (د. سحر، د.فخري). */
function abbreviates(text: string, i: number): boolean {
  const letter = text.charCodeAt(i - 1);
  if (!isArabicLetter(letter) || i < 1) return false;
  const before = text.charCodeAt(i - 2);
  if (before === before && (isWordCode(before) || replacements()[before] === REMOVE)) return false;
  let j = i + 1;
  while (text.charCodeAt(j) === 0x20) j++;
  const next = text.charCodeAt(j);
  return isArabicLetter(next) && j - i <= 2;
}

/** Whether a neighbour of a bidi mark belongs to a word: a letter or digit, a removed mark (a diacritic), or another bidi mark. */
function inWord(c: number): boolean {
  if (c !== c) return false;
  if (isWordCode(c)) return true;
  const r = replacements()[c];
  return r === REMOVE || r === SPACE_UNLESS_IN_WORD;
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
