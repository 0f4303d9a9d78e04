import { strict as assert } from 'node:assert';
import { article, quote, speakerOf } from '../support/article';

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

  it('calls a word or two that only a cue naming no one makes a statement a term, and raises no unattributed-quote for it', () => {
    const unattributed = (x: ReturnType<typeof article>): number => x.findings.filter((f) => f.code === 'unattributed-quote').length;
    const a = article('وتقع المدينة على الساحل وتعتبر "معقلا قديما" للصيادين في المنطقة.');
    assert.equal(a.quotes[0].kind, 'term');
    assert.equal(unattributed(a), 0);
    const headline = article(['غرق سفينة في الميناء يكشف عن وجه "خفي" للأزمة', '', 'غرقت سفينة شحن في الميناء صباح اليوم.']);
    assert.equal(headline.quotes[0].kind, 'term');
    assert.equal(unattributed(headline), 0);
    // Long enough to be words on its own, it stays a statement with no speaker: its cue
    // finds no one, a note (unresolved-speaker), not an unattributed-quote warning.
    const long = article('وتقع المدينة على الساحل وتعتبر "مرفأ كبيرا لكل صيادي المنطقة منذ قرون".');
    assert.equal(long.quotes[0].kind, 'statement');
    assert.equal(long.quotes[0].speakerId, null);
    assert.deepEqual(long.findings.map((f) => f.code), ['unresolved-speaker']);
    // Its cue naming someone, a word is theirs.
    assert.equal(article('جمعية الصيادين تنتقد "تقاعس" البلدية\n\nانتقدت جمعية الصيادين البلدية.').quotes[0].kind, 'statement');
  });

  it('calls a quote nothing introduces a term when nobody around could have said it and it does not read as speech', () => {
    const a = article('وعقد المجلس جلسة خاصة لمناقشة "التدهور في وضع حقوق الإنسان في المنطقة". "لن نسمح بتكرار ما حدث في المدينة".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'statement']);
  });

  it('calls the words of a text quoted as a text a term, however long: a law\'s article, a charge, a principle, a chant', () => {
    const a = article('واستبدلت المادة (28) "بالسجن المؤقت والغرامة التي لا تجاوز مليون درهم كل من أنشأ موقعا". ووجهت النيابة للمتهمين تهمة "تعذيب المجني عليه ما أدى إلى وفاته". ويعترض الخبراء على مبدأ "إذا ربحت أنت فلا بد أنني سأخسر". وصدحت الحناجر بالهتاف "لقد فزنا بالكأس للمرة الثانية".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term', 'term']);
    assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
    // A speech verb makes them someone's words again.
    assert.equal(article('وقال المحامي إن المادة (28) "لا تنطبق على موكلي بأي حال من الأحوال".').quotes[0].kind, 'statement');
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

  it('reads a country before a headline\'s colon as the place of the news it tells: a word or two quoted in that news are a term', () => {
    const body = ['', 'أعلنت السلطات في بيان صباح اليوم تفاصيل القضية.'];
    const news = ['مالطا: توقيف صياد في قضية "تهريب وقود"', 'فنلندا: البرلمان يمرر قانونا "صارما" للهجرة', 'فنلندا: "عمال الميناء" يضربون عن العمل'];
    for (const headline of news) {
      const a = article([headline, ...body]);
      assert.equal(a.quotes[0].kind, 'term', headline);
      assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0, headline);
    }
    // The country speaks when the headline reads as speech, when the quote is what it says of
    // the clause's subject (its predicate), or when the quote is all that follows the colon.
    for (const headline of ['فنلندا: لن نقبل أي "ابتزاز" في ملف الطاقة', 'فنلندا: سياسة الجيران "مجحفة"', 'فنلندا: "غير صحيحة"']) {
      const a = article([headline, ...body]);
      assert.equal(a.quotes[0].kind, 'statement', headline);
      assert.equal(speakerOf(a, a.quotes[0]), 'فنلندا', headline);
    }
    // A person before the colon is who speaks, whatever the headline tells.
    const person = article(['الوزير هانسن: البرلمان يمرر قانونا "صارما" للهجرة', ...body]);
    assert.equal(person.quotes[0].kind, 'statement');
  });

  it('lets the statement threshold be configured', () => {
    // The threshold applies to quotes that no cue introduces.
    const text = 'وقال الوزير إن القرار صائب. "لن نتراجع عن هذه الخطوة المهمة".';
    assert.equal(article(text).quotes[0].kind, 'statement');
    assert.equal(article(text, { statementMinWords: 7 }).quotes[0].kind, 'term');
  });
  it('calls a short quote between its cue and the إن/أن of what was said a name', () => {
    const a = article('وأكدت "سيمنز" أن أرباحها تراجعت. وقال مراسل لدى "نوفوستي" التقى أحد الجنود إن القتال توقف.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    // After the إن/أن it is what was said again.
    assert.equal(article('وأكدت الشركة أن أرباحها "تراجعت بشدة".').quotes[0].kind, 'statement');
  });

  it('calls a short quote that carries the noun of its kind a name', () => {
    const a = article('وقال الوزير إنه يرفض العودة إلى ما قبل "اتفاقية الطائف" بأي حال.');
    assert.equal(a.quotes[0].kind, 'term');
  });

  it('reads a definite title noun before a clause under a cue as its subject, not a title head', () => {
    const a = article('وأضاف التقرير "من المؤكد أن الأزمة ستطول أكثر مما توقع الجميع". وصدر للكاتب كتاب "الأزمة الطويلة في الشرق".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'title']);
  });

  it("keeps a short definite quote a label as a noun's genitive or apposition, even inside reported speech", () => {
    const a = article('وأكد الرئيس أن الجيش منع تنفيذ مخططات "الفوضى الخلاقة". وقال إن منظومة الدفاع الجوي "القبة الحديدية" فشلت.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
  });

  it("calls the quoted object of a speech verb's ب the speaker's words", () => {
    assert.equal(article('واتهم الوزير المعارضة بـ"التخريب".').quotes[0].kind, 'statement');
  });

  it('calls a quote under a naming verb a label, unless ما makes it the speaker\'s own word', () => {
    const a = article('ودعا الصندوق إلى الحد مما أسماه "الإنفاق المفرط". واعتمدت الشركة طريقة سمتها "القيمة المضافة الذكية". وهذا ما يسميه الإعلام المحلي "أزمة الرواتب".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'term', 'term']);
  });

  it('calls a quote coordinated with a statement under the same cue a statement', () => {
    const a = article('لكن التقرير يشير إلى "ارتفاع الأسعار" و"فوضى" الأسواق.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
  });

  it('lets an "according to" frame govern its whole sentence, past a clause opener', () => {
    const a = article('وبحسب الوزير، فإن الجيش تدخل حين "انهارت كل المفاوضات مع الجماعات".');
    assert.equal(a.quotes[0].kind, 'statement');
  });

  it('reads appeal and judgement verbs as cues (ناشد، رجح)', () => {
    const a = article(['وناشد الأمين العام الأطراف "ضبط النفس في هذه المرحلة الحرجة من الأزمة".', '', 'ورجح المحققون أن يكون الحريق "عملا متعمدا من جهة مجهولة".']);
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
  });

  it('reads a verb with an object pronoun only in the forms the cue data lists (بينها is "among them", إضافة "in addition")', () => {
    const a = article('ولعب الفريق أربع مباريات، بينها اثنتان في "ملعب الأمير"، إضافة إلى "كأس السوبر".');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId]), [['term', null], ['term', null]]);
  });
  it('calls the short object of a proposal verb a label', () => {
    const a = article('ويقترح المشروع خصوصا "آلية مشتركة" تقوم على "مراكز إقليمية" للمراقبة.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
  });

  it('reads a feminine adjective after a name head as a description, and a scandal\'s quoted name as a name', () => {
    const a = article('وتوعد الرئيس بضرب المواقع بصواريخ "دقيقة". وكشف الصحفي عن فضيحة "ليبور" المالية.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'term']);
    // After a place noun a word in ة is still a name: مناطق "غارة".
    assert.equal(article('وأفاد الجيش بقصف مواقع الحزب في مناطق "غارة" الجبلية.').quotes[0].kind, 'term');
  });
  it("calls a quote a title head introduces with its author's name between them a title", () => {
    const a = article('وانتقد الوزير كتاب الصحفية البريطانية جين ميلر "الطريق إلى الحرب: أسرار القرار" في مقابلة.');
    assert.equal(a.quotes[0].kind, 'title');
    // The head as the speaking subject right after the cue is no title head.
    assert.equal(article('وقال برنامج الأغذية العالمي "نقص التمويل يهدد ملايين الأطفال في المنطقة".').quotes[0].kind, 'statement');
  });
  it('keeps a quote after a press conference or a contrast a statement', () => {
    const a = article('وقال الوزير في مؤتمر صحفي "سنعيد فتح المعابر خلال أيام". وقال الحاكم للصحفيين "عثرنا عليهم سالمين" إلا أن الإجلاء سيستغرق وقتا.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
  });

  it('gives a name quoted again the kind it had where its head noun named it', () => {
    const a = article('ورفعت شركة "نوفاتيك" دعوى أمام المحكمة. ويطالب المهندس "نوفاتيك" بتعويض كبير.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    // Without the name elsewhere, the quote under the speech verb stays the speaker's word.
    assert.equal(article('ويطالب المهندس "نوفاتيك" بتعويض كبير.').quotes[0].kind, 'statement');
    // A headline's seeming head (بقاؤنا أحياء) names nothing for the body.
    const b = article(['ناجون: بقاؤنا أحياء "معجزة"', '', 'وقال أحد الناجين إن خروجه من الطائرة سالما "معجزة".']);
    assert.equal(b.quotes[1].kind, 'statement');
  });

  it('calls a short quote coordinated with a following name under its head noun a name', () => {
    const a = article('وأكد المصدر أن القوات حررت "عين زرقا" وبلدة "وادي السيل" بعد معارك عنيفة.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
  });

  it('calls a short definite quote that a verb of calling or urging calls for a statement', () => {
    const a = article('دعا البنك الدولي الحكومة التي تواجه عجزا كبيرا، إلى مواصلة "الإصلاح الضريبي". وحث الوزير الأطراف على "الحوار".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
    // Farther from the preposition, or after another preposition, it is still a label.
    const b = article('ودعا الوزير إلى تبرير حروب جديدة في "الشرق الأوسط".');
    assert.equal(b.quotes[0].kind, 'term');
  });

  it('calls a short definite quote inside the clause a speech verb reports the speaker\'s words, unless something there names it', () => {
    const a = article('وقال الوزير إن الحكومة ستواجه "الفساد المستشري" بكل حزم. وأكدت النائبة أن الشركة ترفض "الشروط المجحفة".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
    // A place head as the quote's own first word, a naming word or an indefinite feminine
    // noun whose genitive the quote is: a name or label, even there.
    const b = article('وقال القائد إن قواته تمكنت من تحرير "القرية الشرقية". وأوضح أن المسلحين يروجون لما يعرف بـ"الدولة الموعودة". وقال إن المحكمة دانته بتهمة "الخيانة العظمى".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['term', 'term', 'term']);
    // Outside a reported clause a short definite quote is still a label.
    assert.equal(article('واستذكر الوزير "الحرب الباردة" في كلمته.').quotes[0].kind, 'term');
  });

  it('lets the verb of a relative clause that only describes a noun (الذي أقر في …) leave the quote to the sentence\'s own cue', () => {
    const a = article('ويقترح الاتفاق الذي أقر في الاجتماع الأخير خصوصا "صيغة جديدة" لتوزيع المساعدات.');
    assert.equal(a.quotes[0].kind, 'term');
    // A relative verb with its own إن/أن still governs what it introduces.
    const b = article('وهذا ما نفاه الرئيس الذي قال إن بلاده "لن تتراجع عن قرارها".');
    assert.equal(b.quotes[0].kind, 'statement');
  });

  it('calls a name in construct with the noun before it a term, and an Arabic word there the speaker\'s', () => {
    // Words real copy never writes as a verb or with the article, after a noun without it.
    const a = article('وقال المدير إن مؤسسة "زيلوفاكس" تعمل في المنطقة. وأعلن الجيش أن طائرات من نوع "كورماندو 3" شاركت في الإنقاذ.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    // An adjective written with ة, a noun its pronoun makes definite, a noun with the article
    // (the quote is its predicate), a quote that opens on a preposition: the speaker's words.
    const b = article('وقال المتحدث إن العملية جرت بطريقة "سرية". وقال الوزير إن صديقه "نادم". وقال إن القوات الروسية "ستنتقم". وقال إن الحكومة اتخذت قرارات "لحماية زيلوفاكس".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement', 'statement', 'statement']);
  });

  it('reads a short quote that opens a headline and runs into its verb with no comma as the verb\'s subject, a name ("النقابة" تعلن …)', () => {
    const a = article(['"نقابة المعلمين" تعلن الإضراب الشامل', '', 'أعلنت نقابة المعلمين الإضراب الشامل في المدارس الحكومية.']);
    assert.equal(quote(a, 'نقابة المعلمين').kind, 'term');
    // Words someone says keep their cue, and so does a quote in the body of the article.
    const b = article(['"لن نتراجع" يؤكد الوزير', '', 'وقال الوزير إن الإصلاحات مستمرة. "سنعود" قال الوزير.']);
    assert.equal(quote(b, 'لن نتراجع').kind, 'statement');
    assert.equal(quote(b, 'سنعود').kind, 'statement');
  });
  it('calls the quote right after an "according to" frame its source, a name, and the frame\'s other quote the statement', () => {
    const a = article('وقتل ثلاثة أشخاص في الهجوم بحسب "سونا". وارتفعت الأسعار وفق "يوروستات" أمس. وقال الوزير إن "الوضع تحت السيطرة" بحسب ما ذكرت "زيلوفا" الرسمية.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'statement', 'term']);
    // Words someone said right after the frame stay theirs, and a clause after the name is no item of a list with it.
    const b = article('وقال المتحدث، بحسب "لن نتراجع عن قرارنا". وأوقفت الشرطة الرجل وفقا لـ"زيلوفا"، "اعتقلت القوات الرجل أمس في منزله بالمدينة".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'term', 'statement']);
  });

  it('calls the quote right after the verb of "according to what" (وفق ما نقلت، وفقا لما أورده) its subject, the source, a name', () => {
    // A speaker named before does not make the source's name his words.
    const a = article('وقال الوزير إن الأسعار ارتفعت بنسبة كبيرة، وفق ما نقلت "زيلوفا". وأضاف أن المبيعات تراجعت، وفقا لما أورده "ذا ريفيو". وبحسب ما نقله "بلو سكاي" فإن المصنع أغلق.');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId]), [['term', null], ['term', null], ['term', null]]);
    // Words that read as speech stay the speaker's; so does a quote the verb does not follow right away.
    const b = article('وقال الوزير إن الأسعار سترتفع، وفق ما نقلت "لن نتراجع". وقال الوزير ذلك، وفق ما نقلت الوكالة عنه "بالحرف".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement']);
  });

  it('calls a short quote right after the noun of a case (قضية، قضيتي) the case\'s name, an adjective agreeing with it the speaker\'s word', () => {
    const a = article('وقال المحامي إن المحكمة أجلت النظر في قضية "اقتحام مبنى البلدية" إلى الشهر المقبل. وأضاف أن موكله بريء في قضيتي "الرشوة الكبرى" و"غسيل الأموال".');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId]), [['term', null], ['term', null], ['term', null]]);
    // An adjective that agrees with the noun, or words that read as speech, stay the speaker's.
    const b = article('وقال المحامي إنها قضية "مريعة" بكل المقاييس. وأضاف المحامي أن هذه قضية "لن نتخلى عنها".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement']);
    // The same words elsewhere are not a case's name: a word someone chose keeps its kind.
    const c = article('وأعلن الوزير "انسحاب" القوات من المدينة، وذلك بعد أيام من قضية "انسحاب" الشرطة.');
    assert.equal(c.quotes[0].kind, 'statement');
  });

  it('reads a short quote that opens the clause after إن/أن as its subject, a name, only when its words are a name\'s', () => {
    const a = article('وقال ترامب إن "قتلة مارقين" ربما نفذوا العملية. وأعلنت الحكومة أن "صبرها نفد" بعد المفاوضات. واعتبرت روسيا أن "لا بديل" عن الاتفاق.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement', 'statement']);
    assert.equal(article('وقالت الشركة إن "زيلوفاكس" عرضت خدماتها على المصارف.').quotes[0].kind, 'term');
  });
  it('calls a name in apposition to a noun phrase that names its kind a term, and a predicate there the speaker\'s word', () => {
    const a = article('وقال المدير إن المصنع يتبع الشركة الألمانية "زيلوفاكس" منذ سنوات. ونقلت وكالة الأنباء الرسمية "زيلوفا" عن مسؤول قوله إن الوضع هادئ.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    // The subject right after إن/أن, and a phrase that names no kind of thing, take a predicate, not a name.
    const b = article('وقال الوزير إن القوات الروسية "ستنتقم" قريبا. وقال إن المجتمع في الداخل "منفتح".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement']);
  });

  it('reads a first person in the future (سنعود، سأعلن) as someone speaking', () => {
    // Not the name of the clause's subject: someone's words.
    const a = article('وقال القائد إن "سنعود" كانت كلمته الأخيرة. وقال إن "سأعلن" كانت أول كلمة في بيانه.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement']);
  });
  it('calls the quote after "of the type" (من طراز، من نوع) a name, whatever verb governs the sentence', () => {
    const a = article('وقال المتحدث إن التحالف ضبط صواريخ من نوع "زلزال 3" وطائرات من طراز "أباتشي" في المنطقة.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
  });
  it('calls a word quoted as a word or a name after a noun that says so (كلمة، باسم، يدعى) a label', () => {
    const a = article('وقال الخبير إن استخدام كلمة "زيلوفية" صحيح، واصفا القنوات بالكلمة الإيطالية "canali". وقال إن الأموال نقلت عبر شبكة تعرف باسم "زيلوفا".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term']);
    // عبارة عن is "amounts to", and after a demonstrative the marker is the subject: the quote is said.
    const b = article('وقال المتحدث إن اللقاء كان عبارة عن "جس نبض". وقالت الوزارة إن استخدام هذه العبارة "مؤسف جدا".');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement']);
  });
  it('calls the name after "known as" (المعروف بـ، الملقب بـ، المكنى، يعرف بـ) a label, its بـ written apart or not', () => {
    const a = article('وقال المتحدث إن المصور المعروف بـ"زيلو" أفرج عنه، وإن القيادي الملقب بـ "أبو زيلوف" قتل، وإن قائده المكنى "أبو حامد" فر، وإن الجهاز الذي يعرف بـ"زيلوفكس" حل.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term', 'term']);
    // A describing verb's بـ carries the speaker's own word, with a marker's word (باسم) before it or not.
    assert.equal(article('ووصف الوزير الخطوة بـ"المهمة".').quotes[0].kind, 'statement');
    assert.equal(article('وتقدمت القوات في خطوة وصفها المتحدث باسم التحالف بـ"الإنجاز الكبير".').quotes[0].kind, 'statement');
  });
  it('calls a quote that opens with the noun of its kind and a definite or a name\'s word in construct with it a name, whatever verb governs it', () => {
    const names = [
      'وأعلنت الحكومة أنها ستطلق "استراتيجية النهوض" الشهر المقبل.',
      'وأعلن الوزير أن "صندوق التنمية الريفية" سيمول المشروع.',
      'وقال الوزير إن الوفد شارك في "مؤتمر لندن للمانحين" الأسبوع الماضي.',
    ];
    for (const text of names) assert.equal(article(text).quotes[0].kind, 'term', text);
    // An adjective after the head describes; a verb after it makes a clause; a describing verb's object is the speaker's word.
    const words = ['ووصف الوزير الاقتراح بأنه "خطة بديلة".', 'وقالت النائبة إن البلاد تحتاج "برنامج يحمي الأطفال".', 'ووصف الوزير اللقاء بأنه "مؤتمر المصالحة".'];
    for (const text of words) assert.equal(article(text).quotes[0].kind, 'statement', text);
  });

  it('calls the name after the noun of a named thing (حقل، غاز، منظمة، ناقلة، أجهزة، مقياس) a term under any verb, an adjective agreeing with it a description', () => {
    const a = article('وقال الوزير إن حقل "زيلوف" ينتج الغاز، وإن غاز "زيلوفيتشوك" استخدم، وإن أجهزة "زيلوفون" لا تعمل، وإن منظمة "أطباء بلا حدود" غادرت، وإن الزلزال بلغ 5 درجات على مقياس "زيلتر".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term', 'term', 'term']);
    assert.equal(article('وقال الوزير إن الحكومة تعتبرها منظمة "إرهابية".').quotes[0].kind, 'statement');
  });
  it('calls the name a verb gives with على (أطلقت عليها، ما يطلق عليه) a term, whatever verb governs the sentence', () => {
    const a = article('وقال الجيش إن القوات بدأت العملية التي أطلقت عليها "غصن الزيتون" في يناير، وإن الرجل الذي يطلق عليه "طباخ زيلوف" غادر.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    // Without the على of naming the same verb's quote stays the speaker's.
    assert.equal(article('وقال الوزير إن الحكومة أطلقت "مرحلة جديدة" من الإصلاح.').quotes[0].kind, 'statement');
  });
  it('calls one word of a name\'s letters in apposition to a noun phrase of its kind a name, though it ends like a first person (سونا، إيرنا)', () => {
    const a = article('ونقلت وكالة الأنباء السودانية "زيلونا" عن الوزير قوله إن الوضع هادئ.');
    assert.equal(a.quotes[0].kind, 'term');
  });
  it('calls a short quote right after its speech verb a name when a relayed source, the statement it was made in or a clause describing it follows: the verb\'s subject', () => {
    // A person named before would otherwise take the words the quote seems to say.
    const a = article(['والتقى الوزير سامي الخطيب وفدا من الصحفيين أمس. ونقلت "زيلوف نيوز" عن الوزير قوله إن الوضع هادئ.', '', 'وقالت "كرامة" في بيان: "نحن ندين الهجوم على القرية".', '', 'وقالت "تيرانو"، وهي شركة ناشئة، إنها "ستوسع نشاطها في المنطقة".']);
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'statement', 'term', 'statement']);
    // The named subject speaks the statements that follow.
    assert.equal(speakerOf(a, a.quotes[2]), 'كرامة');
  });
  it('keeps a short quote after its verb the verb\'s object when a subject stands before the verb or the verb carries its object', () => {
    const a = article(['دراسة جديدة تكشف "حقائق مذهلة" عن الشاي', '', 'وأعلنت البلدية أن الحكومة لم تكشف "خطتها" عن المشروع، وما زالت تعتبره "مشروعا مؤجلا" في بيانها.']);
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement', 'statement']);
  });
  it('calls the quote after the ل of ownership a name when a title, an organization, a word of belonging or a document opens the phrase before it', () => {
    const a = article('وقال المدير التنفيذي لـ"زيلوفا" إن الشركة وقعت عقدا مع طائرة تابعة لـ"بلو سكاي"، بحسب تقرير لـ"مرصد الأفق".');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term']);
    // Other named things take the ل of purpose, and an adjective is no head: the speaker's words.
    const b = article('وقال الوزير إن المطار تعرض لـ"عدوان" وإن المكونات الرئيسة لـ"نهضة البلاد" جاهزة.');
    assert.deepEqual(b.quotes.map((q) => q.kind), ['statement', 'statement']);
  });
});
