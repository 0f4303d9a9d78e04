import { strict as assert } from 'node:assert';
import { article, quote, seed, speakerOf, statements } from '../support/article';

describe('attribution', () => {
  it('ties a statement to the title + name after the cue verb', () => {
    const a = article('أكد وزير الخارجية الروسي سيرغي لافروف، اليوم الجمعة، خلال مؤتمر صحفي، "إن الوضع في كازاخستان أظهر أهمية القوات".');
    assert.deepEqual(statements(a), [{ text: 'إن الوضع في كازاخستان أظهر أهمية القوات', speaker: 'سيرغي لافروف', cue: 'أكد' }]);
    assert.equal(a.speakers[0].role, 'Foreign Minister of Russia');
  });

  it('reads an ambiguous verb as a cue when an أن opening a quote ends its clause, past commas', () => {
    const a = article('وذكرت الرئاسة الفرنسية، في ختام اجتماع بين الرئيسين، في أوتاوا، أن "المسألة تتلخص في تعديلات محتملة".');
    assert.deepEqual(statements(a).map((s) => s.cue), ['وذكرت']);
    // Another cue word in between opens its own clause: the ambiguous form stays a noun.
    const b = article('حذر الوزير من تنقل المواطنين للدراسة في الخارج، فبحسب قوله: "غالبا ما يخضعون هناك لتدريب متطرف".');
    assert.deepEqual(statements(b).map((s) => s.cue), ['فبحسب قوله']);
  });

  it('reads a verb of opinion as a cue only when a quote opens its clause, with its subject named', () => {
    const a = article([
      'ويعتقد الخبير الاقتصادي سامر الحلبي أن الاقتصاد "سيتعافى ببطء خلال العام المقبل".',
      'وتوقعت الوزارة في بيان "أن يبقى مستوى التهديد مرتفعا في الأشهر المقبلة".',
      'وطلب رئيس الوزراء من البرلمان أن "يقر الموازنة قبل نهاية الشهر الجاري".',
    ]);
    assert.deepEqual(statements(a).map((s) => [s.cue, s.speaker]), [
      ['ويعتقد', 'سامر الحلبي'],
      ['وتوقعت', 'الوزارة'],
      ['وطلب', 'رئيس الوزراء'],
    ]);
    // Without a quote opening its clause, or with the quote far past its أن, it is no cue.
    const b = article('وقال الوزير إن "المفاوضات مستمرة بلا توقف". ويعتقد كثيرون أن الأزمة ستطول. ويتوقع المحللون أن تعرض الحكومة قريبا خطة جديدة تقوم على "مبدأ الشراكة" بين القطاعين.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['statement', 'statement', 'statement']);
    assert.deepEqual(b.quotes.filter((q) => q.cue?.text !== 'وقال').map((q) => q.cue?.text ?? null), [null]);
  });

  it('reads a verb of opinion whose words before أن open with a preposition as having a pronoun for subject (ونبه في لقاء … إلى أن "…")', () => {
    const a = article('وقال الوزير سامر الحلبي إن "الحكومة لن تستقيل". ونبه في لقاء قصير مع وسائل الإعلام إلى أن "مسؤولية ما سيحصل يتحملها الآخرون".');
    assert.equal(quote(a, 'مسؤولية').cue?.text, 'ونبه');
    assert.equal(speakerOf(a, quote(a, 'مسؤولية')), 'سامر الحلبي');
  });

  it('leaves a verb of opinion inside what another cue reports, and the impersonal يعتقد أن, to the rules before', () => {
    // وقال مسؤول إن واشنطن تعتقد أن "…": the official speaks, not Washington.
    const a = article('وقال مسؤول أمريكي إن واشنطن تعتقد أن "الضربة أصابت أهدافا مدنية في المنطقة".');
    assert.deepEqual(statements(a).map((s) => s.cue), ['وقال']);
    // يعتقد أن with no subject is "it is believed": not the words of the person named before.
    const b = article(['وقال الوزير سامر الحلبي إن "الوضع مستقر تماما".', 'ويعتقد أن "سلاحا صوتيا" استخدم في الهجوم.']);
    assert.notEqual(quote(b, 'سلاحا').cue?.text, 'ويعتقد');
    assert.notEqual(speakerOf(b, quote(b, 'سلاحا')), 'سامر الحلبي');
  });

  it('reads the subject between كان and its verb (وكان X قد قال)', () => {
    const a = article([
      'وكان الرئيس الأمريكي دونالد ترامب قد قال إن "الاتفاق سيئ للغاية".',
      'وكان بيكير أعلن الاثنين، عبر حسابه الرسمي، أن "الدعم سيستمر طوال العام".',
      'وكانت واشنطن قد كشفت أن نائب الرئيس "كان مستعدا للقاء الوفد".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['دونالد ترامب', 'بيكير', 'واشنطن']);
    // Not after ما (هذا ما جعله يقول), not a noun with a possessive, not a name after a preposition.
    const b = article(['وقال الوزير سامر الحلبي إن "الوضع مستقر".', 'وكانت أوصافه تقول: "رجل طويل القامة يرتدي معطفا أسود".', 'وكانت أوساط مقربة من الحلبي قد قالت إن "الاستقالة واردة".']);
    assert.notEqual(speakerOf(b, quote(b, 'رجل طويل')), 'أوصافه');
    assert.notEqual(speakerOf(b, quote(b, 'الاستقالة')), 'سامر الحلبي');
  });

  it('gives the words under a verb inside what an earlier cue reports, with no subject of its own, to the reporter', () => {
    // يعتبر (is considered) has no subject: the court reports the words.
    const a = article(['وقال الوزير سامر الحلبي إن "الوضع مستقر".', 'وقالت المحكمة الدستورية، في بيان أسباب حكمها، إن إبرام الاتفاقية يعتبر "عملا سياديا من أعمال السلطة التنفيذية".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامر الحلبي', 'المحكمة الدستورية']);
    // With someone named between أن and the inner verb, that one may be its subject: no change.
    const b = article(['وقال الوزير سامر الحلبي إن "الوضع مستقر".', 'ونقلت وكالة الأنباء أن النائب العام طارق صعب قال على حسابه "إن التحقيق مستمر".']);
    assert.notEqual(speakerOf(b, quote(b, 'إن التحقيق')), 'وكالة الأنباء');
  });

  it('gives the words under a verb that finds no one, inside what a bare carried-over cue reports, to that cue\'s speaker (وأضافت أن … يعد "…")', () => {
    const a = article(['وقالت الوزيرة سلمى الحسن إن الخطة "ستنجح في النهاية رغم كل الصعوبات".', 'وأضافت أن إطلاق الخطة يعد "خطوة كبيرة في تاريخ الوزارة الحديث".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سلمى الحسن', 'سلمى الحسن']);
  });

  it('gives a quote whose cue before it names no one to the source an "according to" or a pointing verb writes right after it', () => {
    const a = article('وأُعلن في العاصمة افتتاح المعرض لأصحاب "الأعمال التي تجمع بين الفن والعلم والتاريخ"، وفقا لمدير المعرض سامي الخوري.');
    assert.equal(statements(a)[0].speaker, 'سامي الخوري');
    const b = article('وأضاف "هذا الموقع الأثري الفريد مثال استثنائي على حضارة قديمة"، وفق ما قال مدير المتحف سامي الخوري.');
    assert.equal(statements(b)[0].speaker, 'سامي الخوري');
    // A verb that opens a clause of its own after the quote says nothing of it.
    const c = article('وأضاف "هذا الموقع الأثري الفريد مثال استثنائي على حضارة قديمة"، ووصف مدير المتحف سامي الخوري الموقع بالنادر.');
    assert.equal(statements(c)[0].speaker, null);
  });

  it('gives a quote after a colon, with no cue in its sentence, to the subject of the sentence\'s opening verb, but not after a noun of speech or a title', () => {
    const a = article('ووجه الوزير سامي الخوري كلامه للحاضرين في القاعة: "من فضلكم استمعوا إلى ما سأقوله الآن".');
    assert.equal(statements(a)[0].speaker, 'سامي الخوري');
    const b = article('ونشر الوزير سامي الخوري على صفحته في فيسبوك: "من فضلكم استمعوا إلى ما سأقوله الآن".');
    assert.equal(statements(b)[0].speaker, 'سامي الخوري');
    // ونسبت الوكالة إلى X قوله: the words are the possessor's, not the subject's.
    const c = article('ونسبت الوكالة إلى الوزير سامي الخوري قوله: "من فضلكم استمعوا إلى ما سأقوله الآن".');
    assert.notEqual(statements(c)[0].speaker, 'الوكالة');
  });

  it('reads a present-tense verb after the ل of sequence as a cue (ليقول، لتضيف)', () => {
    const a = article('وعاد الرئيس إلى الملف، ليقول الرئيس الأمريكي دونالد ترامب، في تصريحات بالبيت الأبيض، "نعقد عددا من الاجتماعات".');
    assert.deepEqual(statements(a).map((s) => [s.cue, s.speaker]), [['ليقول', 'دونالد ترامب']]);
    // A past form after ل is no verb reading (لقال is not written), so nothing is governed by it.
    assert.equal(article('وذهب لقال "المدينة" أمس.').quotes.filter((q) => q.cue?.text === 'لقال').length, 0);
  });

  it('does not end a sentence at the period of a one-letter title (وقالت د. سحر نصر)', () => {
    const a = article('وقالت د. سحر نصر، وزيرة الاستثمار، في بيان: "إن هذا الاتفاق يأتي تنفيذا لما تم الاتفاق عليه".');
    assert.deepEqual(statements(a).map((s) => s.cue), ['وقالت']);
    assert.ok(statements(a)[0].speaker, 'the statement has a speaker');
  });

  it('carries the speaker over to a cue without a name (وأضاف: "…")', () => {
    const a = article(['وقال زاس، الأمين العام للمنظمة: "الوضع مستقر في كل المناطق".', '', 'وأضاف: "سنواصل مراقبة الوضع عن كثب في الأيام المقبلة".']);
    const s = statements(a);
    assert.equal(s[1].speaker, s[0].speaker);
    assert.equal(s[1].cue, 'وأضاف');
  });

  it('resolves title-only references to the person named earlier', () => {
    const a = article(seed('000'));
    const q = quote(a, 'أعتقد أنه في الوضع');
    assert.equal(speakerOf(a, q), 'سيرغي لافروف');
    assert.equal(q.attribution, 'title-reference');
    const s = a.speakers.find((x) => x.name === 'سيرغي لافروف')!;
    assert.ok(s.aliases.includes('الوزير الروسي') && s.aliases.includes('رئيس الدبلوماسية الروسية'));
  });

  it('resolves نظيره البيلاروسي and الرئيس البلاروسي to the Belarusian president', () => {
    const a = article(seed('002'));
    assert.equal(speakerOf(a, quote(a, 'التصرف بشكل استباقي')), 'ألكسندر لوكاشينكو');
  });

  it('uses the phrase when a verb and قائلا are adjacent, and the verb when a name separates them', () => {
    const a = article(['قال الرئيس الروسي فلاديمير بوتين إن الوضع مستقر.', '', 'واستدرك قائلا: "لكن علينا أن نبقى مستعدين دائما".', '', 'وتابع بوتين قائلا: "لن نسمح بتكرار ذلك أبدا في المنطقة".']);
    assert.deepEqual(statements(a).map((s) => s.cue), ['واستدرك قائلا', 'وتابع']);
  });

  it('uses بحسب قوله / وفقا لـ to tie a statement', () => {
    const a = article(seed('004'));
    const q = quote(a, 'غالبا ما يخضعون');
    assert.equal(speakerOf(a, q), 'إمام علي رحمون');
    assert.equal(q.cue?.text, 'فبحسب قوله');
  });

  it('finds the cue after the quote ("…"، قال X)', () => {
    const a = article(['قال رئيس الوزراء الأردني بشر الخصاونة إن الحكومة ستواصل الإصلاحات.', '', '"لن نتراجع عن هذا المسار مهما كانت الضغوط"، قال الخصاونة.']);
    const q = quote(a, 'لن نتراجع');
    assert.equal(speakerOf(a, q), 'بشر الخصاونة');
    assert.equal(q.attribution, 'cue-after');
  });

  it('finds the cue after the quote past a period when words point back at it ("…".. بهذه الكلمات تحدث X)', () => {
    const a = article('"لن نقبل بأي تسوية على حساب حقوقنا".. بهذه الكلمات تحدث وزير الخارجية الأردني أيمن الصفدي عن موقف بلاده.');
    assert.equal(speakerOf(a, quote(a, 'لن نقبل')), 'أيمن الصفدي');
    assert.equal(quote(a, 'لن نقبل').attribution, 'cue-after');
    // Without them, a period ends the quote's reach: the next sentence's verb introduces its own words.
    const b = article(['قال الوزير إن المفاوضات مستمرة.', '', '"لا أحد يريد الحرب في هذه المنطقة".. وتحدث وزير الخارجية الأردني أيمن الصفدي عن موقف بلاده.']);
    assert.equal(quote(b, 'لا أحد يريد').speakerId, null);
  });

  it('reads "according to what" and a speech verb after the quote as its cue (وفق ما أعلنت X، حسبما أفادت X)', () => {
    const a = article(['وأجرى الرئيسان مشاورات هاتفية "تطرقا خلالها إلى القضايا المتصلة بالسلام"، وفق ما أعلنت الرئاسة الفرنسية.', '', 'وارتفع عدد الجرحى إلى "مئة جريح على الأقل"، حسبما أفادت وزارة الصحة.']);
    assert.equal(speakerOf(a, quote(a, 'تطرقا خلالها')), 'الرئاسة الفرنسية');
    assert.equal(speakerOf(a, quote(a, 'مئة جريح')), 'وزارة الصحة');
    // The verb's subject is written but read by no rule (موقع إذاعة): no carried-over speaker instead.
    const b = article(['وقال وزير الخارجية الفرنسي جان إيف لودريان إن الزيارة مهمة.', '', 'ووصلت القوات إلى المدينة "لدعم الأهالي ضد الهجمات"، وفق ما نقل موقع إذاعة محلية.']);
    assert.equal(quote(b, 'لدعم الأهالي').speakerId, null);
    // With no subject after the verb (وفق ما قال للمحققين), the current speaker goes on.
    const c = article('وقال طارق جدعون أمام القاضي إنه بريء. وكان مسؤولا عن تدريب "أكثر من ستين من الأطفال على القتال"، وفق ما قال للمحققين.');
    assert.equal(speakerOf(c, quote(c, 'أكثر من ستين')), 'طارق جدعون');
  });

  it('reads an unknown name that ends the sentence after a verb following the quote as the speaker ("…"، تقول سمية نصار وهي …)', () => {
    const a = article(['وقالت الوزيرة ريم الهاشمي إن الأسعار ارتفعت كثيرا هذا العام.', '', '"تعبت من رؤية الحزن في عيون عائلتي"، تقول سمية نصار وهي أم لثلاثة أولاد.', '', '"سعره لم يرتفع كثيرا في السنوات الأخيرة"، توضح فضيلة.']);
    assert.equal(speakerOf(a, quote(a, 'تعبت من رؤية')), 'سمية نصار');
    assert.equal(speakerOf(a, quote(a, 'سعره لم يرتفع')), 'فضيلة');
    // A circumstance after the verb (بأسف) is no name: the quote keeps no speaker rather than a wrong one.
    const b = article(['وقالت الوزيرة ريم الهاشمي إن الأسعار ارتفعت كثيرا هذا العام.', '', '"لم يبق لنا شيء في هذه المدينة"، يقول بأسف.']);
    assert.notEqual(speakerOf(b, quote(b, 'لم يبق لنا')), 'بأسف');
  });

  it('does not read a verb of content with no document after it as the cue (الغارات جاءت "…"): the earlier cue governs', () => {
    const a = article('وقال المتحدث باسم الجيش الإسرائيلي جوناثان كونريكوس إن الغارات جاءت "ردا على إطلاق البالونات الحارقة من القطاع".');
    assert.equal(speakerOf(a, quote(a, 'ردا على إطلاق')), 'جوناثان كونريكوس');
    assert.equal(quote(a, 'ردا على إطلاق').cue?.text, 'وقال');
    // وردت is و + ردت (she replied) here, not the verb of content ورد: it keeps its subject.
    const b = article('وقال الرئيس رجب طيب أردوغان للطفلة "كوني جاهزة لأي شيء"، وردت الطفلة وهي تبكي "نعم سأكون جاهزة".');
    assert.equal(quote(b, 'نعم سأكون').cue?.text, 'وردت');
  });

  it('does not guess the speaker of a quote-only paragraph', () => {
    const a = article(['قال الوزير سيرغي لافروف إن المفاوضات مستمرة.', '', '"لا أحد يريد الحرب في هذه المنطقة من العالم".']);
    const q = quote(a, 'لا أحد يريد');
    assert.equal(q.speakerId, null);
    // The line before reports Lavrov's words: a speaker the review could not tell, not words nothing attributes.
    assert.deepEqual(a.findings.map((f) => f.code), ['unresolved-speaker']);
  });

  it('gives a quote-only paragraph to the speaker whose quote ends the paragraph before it, and to no one else', () => {
    const a = article(['وتقول سلمى حداد: "عملنا طوال الليل دون توقف".', '', '"لم يكن لدينا ما يكفي من الأدوية لكل الجرحى".']);
    assert.equal(speakerOf(a, quote(a, 'لم يكن لدينا')), 'سلمى حداد');
    assert.equal(quote(a, 'لم يكن لدينا').attribution, 'carry-over');
    // Words after the quote end that paragraph on the narrator: the next quote is nobody's yet.
    const b = article(['وتقول سلمى حداد: "عملنا طوال الليل دون توقف" قبل أن تغادر المستشفى.', '', '"لم يكن لدينا ما يكفي من الأدوية لكل الجرحى".']);
    assert.equal(quote(b, 'لم يكن لدينا').speakerId, null);
  });

  it('gives a cue joined by و to the opening verb of its sentence the subject of that verb, an unknown name too, never a common noun', () => {
    const a = article('تتحدث شيران عن طفولتها وحنينها إلى اليمن وتقول: "كان أبي يستمع للأغاني العربية كل مساء".');
    assert.equal(speakerOf(a, quote(a, 'كان أبي')), 'شيران');
    // سيارة شرطة: words real copy writes with the article (السيارة، الشرطة) are no name.
    const b = article('وتجوب سيارة شرطة الشوارع منذ الصباح وتقول: "عادت الأمور إلى نصابها في المدينة".');
    assert.equal(quote(b, 'عادت الأمور').speakerId, null);
    // وفي برلين: a preposition opens the sentence, not a verb; the place is no speaker.
    const c = article('وفي برلين، أعربت المستشارة عن القلق وقالت إن "التصعيد سيسيء إلى الجميع دون استثناء".');
    assert.notEqual(speakerOf(c, quote(c, 'التصعيد')), 'برلين');
  });

  it('groups one person spelled two ways and reports the variant', () => {
    const a = article(seed('004'));
    assert.deepEqual(
      a.nameVariants.map((v) => [v.canonical, v.variant]),
      [['لوكاشينكو', 'لوكاشينكا']],
    );
    const speaker = a.speakers.find((s) => s.name === 'ألكسندر لوكاشينكو')!;
    assert.ok(speaker.aliases.includes('لوكاشينكا'));
  });
});

describe('attribution to institutions, anonymous sources and people named in other ways', () => {
  it('lets an institution speak and carries it over (أعلن الحلف …، وقال في بيان)', () => {
    const a = article('أعلن حلف شمال الأطلسي أنه سيرسل قوات إضافية، وقال في بيان: «هذه خطوة دفاعية بحتة».');
    assert.equal(statements(a)[0].speaker, 'حلف شمال الأطلسي');
    assert.equal(a.speakers[0].kind, 'institution');
  });

  it('reads a hashtagged institution\'s gender from its first word, so a feminine cue carries over to it (قالت #الهيئة_العامة … وأضافت)', () => {
    const a = article(['قال المدير سامي الخوري إن المطار سيفتح قريبا.', 'قالت #الهيئة_العامة_للطيران_المدني، اليوم، إنها ألغت العقد مع الشركة.', 'وأضافت أن الشروط الجديدة "ستستوفي المتطلبات حسب أفضل الممارسات".']);
    assert.equal(statements(a)[0].speaker, 'الهيئة العامة للطيران المدني');
  });

  it('shows a hashtagged speaker with spaces, its range still on the hashtag as written', () => {
    const text = 'وقالت #وزارة_الصحة_العامة في بيان: "نعمل على توفير اللقاحات في كل المناطق".';
    const a = article(text);
    assert.equal(statements(a)[0].speaker, 'وزارة الصحة العامة');
    const mention = a.speakers[0].mentions[0];
    assert.equal(text.slice(mention.start, mention.end), 'وزارة_الصحة_العامة');
  });

  it('lets a body speak when its head noun stands before its known name (وقالت شركة نستله)', () => {
    const a = article('وقالت شركة نستله في بيان إن "المبيعات ارتفعت في الربع الأخير من العام".');
    assert.equal(statements(a)[0].speaker, 'نستله');
  });

  it('names a speaker read after the ل of وفقا لـ / بيان لـ with its article (للكرملين: الكرملين, للجنة: اللجنة)', () => {
    assert.equal(statements(article('وفقا للكرملين، فإن "المحادثات كانت بناءة".'))[0].speaker, 'الكرملين');
    assert.equal(statements(article('وجاء في بيان للجيش الإسرائيلي أن "الصواريخ سقطت في مناطق مفتوحة".'))[0].speaker, 'الجيش الإسرائيلي');
    assert.equal(statements(article('وجاء في بيان للجنة المنظمة أن "كل شيء جاهز للبطولة".'))[0].speaker, 'اللجنة المنظمة');
    assert.equal(statements(article('وطبقا للمدعي العام، فإن "المتهم اعترف بكل التهم".'))[0].speaker, 'المدعي العام');
  });

  it('never reads the ل-phrase after a speech verb or noun as the speaker: it names whom the words were said to', () => {
    // قال لبي بي سي / صرح لصحيفة … / قالت لمتسابق: the verb's subject speaks, here the one named before.
    const a = article([
      'وصل وزير الصحة سامي النجار إلى المستشفى صباح اليوم.',
      'وقال لبي بي سي "الوضع تحت السيطرة الآن".',
      'وكانت الوزيرة هالة سعيد قد صرحت لصحيفة الغارديان أن "الحفل سيقام في موعده".',
      'وقالت لمتسابق: "صوتك جميل جدا".',
      'وعاد وزير الصحة سامي النجار إلى مكتبه.',
      'وفي حديث لرويترز قال "سنفتح مستشفى جديدا".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامي النجار', 'هالة سعيد', 'هالة سعيد', 'سامي النجار']);
    // The subject may follow an organization addressed; a name written with ل is still a name.
    const b = article(['وقال لرويترز مسؤول أمريكي إن "الوضع تحت السيطرة".', 'وقال لافروف: "لن نقبل بهذه الشروط".']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['مسؤول أمريكي', 'لافروف']);
  });

  it('ends a name at its addressee or object (لصحافيين، لبي بي سي، بتقرير), never reading it as a further name word', () => {
    assert.equal(statements(article('وقال الجنرال نيكولسن لصحافيين في البنتاغون إن "المفاوضات تجري سرا".'))[0].speaker, 'نيكولسن');
    assert.equal(statements(article('وقال بوستاني لبي بي سي: "وافق العراق على الانضمام للمعاهدة".'))[0].speaker, 'بوستاني');
    assert.equal(statements(article('وقال السوداني محمد عباس لفرانس برس في الخرطوم "اشتريت الغالون بسعر مرتفع".'))[0].speaker, 'محمد عباس');
    assert.equal(statements(article('ندد المتحدث باسم الجيش تامر الرفاعي بتقرير المنظمة، مؤكدا أنه "اعتمد على مصادر غير موثوقة".'))[0].speaker, 'تامر الرفاعي');
    // A name written with ل or ب on a short word stays whole.
    assert.equal(statements(article('وقالت المحامية سهاد بشارة في قاعة المحكمة إن "الاعتقال غير قانوني".'))[0].speaker, 'سهاد بشارة');
  });

  it('names an anonymous source and reports it', () => {
    const a = article('وقال مسؤول في وزارة الخزانة لشبكة CNN إن العقوبات «ستشمل شركات جديدة قريبا».');
    assert.equal(statements(a)[0].speaker, 'مسؤول في وزارة الخزانة');
    assert.ok(a.findings.some((f) => f.code === 'anonymous-source'));
  });

  it('carries a feminine verb over to the last feminine speaker (وقالت skips a man named since)', () => {
    const a = article('أعلنت الرئاسة الفرنسية أنها استدعت السفير الجزائري، وقالت في بيان: «هذه التصريحات غير مقبولة».');
    assert.equal(statements(a)[0].speaker, 'الرئاسة الفرنسية');
  });

  it('never carries a verb over to a name in the clause it reports (وقال إن المدير كريم الراشد "…")', () => {
    // No man spoke or was named before وقال: the director is inside the reported words.
    const a = article('ونفت الوزيرة سلمى الحلبي الاتهامات. وقال إن المدير العام كريم الراشد "سيستقيل من منصبه قبل نهاية العام".');
    assert.deepEqual(statements(a).map((s) => s.speaker), [null]);
    // A man named before the verb is carried over, past the name after إن.
    const b = article('وكان السفير سامر حداد في الاجتماع. ونفت الوزيرة سلمى الحلبي الاتهامات. وقال إن المدير العام كريم الراشد "سيستقيل من منصبه قبل نهاية العام".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سامر حداد']);
  });

  it('gives relayed words to the one after عن (ونقلت رويترز عن مسؤول قوله)', () => {
    const a = article('ونقلت وكالة رويترز عن مسؤول أوروبي قوله إن "الباب لا يزال مفتوحا أمام الدبلوماسية".');
    assert.equal(statements(a)[0].speaker, 'مسؤول أوروبي');
  });

  it('gives words relayed from a pronoun (نقلت عنه الوكالة قوله) to whom the pronoun points back at, not to the relaying agency', () => {
    const a = article([
      'وصل وزير الخارجية سامر الحلبي إلى موسكو أمس.',
      'ونقلت عنه وكالة الأنباء الرسمية قوله: "المحادثات كانت مثمرة"، مضيفا أن الجانبين "اتفقا على خطة عمل".',
      'والتقت الوزيرة ليلى حداد نظيرها الروسي، ونقلت الوكالة عنها قولها إن "الزيارة ناجحة".',
      'كما كشف مصدر مسؤول، نقلت عنه صحيفة محلية، أن "الاتفاق سيوقع قريبا".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامر الحلبي', 'سامر الحلبي', 'ليلى حداد', 'مصدر مسؤول']);
    // With nobody before it for the pronoun to point at, the relaying agency is all the text gives.
    const b = article('ونقلت عنه وكالة الأنباء الرسمية قوله: "المحادثات كانت مثمرة".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['وكالة الأنباء الرسمية']);
  });

  it('gives words after a relative whose verb resumes it as its object (المعارضة التي وصفها بأنها "…") to the one who describes, not to the antecedent', () => {
    const a = article([
      'عنوان',
      '',
      'وهاجم الرئيس سامر الحلبي أمس المعارضة التي وصفها بأنها "جماعات خارجة عن القانون".',
      'والتقت الوزيرة ليلى حداد السفير كريم الراشد، الذي تصفه بأنه "صديق قديم للبلاد".',
      'ورفضت الحكومة الخطة التي تصفها الصحافة المحلية بأنها "خطة إنقاذ".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامر الحلبي', 'ليلى حداد', 'الصحافة المحلية']);
    // A pronoun of another gender is someone else: the antecedent describes (السفير الذي وصفها).
    const b = article(['عنوان', '', 'والتقت الوزيرة ليلى حداد السفير كريم الراشد، الذي وصفها بأنها "صديقة قديمة للبلاد".']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['كريم الراشد']);
  });

  it('never reads a dateline (عمان، الأردن (CNN)--) as the opening verb and its subject', () => {
    const a = article(['عنوان', '', 'عمان، الأردن (CNN)-- أكد وزير الخارجية سامر الحلبي، الخميس، أن بلاده ترفض ما وصفه بـ"التدخل السافر في شؤونها".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامر الحلبي']);
  });

  it('reads a name in apposition (X، وزير الخارجية المصري، قال)', () => {
    const a = article(['عنوان', '', 'سامح شكري، وزير الخارجية المصري، قال إن التحقيق "سيستمر دون أي تدخل سياسي".', '', 'وأضاف شكري: "لا أحد فوق القانون".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامح شكري', 'سامح شكري']);
  });

  it('reads the name after a title and the organization it serves (منسق الشؤون الإنسانية في الأمم المتحدة X)', () => {
    const a = article('حذر منسق الشؤون الإنسانية في الأمم المتحدة كريم الحسيني من أن الممرات "قد تغلق في أي لحظة".');
    assert.equal(statements(a)[0].speaker, 'كريم الحسيني');
    assert.equal(a.speakers[0].role, 'Humanitarian Coordinator of the UN');
  });

  it('keeps a statement after the quick fix\'s unfilled placeholder (وقال [المتحدث]: "…") unattributed, with no second placeholder offered', () => {
    const a = article(['قال وزير الخارجية الروسي سيرغي لافروف إن "المحادثات كانت بناءة للغاية".', '', 'وقال [المتحدث]: "لن نقبل بأي شروط مسبقة في هذه المرحلة".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سيرغي لافروف', null], 'the placeholder is nobody, not the last speaker');
    const open = a.findings.filter((f) => f.code === 'unattributed-quote');
    assert.equal(open.length, 1);
    assert.match(open[0].message, /placeholder \[المتحدث\] is not filled in/);
    assert.deepEqual(open[0].fixes, []);
  });

  it('reads an office attached to another office (السكرتير الصحفي للرئيس الروسي دميتري بيسكوف)', () => {
    const a = article('قال السكرتير الصحفي للرئيس الروسي دميتري بيسكوف إن الكرملين "يتابع الوضع عن كثب".');
    assert.equal(statements(a)[0].speaker, 'دميتري بيسكوف');
  });

  it('takes the cue of a paragraph that ends with a colon for the quote that opens the next one', () => {
    const a = article(['عنوان الخبر', '', 'وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين:', '"لن نسمح بتكرار ما حدث في كازاخستان أبدا".']);
    assert.equal(statements(a)[0].speaker, 'سيرغي لافروف');
  });

  it('resolves a headline title to the person named later with the same office', () => {
    const a = article(['وزير الخارجية الإيراني: "لن نتفاوض تحت الضغط"', '', 'قال وزير الخارجية الإيراني عباس عراقجي إن بلاده "لن تقبل أي تفاوض تحت التهديد".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['عباس عراقجي', 'عباس عراقجي']);
  });

  it('names the person a description introduces, not an anonymous source (المسؤول الطبي بافل كورنيافكا، أحد المحتجين ويدعى …)', () => {
    const a = article([
      'وقال المسؤول الطبي بافل كورنيافكا إن "الوضع تحت السيطرة الآن في المستشفى".',
      'وقال أحد المحتجين ويدعى عصام جبار: "نحن هنا منذ الصباح ولن نغادر".',
      'وقال مسؤول أمني إن "التحقيقات مستمرة في الحادث".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['بافل كورنيافكا', 'عصام جبار', 'مسؤول أمني']);
  });

  it('reads speakers nobody lists: a country, an institution, a document, a group, an unknown name with its apposition', () => {
    const a = article([
      'وقالت روسيا إن "القرار غير مقبول على الإطلاق".',
      'وقالت الحكومة في بيان إن "الإجراءات ستستمر حتى نهاية الشهر".',
      'وينص القانون على أن "لا يجوز مباشرة أي إجراء قضائي".',
      'وقال المحتجون إن "مطالبهم لم تتحقق بعد رغم الوعود".',
      'وقال كريم حداد الخبير الاقتصادي إن "الأسواق ستتعافى قريبا".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['روسيا', 'الحكومة', 'القانون', 'المحتجون', 'كريم حداد']);
  });

  it('carries a cue over to the subject of the sentence, never to its object', () => {
    const a = article(['وأدانت وزارة الخارجية التركية قرار البرلمان الهولندي، وقالت إنه "غير ملزم من الناحية القانونية".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['وزارة الخارجية التركية']);
  });

  it('names the person who closes a long description, before or after the verb', () => {
    const a = article([
      'وقال مدير البرامج الإقليمي لشؤون اللاجئين في الأردن توماس ريختر الأحد في بيان إن "المساعدات لا تكفي لنصف العائلات".',
      '',
      'المدير العام لشركة النقل البحري الوطنية ماركو بيلليني قال إن الشركة ستوسع أسطولها.',
      'وقال للصحفيين في الميناء "سنضاعف عدد الرحلات قبل الصيف".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['توماس ريختر', 'ماركو بيلليني']);
  });

  it('reads the relation with a possessive pronoun as the speaker (قال محاميها)', () => {
    const a = article(['ومثلت الصحفية أمام المحكمة صباح الأحد. بدوره، قال محاميها إن "موكلته لم ترتكب أي مخالفة".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['محاميها']);
  });

  it('names the relative when the name follows the relation (قال والدها ديريك كامبل)', () => {
    const a = article(['وقتلت الشابة في سوريا الشهر الماضي. وقال والدها ديريك كامبل إن "الوزارة لم تساعدنا في استعادة جثتها".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['ديريك كامبل']);
    assert.equal(a.speakers.find((s) => s.name === 'ديريك كامبل')?.kind, 'person');
  });

  it('reads أبو before an indefinite name as a kunya or family name, a named person (وأضاف أبو ردينة)', () => {
    const a = article([
      'وقال المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة إن "أي خطوة أحادية الجانب لا تساهم في تحقيق السلام".',
      'وأضاف أبو ردينة في بيان "أن الخطاب مستند على الشرعية الدولية".',
      'وقال أبو خليل الذي فر من بيته مع عائلته "الناس جميعا في الطرق".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['نبيل أبو ردينة', 'نبيل أبو ردينة', 'أبو خليل']);
    assert.equal(a.speakers.find((s) => s.name === 'أبو خليل')?.kind, 'person');
    assert.equal(a.findings.filter((f) => f.code === 'anonymous-source').length, 0);
    // والد + a name is still the named one's father, a relative no one names.
    const father = article(['وقال والد نسيم إن "ابني بريء من كل التهم الموجهة إليه".']);
    assert.equal(father.speakers[0].kind, 'anonymous');
  });

  it('ends an anonymous source before the news outlet it spoke to and before قائلا', () => {
    const a = article([
      'وقال مسؤول أمني لرويترز: "ساد الذعر بعد وقوع الانفجار".',
      'وأوضح مصدر أمني لـCNN أن الظرف "قد يكون متصلا بظروف شبيهة".',
      'وتساءل أحد الصحفيين قائلا: "هل سيتمكن الزعيمان من الاتفاق؟"',
      'وقال مسؤول لحلف الناتو إن "الحلف سيرد على أي هجوم".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مسؤول أمني', 'مصدر أمني', 'أحد الصحفيين', 'مسؤول لحلف الناتو']);
  });

  it('resolves هذه + a definite noun to the latest woman who spoke, not to the latest speaker', () => {
    const a = article([
      'وقالت سلمى دروبي، متحدثة باللغة الإنجليزية، إنها وصلت إلى المدينة قبل عامين.',
      'وقالت الشرطة إن التحقيق مستمر.',
      'وصرحت هذه الطالبة أنها غادرت "هربا من القصف الذي دمر الحي بأكمله".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سلمى دروبي']);
  });

  it('reads the subject after a resumptive فيه, and names no one in a group (يهدد فيه عناصر من …)', () => {
    const a = article(['ونشرت الجماعة تسجيلا يهدد فيه عناصر من الجماعة المسلحة بقتل ثلاثة رهائن ما لم يتم "الإفراج عن جميع السجناء فورا".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['عناصر من الجماعة المسلحة']);
  });

  it('gives a subjectless verb to the one whose words the sentence names (تصريحات لـX … قال فيها)', () => {
    const a = article([
      'وقال وزير المالية الكندي بيل مورنو إن الميزانية متوازنة.',
      'وقال زعيم المعارضة الكندية أندرو شير إن الخطة فاشلة.',
      'ونقلت صحيفة محلية تصريحات أخرى لمورنو أمام اللجنة قال فيها "لن نرفع الضرائب هذا العام".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['بيل مورنو']);
  });

  it('reads a name after a nationality (المواطن الفرنسي X (40 عاما)) and its first name alone later', () => {
    const a = article([
      'ومثل أمام المحكمة المواطن البلجيكي جان لوك مارتان (40 عاما) والفرنسية كاترين ديبوا فيرنر (31 عاما).',
      'ونفى مارتان التهم، وقال "لم أحمل السلاح يوما".',
      'وقالت كاترين إنها "سافرت لرؤية أختها فقط".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['جان لوك مارتان', 'كاترين ديبوا فيرنر']);
  });

  it('reads a description, a comma and the name in apposition after the verb', () => {
    const a = article(['وقال منسق البعثة الأوروبية الخاصة، ميشال بارنييه "لا اتفاق من دون حل للحدود".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['ميشال بارنييه']);
  });

  it('never takes the object with ل after a verb for its subject (وتعهدت لنظيرها)', () => {
    const a = article([
      'وقالت المستشارة الألمانية أنغيلا ميركل إن المحادثات كانت صريحة.',
      'وتعهدت لنظيرها الأمريكي بأن "برلين ستزيد إنفاقها الدفاعي".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['أنغيلا ميركل']);
  });

  it('reads a relation in construct with a name, and an organization with a possessive, as speakers', () => {
    const a = article([
      'وقال شقيق مازن إن العائلة "لم تتلق أي اتصال من السلطات".',
      'وأعلنت جمعيته في بيان، قائلة إن "المساعدات وصلت إلى ألف أسرة".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['شقيق مازن', 'جمعيته']);
  });

  it('ends an anonymous plural subject at its auxiliary (مسؤولين كانوا قد هددوا)', () => {
    const a = article([
      'وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار ممكن.',
      'يذكر أن مسؤولين أتراك كانوا قد هددوا الشهر الماضي بأن الجيش "سيرد بقوة على أي هجوم".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مسؤولين أتراك']);
  });

  it('reads a name after a nationality closed by a preposition, and carries over to it', () => {
    const a = article(['توفي المزارع الفرنسي جاك لوران عن 90 عاما في باريس. وكان قد قال إنه "كتب كل ما أراد أن يكتبه".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['جاك لوران']);
  });

  it('gives a headline to its first name when the name before the colon is an object (X متحدثا عن Y:)', () => {
    const a = article(['ماكرون متحدثا عن بوتين: "رجل لا يمكن الوثوق بوعوده"', '', 'وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مستمر.']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['إيمانويل ماكرون']);
  });

  it('gives a headline cue to the subject that opens the title, not to the object after the verb, and its و-joined verbs too', () => {
    const a = article(['النرويج تدعو السويد إلى "التخلي عن لغة التهديد" وتحذر من "عواقب وخيمة"', '', 'وقال المتحدث إن الحوار مستمر.']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['النرويج', 'النرويج']);
    // A clause after ".." still hangs on the title's subject; a question word is no subject.
    const b = article(['النرويج تستدعي سفيرين.. وتتحدث عن "تجاوزات خطيرة"', '', 'وقال المتحدث إن الحوار مستمر.']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['النرويج']);
    const c = article(['ماذا قال القذافي عن "الحرب الطويلة"', '', 'وكتب المؤرخ إن الحوار مستمر.']);
    assert.ok(!statements(c).some((s) => s.speaker === 'ماذا'), JSON.stringify(statements(c)));
  });

  it('reads a short label before a colon opening a paragraph as its speaker, and a speaker that opens a title before a preposition', () => {
    const a = article(['محادثات في جنيف', '', 'وقال الوسيط إن المحادثات مستمرة.', '', 'هولاند: "لم أتحدث أبدا عن خطوط حمراء"', '', 'أردوغان لميركل: "أنت تدعمين الإرهابيين"']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['هولاند', 'أردوغان']);
    const b = article(['النرويج عن اقتراب طائرات من حدودها: تصرف "استفزازي"', '', 'وقال المتحدث إن الحوار مستمر.']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['النرويج']);
    // A label that is no one (a question of an interview, a verb, a common noun) names no one.
    const c = article(['مقابلة', '', 'وقال الصحفي إن اللقاء طويل.', '', 'سؤال: "إذن أنت مع العلمانية"', '', 'وأخبرونا: "لا نحتفظ بالفتيات طويلا"']);
    assert.deepEqual(statements(c).map((s) => s.speaker), [null, null]);
  });

  it('gives a plural participle to the plural of people before it, not to a singular subject (… المزارعين يلوحون، قائلين)', () => {
    const a = article(['وأظهر الشريط الذي نشره المراسل كريم سالم أمس، المزارعين يلوحون بالأعلام، قائلين: "لن نترك أرضنا مهما حدث".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['المزارعين']);
  });

  it('never reads a preposition written on a word as a name closing a description (للمغتربين بالخارج، لهارتمان)', () => {
    const a = article([
      'قال سمير الهادي رئيس الجمعية الوطنية للمغتربين بالخارج إن "العودة ليست سهلة".',
      'وقال رئيس الجمعية الوطنية للمغتربين بالخارج إن "المطالب لم تتغير منذ سنوات".',
      'ونقل الكاتب عن المدير قوله لهارتمان "أنت المسؤول عن هذا الفشل".',
    ]);
    assert.ok(!statements(a).some((s) => /^[بل]/u.test(s.speaker ?? '')), JSON.stringify(statements(a)));
  });

  it('gives relayed words to the one after على لسان as after عن (ونقل الموقع على لسان X قوله)', () => {
    const a = article(['ونقل الموقع الرسمي للحزب على لسان سليم داود قوله: "لن نشارك في أي حكومة لا تمثل الجميع".']);
    assert.deepEqual(statements(a).map((s) => [s.speaker, s.cue]), [['سليم داود', 'ونقل']]);
  });

  it('closes an unknown name after a description at its addressee (وقال المتحدث X لإذاعة …)', () => {
    const a = article([
      'وقال المتحدث فارس نعمان لإذاعة المدينة إن "فرق الإنقاذ وصلت إلى الموقع".',
      'وقال نعمان "لم نعثر على ناجين حتى الآن".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['فارس نعمان', 'فارس نعمان']);
  });

  it('reads a noun phrase that opens the clause right before a present verb as its subject (والمزارعون يؤكدون، نقابات … تعلن)', () => {
    const a = article([
      'احتجاجات في الريف.. والمزارعون يؤكدون "حقنا في الماء"',
      '',
      'فصائل المعارضة المسلحة تعلن "هدنة من طرف واحد"',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['المزارعون', 'فصائل المعارضة المسلحة']);
  });

  it('lets a body named in quote marks after its head noun speak (ذكرت صحيفة "…"، وكتبت "…" على …)', () => {
    const a = article([
      'وذكرت صحيفة "المساء الجديد" المحلية أن الحكومة "تدرس خفض الضرائب على الوقود".',
      'وكتبت "هيومن رايتس ووتش" على موقعها: "لن نسكت على اعتقال المعلمين قبل صرف رواتبهم".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['المساء الجديد', 'هيومن رايتس ووتش']);
  });

  it('reads an indefinite body with its relational adjective as a speaker, and no day of a month as a group (لجنة برلمانية، في 12 مارس)', () => {
    const a = article([
      'وفي 12 مارس الماضي، أقر المجلس مشروع القانون.',
      'وأوضحت لجنة برلمانية شكلت لدراسة المشروع أن الهدف منه "حماية المستأجرين من الطرد".',
      'وأكدت مجددا أن التعديلات "لن تمس حقوق الملاك".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['لجنة برلمانية', 'لجنة برلمانية']);
  });

  it('closes an unknown name at an indefinite description after it (X Y أحد مؤسسي …، X Y محلل …)', () => {
    const a = article([
      'وقال كمال زيدان أحد مؤسسي الشركة الناشئة في دبي، لوكالة محلية "نحن في مرحلة نمو سريع".',
      'وقال سامر خليل محلل الأسواق في بنك إقليمي "هناك تغير في المعنويات".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['كمال زيدان', 'سامر خليل']);
  });

  it('reads a cue word right after a preposition as a noun, not as the cue (وقالت الحكومة، في رد مكتوب، إن)', () => {
    const a = article(['وقالت الحكومة، في رد مكتوب للمحكمة، إن خطة الترحيل "لم تعد مطروحة".']);
    assert.deepEqual(statements(a).map((s) => [s.speaker, s.cue]), [['الحكومة', 'وقالت']]);
  });

  it('lets the relayed one go on speaking in a participle (ونقلت الوكالة عن X …، مشيرا إلى أن "…")', () => {
    const a = article(['ونقلت "رويترز" عن ماهر عثمان حديثه في المنتدى: "الشراكة ضرورية للبلدين"، مشيرا إلى أن بلاده "مستعدة لتعاون أكبر".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['ماهر عثمان', 'ماهر عثمان']);
  });

  it('lets the document after وجاء في speak, or the organization it belongs to (وجاء في البيان الختامي، في بيان وزارة …)', () => {
    const a = article([
      'وجاء في البيان الختامي للاجتماع: "اتفق المشاركون على تمديد الهدنة شهرا".',
      'وجاء في بيان وزارة الخارجية الأردنية أن "المملكة ترفض أي إجراء أحادي".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['البيان الختامي للاجتماع', 'وزارة الخارجية الأردنية']);
  });

  it('reads the subject between an opening auxiliary and its verb (وكانت تركيا أكدت)', () => {
    const a = article(['وكانت تركيا أكدت الشهر الماضي أن العملية "ستستمر حتى تحقيق أهدافها".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['تركيا']);
  });

  it('takes no noun ending in ى for a relational adjective (إدارة مستشفى حكومي is not the speaker)', () => {
    const a = article(['وقدم الأب بلاغا يتهم فيه إدارة مستشفى حكومي بـ"إهمال" ابنه، وقال إن "أحدا لم يعتذر".']);
    assert.ok(!statements(a).some((s) => (s.speaker ?? '').startsWith('إدارة')), JSON.stringify(statements(a)));
  });

  it('resolves هذه + an anonymous head to the latest anonymous source, and lets a plural of office-holders speak (هذه المصادر، وزراء المالية)', () => {
    const a = article([
      'وقالت مصادر أمنية في العاصمة إن الطرق أغلقت.',
      'وقال الناطق باسم الشرطة خالد يوسف إن التحقيق بدأ.',
      'وقالت هذه المصادر إن "المهاجمين فروا إلى الجبال".',
      'وقال وزراء الزراعة العرب في ختام اجتماعهم إن "الأمن الغذائي أولوية".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مصادر أمنية في العاصمة', 'وزراء الزراعة العرب']);
  });

  it('reads a subject set off by commas before its verb, never before a verb with its conjunction (X، والدة Y، قالت)', () => {
    const a = article([
      'ولم تعلن الشرطة أسماء الضحايا، ولكن سلمى حداد، والدة أحد الطلاب، قالت لإذاعة محلية "لم يبق لنا شيء".',
      'وكانت الهيئة الوطنية للانتخابات، قالت في بيان إن النتائج "ستعلن الأحد".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سلمى حداد', 'الهيئة الوطنية للانتخابات']);
  });

  it('reads a description and its name set off by commas before the verb as its subject, not the speaker before (وكان رئيس النادي، سامي عطية، قال)', () => {
    const a = article([
      'وقال وزير المالية رامي حداد إن الموازنة "لن تتغير هذا العام".',
      // The people pass reads the title and the name as one mention that runs to the verb's comma.
      'وكان رئيس النادي، سامي عطية، قال في مارس الماضي إن الفريق "سيبقى في الدوري".',
      // A description the people pass ends before the commas, the name set off after it.
      'لكن الباحثة في علوم البحار، منى الخطيب، تقول إن "المياه ترتفع كل عام".',
      // A name whose description runs on into the commas.
      'نادر فهمي، الأستاذ في جامعة القاهرة، يرى أن "الحل ما زال ممكنا".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['رامي حداد', 'سامي عطية', 'منى الخطيب', 'نادر فهمي']);
  });

  it('reads the subject of أما before the commas for the verb that answers it with ف (أما X، Y، فقال)', () => {
    const a = article(['وقال وزير المالية رامي حداد إن الموازنة "لن تتغير هذا العام".', 'أما وزير العمل السابق، كمال عيسى، فقال إن الخطة "لن تنجح أبدا".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['رامي حداد', 'كمال عيسى']);
    // Without أما, a verb with its conjunction still goes on the clause before (no fronted subject).
    const b = article(['وقال وزير المالية رامي حداد إن الموازنة "لن تتغير هذا العام".', 'وفي وقت لاحق، فقال إن الخطة "لن تنجح أبدا".']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['رامي حداد', 'رامي حداد']);
  });

  it('gives a statement that جاء فيه introduces to the one who issued the document (وأصدرت X بيانا جاء فيه)', () => {
    const a = article(['وقال السفير الأردني في باريس إن العلاقات جيدة.', 'وردت وزارة الداخلية الأردنية ببيان جاء فيه أن "الحدود ستفتح صباح الغد".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['وزارة الداخلية الأردنية']);
  });

  it('gives a document\'s words to the one a verb of issuing names, before or after it (أصدرت X، أمس، بيانا جاء فيه / وجاء في بيان أصدرته X)', () => {
    const a = article([
      'وقال السفير الأردني في باريس إن العلاقات جيدة.',
      'من جهتها، أصدرت وزارة الخارجية اللبنانية، أمس الاثنين، بيانا جاء فيه: "الحدود ستفتح صباح الغد أمام المسافرين".',
      'وجاء في بيان أصدرته وزارة الصحة العراقية أن "المستشفيات استقبلت عشرات الجرحى منذ الصباح".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['وزارة الخارجية اللبنانية', 'وزارة الصحة العراقية']);
  });

  it('gives the words of a relative verb with فيه to the issuer of the document, not to the word before the verb (نشر X بيانا على فيسبوك قال فيه)', () => {
    const a = article([
      'وقال المدرب إن الفريق جاهز للمباراة.',
      'ونشر النادي الأهلي بيانا عبر صفحته الرسمية على موقع فيسبوك قال فيه: "نرفض قرار اللجنة بشكل قاطع".',
      'وكان الاتحاد التونسي قد أصدر بيانا ردا على تصريحات المدرب قال فيه إن "العقوبة نهائية".',
      'ونشر ماهر تغريدة على حسابه الرسمي في تويتر، قال فيها "سنعود أقوى في الموسم المقبل".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['النادي الأهلي', 'الاتحاد التونسي', 'ماهر']);
    // A subject written after فيه is the verb's own: في بيان أكد فيه الرئيس X.
    const b = article('وفي بيان مشترك أكد فيه الرئيس الفرنسي إيمانويل ماكرون أن "الاتفاق صامد رغم كل الضغوط التي تمارس عليه".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['إيمانويل ماكرون']);
  });

  it('gives a relative verb\'s words to the one a document or a statement is of (تصريحا لعمدة المدينة قال فيه)', () => {
    const a = article([
      'وقال مسؤول أمني إن الهجوم وقع ظهرا.',
      'كما نقلت الوكالة تصريحا لعمدة المدينة قال فيه إن المهاجم "أطلق النار على المارة".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['عمدة المدينة']);
  });

  it('gives a participle after a relative verb with no subject of its own to the sentence\'s subject (ورد X على تصريح لـY قال فيه …، قائلا)', () => {
    const a = article('ورد الوزير سالم العبدلي على سؤال بشأن تصريح لنظيره الإيراني قال فيه إن بلاده مستعدة للحوار، قائلا إن "الحوار يبدأ بالأفعال".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سالم العبدلي']);
  });

  it('gives جاء في + a noun of speech in construct to its owner, and a document to an issuer set off by a comma (وجاء في تصريح الشرطة / وكانت الهيئة، أصدرت … بيانا جاء فيه)', () => {
    const a = article([
      'وقال شاهد عيان إن الحريق اندلع ليلا.',
      'وجاء في تصريح الشرطة: "لا توجد إصابات بين السكان حتى الآن".',
      'وكانت الهيئة العامة للأرصاد الجوية، أصدرت في هذا الصدد بيانا جاء فيه: "الرياح ستشتد مساء الغد".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['الشرطة', 'الهيئة العامة للأرصاد الجوية']);
    // After a noun of speech, ل names whom the words were said to: no owner is read there.
    const b = article('وقال شاهد عيان إن الحريق اندلع ليلا. وجاء في حديث لرويترز: "لا توجد إصابات بين السكان حتى الآن".');
    assert.notDeepEqual(statements(b).map((s) => s.speaker), ['رويترز']);
  });

  it('ends a description before its name at an addressee, or at the comma after a name in apposition (… X Y للصحفيين، …، X Y، للصحافيين، إنه)', () => {
    const a = article([
      'وقال رئيس اللجنة الفنية للمهرجان عادل يوسف للصحفيين إن "الدورة القادمة ستكون أكبر".',
      'وقال منسق البرنامج الإقليمي لمكافحة الجفاف، مراد بلحاج، للصحافيين، إن "الأمطار لن تكفي".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['عادل يوسف', 'مراد بلحاج']);
  });

  it('reads the one name between وصف/اتهم and its بـ as the object, and gives the words to the subject before', () => {
    const a = article('قال رئيس الوزراء الكندي جاستن ترودو إن العلاقات جيدة، كما وصف الرئيس الروسي، فلاديمير بوتين، بأنه "خصم عنيد".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['جاستن ترودو']);
    const b = article('وكان وزير الخارجية الفرنسي جان إيف لودريان أعلن أن بلاده سترسل مساعدات. وكان قد اتهم روسيا وإيران بـ"تقويض الحل".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['جان إيف لودريان']);
    // With the object on the verb as a pronoun, the name after it is the subject.
    const c = article('وقالت المعارضة إن الانتخابات التي وصفتها إيران بأنها "نزيهة" شابتها خروقات.');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['إيران']);
  });

  it('takes a name right before a verb with nobody after it as the subject a later cue carries over to, and no adverb (بشكل …) for a name', () => {
    const a = article('وكان الرئيس الفرنسي إيمانويل ماكرون أعلن بشكل مفاجئ استقالة الحكومة. وكان قد اتهم إيران بـ"التخريب".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['إيمانويل ماكرون']);
    const b = article('وأعلن وزير الداخلية سمير الخطيب بشكل رسمي أن الانتخابات "ستجرى في موعدها".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سمير الخطيب']);
  });

  it('reads back past a quoted epithet between a subject and its verb (X "…" ذكر أن), but not past a quoted name after its head noun', () => {
    const a = article(['وقال نبيل حداد إن "الأسواق قلقة".', 'وقال سامي الخوري إن "الأزمة مستمرة".', 'وحداد "المتشائم" ذكر أن "النمو لن يعود قبل عامين".']);
    const speakers = statements(a).map((s) => s.speaker);
    assert.deepEqual(speakers.slice(0, 2), ['نبيل حداد', 'سامي الخوري']);
    // Not the last speaker carried over: the one before the epithet.
    assert.match(speakers[2] ?? '', /حداد/u);
    const b = article(['وقال نبيل حداد إن "الأزمة مستمرة".', 'وشركة "نوفاتيك" ذكرت أن "الأرباح تراجعت بشكل كبير".']);
    assert.notEqual(statements(b)[1].speaker, 'شركة');
  });

  it('reads verbs of chanting, insisting, arguing and denouncing as cues, only the singular past of chanting (وهتف المحتجون، وأصر X على أن)', () => {
    const a = article('وتجمع المئات أمام البرلمان، وهتف المحتجون: "لا للفساد". وأصر رئيس البلدية نبيل حداد على أن "المشروع سيكتمل في موعده رغم كل الصعوبات". وتدارك القاضي أن المحكمة "لا تزال تنظر في القضية". واستنكرت النقابة "الاعتداء السافر على الصحفيين أثناء عملهم".');
    assert.deepEqual(statements(a).map((s) => [s.cue, s.speaker]), [['وهتف', 'المحتجون'], ['وأصر', 'نبيل حداد'], ['وتدارك', 'القاضي'], ['واستنكرت', 'النقابة']]);
    // A plural or present form of هتف has a pronoun for subject (وهم يهتفون): it is no cue, so no one is named for the chant.
    const b = article('وقال وزير الداخلية سمير الخطيب إن "الوضع هادئ". وتجمع المئات أمام البرلمان وهم يهتفون "ارحل".');
    assert.ok(!b.quotes.some((q) => q.cue?.text === 'يهتفون'));
    // يدعى (is named) is no form of ادعى: the name after it is no statement's cue.
    const c = article('وقال مواطن يدعى كريم سالم إن "الماء مقطوع منذ أسبوع".');
    assert.deepEqual(statements(c).map((s) => s.cue), ['وقال']);
  });

  it('reads آنذاك after a title as a time word, never as the speaker (ووصف وزير الخارجية الكندي آنذاك الاتفاق بأنه)', () => {
    const a = article('ووصف وزير الخارجية الكندي آنذاك الاتفاق بأنه "خطأ تاريخي لن يغفره الناخبون".');
    assert.equal(statements(a).length, 1);
    assert.doesNotMatch(statements(a)[0].speaker ?? '', /آنذاك/u);
  });

  it('reads بالقول / بقوله as a participle: the sentence\'s subject speaks, and بالقول is never a name (وتوجه X إلى الحشود بالقول، وتابع بالقول إن)', () => {
    const a = article('وتوجه رئيس الوزراء نبيل حداد إلى الحشود بالقول "لن نتراجع عن الإصلاحات مهما كان الثمن". وتابع بالقول إن "الحكومة ستنشر خطتها الأسبوع المقبل".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['نبيل حداد', 'نبيل حداد']);
    // Its gender does not show: a woman named before still speaks after واكتفت بالقول.
    const b = article('وقالت وزيرة الصحة سلمى الخوري إن "الوضع تحت السيطرة". واكتفت بالقول "لا تعليق على التحقيق".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سلمى الخوري', 'سلمى الخوري']);
  });

  it('reads a transliterated name that starts like ف/ك + the article as a name (فال، كالين), and ل/ف + the article + a noun never (فالحكومة)', () => {
    const a = article('وقال أحمد مالك فال، مدير البرنامج في المنظمة: "الوضع الإنساني يزداد سوءا كل يوم".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['أحمد مالك فال']);
    const b = article('وقال الباحث إبراهيم كالين إن "الانتخابات ستجرى في موعدها".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['إبراهيم كالين']);
    const c = article('وقال سامي حداد فالحكومة "لم تفعل شيئا لحماية المستهلكين".');
    assert.doesNotMatch(statements(c)[0].speaker ?? '', /فالحكومة/u);
  });

  it('reads the object pronoun on وصف whose و is its root (وصفها X، بأنها): the name after it is the subject, not the object', () => {
    const a = article('وقال الوزير سامي حداد إن "الاتفاق لن يصمد". وصفها نبيل الخوري، بأنها "خطوة في الاتجاه الصحيح".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامي حداد', 'نبيل الخوري']);
  });
});

describe('speakers on real copy (session 9)', () => {
  it('reads the name after an honorific (الشيخ، الملك، العميد الركن), never the honorific alone', () => {
    const a = article('وأضاف الشيخ حمدان بن راشد: "نعمل على خطة جديدة للتعليم". وقال الملك عبد الله إن "الأردن سيبقى آمنا". وقال العميد الركن سالم العمري إن "العملية مستمرة حتى النهاية".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['حمدان بن راشد', 'عبد الله', 'سالم العمري']);
    // With no name after it, the honorific stays what the phrase reader makes of it.
    assert.equal(statements(article('وقال الشيخ إن "الأمر انتهى".'))[0].speaker, 'الشيخ');
  });

  it('reads whom a spokesperson speaks for after باسم, so the name after it is the speaker', () => {
    const a = article('وقال المتحدث باسم وزارة الدفاع الكينية، سامي أوتينو: "الوضع تحت السيطرة".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['سامي أوتينو']);
    const b = article('وقال المتحدث باسم الرئيس التشيكي: "لن نغير موقفنا".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['المتحدث باسم الرئيس التشيكي']);
    // The object after the body is not read into it (relational adjectives only).
    const c = article('ودعا المتحدث باسم الداخلية المواطنين إلى "الحذر الشديد في التنقل".');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['المتحدث باسم الداخلية']);
    // في تصريح صحفي: a common noun closing the clause is no name for the title.
    const d = article('وقال الناطق باسم دائرة الأوقاف الإسلامية في تصريح صحفي إن "الشرطة أغلقت الأبواب".');
    assert.deepEqual(statements(d).map((s) => s.speaker), ['الناطق باسم دائرة الأوقاف الإسلامية']);
  });

  it('reads وزير خارجية + a country as the foreign minister (the indefinite construct)', () => {
    const a = article('وقال وزير خارجية فنلندا تيمو سويني إن "الحوار هو الطريق الوحيد".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['تيمو سويني']);
    assert.equal(a.speakers.find((s) => s.name === 'تيمو سويني')?.role, 'Foreign Minister of Finland');
  });

  it('takes no cue from a verb whose object says the source is unnamed (لم يذكر اسمه)', () => {
    const a = article('وقال مسؤول أوروبي، لم يذكر اسمه، للصحفيين إن "التحقيق سيستمر أسابيع".');
    assert.deepEqual(statements(a).map((s) => [s.cue, s.speaker]), [['وقال', 'مسؤول أوروبي']]);
    const b = article('وقال مصدر عسكري طلب عدم ذكر اسمه إن "القوات انسحبت من المدينة".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['مصدر عسكري']);
    const c = article('وقالت مصادر رفيعة المستوى لـ"الشبكة" إن "المفاوضات مستمرة".');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['مصادر رفيعة المستوى']);
  });

  it('ends a name before و + a title: the first of two joint speakers speaks, not "X ووزير"', () => {
    const a = article('وقال كوفاتش ووزير الاقتصاد ماركو سيمونيتي في بيان مشترك إن هذه الشركات "تعمل لحساب" جهات أجنبية.');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['كوفاتش']);
  });

  it('reads a body in construct with a person (إدارة ترامب) as its own institution, not an earlier إدارة', () => {
    const a = article('وقالت إدارة الهجرة إن "العدد ارتفع". وتقول إدارة ترامب إن الكثير من الطلبات "مزيفة".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['إدارة الهجرة', 'إدارة ترامب']);
  });

  it('stops a name at a known full name or a verb of real copy, and a feminine verb makes a titled person a woman', () => {
    const a = article('وقال الملك سلمان بن عبد العزيز إطلاق تسمية "قمة الأمل" على الاجتماع.');
    assert.doesNotMatch(a.speakers.map((s) => s.name).join('|'), /إطلاق/u);
    const b = article(['وقالت الناطق الرسمي باسم الحكومة سلمى الحسن إن "الأجهزة نفذت العملية".', '', 'وأضافت أن "العملية الأمنية ما زالت مستمرة حتى الآن".']);
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سلمى الحسن', 'سلمى الحسن']);
  });
  it('reads a genitive with ل after a title as part of it (لحقوق الإنسان، لشؤون …), and the name after it as the speaker', () => {
    const a = article('وقال المفوض السامي لحقوق الإنسان كمال الراشدي في خطاب ألقاه الجمعة إن "الرد لم يكن متكافئا".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['كمال الراشدي']);
    const b = article('بدورها، قالت وزيرة الدولة لشؤون التعاون الدولي، سلوى بنت خالد الراشد، إن "التعاون مستمر مع الوكالة".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سلوى بنت خالد الراشد']);
    // With no name after the title, the title speaks: ل + a noun (لشؤون) is never a name.
    const c = article('وقال وزير الدولة لشؤون الإعلام الناطق باسم الحكومة إن "العملية مستمرة حتى الآن".');
    assert.doesNotMatch(statements(c)[0].speaker ?? '', /لشؤون/u);
  });
  it('reads a nationality before a name as that person, and the name with its age before بـ after اتهم as the object', () => {
    const a = article('وقال الأمريكي جون سميث إن "الوضع خطير جدا".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['جون سميث']);
    const b = article('وذكرت الوكالة أن وزارة العدل الأميركية اتهمت السوري رامي دباغ (51 عاما) بتشغيل "شبكة واسعة تنقل المهاجرين إلى أوروبا" منذ سنوات.');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['وزارة العدل الأميركية']);
  });

  it('reads a statement in construct with ل and a country as its speaker (وقال بيان لبعثة فنزويلا)', () => {
    const a = article('وقال بيان لبعثة فنزويلا في المنظمة، إن التقرير "مهزلة إعلامية مضحكة".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['بيان لبعثة فنزويلا']);
  });
  it('reads a document with its adjectives, its issuer after صادر عن, or its organization in construct as the speaker', () => {
    const a = article([
      'وقال بيان صادر عن وزارة الزراعة إن "المحصول سيتضاعف هذا العام".',
      'وذكر بيان مشترك أن "الاتفاقية ستدخل حيز التنفيذ قريبا".',
      'وأوضح بيان وزارة الصحة أن "عمليات التطعيم مستمرة في كل المدن".',
      'وأضاف تقرير حكومي أن "نسبة البطالة تراجعت خلال الربع الأخير".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['بيان صادر عن وزارة الزراعة', 'بيان مشترك', 'بيان وزارة الصحة', 'تقرير حكومي']);
    // An issuer not read (an office in construct with an indefinite word) does not leave the
    // adjective alone to speak: the statement goes to what the readers before found.
    const b = article('وقال بيان مقتضب، صادر عن مكتب رئيس الحكومة، إن "الاجتماع كان مثمرا جدا".');
    assert.notEqual(statements(b)[0].speaker, 'بيان مقتضب');
  });
  it('reads an organization head before an unknown name or an indefinite collective as the body that speaks (شركة كومكاست، لجنة خبراء)', () => {
    const a = article([
      'وقالت شركة زيلوفا إن "الإنتاج سيتضاعف قبل نهاية العام".',
      'وتقول لجنة خبراء إنها "لم تجد أي دليل على تهريب الأسلحة".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['شركة زيلوفا', 'لجنة خبراء']);
    // A common word after the head (وكالة أنباء) is no name, and the quoted word after it is the body's name, not its words.
    const b = article('وقالت وكالة أنباء "زيلوفا" إن "الإنتاج سيتضاعف قبل نهاية العام".');
    assert.ok(!statements(b).some((s) => s.speaker === 'وكالة أنباء'));
  });

  it('reads the subject of كان before a short adverbial and the قد of its verb (وكانت المصادر في البداية قد قالت)', () => {
    const a = article('وقال مصدر أمني إن "الهجوم وقع فجرا". وكانت المصادر في البداية قد قالت إن "خمسة جنود قتلوا".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مصدر أمني', 'مصدر أمني']);
    const b = article('وكانت الهيئة الوطنية للانتخابات في وقت سابق قد أعلنت أن "النتائج ستعلن غدا".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['الهيئة الوطنية للانتخابات']);
    // A longer stretch is no short adverbial: no subject is read there.
    const c = article('وكانت الهيئة الوطنية للانتخابات في العاصمة الليبية طرابلس قد أعلنت أن "النتائج ستعلن غدا".');
    assert.deepEqual(statements(c).map((s) => s.speaker), [null]);
  });

  it('reads a preposition and a quoted body name into an anonymous description, and drops a preposition cut off by a quote', () => {
    const a = article('وقال مصدر من "هيئة الدفاع المدني" إن "المفاوضات متعثرة جدا".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مصدر من "هيئة الدفاع المدني"']);
    const b = article('وقال مسؤول رفيع لـ"الشبكة" إن "الاتفاق سيوقع الأسبوع المقبل".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['مسؤول رفيع']);
  });

  it('ends a name after an unknown title at a short circumstance before إن (في بيان، على تويتر)', () => {
    const a = article('وقالت منسقة الأمم المتحدة للشؤون الإنسانية ليانا كوستيفا في بيان إن "الوضع يثير القلق".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['ليانا كوستيفا']);
    const b = article('وكتب رئيس وزرائها يوهان ماتيسن على تويتر إن بلاده "ستفتح موانئها".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['يوهان ماتيسن']);
    // The words before the preposition must read as a name only: a common noun of the corpus is none.
    const c = article('وقال رئيس الهيئة خلال استقباله وفدا من الصحافيين إن "الحوار مستمر".');
    assert.doesNotMatch(statements(c)[0].speaker ?? '', /وفدا/u);
  });
});

describe('speakers on real copy (session 10)', () => {
  it('keeps the speaker before an "according to" aside that names only who passed the words on (وقال X، وفق ما نقلت الوكالة، إن)', () => {
    const a = article('وقال المتحدث العسكري، وفق ما نقلت وكالة الأنباء الرسمية، إن القوات "صدت الهجوم بالكامل".');
    assert.deepEqual(statements(a).map((s) => [s.cue, s.speaker]), [['وقال', 'المتحدث العسكري']]);
    const b = article('وقال الوزير الهولندي يان فيسر، بحسب صحيفة محلية، إن الحكومة "لن تتراجع عن القرار".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['يان فيسر']);
    // Under a relay (نقلا عن X) or a person named as the source, the aside's source speaks.
    const c = article('وأكدت الصحيفة، نقلا عن مصدر أمني، أن المهاجمين "فروا باتجاه الحدود".');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['مصدر أمني']);
    const d = article('ويؤكد الهجوم وفق دوبرين "خطورة الظروف التي نعمل فيها".');
    assert.deepEqual(statements(d).map((s) => s.speaker), ['دوبرين']);
    // The first word of an "according to" phrase is no name: the aside right after the verb leaves it subjectless.
    const e = article('وقال، وفق ما نقلت عنه وكالة محلية، إن "الحدود ستبقى مغلقة".');
    assert.doesNotMatch(statements(e)[0].speaker ?? '', /وفق/u);
  });

  it('reads an indefinite nationality after an indefinite title as the title\'s country, not a name (خبير بلجيكي)', () => {
    const a = article('وأكد خبير هولندي في الكيمياء أن العينات "تحمل آثار غاز سام".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['خبير هولندي']);
    const b = article('وقالت باحثة فرنسية إن النتائج "تفتح بابا جديدا للعلاج".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['باحثة فرنسية']);
    // A definite title keeps a name that is written like a nationality (تركي).
    const c = article('وقال العقيد الركن تركي المالكي إن الصاروخ "سقط على منطقة خالية من السكان".');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['تركي المالكي']);
  });

  it('finds the relayed one after a long relaying source (ونقل الموقع الإخباري للوزارة على الإنترنت (شانا) عن X قوله)', () => {
    const a = article('ونقل الموقع الإخباري لوزارة النفط الإيرانية على الإنترنت (شانا) عن كاظمي قوله إن "الإنتاج مستقر".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['كاظمي']);
  });

  it('reads a name set off by commas after a description as the speaker (وقال القاضي، تشارلز هادون، إن)', () => {
    const a = article('وقال القاضي، مارتن كولينز، إن المتهم "خطط للهجوم منذ أشهر".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مارتن كولينز']);
    const b = article('وقال المتحدث، ديفيد ميلر، للصحفيين إن الاجتماع "كان مثمرا جدا".');
    assert.doesNotMatch(statements(b)[0].speaker ?? '', /المتحدث/u);
    // A time phrase set off by commas names nobody; one word alone is no apposed name.
    const c = article('وقال المتحدث، مساء الجمعة، إن الاجتماع "كان مثمرا جدا".');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['المتحدث']);
  });

  it('reads a military rank before a name as an honorific: the name speaks (وقال الكولونيل X، اللفتنانت جنرال Y)', () => {
    const a = article('وقال الكولونيل توماس براون المتحدث باسم القوة إن العملية "انتهت بنجاح كامل".');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['توماس براون']);
    const b = article('وصرح الكابتن هنري وارد للصحفيين إن "السفينة غادرت الميناء".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['هنري وارد']);
  });
});

describe('speakers written after the cue that no reader takes (session 13)', () => {
  it('reads the words after a clause-opening speech verb as its subject when no one was named before to carry the words to', () => {
    const a = article('وقال رئيس اتحاد الصيادين فاليري بوغدانوف لوكالة محلية "الطقس سيتحسن في الأيام المقبلة".');
    // The title runs over the union it heads (اتحاد الصيادين): the name after it is its holder's.
    assert.deepEqual(statements(a).map((s) => s.speaker), ['فاليري بوغدانوف']);
    const b = article('وقالت ابنة الضحيتين لبي بي سي إنها تعتقد أن هذه الرواية "محض كذب وتضليل للناس".');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['ابنة الضحيتين']);
    // A preposition after the verb is no subject; nor an object with its possessive.
    const c = article('وقالت في بيان إن الوضع "مستقر تماما في المنطقة".');
    assert.deepEqual(statements(c).map((s) => s.speaker), [null]);
    const d = article('وأعلنت مسؤوليتها عن الهجوم مؤكدة أن "العملية نجحت بالكامل".');
    assert.deepEqual(statements(d).map((s) => s.speaker), [null]);
  });

  it('reads the source written after an "according to" that no reader takes, but not a possessive that points back', () => {
    const a = article('وجرت المحادثات في أجواء "متوترة للغاية بين الطرفين" وفقا لمصدر دبلوماسي أوروبي.');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['مصدر دبلوماسي أوروبي']);
    const b = article('وقد أحرز الإصلاح "تقدما كبيرا في البلاد"، وفق سياسيين محليين.');
    assert.deepEqual(statements(b).map((s) => s.speaker), ['سياسيين محليين']);
    // حسب قول X: the possessor of the noun of speech is the source.
    const c = article('ولم يفهموا "تغيره المفاجئ في المواقف"، حسب قول مغردين.');
    assert.deepEqual(statements(c).map((s) => s.speaker), ['مغردين']);
  });

  it('reads "as X says" right after a quote (…" كما يقول X), but not the "also" of a clause before a complement (كما طالبوا بـ)', () => {
    const a = article('وتحولت الأزمة إلى "فشل ذريع في كل المجالات" كما يقول الباحث كريم منصور.');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['كريم منصور']);
    // A time word may stand between the verb and its subject.
    const b = article('وقرر الأطباء التوقف عن العمل إلى أجل "غير محدود وبلا شروط"، كما أعلن الاثنين المتحدث باسمهم سامر خليل.');
    assert.deepEqual(statements(b).map((s) => s.cue), ['أعلن']);
    const c = article('ورفع المحتجون لافتات "الشعب يريد إسقاط النظام"، كما طالبوا بـ"محاسبة الفاسدين".');
    assert.equal(c.quotes[0].kind, 'term');
  });

  it('carries an "according to" with a possessive back to the one named before (بحسب زعمها)', () => {
    const a = article('وتسعى السلطات إلى تبرير إجراءاتها بأنها "ضرورية لحماية الأمن العام" بحسب زعمها.');
    assert.deepEqual(statements(a).map((s) => s.speaker), ['السلطات']);
  });
});
