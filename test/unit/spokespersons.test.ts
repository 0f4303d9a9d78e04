// A spokesperson named or described once is the speaker of the bare المتحدث / المتحدثة that
// refers back to them, by the article's own evidence: the same gender, the latest one
// introduced, never one skipped for another body's spokesperson. And the name after a
// spokesperson's باسم is whom the spokesperson speaks for, not the spokesperson.

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';

/** Every statement's speaker, in order. */
function speakers(lines: string[]): (string | null)[] {
  return statements(article(lines)).map((s) => s.speaker);
}

describe('spokespersons: the bare noun refers back', () => {
  it('gives وأضاف المتحدث to the spokesman named before (المتحدث باسم الوزارة سامر الخوري)', () => {
    assert.deepEqual(
      speakers([
        'وقال المتحدث باسم وزارة الزراعة سامر الخوري إن "المحصول هذا العام أفضل من العام الماضي".',
        'وأضاف المتحدث أن "الوزارة ستدعم المزارعين في كل المحافظات".',
      ]),
      ['سامر الخوري', 'سامر الخوري'],
    );
  });

  it('keeps the genders apart: المتحدثة is the spokeswoman, though a spokesman spoke since', () => {
    const said = speakers([
      'وقالت المتحدثة باسم البلدية هالة سعيد إن "الطرق ستفتح صباح الغد".',
      'وقال المتحدث باسم الشرطة كريم نور إن "الوضع تحت السيطرة تماما".',
      'وأضافت المتحدثة أن "فرق الصيانة تعمل طوال الليل".',
    ]);
    assert.equal(said[2], 'هالة سعيد', said.join(' / '));
  });

  it('takes the latest spokesperson of that gender, not one named before another body\'s (متحدث باسم الشركة)', () => {
    const said = speakers([
      'وقال المتحدث باسم الوزارة سامر الخوري إن "القرار نهائي ولا رجعة فيه".',
      'وقال متحدث باسم الشركة إن "الشركة ستطعن في القرار أمام المحكمة".',
      'وأضاف المتحدث أن "المحامين يدرسون الملف منذ أسبوع".',
    ]);
    assert.equal(said[2], 'متحدث باسم الشركة', said.join(' / '));
  });

  it('gives المتحدث to a spokesman described by an adjective before (المتحدث العسكري), not to a description that ran into an object', () => {
    const said = speakers([
      'وقال المتحدث العسكري في بيان إن "القوات دمرت عشرة مخابئ".',
      'وأضاف المتحدث أن "العمليات ستستمر حتى تطهير المنطقة".',
      'ورفضت المتحدثة الإدلاء بأي تعليق، لكن مصدرا قال إن "الاجتماع انتهى".',
      'وقالت المتحدثة إن "الوزارة ستصدر بيانا".',
    ]);
    assert.equal(said[1], 'المتحدث العسكري', said.join(' / '));
    assert.notEqual(said[said.length - 1], 'المتحدثة الإدلاء', said.join(' / '));
  });

  it('leaves المتحدث as written when no spokesperson was introduced before it, and links it once one is', () => {
    assert.deepEqual(
      speakers([
        'وقال المتحدث إن "الاجتماع سيعقد في موعده".',
        'وقال المتحدث باسم الشرطة كريم نور إن "الوضع تحت السيطرة تماما".',
        'وأضاف المتحدث أن "الدوريات ستستمر حتى الصباح".',
      ]),
      ['المتحدث', 'كريم نور', 'كريم نور'],
    );
  });

  it('does not link through a name that may be the office holder\'s, nor skip it (المتحدث باسم رئيسة الوزراء هيلين تورب)', () => {
    const said = speakers([
      'وقال المتحدث باسم الوزارة سامر الخوري إن "القرار نهائي ولا رجعة فيه".',
      'وأضاف المتحدث أن "الوزارة ستنشر التفاصيل غدا".',
      'وقال المتحدث باسم رئيسة الوزراء هيلين تورب إن "الحكومة لن تستقيل".',
      'وأضاف المتحدث أن "الانتخابات ستجري في موعدها".',
    ]);
    // (Who said the third is left open: the name may be either's.)
    assert.deepEqual([said[0], said[1], said[3]], ['سامر الخوري', 'سامر الخوري', 'المتحدث'], said.join(' / '));
  });
});

describe('spokespersons: the same office', () => {
  it('reads a body written as its head noun as the body written out before (المتحدث باسم الاتحاد after المتحدث باسم الاتحاد الزراعي الوطني)', () => {
    const said = speakers([
      'وقال المتحدث باسم الاتحاد الزراعي الوطني رامي الحسن إن "الموسم سيبدأ مبكرا هذا العام".',
      'وقال وزير المالية إن "الميزانية لن تتغير".',
      'وأكد المتحدث باسم الاتحاد أن "المزارعين سيحصلون على الدعم كاملا".',
    ]);
    assert.equal(said[2], 'رامي الحسن', said.join(' / '));
  });
});

describe('spokespersons: whom they speak for', () => {
  it('reads the name right after باسم as whom the spokesperson speaks for (المتحدث باسم كاراسكو)', () => {
    assert.deepEqual(speakers(['وقال المتحدث باسم كاراسكو إن "المرشح سيعلن برنامجه الأسبوع المقبل".']), ['المتحدث باسم كاراسكو']);
  });

  it('reads the name set off by a comma after it as the spokesperson\'s (المتحدث باسم كاراسكو، خوان ميندث)', () => {
    assert.deepEqual(speakers(['وقال المتحدث باسم كاراسكو، خوان ميندث، إن "المرشح سيعلن برنامجه الأسبوع المقبل".']), ['خوان ميندث']);
  });

  it('reads a body known after باسم apart from the spokesperson\'s name after it (المتحدث باسم حماس سامي عبد الرؤوف)', () => {
    assert.deepEqual(speakers(['وقال المتحدث باسم حماس سامي عبد الرؤوف في بيان إن "الحركة ترفض المقترح".']), ['سامي عبد الرؤوف']);
  });
});
