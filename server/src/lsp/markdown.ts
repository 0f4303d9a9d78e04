// Text from an article or a knowledge file shown in markdown (hover cards): it must stay
// text. A quote holding "![](https://…/pixel.png)" would otherwise load a remote image in
// the editor, "[…](…)" would become a link, and a line break could start a heading.

/**
 * The characters that open markdown inline syntax (emphasis, code, links, images, HTML,
 * entities, tables, strikethrough) or a heading. Parentheses need none: without an
 * unescaped "[" before them they are never a link's address. Block markers such as "-" or "1." only
 * count at the start of a line, and the text never starts one (white space is collapsed
 * and every card puts it after its own words).
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#<>!|~&]/g;
/** Where a bare address would become a link of its own (GFM's extended autolinks): "://" and "www.". */
const BARE_LINK = /:(?=\/\/)|(?<=\bwww)\./gi;
/** Line breaks and other runs of white space: one space, so text cannot open a block. */
const WHITE_SPACE = /\s+/g;

/** Untrusted text as markdown that renders as exactly that text, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(WHITE_SPACE, ' ').replace(MARKDOWN_PUNCTUATION, '\\$&').replace(BARE_LINK, '\\$&');
}

/** A link for a markdown card only when the address is http(s); otherwise null. */
export function safeLink(label: string, address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // Parentheses and spaces would end the link's address early.
  const href = url.href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${href})`;
}
