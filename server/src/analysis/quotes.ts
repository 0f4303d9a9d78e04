// Quote spans: straight "…", curly “…” and guillemets «…», nested with the same
// character or not, balanced or not. A straight mark opens or closes depending on which
// side its letters stand on; a proclitic before a mark (الـ "ناتو"، و"يجب"، بـ"…")
// does not make it a closer. A mark spaced as an opener right after a straight quote was
// opened ("سوذبيز "في باريس) closes it when the line's marks pair only that way. A pair
// may mix its marks ("…” or "…“). Quotes never cross a line. An opener left without a
// closer is recovered up to the end of its line; a stray closer only marks the line.

import type { ArticleDocument } from './document';
import { lazyRegExp } from './lazyRegExp';
import { NextMatch } from './nextMatch';
import { isCommonLetter } from '../shared/scripts';
import { StraightMarksAhead } from './straightMarksAhead';
import type { Block, QuoteMarkStyle } from './types';
import { workMeter } from './workMeter';

export interface RawQuote {
  /** Normalized offsets of the opening mark and of the closing mark (or the recovered end). */
  open: number;
  close: number;
  /** Whether `close` is a real closing mark. */
  closed: boolean;
  mark: QuoteMarkStyle;
  /** Index (in the returned list) of the enclosing quote. */
  parent: number | null;
  block: Block;
}

export interface UnbalancedMark {
  /** Normalized offset of the mark. */
  at: number;
  /** An opener that was never closed, or a closer with no opener. */
  problem: 'unclosed' | 'stray-closer';
  /** For unclosed openers: where the recovered quote ends (normalized). */
  recoveredEnd?: number;
  mark: QuoteMarkStyle;
  block: Block;
}

/** The style of a quote mark's code unit (isQuoteMarkCode). */
function styleOf(code: number): QuoteMarkStyle {
  return code === 0x22 ? 'straight' : code === 0xab || code === 0xbb ? 'guillemet' : 'curly';
}

/** Glyph preference of a quote mark when the context does not decide: 1 opener (“ „ «), -1 closer (” »), 0 none ("). */
function glyphDirection(code: number): number {
  return code === 0x201c || code === 0x201e || code === 0xab ? 1 : code === 0x201d || code === 0xbb ? -1 : 0;
}

export function isQuoteMark(c: string | undefined): boolean {
  // By code: a lookup keyed by the character would intern the one-character string first (1% of an analysis).
  return c !== undefined && c.length === 1 && isQuoteMarkCode(c.charCodeAt(0));
}

/** Whether a code unit is a quote mark: " “ ” „ « ». */
function isQuoteMarkCode(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e);
}

/** Every quote mark of the text, in order (NextMatch finds the next). */
const QUOTE_MARK = /["\u00ab\u00bb\u201c-\u201e]/g;

/** Whether a code unit (-1: none, past the line's edge) is a space for the sides of a mark. */
const isSpaceCode = (c: number): boolean => c === -1 || c === 0x20 || c === 0x0a;
/** Characters that stand before an opener without touching its content. */
const OPEN_CONTEXT = codeSet('([:،,;؛-–—/«“');
/** Characters that follow a closer without belonging to the next quote. */
const CLOSE_CONTEXT = codeSet('،,.:;؛)]!?؟-–—…»”');
/** Words that attach to the following quoted word: و"…"، بـ"…"، الـ"…"، للـ"…". */
const CLITIC_WORDS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'كال', 'فال', 'وب', 'ول', 'فب', 'فل', 'وك', 'ولل', 'وبال']);
/** The longest of them: a longer word before a mark is no clitic, and is not sliced to be looked up. */
const LONGEST_CLITIC = Math.max(...[...CLITIC_WORDS].map((w) => w.length));

const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const LETTER_OR_NUMBER = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** The code units of a string's characters, as a set (marks are compared by code, no one-character string made). */
function codeSet(chars: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < chars.length; i++) out.add(chars.charCodeAt(i));
  return out;
}

/** Whether the code unit at i is a letter or a number: ASCII and the Arabic letters without a regular expression. */
function letterOrNumberAt(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if ((c >= 0x30 && c <= 0x39) || isCommonLetter(c)) return true;
  return c >= 0x80 && LETTER_OR_NUMBER().test(norm[i]);
}

/** Whether the code unit c at i is a letter (\p{L}): ASCII and the Arabic letters without a regular expression. */
function letterAt(norm: string, i: number, c: number): boolean {
  if (isCommonLetter(c)) return true;
  return c >= 0x80 && LETTER().test(norm[i]);
}

/**
 * Whether the word right before `at` (its letters and numbers, from `floor` on) is a
 * clitic (CLITIC_WORDS): read back at most one character past the longest clitic, so
 * a long word costs no string.
 */
function cliticBefore(norm: string, at: number, floor: number): boolean {
  let s = at;
  while (s > floor && at - s <= LONGEST_CLITIC && letterOrNumberAt(norm, s - 1)) s--;
  workMeter.steps += at - s;
  return at - s <= LONGEST_CLITIC && CLITIC_WORDS.has(norm.slice(s, at));
}

/** +1: looks like an opener, -1: like a closer, 0: cannot tell. */
function sideOf(norm: string, at: number, floor: number, ceil: number): number {
  const prev = at > floor ? norm.charCodeAt(at - 1) : -1;
  const next = at + 1 < ceil ? norm.charCodeAt(at + 1) : -1;
  let leftTouch = !isSpaceCode(prev) && !OPEN_CONTEXT.has(prev) && !isQuoteMarkCode(prev);
  const rightTouch = !isSpaceCode(next) && !CLOSE_CONTEXT.has(next) && !isQuoteMarkCode(next);
  if (leftTouch && letterAt(norm, at - 1, prev) && cliticBefore(norm, at, floor)) leftTouch = false;
  if (rightTouch && !leftTouch) return 1;
  if (leftTouch && !rightTouch) return -1;
  return 0;
}

export function findQuotes(doc: ArticleDocument, blocks: Block[]): { quotes: RawQuote[]; unbalanced: UnbalancedMark[] } {
  const quotes: RawQuote[] = [];
  const unbalanced: UnbalancedMark[] = [];
  // The result is made before the loop: a long article's loop is compiled on the stack, and
  // an object literal first made after it threw that code away (docs/performance-log.md, session 14).
  const found = { quotes, unbalanced };
  const norm = doc.norm;
  // Stack of open quotes (index into `quotes`), and how many quotes of each style are open
  // (keeps deep nesting linear): one of each for the article, emptied at each line, not
  // made anew for every line (most hold no quote mark).
  const stack: number[] = [];
  const openCount: Record<QuoteMarkStyle, number> = { straight: 0, curly: 0, guillemet: 0 };
  let ahead: StraightMarksAhead | null = null;
  const marks = new NextMatch(QUOTE_MARK, norm);
  for (const block of blocks) {
    if (block.kind !== 'title' && block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const line = doc.lines[block.line];
    const floor = line.normStart;
    const ceil = line.normEnd;
    stack.length = 0;
    openCount.straight = openCount.curly = openCount.guillemet = 0;
    workMeter.steps += ceil - floor;
    for (let i = marks.after(floor); i < ceil; i = marks.after(i + 1)) {
      // Read codes, not one-character strings.
      const code = norm.charCodeAt(i);
      workMeter.steps++;
      const style = styleOf(code);
      let side = sideOf(norm, i, floor, ceil);
      if (side === 1 && style === 'straight' && openCount.straight > 0) {
        ahead ??= new StraightMarksAhead();
        if (closesTheQuoteJustOpened(norm, i, floor, ceil, block.line, quotes, stack, openCount.straight, ahead)) side = -1;
      }
      if (side === 0) side = glyphDirection(code);
      const hasOpenSameStyle = openCount[style] > 0;
      if (side === 0) side = hasOpenSameStyle ? -1 : 1;
      // A closer-looking mark with nothing of its style open may still be an opener
      // written against the glyph (»…« in right-to-left typing).
      if (side === -1 && !hasOpenSameStyle) {
        if (glyphDirection(code) === -1 && style !== 'straight' && sideOf(norm, i, floor, ceil) >= 0) side = 1;
        // Two closers in a row with nothing open: the first is an opener typed against
        // the wrong word (الضبط المالي"وإجراء" إصلاحات …النطاق"،), the pair is a quote.
        else if (style === 'straight' && nextMarkClosesStraight(norm, i, floor, ceil)) side = 1;
      }
      if (side === 1) {
        quotes.push({ open: i, close: -1, closed: false, mark: style, parent: stack.length ? stack[stack.length - 1] : null, block });
        stack.push(quotes.length - 1);
        openCount[style]++;
        continue;
      }
      // A closer: close the innermost open quote of the same style. With none of its style
      // open, it closes the innermost open quote of another: typists mix the marks of one
      // pair ("الدار”، "… ظلماً“), and the quote is closed all the same.
      let k = stack.length - 1;
      if (hasOpenSameStyle) while (k >= 0 && quotes[stack[k]].mark !== style) k--;
      workMeter.steps += stack.length - 1 - k;
      if (k < 0) {
        unbalanced.push({ at: i, problem: 'stray-closer', mark: style, block });
        continue;
      }
      // Quotes of other styles opened inside it and never closed end here.
      const end = stack.length - 1 > k ? recoveredEnd(norm, i) : i;
      for (let j = stack.length - 1; j > k; j--) {
        workMeter.steps++;
        recover(quotes[stack[j]], end, unbalanced);
        openCount[quotes[stack[j]].mark]--;
      }
      openCount[quotes[stack[k]].mark]--;
      quotes[stack[k]].close = i;
      quotes[stack[k]].closed = true;
      stack.length = k;
    }
    const end = stack.length ? recoveredEnd(norm, ceil) : ceil;
    for (let j = stack.length - 1; j >= 0; j--) recover(quotes[stack[j]], end, unbalanced);
  }
  return found;
}

/**
 * A straight mark spaced as an opener after a word (…سوذبيز "في) right after a straight
 * quote opened with nothing inside it: a closer typed before its space when the marks after
 * it, once their own openers are closed, could not close both quotes. Not when the next mark
 * closes by its spacing (a term nested in a statement left open: "… مؤتمر "سيدر"،), nor in a
 * line whose straight marks cannot all pair (an odd count).
 */
function closesTheQuoteJustOpened(norm: string, at: number, floor: number, ceil: number, line: number, quotes: RawQuote[], stack: number[], openStraight: number, ahead: StraightMarksAhead): boolean {
  const last = quotes.length - 1;
  if (stack[stack.length - 1] !== last || quotes[last].mark !== 'straight') return false;
  if (at - 2 < floor || norm.charCodeAt(at - 1) !== 0x20 || !letterOrNumberAt(norm, at - 2)) return false;
  const free = ahead.freeClosersAfter(norm, line, floor, ceil, at, sideOf);
  return free >= 0 && free <= openStraight && !nextMarkClosesStraight(norm, at, floor, ceil);
}

/**
 * Whether the next quote mark after `at` on its line is a straight mark that looks like a
 * closer. Reads only up to that next mark, so a flood of marks stays linear.
 */
function nextMarkClosesStraight(norm: string, at: number, floor: number, ceil: number): boolean {
  for (let j = at + 1; j < ceil; j++) {
    workMeter.steps++;
    const code = norm.charCodeAt(j);
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue;
    return code === 0x22 && sideOf(norm, j, floor, ceil) === -1;
  }
  return false;
}

/**
 * Where the quotes left open at `limit` end: before the spaces and full stops that lead up
 * to it. Found once for all of them (each scanning the run itself cost the square of the
 * marks on a line of unclosed quotes ending in a run of dots); the run holds no quote
 * mark, so it starts after every open quote's mark.
 */
function recoveredEnd(norm: string, limit: number): number {
  let end = limit;
  while (end > 0 && (norm[end - 1] === ' ' || norm[end - 1] === '.')) end--;
  workMeter.steps += 1 + limit - end;
  return end;
}

/** An opener with no closer: the quote runs to `end` (recoveredEnd). */
function recover(q: RawQuote, end: number, unbalanced: UnbalancedMark[]): void {
  q.close = end;
  q.closed = false;
  unbalanced.push({ at: q.open, problem: 'unclosed', recoveredEnd: end, mark: q.mark, block: q.block });
}
