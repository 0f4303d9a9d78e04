import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCues, type Inflection, type Reviewed } from '../../scripts/cues/build';
import { article, quote, ROOT, speakerOf } from '../support/article';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'cues', file), 'utf8')) as T;
const reviewed = readJson<Reviewed>('reviewed.json');
const inflection = readJson<Inflection>('inflection.json');

describe('cue forms that are nouns or other verbs', () => {
  it('reads a word written with ة as a noun, never a verb with the object pronoun ه (طالبة student, not طالبه demanded him)', () => {
    const a = article('وقالت ديكينا ميوزيا، وهي طالبة في السنة الثالثة بجامعة زامبيا، لبي بي سي: "لا بد من الذهاب إلى الجامعة كل يوم".');
    assert.equal(quote(a, 'لا بد').cue?.text, 'وقالت');
    assert.equal(speakerOf(a, quote(a, 'لا بد')), 'ديكينا ميوزيا');
    // Written with ه, the same letters are the verb and its object.
    assert.equal(article('وطالبه الوزير بـ"تقديم استقالته فورا" بعد الحادث.').quotes[0].cue?.text, 'وطالبه');
  });

  it('reads a form that is also a noun as the noun after a subject pronoun or before its feminine (وهو طالب، طالب وطالبة)', () => {
    const a = article('قال ميكيل آلفاريز وهو طالب حقوق كان بين المتظاهرين "هناك أغلبية تؤيد الجمهورية".');
    assert.equal(quote(a, 'هناك').cue?.text, 'قال');
    const b = article('وذكرت الوزارة أن عددهم يصل إلى 12 ألف طالب وطالبة، وأصدرت أمرا بـ"إيقاف الابتعاث" فورا.');
    assert.notEqual(quote(b, 'إيقاف').cue?.text, 'وطالبة');
    // With its subject after it, it is the verb (وطالب الوزير بـ"…").
    const c = article('وطالب الوزير بـ"تحقيق دولي مستقل" في الحادث.');
    assert.equal(c.quotes[0].cue?.text, 'وطالب');
    assert.equal(speakerOf(c, c.quotes[0]), 'الوزير');
  });

  it('reads the present of وعد as "promises" only with the بـ it governs, not as "is considered" or "no longer"', () => {
    // يُعد "is considered": the words are the one the sentence's قال names.
    const a = article('وقال المتحدث إن السعودية تعد "أبرز مساندة للإرهاب في العالم". وقال مصدر إن العمل معها يعد بمثابة "كابوس حقيقي".');
    assert.deepEqual(a.quotes.map((q) => q.cue?.text), ['وقال', 'وقال']);
    // لم يعد "no longer", though a بـ follows.
    const b = article('ورأى الملحن أنه لم يعد بإمكان الفنانين تقديم "إبداع حقيقي" كما في السابق.');
    assert.notEqual(b.quotes[0].cue?.text, 'يعد');
    // With its بـ, after the object or right after the verb, it promises.
    const c = article('وتعد الشركة زبائنها بـ"العيش إلى الأبد" عبر تحميل أفكارهم.');
    assert.equal(c.quotes[0].cue?.text, 'وتعد');
    assert.equal(speakerOf(c, c.quotes[0]), 'الشركة');
  });

  it('builds the noun forms and the governed forms from the reviewed list, and refuses a form the verb does not generate', () => {
    const cues = buildCues(reviewed, inflection);
    assert.ok(cues.nounForms.includes('طالب'));
    const governed = cues.governedForms.find((g) => g.forms.includes('يعد'));
    assert.equal(governed?.preposition, 'ب');
    assert.ok(governed?.notAfter.includes('لم'));
    const wrong: Reviewed = { ...reviewed, verbs: reviewed.verbs.map((v) => (v.lemma === 'طالب' ? { ...v, nouns: ['طلاب'] } : v)) };
    assert.throws(() => buildCues(wrong, inflection), /nouns names "طلاب", which it does not generate/);
  });
});
