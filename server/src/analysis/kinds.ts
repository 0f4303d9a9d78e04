// What a quote is: a statement (someone's words, whole or partial), a term (a name,
// label or scare-quote: "ناتو"، "الثورات الملونة") or a title (of a film, conference,
// forum, programme: مؤتمر "…"، نادي "فالداي"). Decided from context first, length last.

import type { ArticleDocument } from './document';
import type { Knowledge } from './knowledge';
import type { RawQuote } from './quotes';
import { Tokens, withoutProclitics } from './tokens';
import { memoOf } from './wordMemo';
import type { QuoteKind } from './types';

export interface KindOptions {
  /** Quotes with fewer words are terms unless a colon introduces them. */
  statementMinWords: number;
}

export const DEFAULT_KIND_OPTIONS: KindOptions = { statementMinWords: 3 };

/** Words that make a short quote read as a clause, not a label (بشكل، أكثر، لن …). */
const CLAUSE_WORDS = /^(?:في|من|الى|على|عن|مع|لن|لا|لم|قد|ان|انه|هو|هي|اكثر|اقل|كل|غير|ليس|ليست|ما|بشكل|بصوره|بعد|قبل|بين|كما|لان|عبر|دون|حتى|جدا|يجب|نحن|انا|هذا|هذه)$/u;

/**
 * The first words of a quote's content. The rules look at the first few words and at
 * counts up to a handful, so reading at most MAX_WORDS_READ keeps deeply nested quotes
 * linear (an enclosing quote's content is not tokenized again for each quote inside).
 */
function contentWords(doc: ArticleDocument, q: RawQuote): string[] {
  const end = Math.min(q.close, q.open + 1 + MAX_CHARS_READ);
  // The article's own tokens: a quote mark is no word character, so the words inside the
  // marks are the article's tokens (the last one cut where the reading stops).
  const t = doc.tokens;
  const out: string[] = [];
  for (let i = t.indexAtOrAfter(q.open + 1); i < t.count && t.starts[i] < end && out.length < MAX_WORDS_READ; i++) {
    out.push(t.ends[i] <= end ? t.text(i) : doc.norm.slice(t.starts[i], end));
  }
  return out;
}

const MAX_WORDS_READ = 24;
const MAX_CHARS_READ = 400;

/** Where the text read before the opening mark starts: at most 60 characters back, on the same line. */
function beforeStart(doc: ArticleDocument, q: RawQuote): number {
  return Math.max(doc.lines[q.block.line].normStart, q.open - 60);
}

/** The text just before the opening mark, on the same line, with spaces trimmed. */
function before(doc: ArticleDocument, q: RawQuote): string {
  // (?<! ): tried only where the run of spaces starts, or a long run costs its square.
  return doc.norm.slice(beforeStart(doc, q), q.open).replace(/(?<! ) +$/u, '');
}

/** The word before the opening mark, its clitic article (الـ) skipped. */
function wordBeforeMark(doc: ArticleDocument, q: RawQuote): string | null {
  // The last run of letters and digits of the (space-trimmed) text before the mark; when
  // that run is a clitic article after spaces (الـ "ناتو" written as ال "ناتو"), the run
  // before it. Read backwards from the end: no pattern tried at every position.
  const lead = before(doc, q);
  const lastStart = runStart(lead, lead.length);
  if (lastStart === lead.length) return null;
  const last = lead.slice(lastStart);
  if (CLITIC_ARTICLES.has(last)) {
    let spaces = lastStart;
    while (spaces > 0 && lead.charCodeAt(spaces - 1) === 0x20) spaces--;
    const prevStart = spaces < lastStart ? runStart(lead, spaces) : spaces;
    if (prevStart < spaces) return lead.slice(prevStart, spaces);
  }
  return last;
}

const CLITIC_ARTICLES = new Set(['ال', 'لل', 'بال', 'وال']);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Length in code units (1 or 2) of the letter or number that ends at `end`, or 0. */
function letterOrNumberBefore(s: string, end: number): number {
  if (end <= 0) return 0;
  const c = s.charCodeAt(end - 1);
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return 1;
  if (c === 0x20) return 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_NUMBER.test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER_OR_NUMBER.test(s[end - 1]) ? 1 : 0;
}

/** Where the run of letters and numbers that ends at `end` starts (`end` when there is none). */
function runStart(s: string, end: number): number {
  let i = end;
  for (let n = letterOrNumberBefore(s, i); n > 0; n = letterOrNumberBefore(s, i)) i -= n;
  return i;
}

function isExactlyAName(doc: ArticleDocument, words: string[]): boolean {
  if (!words.length) return false;
  const k = doc.knowledge;
  const indexes = [k.organizationIndex, k.quotedOrganizationIndex, k.personIndex];
  // A quote longer than every name is no name (most statements: no tokenizing needed).
  if (!indexes.some((index) => words.length <= index.longestPhrase && index.mayStartWith(words[0]))) return false;
  for (const index of indexes) {
    const m = index.matchWords(words);
    if (m && m.end === words.length) return true;
  }
  return false;
}

function isCueWord(cues: Knowledge['cues'], word: string): boolean {
  for (const stem of [word, word.replace(/^[وف]/u, '')]) if (cues.verbs.has(stem) || cues.participles.has(stem)) return true;
  return false;
}

/**
 * Whether a speech verb or participle is among the words between two normalized offsets
 * (وقال: "لا"). The article's own tokens are read; a word the range cuts counts by its
 * part inside the range, as if that part were tokenized alone.
 */
function cueBetween(doc: ArticleDocument, from: number, to: number): boolean {
  if (from >= to) return false;
  const t = doc.tokens;
  const cues = doc.knowledge.cues;
  const isCue = memoOf(doc.knowledge, 'verbOrParticiple', (w) => isCueWord(cues, w));
  let i = t.indexAtOrAfter(from);
  if (i > 0 && t.ends[i - 1] > from && isCueWord(cues, doc.norm.slice(from, Math.min(t.ends[i - 1], to)))) return true;
  for (; i < t.count && t.starts[i] < to; i++) {
    if (t.ends[i] > to) return isCueWord(cues, doc.norm.slice(t.starts[i], to));
    if (isCue.at(t, i)) return true;
  }
  return false;
}

export function classifyQuote(doc: ArticleDocument, q: RawQuote, options: KindOptions, parentKind: QuoteKind | null): QuoteKind {
  const words = contentWords(doc, q);
  const lead = before(doc, q);
  const colonBefore = /[:：]$/u.test(lead);
  const heads = doc.knowledge.lexicon.titleHeads;
  const prev = wordBeforeMark(doc, q);
  if (prev && withoutProclitics(prev).some((r) => heads.has(r.stem))) return 'title';
  if (isExactlyAName(doc, words)) return 'term';
  // Quoted words in a headline or sub-heading are labels, unless the line reads `Name: "…"`.
  if ((q.block.kind === 'title' || q.block.kind === 'heading') && !colonBefore) return 'term';
  // `X: "…"` is someone's words when a speech verb or a long enough quote says so;
  // `القاهرة: «الشرق الأوسط»` (a dateline and a name) is not.
  if (colonBefore && words.length > 0 && (words.length >= options.statementMinWords || cueBetween(doc, beforeStart(doc, q), q.open))) return 'statement';
  if (parentKind === 'statement' && words.length <= 2) return 'term';
  // معتبرا أن "المسؤولية جماعية": a quote right after أن/إن in a sentence with a speech verb.
  if (words.length >= 2 && /(?:^|\s)(?:ان|بان|انه|لان)$/u.test(lead) && cueBetween(doc, sentenceStart(doc, q), q.open)) return 'statement';
  if (words.length < options.statementMinWords) return 'term';
  // A short quote with no speech verb anywhere around it is a label: في إطار «الحرب على الإرهاب».
  if (words.length <= SHORT_QUOTE_WORDS && parentKind !== 'statement' && !cueBetween(doc, sentenceStart(doc, q), q.open) && !cueAfter(doc, q)) return 'term';
  if (words.length === options.statementMinWords) {
    // Three words: a clause (ستكون أكثر أهمية، التصرف بشكل استباقي) or a label (الحرب الباردة الجديدة)?
    const clause = words.some((w) => CLAUSE_WORDS.test(w)) || !words[0].startsWith('ال');
    return clause ? 'statement' : 'term';
  }
  return 'statement';
}

/** Quotes this short need a speech verb in their sentence to count as someone's words. */
const SHORT_QUOTE_WORDS = 4;
/** How far back a sentence's lead is read (keeps a single huge line linear). */
const MAX_LEAD = 400;

/** Where the quote's sentence starts (same line, at most MAX_LEAD back): the text from there to the mark is its lead. */
function sentenceStart(doc: ArticleDocument, q: RawQuote): number {
  const line = doc.lines[q.block.line];
  const from = Math.max(line.normStart, q.open - MAX_LEAD);
  const text = doc.norm.slice(from, q.open);
  const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('؟ '), text.lastIndexOf('! '));
  return end >= 0 ? from + end + 2 : from;
}

/** Whether a speech verb follows the closing mark ("…"، قال X / "…" هكذا قالت). */
function cueAfter(doc: ArticleDocument, q: RawQuote): boolean {
  const line = doc.lines[q.block.line];
  const from = q.close + 1;
  const after = doc.norm.slice(from, Math.min(line.normEnd, q.close + 40));
  const m = /^[\s،,-]*(?:هكذا\s+)?(\S+)/u.exec(after);
  if (!m) return false;
  const wordStart = from + m[0].length - m[1].length;
  return cueBetween(doc, wordStart, wordStart + m[1].length) || doc.knowledge.cues.accordingTo.match(Tokens.of(after), 0) !== null;
}
