// Whether real copy writes a word as an ordinary Arabic word: the test both the quote kinds
// (a quoted name's words) and the people pass (a name closing a title's clause) ask of a
// word that might belong to a name.

import type { Knowledge } from './knowledge';

/**
 * Whether any reading of the word, also once its accusative or pronoun ending is read off
 * (طفلا، جنسيتهم، وفدا), is one the corpus writes as a verb, a common noun or with the
 * article (knowledge word-classes).
 */
export function writtenAsCommonWord(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const m = k.morphology;
  const known = (s: string): boolean => lx.corpusVerbs.has(s) || lx.corpusCommonNouns.has(s) || !!lx.corpusArticleWords?.has(s);
  return m.stems(w).some((s) => {
    if (known(s)) return true;
    const bare = m.withoutCaseEnding(s);
    return (bare !== null && known(bare)) || m.withoutPronoun(s).some(known);
  });
}
