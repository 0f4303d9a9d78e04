// ل before the article drops the article's alef (للكرملين = ل + الكرملين, للوزير = ل + الوزير):
// a name read from after the ل is written without its article's alef. The name a reader
// sees gets its article back; the span stays the written one.
import type { ArticleDocument } from './document';

/**
 * What a range starting at normStart inside token `first` lost of its article to a ل
 * before it: 'ا' (للكرملين: الكرملين), 'ال' when the word itself starts with ل (للجنة:
 * اللجنة, a noun the corpus writes with the article), or '' when it lost nothing.
 */
export function lostArticle(doc: ArticleDocument, first: number, normStart: number): '' | 'ا' | 'ال' {
  const t = doc.tokens;
  if (normStart <= t.starts[first] || normStart >= t.ends[first]) return '';
  const morph = doc.knowledge.morphology;
  const rest = doc.norm.slice(normStart, t.ends[first]);
  if (!morph.contractsArticle(t.text(first)) || !rest.startsWith('ل') || morph.definite(rest)) return '';
  return doc.knowledge.lexicon.corpusCommonNouns.has(rest) ? 'ال' : 'ا';
}

/** The original text of a normalized range that starts inside token `first`, its article restored. */
export function writtenWithArticle(doc: ArticleDocument, first: number, normStart: number, normEnd: number): string {
  const span = doc.span(normStart, normEnd);
  return lostArticle(doc, first, normStart) + doc.text.slice(span.start, span.end);
}
