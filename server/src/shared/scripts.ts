// Which script a UTF-16 code unit's letter belongs to, for the language checks
// (analysis/language.ts) and the article-shape test (shared/articleShape.ts). No imports: the client bundles it.

/** Letters of the Arabic script (basic, supplement, extended-A and presentation forms). */
export const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);

/** A Latin (ASCII) or basic Arabic letter (ء to ي), what most words are made of: a test by code before any \p{L} expression. */
export const isCommonLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0621 && c <= 0x064a);

/** Letters of the other scripts a wire article may come in (Latin, Greek, Cyrillic, Armenian, Hebrew, CJK). */
export const isOtherLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x58f) || (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
