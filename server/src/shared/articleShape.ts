// Whether a plain text file looks like an Arabic press article, so that the editor opens
// it as one and the workspace index counts it, with no setting (issue 18). The shape of a
// wire article: mostly Arabic letters; a short first line (the headline) with paragraphs
// of running text after it, or, where the outlet gives no headline, more paragraphs; and
// quote marks (someone is quoted) unless the run of paragraphs is long. Judged on the head
// of the file only, so a huge file costs no more than a small one. Pure: the client bundles it.

import { isArabicLetter, isOtherLetter } from './scripts';

/** Only this much of the text is read: the headline and the first paragraphs. */
export const SHAPE_HEAD_CHARS = 16_384;
/** "Mostly Arabic": this share of the letters at least. */
const MIN_ARABIC_SHARE = 0.6;
/** Fewer Arabic letters than this is a note, not an article. */
const MIN_ARABIC_LETTERS = 150;
/** A headline is one line of at most this many words. */
const MAX_HEADLINE_WORDS = 30;
/** A paragraph is a line of running text of at least this many words... */
const MIN_PARAGRAPH_WORDS = 12;
/** Under a headline, the paragraphs hold at least this many words (one long paragraph will do)... */
const MIN_BODY_WORDS = 40;
/** ...and with no headline (the first line is a paragraph too), there are this many paragraphs. */
const MIN_PARAGRAPHS_HEADLESS = 3;
/** So much running text makes an article even with nobody quoted in its head. */
const MIN_BODY_WORDS_UNQUOTED = 60;
/** Opening or closing marks of the quotes the analysis reads (quotes.ts). */
const CURLY_MARKS = /[«»“”]/;
const STRAIGHT_PAIR = /"[^"\n]+"/;

export interface ArticleShape {
  /** The verdict: mostly Arabic, a headline, paragraphs and quote marks. */
  article: boolean;
  arabicShare: number;
  arabicLetters: number;
  headline: boolean;
  /** Lines of running text (after the headline, when there is one) and their words. */
  paragraphs: number;
  bodyWords: number;
  quoteMarks: boolean;
}

export function articleShape(text: string): ArticleShape {
  const head = text.length > SHAPE_HEAD_CHARS ? text.slice(0, SHAPE_HEAD_CHARS) : text;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (isOtherLetter(c)) other++;
  }
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // The last line of a cut head may be a paragraph's first half: it still counts as text.
  const words = (line: string): number => line.split(/\s+/).length;
  const headline = lines.length > 0 && words(lines[0]) <= MAX_HEADLINE_WORDS;
  const body = lines.slice(headline ? 1 : 0).map(words).filter((n) => n >= MIN_PARAGRAPH_WORDS);
  const paragraphs = body.length;
  const bodyWords = body.reduce((sum, n) => sum + n, 0);
  const quoteMarks = CURLY_MARKS.test(head) || STRAIGHT_PAIR.test(head);
  const arabicShare = arabic + other ? arabic / (arabic + other) : 0;
  const structured = headline ? bodyWords >= MIN_BODY_WORDS : paragraphs >= MIN_PARAGRAPHS_HEADLESS;
  return {
    article: arabicShare >= MIN_ARABIC_SHARE && arabic >= MIN_ARABIC_LETTERS && structured && (quoteMarks || bodyWords >= MIN_BODY_WORDS_UNQUOTED),
    arabicShare,
    arabicLetters: arabic,
    headline,
    paragraphs,
    bodyWords,
    quoteMarks,
  };
}

/** Whether the text looks like an Arabic press article (articleShape(text).article). */
export function looksLikeArticle(text: string): boolean {
  return articleShape(text).article;
}
