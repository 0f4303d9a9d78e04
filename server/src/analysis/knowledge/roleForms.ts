// The forms a role is written in that its list may leave out: the feminine of its head
// (السفير -> السفيرة، رئيس مجلس الإدارة -> رئيسة مجلس الإدارة), derived by the morphology
// instead of listed by hand. The definite of a one-word indefinite title is not derived:
// المحافظ and الحاكم are as often adjectives (اليمين المحافظ، الحزب الحاكم), and المدير cut
// المدير الفني short (docs/testing-eval-log.md, branch roles22).

import type { Morphology } from '../morphology';
import { normalizeForMatch } from '../normalize';

/**
 * The learned word classes that say a word is a noun written with the article like a
 * title: a derived form found in them is still the role. A derived form any other list
 * holds has another job the corpus or the grammar gives it (أمينة a name the corpus
 * writes bare, الملك an honorific, مديره "his director"), and is left out.
 */
const TITLE_LIKE_CLASSES: ReadonlySet<string> = new Set(['corpusCommonNouns', 'corpusPersonTitles']);

/** The listed forms of a role (normalized), then the feminine ones that no list gives another job, without repeats. */
export function roleForms(listed: readonly string[], morphology: Morphology, lexicon: Record<string, ReadonlySet<string>>): string[] {
  const out = listed.map(normalizeForMatch);
  const seen = new Set(out);
  const otherJob = (word: string): boolean => Object.entries(lexicon).some(([list, words]) => !TITLE_LIKE_CLASSES.has(list) && words.has(word));
  const add = (words: string[]): void => {
    const form = words.join(' ');
    if (seen.has(form) || otherJob(words[0])) return;
    seen.add(form);
    out.push(form);
  };
  for (const form of out.slice()) {
    const [head, ...rest] = form.split(' ');
    // A definite head with words after it is a noun and its adjectives (المفوض السامي), which
    // would have to agree too: left to the list, which writes them (المفوضة السامية).
    if (rest.length && morphology.definite(head)) continue;
    if (morphology.feminineEnding && !morphology.feminine(head)) add([head + morphology.feminineEnding, ...rest]);
  }
  return out;
}
