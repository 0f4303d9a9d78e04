// The people scan reads a token's written form (its hamza, its ta marbuta) only when its
// normalized word could give a different answer: a word that is no normalized stop word
// and has no article is name-like as written, and only ل/ب/ك … ه can be written ل/ب/ك … ة.
// Checked against the answers read from the written text on every token of the seeds and
// of a text written with hamzas, diacritics, tatweel and invisible joiners. Besides its written
// form, nameLike reads the words around a month's name: a date's month is no name's word.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ArticleDocument } from '../../server/src/analysis/document';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';
import { lightlyRemoved, lightNormalize } from '../../server/src/analysis/normalize';
import { nameLikeWord, PeopleFinder, readsAsNounWithHa } from '../../server/src/analysis/people';
import { RangeSet } from '../../server/src/analysis/ranges';
import { ROOT, seedFiles } from '../support/article';

const k = builtinKnowledge();

type Private = { prefixedNoun(i: number): boolean };

/** What the three tests answered when they read every token's written form. */
function fromWritten(doc: ArticleDocument, i: number): { nameLike: boolean; familyName: boolean; prefixedNoun: boolean } {
  const t = doc.tokens;
  const word = t.text(i);
  const written = lightNormalize(doc.tokenText(i, i + 1));
  const stop = k.nameStopsLight.has(written);
  // A noun of the corpus with the pronoun ه as written (حسابه, not سلامة), a fathatan at the end of a word ending with alef (كاتباً).
  const withHa = readsAsNounWithHa(k, word) && written.endsWith('ه');
  const tanween = word.endsWith('ا') && /\u064bا?$/u.test(doc.tokenText(i, i + 1).replace(/[\u064c-\u065f\u0670\u0640]/gu, ''));
  const nameLike = nameLikeWord(k, word) && !stop && !withHa && !tanween && !(k.morphology.definite(written) && !k.personIndex.hasWord(word)) && !inDate(doc, i);
  const familyName =
    k.morphology.definite(word) &&
    word.length >= 5 &&
    !stop &&
    !(k.countryNameIndex.hasWord(word) || k.roleIndex.hasWord(word)) &&
    !(k.lexicon.organizationHeads.has(word.slice(2)) || k.lexicon.institutionHeads.has(word) || k.lexicon.organizationAnaphors.has(word)) &&
    !(k.cues.verbs.has(word) || k.organizationIndex.hasWord(word)) &&
    !k.lexicon.timeWords.has(word);
  const prefixedNoun =
    (/^[لبك]/u.test(written) && written.endsWith('ة')) ||
    (word.startsWith('ل') && word.length >= 4 && k.lexicon.corpusCommonNouns.has(word.slice(1)) && !k.personIndex.hasWord(word));
  return { nameLike, familyName, prefixedNoun };
}

/** A month's name written as a date's (حزيران/يونيو، 14 يناير، يناير 2022), or the word right before one that is no known name's (مطلع حزيران/يونيو). */
function inDate(doc: ArticleDocument, i: number): boolean {
  const t = doc.tokens;
  const month = (j: number): boolean => j >= 0 && j < t.count && k.calendar.monthFirstWords.has(t.text(j));
  const gap = (j: number): string => doc.norm.slice(t.ends[j], t.starts[j + 1]);
  const dated = (j: number): boolean =>
    month(j) && ((month(j - 1) && /^\s*\/\s*$/u.test(gap(j - 1))) || (month(j + 1) && /^\s*\/\s*$/u.test(gap(j))) || (j > 0 && /^\d{1,2}$/u.test(t.text(j - 1))) || (j + 1 < t.count && /^\d{4}$/u.test(t.text(j + 1))));
  return dated(i) || (i + 1 < t.count && /^\s+$/u.test(gap(i)) && dated(i + 1) && !k.personIndex.hasWord(t.text(i)));
}

function compareAll(text: string): number {
  const doc = ArticleDocument.of(text, k);
  const finder = new PeopleFinder(doc, new RangeSet());
  for (let i = 0; i < doc.tokens.count; i++) {
    const expected = fromWritten(doc, i);
    const got = { nameLike: finder.nameLike(i), familyName: finder.familyName(i), prefixedNoun: (finder as unknown as Private).prefixedNoun(i) };
    assert.deepEqual(got, expected, `token ${i} «${doc.tokenText(i, i + 1)}»`);
  }
  return doc.tokens.count;
}

describe('people: written forms read only where they can matter', () => {
  it('skips, reading written text by character, exactly what lightNormalize removes', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(lightlyRemoved(c), lightNormalize(String.fromCharCode(c)) === '', `U+${c.toString(16)}`);
  });

  it('answers as the written text does on every token of the seeds', () => {
    let tokens = 0;
    for (const f of seedFiles()) tokens += compareAll(fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
    assert.ok(tokens > 1000, `${tokens} tokens read`);
  });

  it('answers as the written text does with hamzas, diacritics, tatweel and joiners', () => {
    const stops = [...k.nameStopsLight].slice(0, 40).join(' ');
    const text = [
      'قال ألكسندر إلهام الوزير أنّ إنَّ الـوزير الأمين لاتفاقيّة بمنظمة كمال باسم لمنظمه للمنظمة',
      'علق عليها كاتباً أخيرًا حسابه سلامة رحمه عبده وقالت مؤسسة ب\u200dمنظمة ل\u200cاتفاقية ال\u200dوزير \u0627\u0644\u0652\u0648\u0632\u064a\u0631 آلكسندر الخصاونة الأسد',
      stops,
      [...k.nameStopsLight].slice(0, 40).map((w) => w.replace(/ا/gu, 'أ').replace(/ه$/u, 'ة')).join(' '),
    ].join('\n\n');
    assert.ok(compareAll(text) > 60);
  });
});
