// Spec of the anonymous-source rule's choice of speakers and evidence (rules/anonymousSources.ts),
// from the shapes a judged sample of ANT findings showed. Articles written for the spec.

import { strict as assert } from 'node:assert';
import type { Analysis } from '../../server/src/analysis';
import { article } from '../support/article';

const anonymous = (a: Analysis): { text: string; related: number }[] =>
  a.findings.filter((f) => f.code === 'anonymous-source').map((f) => ({ text: a.text.slice(f.span.start, f.span.end), related: f.related.length }));

describe('anonymous-source: which speakers, on which evidence', () => {
  it('reports an unnamed official once, with the definite references back to him (مسؤول في الجيش … وتابع المسؤول)', () => {
    const a = article([
      'وقال مسؤول في الجيش الإسرائيلي إن "الحدود الشرقية هادئة نسبيا منذ أشهر".',
      'وتابع المسؤول: "نبني غلافا دفاعيا حول المطار الجديد في الجنوب".',
    ]);
    assert.deepEqual(anonymous(a), [{ text: '"الحدود الشرقية هادئة نسبيا منذ أشهر"', related: 2 }]);
  });

  it('ends an unnamed source\'s description at any form of بأن (وعلق أحد المسؤولين بأنها "…")', () => {
    const a = article(['وعلق أحد المسؤولين بأنها "خطوة في الاتجاه الصحيح نحو الحل".', 'وصرح مصدر في الوزارة بأنهم "لن يتراجعوا عن القرار مهما حدث".']);
    assert.deepEqual(
      a.quotes.map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name),
      ['أحد المسؤولين', 'مصدر في الوزارة'],
    );
  });

  it('is silent on a definite title that nothing unnamed introduced (الضابط الأمريكي after a named spokesman)', () => {
    const a = article([
      'وقال الناطق باسم وزارة الدفاع الأمريكية الرائد أدريان رانكين إن "القوات في حالة تأهب".',
      'وتابع الضابط الأمريكي بالقول: "نحن نمتلك إدراكا جيدا للتطورات العسكرية في عموم سوريا".',
    ]);
    assert.deepEqual(anonymous(a), []);
  });

  it('is silent when a name follows the description (after a comma, a definite word, باسمها or يدعى)', () => {
    const a = article([
      'قال مسؤول ملف الاستيطان في محافظة نابلس، غسان دغلس: "هاجم حوالي ثلاثين مستوطنا القرية فجرا".',
      'وقال عضو القائمة المشتركة دوف حنين خلال مناقشات الكنيست إن "سكان القدس الشرقية يعيشون فيها منذ أجيال".',
      'ونقل الموقع عن المتحدث باسمها غلام حسين إجائي "الهيئات القضائية ستتصدى بكل حزم لأي جماعة".',
      'وقال متحدث باسم الفندق يدعى، يانغ للصحيفة: "نشرنا الإخطار يوم الجمعة الماضي".',
      'وقال متحدث باسم المكتب الرئاسي في سول، كيم إيوي-كيوم، إن الحكومة "تبذل كل ما بوسعها بكافة الوسائل المتاحة".',
      'وقال عضو المجلس وليد #الطبطبائي: "إن على الوزير عدم الاستجابة لهذه المطالبات".',
    ]);
    assert.deepEqual(anonymous(a), []);
  });

  it('still reports an unnamed source with a dative or an unnamed clause (لوكالة فرانس برس، طلب عدم الكشف عن هويته)', () => {
    const a = article([
      'وقال مسؤول في السفارة الأمريكية في بكين لوكالة فرانس برس إن "التحقيق مستمر في كل الاحتمالات".',
      'وقال مصدر أمني، طلب عدم الكشف عن هويته، إن "المهاجمين فروا باتجاه الحدود الشمالية".',
    ]);
    assert.equal(anonymous(a).length, 2);
  });

  it('does not rest on a name or term in quote marks, nor on words carried over from another sentence', () => {
    const a = article([
      'وقال مصدر عسكري إن قوات الجيش حررت منطقة "نجد قفل" الاستراتيجية شمالي المحافظة.',
      'وقالت مصادر كنسية إن الراهب كان "أب الاعتراف" للراهب المتهم في القضية.',
      '',
      'وذكرت مصادر أمنية أن الشرطة اعتقلت ثلاثة أشخاص. وكان رئيس الوزراء السابق مانويل فالس قد قال في 2014 إن "العنف الذي يمارسه أقصى اليسار أمر غير مقبول".',
    ]);
    assert.deepEqual(anonymous(a), []);
  });

  it('rests on a short statement that a cue or a complementizer opens (وصف … بأنه "سخيف ومحرج")', () => {
    const a = article('ووصف متحدث باسم الشركة المنشور بأنه "سخيف ومحرج".');
    assert.equal(anonymous(a).length, 1);
  });
});
