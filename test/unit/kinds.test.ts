import { strict as assert } from 'node:assert';
import { article, quote } from '../support/article';

describe('quote kinds', () => {
  it('calls a quote after فيلم / مؤتمر / منتدى / نادي a title', () => {
    const a = article('وصرح الأمين العام بذلك خلال مؤتمر "الأمن الجماعي في عصر جديد" في إطار منتدى نادي "فالداي" الدولي، وعرض فيلم "الطريق الطويل إلى الوطن".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['title', 'title', 'title']);
  });

  it('calls a label or scare-quote a term', () => {
    const a = article('استذكر الرئيس "الثورات الملونة"، وأشار إلى "الهجوم المشترك". وتنشط خلايا "نائمة" في المنطقة.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term']);
  });

  it('calls a quote a speech verb introduces a statement, however short', () => {
    const a = article('ووصف الوزير الوضع بأنه "خطير". وهدد رئيس الوزراء "بالقصاص". وأعرب المبعوث عن أمله في "حل سريع".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement', 'statement']);
  });

  it('calls a quote nothing introduces a term when nobody around could have said it and it does not read as speech', () => {
    const a = article('وعقد المجلس جلسة خاصة لمناقشة "التدهور في وضع حقوق الإنسان في المنطقة". "لن نسمح بتكرار ما حدث في المدينة".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'statement']);
  });

  it('calls a name after the noun of its kind a term, whatever verb governs the sentence', () => {
    const a = article('وقال المدرب في تصريحات لشبكة "بي إن سبورت" إن فريقه جاهز. وأكدت الوكالة أن "أكسينتور" عرضت خدماتها على شركات مثل "جاغوار" و"لاند روفر".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term', 'term']);
  });

  it("calls an organization's name in quotes a term, however long", () => {
    const a = article('أكد المشاركون في اجتماع "منظمة معاهدة الأمن الجماعي" أن الوضع مستقر.');
    assert.equal(a.quotes[0].kind, 'term');
  });

  it('calls a partial quote woven into reported speech a statement', () => {
    const a = article('وقال الوزير إن الجهود كانت ناجحة، موضحاً أن إمكانات القوات برأيه "أثبتت جدواها للعالم أجمع".');
    assert.equal(quote(a, 'أثبتت').kind, 'statement');
    const b = article('وأعرب لافروف عن ثقته بأن العلاقات "ستكون أكثر أهمية".');
    assert.equal(b.quotes[0].kind, 'statement');
  });

  it('calls quoted words in a headline terms, but `Name: "…"` a statement', () => {
    const a = article(['قادة "الأمن الجماعي" يصفون الأحداث بالعدوان', '', 'أكد القادة أن الأحداث خطيرة.']);
    assert.equal(a.quotes[0].kind, 'term');
    const b = article(['لافروف: "لن نسمح بتكرار ما حدث في كازاخستان"', '', 'قال وزير الخارجية الروسي سيرغي لافروف إن الوضع مستقر.']);
    assert.equal(b.quotes[0].kind, 'statement');
  });

  it('lets the statement threshold be configured', () => {
    // The threshold applies to quotes that no cue introduces.
    const text = 'وقال الوزير إن القرار صائب. "لن نتراجع عن هذه الخطوة المهمة".';
    assert.equal(article(text).quotes[0].kind, 'statement');
    assert.equal(article(text, { statementMinWords: 7 }).quotes[0].kind, 'term');
  });
});
