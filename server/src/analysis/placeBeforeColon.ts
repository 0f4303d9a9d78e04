// A country's name before a headline's colon is as often the place of the story as its
// speaker: مالي: مقتل 11 جهاديا في "كمين إرهابي"، مصر: حبس ضابطين في قضية "مقتل محتجز" tell
// news from that country, and the word or two they quote is the writer's label, no one's
// words. The country speaks when the headline reads as speech (فرنسا: لن نقبل التفاوض "تحت
// الضغط") or when the quote is what the clause after the colon says of its subject, its
// predicate (الصين: محادثات التجارة مع أميركا "مرهونة" بوقف الرسوم).

import type { ArticleDocument } from './document';
import type { RawQuote } from './quotes';
import { writtenAsCommonWord } from './commonWords';

/** How many words of a headline are read after its colon, before and after the quote: a headline is short, a longer line is read no further. */
const HEADLINE_WORDS = 16;

/**
 * Whether the quote's line opens with a country's name and a colon, and the quote, after
 * that colon, is a label in the news the headline tells: nothing on the line reads as speech
 * (`speaks`, per token), and the quote is not the predicate of the clause after the colon (a
 * definite word or a name right before it, no verb between the colon and it), nor the whole
 * of what follows the colon.
 */
export function placeBeforeColon(doc: ArticleDocument, q: RawQuote, first: number, speaks: (token: number) => boolean): boolean {
  const t = doc.tokens;
  const k = doc.knowledge;
  const line = doc.lines[q.block.line];
  const lineFirst = t.indexAtOrAfter(line.normStart);
  const country = k.countryNameIndex.match(t, lineFirst, false);
  if (!country || country.end > first) return false;
  // The colon right after the name, with spaces only around it.
  let colon = t.ends[country.end - 1];
  while (colon < q.open && doc.norm.charCodeAt(colon) === 0x20) colon++;
  if (doc.norm.charCodeAt(colon) !== 0x3a) return false;
  if (first - country.end > HEADLINE_WORDS) return false;
  // The words after the quote, up to the line's end: a few of a headline's.
  const after = t.indexAtOrAfter(q.closed ? q.close + 1 : q.open + 1);
  const lastRead = Math.min(t.count, after + HEADLINE_WORDS);
  const m = k.morphology;
  // A noun's accusative ending (قانونا، مكانا) is no "we".
  const accusative = (i: number): boolean => {
    const bare = m.withoutCaseEnding(t.text(i));
    return bare !== null && writtenAsCommonWord(k, bare);
  };
  for (let i = country.end; i < lastRead && t.starts[i] < line.normEnd; i++) if (speaks(i) && !accusative(i)) return false;
  if (first === country.end) {
    // Right after the colon the quote opens the clause, its subject, when words follow it on the line; alone it is all that is said.
    return q.closed && after < t.count && t.starts[after] < line.normEnd;
  }
  const verb = (i: number): boolean => m.stems(t.text(i)).some((s) => k.lexicon.corpusVerbs.has(s));
  for (let i = country.end; i < first; i++) if (verb(i)) return true;
  const before = first - 1;
  if (!t.onlySpaceBetween(t.ends[before], q.open)) return true;
  const w = t.text(before);
  const predicate = m.definite(w) || k.countryNameIndex.hasWord(w) || (w.length >= 3 && !k.lexicon.prepositions.has(w) && !writtenAsCommonWord(k, w));
  return !predicate;
}
