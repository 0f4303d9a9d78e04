import { strict as assert } from 'node:assert';
import { article, quote } from '../support/article';

describe('quotes', () => {
  it('finds straight, curly and guillemet quotes', () => {
    const a = article('قال الوزير: "نحن مستعدون للحوار دائما". وأضاف: «لن نقبل الإملاءات من أحد». وتابع: “الأمر واضح تماما للجميع”.');
    assert.deepEqual(
      a.quotes.map((q) => [q.mark, q.content.text]),
      [
        ['straight', 'نحن مستعدون للحوار دائما'],
        ['guillemet', 'لن نقبل الإملاءات من أحد'],
        ['curly', 'الأمر واضح تماما للجميع'],
      ],
    );
  });

  it('nests a term quoted with the same character inside a statement (الـ "ناتو")', () => {
    const a = article('وأشار إلى أن "الأمريكيين فروا مع بقية أعضاء حلف شمال الأطلسي الـ "ناتو"، تاركين هذا البلد في حالة صعبة".');
    const outer = quote(a, 'الأمريكيين');
    const inner = quote(a, 'ناتو');
    assert.equal(inner.nestedIn, outer.index);
    assert.equal(inner.kind, 'term');
    assert.ok(outer.content.text.endsWith('حالة صعبة'));
    assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
  });

  it('opens a quote after a proclitic: و"يجب" and بـ"…"', () => {
    const a = article('قال الرئيس إن القوات ليست "محتلة"، و"يجب ألا نسمح بتصوير قواتنا بهذه الصورة أبدا".');
    assert.deepEqual(a.quotes.map((q) => q.content.text), ['محتلة', 'يجب ألا نسمح بتصوير قواتنا بهذه الصورة أبدا']);
  });

  it('reports an unclosed quote and still recovers its span to the end of the line', () => {
    const a = article('وقال الوزير: "دخلت مجموعات من المسلحين إلى المدينة وبدأت الهجوم.');
    const q = quote(a, 'دخلت');
    assert.equal(q.balanced, false);
    assert.ok(q.content.text.endsWith('الهجوم'));
    const f = a.findings.find((x) => x.code === 'unbalanced-quote');
    assert.ok(f, 'an unbalanced-quote finding');
    assert.equal(a.text.slice(f.span.start, f.span.end), '"');
  });

  it('reports a stray closing mark without inventing a quote', () => {
    const a = article('وقال زاس: "هناك زيادة كبيرة في المجموعات العسكرية" - النشاط العسكري آخذ في الازدياد".');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 1);
  });

  it('closes a quote whose closing mark is of another kind than its opening one ("…” and "…“)', () => {
    const a = article('وأعلنت "الدار”، في اليوم الأول، عن مشروعها. وقال ترودو إن بلاده سترد "بتطبيق رسوم تعادل تلك التي فرضت علينا ظلماً“. وأضاف: “لن نقبل ذلك".');
    assert.deepEqual(
      a.quotes.map((q) => [q.content.text, q.balanced]),
      [
        ['الدار', true],
        ['بتطبيق رسوم تعادل تلك التي فرضت علينا ظلماً', true],
        ['لن نقبل ذلك', true],
      ],
    );
    assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    // A closer with nothing open at all is still a stray mark.
    assert.equal(article('وقال الوزير إن القوات انسحبت”.').findings.filter((f) => f.code === 'unbalanced-quote').length, 1);
  });

  it('reads two closers in a row with nothing open as a quote whose opener touches the word before it', () => {
    const a = article('وقال الشاهد إن" القوات أطلقت النار على المحتجين في الساحة". ودعا البنك إلى "التقشف"وتنفيذ" إصلاحات عاجلة".');
    assert.deepEqual(
      a.quotes.map((q) => q.content.text.trim()),
      ['القوات أطلقت النار على المحتجين في الساحة', 'التقشف', 'إصلاحات عاجلة'],
    );
    assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    // A lone closer at the end of a line still opens nothing.
    assert.equal(article('وقال الشاهد إن القوات أطلقت النار".').quotes.length, 0);
  });

  it('keeps editorial insertions inside the quote', () => {
    const a = article('واستدرك قائلا: "آمل ألا يتم تطبيق هذه التجربة (تجربة جذب القوات – تاس)، ولكن يجب أن نكون مستعدين".');
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0].content.text.includes('– تاس)'));
  });

  it('accepts punctuation inside or outside the closing mark', () => {
    const a = article(['قال الوزير: "الوضع مستقر الآن." ثم غادر القاعة.', 'وأضاف: "سنواصل العمل معا"، مشيرا إلى الاتفاق.']);
    assert.deepEqual(a.quotes.map((q) => q.content.text), ['الوضع مستقر الآن.', 'سنواصل العمل معا']);
  });

  it('reads guillemets typed the other way round (»…«) in right-to-left text', () => {
    const a = article('وقال المتحدث: »نرفض هذه الاتهامات جملة وتفصيلا«.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].content.text, 'نرفض هذه الاتهامات جملة وتفصيلا');
  });

  it('reads a mark spaced as an opener right after an open quote as its closer when the line pairs only that way ("دار "في)', () => {
    const a = article('وبيعت اللوحة في مزاد نظمته دار "كريستيز "في لندن مساء الأحد.');
    assert.deepEqual(a.quotes.map((q) => [q.content.text.trim(), q.balanced]), [['كريستيز', true]]);
    // The marks after it still pair among themselves: the badly spaced one closes the first quote.
    const b = article('وقال الوزير "سنعيد بناء المدارس "بينما وصف المعارضون الخطة بأنها "وعود انتخابية".');
    assert.deepEqual(b.quotes.map((q) => [q.content.text.trim(), q.balanced]), [['سنعيد بناء المدارس', true], ['وعود انتخابية', true]]);
  });

  it('keeps a quote nested in one left open when the next mark closes it by its spacing', () => {
    // The statement is never closed; "المنتدى" is a term inside it, not the end of it.
    const a = article('وقال الوزير: "نأمل أن يخرج "المنتدى" بنتائج، وعن التمويل قال: "سيأتي على مراحل.');
    assert.deepEqual(a.quotes.map((q) => q.content.text.trim()).slice(0, 2), ['نأمل أن يخرج "المنتدى" بنتائج، وعن التمويل قال: "سيأتي على مراحل', 'المنتدى']);
    // With an odd count of marks the nested reading stays as well.
    const b = article('وقال الوزير: "انسحبنا من "المعاهدة" لأسباب كثيرة.');
    assert.deepEqual(b.quotes.map((q) => q.content.text.trim()), ['انسحبنا من "المعاهدة" لأسباب كثيرة', 'المعاهدة']);
  });
});
