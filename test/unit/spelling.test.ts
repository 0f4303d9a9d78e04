// The spelling model of foreign names (server/src/analysis/spelling.ts): which two written
// forms can be one name spelt two ways, and which are two words, two inflections of one
// word, or two names.

import { strict as assert } from 'node:assert';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { validateSpellingModel } from '../../server/src/analysis/spelling';
import model from '../../server/src/knowledge/spelling.json';

// The Arabic profile's model, as the analysis reads it.
const { hasInnerHamza, isInflection, nameSkeleton, sameNameSpelling } = builtinKnowledge().spelling;

describe('spelling model of foreign names', () => {
  describe('reads as one name spelt two ways', () => {
    const pairs: [string, string, string][] = [
      ['ترامب', 'ترمب', 'a long vowel written or not'],
      ['لوكاشينكو', 'لوكاشينكا', 'a final vowel written two ways'],
      ['نتنياهو', 'نتانياهو', 'a long vowel inside the name'],
      ['إردوغان', 'أردوجان', 'غ and ج for g, and the alef forms'],
      ['غوتيريش', 'غوتيرش', 'a long vowel dropped'],
      ['منوتشين', 'منوشين', 'تش and ش for ch'],
      ['دانييلز', 'دانيلز', 'a doubled letter'],
      ['تيلرسون', 'تيلرسلون', 'a long name misspelt by one letter'],
      ['فيكتور', 'ڤيكتور', 'ڤ and ف for v'],
    ];
    for (const [a, b, why] of pairs) it(`${a} / ${b} (${why})`, () => assert.ok(sameNameSpelling(a, b) && sameNameSpelling(b, a)));
  });

  describe('never reads as one name', () => {
    const pairs: [string, string, string][] = [
      ['الأمريكي', 'الأمريكية', 'two inflections of one adjective'],
      ['الإماراتي', 'الإمارات', 'an adjective and its noun'],
      ['تحليل', 'تحليلا', 'a noun and its accusative'],
      ['استقالة', 'استقالته', 'a noun and the noun with a pronoun'],
      ['استقالت', 'استقالة', 'a verb and its noun'],
      ['محتجزون', 'محتجزين', 'two cases of one plural'],
      ['واتفقوا', 'واتفقا', 'a verb in the plural and in the dual'],
      ['ترامب', 'كوشنر', 'two people'],
      ['أردوغان', 'الانقلاب', 'a name and a common word'],
      ['استقالته', 'استقبلته', 'two words with a pronoun, one letter apart'],
      ['بجروحه', 'بجراحه', 'two words with their clitics'],
      ['بوتين', 'بوتين', 'the same spelling'],
      ['اجتمع', 'واجتمع', 'a word with and without a proclitic'],
      ['الأحد', 'الأسد', 'a short word and a short name one letter apart'],
    ];
    for (const [a, b, why] of pairs) it(`${a} / ${b} (${why})`, () => assert.ok(!sameNameSpelling(a, b) && !sameNameSpelling(b, a)));
  });

  it('keeps the first letter of a name and drops the long vowels after it', () => {
    assert.equal(nameSkeleton('أوباما'), 'ابم');
    assert.equal(nameSkeleton('ترامب'), nameSkeleton('ترمب'));
    assert.notEqual(nameSkeleton('ترامب'), nameSkeleton('كوشنر'));
    assert.equal(nameSkeleton('كوفى'), nameSkeleton('كوفي'), 'ى and ي');
  });

  it('tells inflection endings apart from a name’s own letters', () => {
    assert.ok(isInflection('المصري', 'المصريه'));
    assert.ok(!isInflection('لوكاشينكو', 'لوكاشينكا'));
  });

  it('reads a hamza after the first letter as the mark of an Arabic word', () => {
    assert.ok(hasInnerHamza('مفاجأة'));
    assert.ok(!hasInnerHamza('أردوغان'));
  });

  it('rejects a broken model file with a message that says what is wrong', () => {
    assert.doesNotThrow(() => validateSpellingModel(model));
    assert.throws(() => validateSpellingModel({ ...model, letters: { غج: 'ك' } }), /one letter to one letter/);
    assert.throws(() => validateSpellingModel({ ...model, longVowels: 'اوي' }), /longVowels/);
  });

  describe('in the name-variant rule', () => {
    const variants = (text: string): string[][] => analyze(text).nameVariants.map((v) => [v.canonical, v.variant]);

    it('reports one person spelt two ways', () => {
      const text = 'قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.\nوأضاف الرئيس الأمريكي دونالد ترمب أن بلاده ستنسحب.\nوكان ترامب قد هدد بذلك.\n';
      assert.deepEqual(variants(text), [['ترامب', 'ترمب']]);
    });

    it('reports nothing for two people of one family or an adjective beside a name', () => {
      const text = 'قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.\nوقالت ميلانيا ترامب إنها سعيدة.\nوقال المسؤول الأمريكي إن الأمر انتهى.\n';
      assert.deepEqual(variants(text), []);
    });
  });
});
