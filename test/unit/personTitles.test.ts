// Titles no role lists: the words real copy writes before a person's name after a speech
// verb (المدرب، القاضية، البروفيسور, mined from the corpus into word-classes
// corpusPersonTitles). The name after such a title, or after its complement, is who speaks;
// without a name the title stays the speaker, as before.

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';

function speakers(text: string | string[]): (string | null)[] {
  return statements(article(text)).map((s) => s.speaker);
}

describe('person titles: the mined list', () => {
  it('holds titles of people and their feminine forms, not bodies or documents', () => {
    const titles = builtinKnowledge().lexicon.corpusPersonTitles;
    for (const w of ['المدرب', 'القاضي', 'القاضيه', 'البروفيسور', 'الطبيب', 'الممثله']) assert.ok(titles.has(w), w);
    for (const w of ['الحكومه', 'البيان', 'الشرطه', 'الولايات', 'المتحدث']) assert.ok(!titles.has(w), w);
  });
});

describe('person titles: the name after the title speaks', () => {
  it('reads the name right after the title and its adjectives', () => {
    assert.deepEqual(speakers('وقال المدرب الإيطالي فابيو روسيني إن "الفريق لعب مباراة كبيرة".'), ['فابيو روسيني']);
    assert.deepEqual(speakers('وقالت القاضية مارغريت هولمز في حكمها إن "الأدلة غير كافية".'), ['مارغريت هولمز']);
  });

  it('gives a later bare title to the person it named', () => {
    const a = ['وقالت القاضية مارغريت هولمز في حكمها إن "الأدلة غير كافية".', 'وأضافت القاضية: "لا يمكن إدانة المتهم بهذه الأدلة".'];
    assert.deepEqual(speakers(a), ['مارغريت هولمز', 'مارغريت هولمز']);
  });

  it('reads the name after the title\'s complement: a body under ل, or a comma after where the office is held', () => {
    assert.deepEqual(speakers('وقال المدرب السابق لنادي ريال مدريد أندريه فيلاش إن "المنافسة صعبة هذا الموسم".'), ['أندريه فيلاش']);
    assert.deepEqual(speakers('وقال الباحث في مركز الدراسات الاستراتيجية، ريتشارد بيرنز، إن "التوتر سيستمر".'), ['ريتشارد بيرنز']);
  });

  it('reads the name that closes the clause after a relative clause on the title (القاضية التي …)', () => {
    assert.deepEqual(speakers('وقالت القاضية التي نظرت في القضية حينها إيفلين بيكر لبي بي سي "هذا هو الحكم الوحيد الذي أندم على اتخاذه".'), ['إيفلين بيكر']);
    assert.deepEqual(speakers('وقالت السيدة التي تدعى ماري لوران إن "الطائرة تأخرت ساعتين".'), ['ماري لوران']);
  });

  it('does not give the words to the name of a title in the genitive (الطبيب السابق للرئيس …)', () => {
    const names = speakers('وقال الطبيب السابق للرئيس الأمريكي دونالد ترامب في مقابلة إن "الرسالة لم تكن لي".');
    assert.ok(!names.includes('دونالد ترامب'), names.join(' / '));
  });

  it('keeps the bare title when what follows is no name (a circumstance, a word with a tanween)', () => {
    assert.deepEqual(speakers('وقالت المغنية بنبرة تحدٍ: "لن أتوقف عن الغناء".'), ['المغنية']);
    assert.deepEqual(speakers('وقال المدرب في المؤتمر الصحفي إن "اللاعبين قدموا كل ما لديهم".'), ['المدرب']);
  });
});
