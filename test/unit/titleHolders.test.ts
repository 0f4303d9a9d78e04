// A title's holder: the name after a title belongs to it even when the title runs on past
// its head, through a second title joined by و (الكاتب والمحلل السياسي …) or an adjective of
// when the office was held (الرئيس الأميركي السابق …). The speaker is then the name, not the
// bare title.

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';
import { ArticleDocument } from '../../server/src/analysis/document';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';
import { PeopleFinder } from '../../server/src/analysis/people';
import { RangeSet } from '../../server/src/analysis/ranges';

function speakers(text: string | string[]): (string | null)[] {
  return statements(article(text)).map((s) => s.speaker);
}

/** The written names of the people pass's mentions in one line (normalized). */
function mentionNames(text: string): string[] {
  const doc = ArticleDocument.of(text, builtinKnowledge());
  const mentions = new PeopleFinder(doc, new RangeSet()).find([{ start: 0, end: doc.norm.length }]);
  return mentions.flatMap((m) => (m.name ? [doc.norm.slice(m.name.normStart, m.name.normEnd)] : []));
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

describe('title holders: where the office is held, then the name', () => {
  it('reads the name after في and the body, country or definite noun phrase the office is in', () => {
    assert.deepEqual(speakers('وشبّه الوزير في الحكومة الأسترالية نايجل سكولر الطائرات الورقية بالصواريخ، قائلا إن "الضرر كبير".'), ['نايجل سكولر']);
    assert.deepEqual(speakers('وندد زعيم المعارضة في بوليفيا كارلوس ميسا بإعلان النتائج، واصفا إياها بأنها "انقلاب على الإرادة الشعبية".'), ['كارلوس ميسا']);
  });

  it('reads the name after a one-word place real copy writes as no ordinary word', () => {
    assert.deepEqual(speakers('وغرد السفير الروسي في كانبيرا أليكسي بافلوفسكي في حسابه على تويتر قائلا إن "العلاقات تمر بمرحلة صعبة".'), ['أليكسي بافلوفسكي']);
  });

  it('finds no name after a circumstance (في بيان) or before إن: the title stays bare', () => {
    assert.deepEqual(speakers('وقال الوزير الأسترالي في بيان إن "القرار نهائي".'), ['الوزير الأسترالي']);
    assert.deepEqual(speakers('وقال السفير الروسي في كانبيرا إن "العلاقات تمر بمرحلة صعبة".'), ['السفير الروسي']);
  });
});

describe('title holders: a verb is no name', () => {
  it('takes no present verb after a title for its holder\'s name (نائب الوزير يسمع، رئيس يتولى)', () => {
    assert.deepEqual(speakers('ونشرت المجلة تسجيلا تقول إن صوت نائب الوزير يسمع فيه وهو يقول: "هل يمكن أن أعانقك؟"'), ['نائب الوزير']);
    const names = speakers(['ويتنافس في الانتخابات نلسون شاميسا الذي يطمح أن يصبح أصغر رئيس يتولى الحكم في البلاد.', 'وقال في تصريح للإذاعة الرسمية إن "البلاد تستحق فرصة للحلم".']);
    assert.ok(!names.some((n) => n?.includes('يتولى')), names.join(' / '));
  });

  it('reads a past verb or أما that opens the sentence before an apposed name and title as the sentence\'s', () => {
    assert.deepEqual(speakers(['دافع جوش فرايدنبرغ، وزير الخزانة الأسترالي، عن الميزانية أمام البرلمان.', 'وقال فرايدنبرغ إن "الحكومة لن تتراجع".']), ['جوش فرايدنبرغ']);
    assert.deepEqual(speakers(['أما بيتر داتون، وزير الداخلية الأسترالي، فرفض التعليق.', 'وأضاف داتون أن "الحدود آمنة".']), ['بيتر داتون']);
    // The answer of أما after the apposed title is no holder's name (فرفض، فلم), whatever the title's country.
    assert.deepEqual(speakers(['أما بيتر داتون، وزير الداخلية البريطاني، فلم يعلق.', 'وأضاف داتون أن "الحدود آمنة".']), ['بيتر داتون']);
    // Without أما and a name before the title, a word ف opens after the comma is the holder's name.
    assert.deepEqual(speakers('وقال نائب وزير الخارجية السوري، فيصل المقداد، إن "الحرب على الإرهاب لم تنته بعد".'), ['فيصل المقداد']);
  });

  it('keeps a first name real copy also writes as a verb when one word of name would be left (مات هانكوك)', () => {
    assert.deepEqual(mentionNames('مات هانكوك، وزير الصحة البريطاني، قال إن الخطة جاهزة.'), ['مات هانكوك']);
    assert.deepEqual(mentionNames('أشرف غني، الرئيس الأفغاني، قال إن الحوار ممكن.'), ['اشرف غني']);
    assert.deepEqual(mentionNames('دافع جوش فرايدنبرغ، وزير الخزانة الأسترالي، عن الميزانية.'), ['جوش فرايدنبرغ']);
  });
});

describe('title holders: a word joined by و with its own pronoun is no name', () => {
  it('reads وصفعه، ومقره after a title or a body as a clause going on, not the name', () => {
    assert.deepEqual(speakers(['وتقدم أحد الصحفيين من الوزير بسؤال أثار غضبه، فتهجم على الصحفي وصفعه.', 'ورد الصحفي قائلا: "كنت أقوم بعملي فحسب".']), ['الصحفي']);
    assert.deepEqual(speakers('وأضاف المركز، ومقره ميامي، أن "الإعصار يتحرك شمالا".'), ['المركز']);
  });
});

describe('title holders: a bare title and the office of a body', () => {
  it('never gives the office of a body to the one a bare الرئيس named (الرئيس جان دوبوا, then رئيس المجلس الأوروبي)', () => {
    const names = speakers('ودعا الرئيس جان دوبوا إلى "حل أوروبي مشترك". وذكر رئيس المجلس الأوروبي في رسالته أن "الحدود تحتاج حماية أكبر".');
    assert.equal(names[0], 'جان دوبوا');
    assert.notEqual(names[1], 'جان دوبوا');
  });

  it('still gives a body\'s office to the one a bare title of that kind named (الأمين العام ينس كارلسن, then أمين عام الناتو)', () => {
    assert.deepEqual(speakers('وقال الأمين العام ينس كارلسن إن "الحلف موحد". وأضاف أمين عام الناتو أن "روسيا تهدد الأمن".'), ['ينس كارلسن', 'ينس كارلسن']);
  });
});

describe('title holders: a title in construct with a common noun', () => {
  it('reads ملكة جمال لبنان as a title and its genitive, not a queen named جمال', () => {
    const text = 'وقالت ملكة جمال لبنان إن "المسابقة كانت صعبة".';
    assert.ok(!mentionNames(text).includes('جمال'), mentionNames(text).join(' / '));
    assert.notEqual(speakers(text)[0], 'جمال');
  });

  it('still reads the name after a definite title of one word (الملكة رانيا العبدالله)', () => {
    assert.deepEqual(speakers('وقالت الملكة رانيا العبدالله إن "التعليم حق للجميع".'), ['رانيا العبدالله']);
  });
});
