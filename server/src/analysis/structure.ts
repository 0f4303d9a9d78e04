// Article structure: every non-blank line becomes a block (title, dateline, heading,
// paragraph, source line or page chrome), and headings open sections.

import { parseDateline } from './dates';
import type { ArticleDocument, Line } from './document';
import { lazyRegExp } from './lazyRegExp';
import type { Block, Section, SourceLine, TextSpan } from './types';
import { workMeter } from './workMeter';
import { isCommonLetter } from '../shared/scripts';

export interface Structure {
  blocks: Block[];
  sections: Section[];
  title: TextSpan | null;
  date: string | null;
  dateline: TextSpan | null;
  source: SourceLine | null;
}

/**
 * Page chrome is a short line (the longest in the test articles is under 100 characters);
 * a longer one is article text even when it mentions cookies or ©, so that an article
 * pasted as one line is not thrown away as chrome.
 */
const MAX_CHROME_CHARS = 500;
/** A headline or heading is at most this long. */
const MAX_TITLE_CHARS = 220;
const MAX_HEADING_WORDS = 10;
const MAX_HEADING_CHARS = 90;

/** Sentence-final or clause punctuation that a heading does not end with (a question or an exclamation may: من هو وودورد؟). */
const SENTENCE_END = /[.:؛،,…]$/u;
/** A colon inside the line: `Source: headline` or `Name: words`, the form of a teaser for another story, not of a heading. */
const INNER_COLON = /\S *: *\S/u;
/** A line wholly in parentheses is a credit ((الشروق)), not a heading. */
const PARENTHESIZED = /^\(.*\)$/u;
/**
 * A related-story teaser is a whole headline: a subject and a verb in the present
 * (ترامب يواصل حربه المفتوحة ضد الإعلام…). A heading is a short phrase (الحلم يتحول إلى
 * كابوس): from this many words on, a present-tense verb after the first word makes the
 * line a teaser.
 */
const TEASER_MIN_WORDS = 6;
const PRESENT_VERB = lazyRegExp(String.raw`^ي\p{L}{3,}$`, 'u');
/** What a word keeps for the tests below: its letters (and numbers). */
const NOT_LETTER = lazyRegExp(String.raw`[^\p{L}]`, 'gu');
const NOT_LETTER_OR_NUMBER = lazyRegExp(String.raw`[^\p{L}\p{N}]`, 'gu');
// `\S` after the spaces, not `.+`: `\s*` and `.` both take spaces, and recheck finds the
// pattern quadratic on a run of spaces before a line separator (U+2028). Line keys collapse
// runs of spaces today; the pattern should not depend on it.
const SOURCE_LINE = /^(?:المصدر|مصدر الخبر|المصادر|source)\s*:\s*\S.*$/u;
/** A line made only of quote marks and what they enclose is a quote paragraph, not a heading. */
const WHOLLY_QUOTED = /^["«“”»].*["«“”»][.،]?$/u;

export function analyzeStructure(doc: ArticleDocument): Structure {
  const provisional: { line: Line; kind: Block['kind']; chromeRule?: string; date?: string }[] = [];
  let source: SourceLine | null = null;
  let dateline: TextSpan | null = null;
  let date: string | null = null;

  // Lines read as text so far: the first is the headline, and the body starts after it.
  let textLines = 0;
  for (const line of doc.lines) {
    workMeter.steps += 1 + line.key.length;
    if (!line.key) continue;
    const { anyChrome, chromeGate } = doc.knowledge;
    const chrome =
      line.key.length <= MAX_CHROME_CHARS && (!anyChrome || anyChrome.test(line.key) || (chromeGate !== null && chromeGate.test(line.key)))
        ? chromePatternOf(doc.knowledge.chrome, line.key, textLines < 2)
        : undefined;
    if (chrome) {
      provisional.push({ line, kind: 'chrome', chromeRule: chrome.id });
      continue;
    }
    if (SOURCE_LINE.test(line.key)) {
      provisional.push({ line, kind: 'source' });
      if (!source) {
        const whole = lineSpan(doc, line);
        const colon = whole.text.search(/[:：]/);
        const sourceText = whole.text.slice(colon + 1).trim();
        // Fields written out: a spread is V8's slow path.
        source = { start: whole.start, end: whole.end, text: whole.text, source: sourceText };
      }
      continue;
    }
    const iso = dateline ? null : parseDateline(doc.knowledge.calendar, line.key);
    if (iso) {
      provisional.push({ line, kind: 'dateline', date: iso });
      dateline = lineSpan(doc, line);
      date = iso;
      continue;
    }
    provisional.push({ line, kind: 'paragraph' });
    textLines++;
  }

  // The title: the first content line, when it reads as a headline (no final period).
  // Loops, not find/some/forEach: this runs once an analysis, and V8 compiles each of
  // those calls into a large graph of its own (docs/performance-log.md, session 19).
  let firstParagraph = -1;
  let lastParagraph = -1;
  for (let i = 0; i < provisional.length; i++) {
    if (provisional[i].kind !== 'paragraph') continue;
    if (firstParagraph < 0) firstParagraph = i;
    lastParagraph = i;
  }
  let title: TextSpan | null = null;
  if (firstParagraph >= 0 && lastParagraph > firstParagraph) {
    const firstContent = provisional[firstParagraph];
    if (isHeadlineLike(firstContent.line.key) && firstContent.line.key.length <= MAX_TITLE_CHARS) {
      firstContent.kind = 'title';
      title = lineSpan(doc, firstContent.line);
      // The body's first paragraph is the next one: there is one, lastParagraph at least.
      do firstParagraph++;
      while (provisional[firstParagraph].kind !== 'paragraph');
    }
  }

  // Headings: short non-sentence lines inside the body, after some paragraph and before another.
  for (let i = firstParagraph + 1; i < lastParagraph; i++) {
    const p = provisional[i];
    if (p.kind === 'paragraph' && isHeadingLike(p.line.key, doc)) p.kind = 'heading';
  }

  const blocks: Block[] = [];
  const sections: Section[] = [];
  let current: number | null = null;
  for (const p of provisional) {
    if (p.kind === 'heading') {
      current = sections.length;
      const heading = lineSpan(doc, p.line);
      sections.push({ heading, line: p.line.index, span: { start: heading.start, end: heading.end } });
    }
    const span = lineSpan(doc, p.line);
    // Chrome and the source line belong to no section (a section's span ends at its last paragraph).
    const inSection = p.kind === 'paragraph' || p.kind === 'heading' ? current : null;
    // Written out, not spread: a conditional spread is V8's slow path (6% of a short article's analysis).
    const block: Block = { start: span.start, end: span.end, text: span.text, kind: p.kind, line: p.line.index, section: inSection };
    if (p.chromeRule) block.chromeRule = p.chromeRule;
    blocks.push(block);
    if (inSection !== null && p.kind === 'paragraph') sections[inSection].span.end = span.end;
  }
  return { blocks, sections, title, date, dateline, source };
}

/** The first chrome pattern that matches a line; some hold only before the body starts. */
function chromePatternOf(patterns: ArticleDocument['knowledge']['chrome'], key: string, beforeBody: boolean): ArticleDocument['knowledge']['chrome'][number] | undefined {
  for (const p of patterns) if ((beforeBody || !p.onlyBeforeBody) && p.re.test(key)) return p;
  return undefined;
}

function lineSpan(doc: ArticleDocument, line: Line): TextSpan {
  // Trim spaces (incl. NO-BREAK SPACE and bidi marks, which normalize to spaces).
  let s = line.normStart;
  let e = line.normEnd;
  while (s < e && doc.norm.charCodeAt(s) === 0x20) s++;
  while (e > s && doc.norm.charCodeAt(e - 1) === 0x20) e--;
  return doc.textSpan(s, e);
}

/** A letter or number at lastIndex (sticky: tested in place, no one-character string made). */
const LETTER_OR_NUMBER_AT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'uy');

/** The words (split at spaces) that hold a letter or a number; counted in place, no array of the line's words. */
function wordCount(key: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x20) counted = false;
    else if (!counted && isLetterOrNumberAt(key, i, c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

function isLetterOrNumberAt(key: string, i: number, c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || isCommonLetter(c)) return true;
  if (c < 0x80) return false;
  const letterOrNumber = LETTER_OR_NUMBER_AT();
  letterOrNumber.lastIndex = i;
  return letterOrNumber.test(key);
}

/**
 * A word without what is not a letter (or, with `numbers`, a number): the word itself when
 * it is all ASCII or Arabic letters and digits (most words), checked by code; the
 * expression only otherwise.
 */
function lettersOf(word: string, numbers: boolean): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isCommonLetter(c) && !(numbers && c >= 0x30 && c <= 0x39)) return word.replace(numbers ? NOT_LETTER_OR_NUMBER() : NOT_LETTER(), '');
  }
  return word;
}

function isHeadlineLike(key: string): boolean {
  return !/[.!:؛،]$/u.test(key) && wordCount(key) >= 2;
}

function isHeadingLike(key: string, doc: ArticleDocument): boolean {
  // The one-character test first: most short lines of an article end a sentence, and need no word count.
  if (key.length > MAX_HEADING_CHARS || SENTENCE_END.test(key)) return false;
  const words = wordCount(key);
  if (words > MAX_HEADING_WORDS || words === 0) return false;
  if (WHOLLY_QUOTED.test(key) || INNER_COLON.test(key) || PARENTHESIZED.test(key)) return false;
  if (words >= TEASER_MIN_WORDS && key.split(' ').slice(1).some((w) => PRESENT_VERB().test(lettersOf(w, false)))) return false;
  // Outlets that drop final periods still write sentences: a speech verb or a clause
  // (أن / إن) makes a short line a paragraph, not a heading.
  const cues = doc.knowledge.cues;
  for (const raw of key.split(' ')) {
    const word = lettersOf(raw, true);
    // Without its و/ف when three letters or more remain (the word holds no space).
    const bare = doc.knowledge.morphology.withoutConjunction(word);
    const w = bare !== null && bare.length >= 3 ? bare : word;
    // The word as written, then without its و/ف: no array and closure made per word.
    const verb = cues.verbs.has(word) || cues.participles.has(word) ? word : cues.verbs.has(w) || cues.participles.has(w) ? w : undefined;
    if (verb && (!cues.ambiguousForms.has(verb) || raw.endsWith(':'))) return false;
    if (doc.knowledge.lexicon.headingClauseMarkers.has(word)) return false;
  }
  return true;
}

