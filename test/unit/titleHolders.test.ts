// A title's holder: the name after a title belongs to it even when the title runs on past
// its head, through a second title joined by و (الكاتب والمحلل السياسي …) or an adjective of
// when the office was held (الرئيس الأميركي السابق …). The speaker is then the name, not the
// bare title.

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';

function speakers(text: string | string[]): (string | null)[] {
  return statements(article(text)).map((s) => s.speaker);
}

describe('title holders: a name after a title that runs on', () => {
  it('gives the words to the name after two titles joined by و (الكاتب والمحلل السياسي)', () => {
    assert.deepEqual(speakers('وقال الكاتب والمحلل السياسي الأردني سامي الخطيب، في حديث لإذاعة محلية، إن "الحكومة تأخرت في الرد".'), ['سامي الخطيب']);
    assert.deepEqual(speakers('ونقلت الوكالة عن نائب رئيس الوزراء والناطق باسم الحكومة التركية يوسف أقطاي قوله: "لن نتراجع عن القرار".'), ['يوسف أقطاي']);
  });

  it('keeps two titles with their own country apart (الرئيس الروسي والرئيس الأمريكي): the name is only the second one\'s', () => {
    const names = speakers('وأكد الرئيس الروسي والرئيس الأمريكي دونالد ترامب، في بيان مشترك، أن "الحوار سيستمر".');
    assert.ok(!names.includes('دونالد ترامب'), names.join(' / '));
  });

  it('reads a tenure adjective as part of the title, so the name after it is the holder\'s (السابق، الأسبق)', () => {
    assert.deepEqual(speakers('ورأى وزير الخارجية القطري الأسبق، حمد بن جاسم، في تغريدة، أن "المنطقة تمر بمرحلة صعبة".'), ['حمد بن جاسم']);
    assert.deepEqual(speakers('وصرح الرئيس الأميركي السابق باراك أوباما، في طوكيو الأحد، بأن "التهديد حقيقي".'), ['باراك أوباما']);
  });

  it('gives a former title\'s holder no current office: a later bare title is not theirs, a later former one is', () => {
    const a = article([
      'وانتقد الرئيس الأميركي السابق باراك أوباما القرار الأخير.',
      'وقال الرئيس الأميركي، في تغريدة، إن "القرار صائب".',
      'ورد الرئيس السابق، في بيان، بأن "الانسحاب خطأ كبير".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['الرئيس الأميركي', 'باراك أوباما']);
  });
});
