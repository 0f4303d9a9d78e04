// unattributed-quote is for words nothing in the text attributes; a statement whose speaker
// the text gives but the review could not tell (a cue with no subject found, someone named
// in the paragraph before) is unresolved-speaker's, a note on the review's gap, not a
// warning on the article.

import { strict as assert } from 'node:assert';
import { quoteCard } from '../../server/src/lsp/hover';
import { article, quote, speakerOf } from '../support/article';

const codes = (a: ReturnType<typeof article>): string[] => a.findings.map((f) => `${f.code}:${f.severity}`);

describe('unresolved-speaker', () => {
  it('notes a statement whose cue finds no speaker, and raises no unattributed-quote warning for it', () => {
    const a = article('وتقول: "نحن نعمل طوال الليل دون توقف ولا نعرف متى سينتهي هذا".');
    assert.equal(quote(a, 'نحن نعمل').speakerId, null);
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
    assert.match(a.findings[0].message, /"وتقول" attributes this statement/);
    assert.deepEqual(a.findings[0].fixes, [], 'the text names someone: no placeholder to insert');
  });

  it('notes a quote-only paragraph after one whose speaker the review found, and names that speaker', () => {
    const a = article(['وتقول سلمى حداد: "عملنا طوال الليل دون توقف" قبل أن تغادر المستشفى.', '', '"لم يكن لدينا ما يكفي من الأدوية لكل الجرحى".']);
    assert.equal(quote(a, 'لم يكن لدينا').speakerId, null);
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
    assert.match(a.findings[0].message, /سلمى حداد is named just before it/);
    // The speaker is a better guess than the agency named after her.
    const b = article(['وتقول سلمى حداد في حديث لوكالة رويترز: "عملنا طوال الليل دون توقف" قبل أن تغادر المستشفى.', '', '"لم يكن لدينا ما يكفي من الأدوية لكل الجرحى".']);
    assert.ok(b.organizations.some((o) => o.mentions.some((m) => m.text.includes('رويترز'))), 'the agency is found');
    assert.match(b.findings[0].message, /سلمى حداد is named just before it/);
  });

  it('does not take a name inside the words themselves as someone named before them', () => {
    const a = article(['انتهت الجولة الأولى من المفاوضات مساء الأحد.', '', '"لن نقبل بأي شروط تضعها الأمم المتحدة في هذه المرحلة".']);
    assert.ok(a.organizations.some((o) => o.mentions.length), 'the organization is found');
    assert.deepEqual(codes(a), ['unattributed-quote:warning']);
  });

  it('leaves words that no cue introduces and no one before them says to unattributed-quote', () => {
    const a = article(['انتهت الجولة الأولى من المفاوضات مساء الأحد.', '', '"لن نقبل بأي شروط مسبقة في هذه المرحلة من المفاوضات".']);
    assert.deepEqual(codes(a), ['unattributed-quote:warning']);
  });

  it('notes words set apart as a pull quote that the article quotes again as someone\'s, and names that one', () => {
    const lines = ['وصلت الطائرة إلى المطار مساء الأحد بعد رحلة طويلة.', '', '"كل الأمور على ما يرام هنا"', '', 'وقالت سلمى حداد في اتصال هاتفي "كل الأمور على ما يرام هنا. سنعود إلى البيت قريبا".'];
    const a = article(lines);
    assert.equal(quote(a, 'كل الأمور على ما يرام هنا').speakerId, null);
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
    assert.match(a.findings[0].message, /quotes them again as سلمى حداد's/);
    // Words the article quotes nowhere else stay unattributed.
    assert.deepEqual(codes(article(lines.slice(0, 4).concat(['وقالت سلمى حداد في اتصال هاتفي "سنعود إلى البيت قريبا".']))), ['unattributed-quote:warning']);
  });

  it('leaves the unfilled placeholder (وقال [المتحدث]:) to unattributed-quote, though its cue is written', () => {
    const a = article('وقال [المتحدث]: "لن نقبل بأي شروط مسبقة في هذه المرحلة".');
    assert.deepEqual(codes(a), ['unattributed-quote:warning']);
  });

  it('keeps the "according to" after a quote whose source no rule reads as its cue (طبقا للمصادر)', () => {
    const a = article('وصارت القرية "مركزا مهما لتجارة الحبوب في المنطقة كلها منذ سنوات طويلة"، طبقا للمصادر.');
    const q = quote(a, 'مركزا مهما');
    assert.equal(q.cue?.text, 'طبقا');
    assert.match(q.unattributedReason ?? '', /the cue after it/);
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
  });

  it('reads "…"، هذا ما قاله X like "…" هكذا قال X: the words point back at the quote', () => {
    const a = article('"سنواصل العمل حتى نهاية العام ولن نتوقف عن البناء في كل المدن"، هذا ما قاله وزير الإسكان خالد الحسيني في مؤتمر صحفي.');
    assert.equal(speakerOf(a, quote(a, 'سنواصل العمل')), 'خالد الحسيني');
    assert.deepEqual(codes(a), []);
  });

  it('notes a quote-only paragraph after a paragraph of reported speech whose speaker the review could not tell', () => {
    const a = article(['تقول نوال إنها تركت العمل في المصنع بعد سنوات طويلة من التعب.', '', '"لم أكن أعرف أن العمل سيأخذ مني كل هذه السنوات".']);
    const q = quote(a, 'لم أكن أعرف');
    assert.equal(q.speakerId, null);
    assert.equal(q.cue?.text, 'تقول');
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
  });

  it('notes a statement that the speech verb of its paragraph reports from afar (ولكنها تقول إنها …، فالطبق "…")', () => {
    const a = article('ولكنها تقول إنها لا تقدم أي تنازلات عندما تطبخ، فالطبق "يجب أن يقدم تماما كما كانت تحضره الأم للعائلة".');
    assert.equal(quote(a, 'يجب أن يقدم').cue?.text, 'تقول');
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
  });

  it('does not take a verb of coming (جاءوا من) as the speech verb of the paragraph before', () => {
    const a = article(['ووصل اللاجئون إلى المخيم بعد أن جاءوا من الحدود الشمالية سيرا على الأقدام.', '', '"لن نقبل بأي شروط مسبقة في هذه المرحلة من المفاوضات".']);
    assert.deepEqual(codes(a), ['unattributed-quote:warning']);
  });

  it('names the subject of the sentence whose words no speech verb introduces (وجددت الحكومة الأردنية "…")', () => {
    const a = article(['عنوان', 'وجددت الحكومة الأردنية "وقوفها الثابت إلى جانب الأشقاء في كل ما يتخذونه من خطوات لحماية أمنهم واستقرارهم".']);
    const q = quote(a, 'وقوفها الثابت');
    assert.equal(q.speakerId, null, 'no guess: no speech verb says she speaks');
    assert.equal(q.namedInSentence, 'الحكومة الأردنية');
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
    assert.match(a.findings[0].message, /الحكومة الأردنية is named just before it/);
    const b = article(['عنوان', 'واكتفى وزير الخارجية أيمن الصفدي بتبليغ الصحفيين "نحن مستعدون للاستماع لكل المقترحات في إطار الدستور".']);
    assert.match(b.findings[0].message, /أيمن الصفدي is named just before it/);
  });

  it('notes words a lead-in ending with a colon introduces, keeping the lead-in as their cue (وكنت أردد لنفسي: "…")', () => {
    const a = article(['عنوان', 'صباح اليوم التالي خضعت لعملية جراحية، وكنت أردد لنفسي: "لقد حلمت طويلا بهذا اليوم وسأفعل ذلك مهما حدث".']);
    const q = quote(a, 'لقد حلمت');
    assert.equal(q.speakerId, null);
    assert.equal(q.cue?.text, 'وكنت أردد لنفسي', 'the lead-in back to its comma');
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
  });

  it('notes the quote of a headline as words its article attributes, not as unattributed words', () => {
    const a = article(['سبع سنوات على الحرب في سوريا: "الدول الغربية ترفض الاعتراف بأنها خسرت الحرب"', '', 'يدخل النزاع في سوريا عامه الثامن.']);
    assert.equal(quote(a, 'الدول الغربية').speakerId, null);
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
    assert.match(a.findings[0].message, /A headline quotes these words/);
    assert.match(quoteCard(quote(a, 'الدول الغربية'), a), /^\*\*Speaker not identified\*\*[^]*its article, not the headline, names who says them[^]*\u2067\*\*قائل لم يُحدَّد\*\*: يقتبس العنوان هذا التصريح/);
  });

  it('takes words that point back at a quote (هكذا) and the verb after them as its cue, whatever the verb', () => {
    const a = article(['عنوان', 'وانتهت الجلسة بعد الظهر.', '', '"نحن لن نترك هذه المدينة مهما حدث"، هكذا صاح أحد الشبان أمام المحكمة.']);
    const q = quote(a, 'نحن لن نترك');
    assert.equal(q.speakerId, null);
    assert.equal(q.cue?.text, 'هكذا صاح');
    assert.deepEqual(codes(a), ['unresolved-speaker:information']);
  });

  it('raises nothing for a statement whose cue names its speaker', () => {
    const a = article('وقال وزير الخارجية الروسي سيرغي لافروف: "لن نقبل بأي شروط مسبقة في هذه المرحلة".');
    assert.deepEqual(codes(a), []);
  });
});
