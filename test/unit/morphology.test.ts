// Spec: clitics are data. A word is read with its proclitics (و، ف، ب، ل، ك and the article)
// taken off, by the rules of the profile's morphology (knowledge/morphology.json for Arabic),
// and a profile without one reads every word as itself.

import { strict as assert } from 'node:assert';
import { arabicProfile, builtinKnowledge } from '../../server/src/analysis';
import { Morphology, NO_MORPHOLOGY } from '../../server/src/analysis/morphology';
import { checkMorphology } from '../../server/src/analysis/language/schema';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import { roleForms } from '../../server/src/analysis/knowledge/roleForms';

const arabic = (): Morphology => new Morphology(arabicProfile().morphology ?? NO_MORPHOLOGY);

describe('Morphology: the clitic rules of a language, as data', () => {
  it('reads a word as itself first, then with each proclitic chain taken off', () => {
    const readings = arabic().readings('وبالوزاره');
    assert.deepEqual(readings[0], { stem: 'وبالوزاره', prefix: '' });
    assert.ok(readings.some((r) => r.stem === 'الوزاره' && r.prefix === 'وب'), 'وب + ال keeps the article on the stem');
    assert.ok(readings.some((r) => r.stem === 'بالوزاره' && r.prefix === 'و'));
  });

  it('gives the article back where ل swallowed its alef (للمنظمه = ل + المنظمه)', () => {
    const readings = arabic().readings('وللمنظمه');
    assert.ok(readings.some((r) => r.stem === 'المنظمه' && r.prefix === 'ول'));
    assert.ok(arabic().readings('للمنظمه').some((r) => r.stem === 'المنظمه' && r.prefix === 'ل'));
  });

  it('never strips a word down to one letter', () => {
    assert.deepEqual(arabic().stems('وب'), ['وب']);
    assert.deepEqual(arabic().stems('لن'), ['لن']);
  });

  it('writes a word with every proclitic: the inverse of reading', () => {
    const m = arabic();
    const forms = m.forms('الرئيس');
    for (const form of ['وبالرئيس', 'للرئيس', 'فالرئيس', 'الرئيس']) assert.ok(forms.includes(form), form);
    for (const form of forms) assert.ok(m.stems(form).includes('الرئيس'), `${form} reads back as الرئيس`);
    assert.ok(!m.forms('رئيس').includes('للرئيس'), 'an indefinite word takes no article chain');
  });

  it('tells a written form of a listed word without making the forms (isFormOf, the inverse of forms)', () => {
    const m = arabic();
    // The first words of the built-in names, as a phrase index lists them; the set of all their forms is what it kept before.
    const firsts = new Set<string>();
    for (const o of arabicProfile().organizations ?? []) for (const name of o.arabic) firsts.add(normalizeForMatch(name).split(' ')[0]);
    for (const w of ['ال', 'و', 'لل', 'ب']) firsts.add(w); // words as short as a proclitic chain
    const surface = new Set([...firsts].flatMap((w) => m.forms(w)));
    assert.ok(surface.size > firsts.size * 10);
    // Every form, each cut by a letter at either end, and each with one more proclitic: true exactly where the old set held the word.
    const probes = new Set<string>();
    for (const f of surface) for (const p of [f, f.slice(1), f.slice(0, -1), `و${f}`, `ل${f}`, `ال${f}`]) probes.add(p);
    let held = 0;
    for (const p of probes) {
      assert.equal(m.isFormOf(p, firsts), surface.has(p), p);
      if (surface.has(p)) held++;
    }
    assert.ok(held > 0 && held < probes.size);
  });

  it("holds the title openers as FormsOf: every written form of a title's first word, as the set of all forms held them", () => {
    const k = builtinKnowledge();
    const m = k.morphology;
    // A role's forms are its listed ones and the feminine ones derived from them (roleForms.ts).
    const words = [...k.roles.values()].flatMap((r) => roleForms(r.arabic, m, k.lexicon).map((a) => a.split(' ')[0]));
    for (const w of [...(k.lexicon.counterpart ?? []), ...(k.lexicon.genericMinister ?? [])]) words.push(w);
    const surface = new Set(words.flatMap((w) => m.forms(w)));
    const probes = new Set<string>();
    for (const f of surface) for (const p of [f, f.slice(1), f.slice(0, -1), `و${f}`, `ال${f}`]) probes.add(p);
    let held = 0;
    for (const p of probes) {
      assert.equal(k.titleOpeners.has(p), surface.has(p), p);
      if (surface.has(p)) held++;
    }
    assert.ok(held > 1000 && held < probes.size);
    assert.ok(k.titleOpeners.has('والوزير') && k.titleOpeners.has('فالوزير') && !k.titleOpeners.has('قال'));
  });

  it('reads a word against the chains of its first letter only, in the order the data lists them', () => {
    const m = new Morphology({ ...NO_MORPHOLOGY, article: 'ال', proclitics: ['وال', 'ب', 'و', 'وب'] });
    assert.deepEqual(m.readings('وبالبيت'), [
      { stem: 'وبالبيت', prefix: '' },
      { stem: 'بالبيت', prefix: 'و' },
      { stem: 'البيت', prefix: 'وب' },
    ]);
    assert.deepEqual(m.readings('بيت'), [{ stem: 'بيت', prefix: '' }, { stem: 'يت', prefix: 'ب' }]);
    assert.ok(m.isFormOf('وبيت', new Set(['بيت'])) && !m.isFormOf('كبيت', new Set(['بيت'])));
    // An empty chain (no schema lets one through, a profile built in code could) stands on every word.
    const empty = new Morphology({ ...NO_MORPHOLOGY, proclitics: ['', 'و'] });
    assert.deepEqual(empty.stems('وقال'), ['وقال', 'وقال', 'قال']);
  });

  it('knows the article, the pronoun endings, the feminine ending and the present prefixes', () => {
    const m = arabic();
    assert.ok(m.definite('الوزير') && !m.definite('وزير'));
    assert.equal(m.pronounSuffix('حديثهما'), 'هما');
    assert.equal(m.pronounSuffix('وقالها'), 'ها');
    assert.equal(m.pronounSuffix('قال'), null);
    assert.ok(m.feminine('الوزيره') && !m.feminine('الوزير'));
    assert.equal(m.presentGender('يقول'), 'm');
    assert.equal(m.presentGender('تقول'), 'f');
    assert.ok(m.plural('يقولون') && m.plural('قالوا') && !m.plural('قال'));
  });

  it('reads a plural in construct, an accusative ending, a pronoun ending and a conjunction off a word', () => {
    const m = arabic();
    assert.equal(m.absoluteOfConstruct('مقاتلي'), 'مقاتلين');
    assert.equal(m.withoutCaseEnding('طفلا'), 'طفل');
    assert.deepEqual(m.withoutPronoun('قرارها'), ['قرار']);
    // The feminine ending is written ت before a pronoun.
    assert.ok(m.withoutPronoun('ايجابيته').includes('ايجابيه'));
    assert.deepEqual(m.withoutPronoun('قال'), []);
    // A set holds a word as written or without one conjunction (و، ف).
    assert.ok(m.holds(new Set(['قال']), 'وقال') && m.holds(new Set(['قال']), 'قال') && !m.holds(new Set(['قال']), 'بقال'));
  });

  it('reads one conjunction (و، ف) off a word, whatever follows, and nothing else', () => {
    const m = arabic();
    assert.equal(m.conjunction('وقال'), 'و');
    assert.equal(m.withoutConjunction('وقال'), 'قال');
    assert.equal(m.withoutConjunction('فالرئيس'), 'الرئيس');
    // One only: ووقع keeps its second و; a lone و leaves nothing.
    assert.equal(m.withoutConjunction('ووقع'), 'وقع');
    assert.equal(m.withoutConjunction('و'), '');
    // ب and ل are prepositions, not conjunctions; the article is no conjunction either.
    assert.equal(m.withoutConjunction('بقيادة'), null);
    assert.equal(m.withoutConjunction('الوزير'), null);
    assert.equal(m.conjunction(''), null);
    assert.equal(new Morphology(NO_MORPHOLOGY).withoutConjunction('وقال'), null);
    // ل swallows the article's alef, after a conjunction too; not after two.
    for (const w of ['للامم', 'وللامم', 'فللامم']) assert.ok(m.contractsArticle(w), w);
    for (const w of ['لامم', 'الامم', 'بالامم', 'ووللامم']) assert.ok(!m.contractsArticle(w), w);
  });

  it('reads a present verb in the future (سيكون، سنعود) through the verbs it is given, and tells a first person', () => {
    const verbs = new Set(['يكون', 'نعود', 'انتقم']);
    const m = arabic();
    assert.equal(m.futureVerb('سيكون', verbs), 'other');
    assert.equal(m.futureVerb('سنعود', verbs), 'first');
    assert.equal(m.futureVerb('ساعود', verbs), 'first', 'سأعود, its hamza normalized: أعود is read through نعود');
    assert.equal(m.futureVerb('ستنتقم', verbs), 'other', 'تنتقم is read through انتقم');
    for (const name of ['سيمنز', 'ستاندرد', 'سانا', 'سي']) assert.equal(m.futureVerb(name, verbs), null, name);
    assert.equal(new Morphology(NO_MORPHOLOGY).futureVerb('سيكون', verbs), null);
  });

  it('without a morphology every word is itself and nothing is definite or feminine', () => {
    const m = new Morphology(NO_MORPHOLOGY);
    assert.deepEqual(m.stems('والرئيس'), ['والرئيس']);
    assert.deepEqual(m.forms('the'), ['the']);
    assert.ok(!m.definite('the') && !m.feminine('queen') && m.presentGender('says') === null && m.pronounSuffix('them') === null);
  });

  it('reads a particle with its pronoun (لهم، إليها، علينا), and لنا or بنا, which also spell names, only when asked', () => {
    const k = builtinKnowledge();
    const m = k.morphology;
    const p = k.lexicon.prepositions;
    for (const w of ['لهم', 'بها', 'اليها', 'عليه', 'ولديه', 'خلاله', 'علينا']) assert.ok(m.particleWithPronoun(w, p), w);
    for (const w of ['لنا', 'بنا', 'لي', 'كي', 'بهاء', 'علي', 'عبده', 'هنا', 'طه']) assert.ok(!m.particleWithPronoun(w, p), w);
    assert.ok(m.particleWithPronoun('لنا', p, true) && m.particleWithPronoun('بنا', p, true));
    assert.ok(!m.particleWithPronoun('لي', p, true));
  });

  it('reads the letters of the proclitic prepositions (ل to, ب by, ك like) from the data, none without it', () => {
    const m = arabic();
    assert.deepEqual([m.prepositionLetters.to, m.prepositionLetters.by, m.prepositionLetters.like], ['ل', 'ب', 'ك'].map((c) => c.charCodeAt(0)));
    assert.ok(m.isPrepositionLetter('كالمنظمه'.charCodeAt(0)) && !m.isPrepositionLetter('والمنظمه'.charCodeAt(0)));
    const swapped = new Morphology({ ...(arabicProfile().morphology ?? NO_MORPHOLOGY), prepositionProclitics: { to: 'ب', by: 'ل', like: 'ك' } });
    assert.equal(swapped.prepositionLetters.to, 'ب'.charCodeAt(0));
    const none = new Morphology(NO_MORPHOLOGY);
    assert.ok(!none.isPrepositionLetter('ل'.charCodeAt(0)) && none.prepositionLetters.to === -1);
  });

  it('names what is wrong in a broken morphology', () => {
    assert.deepEqual(checkMorphology(arabicProfile().morphology), []);
    const problems = checkMorphology({ article: 1, proclitics: ['و', ''], articleContractions: [{ written: '' }], objectPronouns: [], feminineEnding: 'ه', presentPrefixes: { m: 'ي' }, pluralEndings: [], constructEndings: [{ construct: 'ي' }], caseEndings: [''], feminineBeforePronoun: 3, conjunctions: ['و', 2], futurePrefix: 4, firstPersonPrefixes: [''], prepositionProclitics: { to: 'ل', by: 'بب' } });
    const paths = problems.map((p) => p.path);
    for (const path of ['morphology.article', 'morphology.proclitics', 'morphology.articleContractions[0]', 'morphology.presentPrefixes', 'morphology.constructEndings', 'morphology.caseEndings', 'morphology.feminineBeforePronoun', 'morphology.conjunctions', 'morphology.futurePrefix', 'morphology.firstPersonPrefixes', 'morphology.prepositionProclitics']) assert.ok(paths.includes(path), path);
  });
});
