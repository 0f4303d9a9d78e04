import { strict as assert } from 'node:assert';
import { article, quote, seed, speakerOf, statements } from '../support/article';

describe('attribution', () => {
  it('ties a statement to the title + name after the cue verb', () => {
    const a = article('أكد وزير الخارجية الروسي سيرغي لافروف، اليوم الجمعة، خلال مؤتمر صحفي، "إن الوضع في كازاخستان أظهر أهمية القوات".');
    assert.deepEqual(statements(a), [{ text: 'إن الوضع في كازاخستان أظهر أهمية القوات', speaker: 'سيرغي لافروف', cue: 'أكد' }]);
    assert.equal(a.speakers[0].role, 'Foreign Minister of Russia');
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

  it('does not guess the speaker of a quote-only paragraph', () => {
    const a = article(['قال الوزير سيرغي لافروف إن المفاوضات مستمرة.', '', '"لا أحد يريد الحرب في هذه المنطقة من العالم".']);
    const q = quote(a, 'لا أحد يريد');
    assert.equal(q.speakerId, null);
    assert.ok(a.findings.some((f) => f.code === 'unattributed-quote'));
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
