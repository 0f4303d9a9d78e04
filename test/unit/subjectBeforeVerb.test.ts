// A speech verb whose subject is written before it (subject, verb, object: إن الوزير سأل
// الرئيس، والحكومة تحذر الشركات، وكان الخوري قد اتهم الشركة) has its speaker there; the
// phrase after the verb is whom the words were put to, not who said them. A verb that opens
// its clause keeps its subject after it (وحذر الوزير الشركات), and a clause opener is no
// subject (فيما قال، لطالما وصف).

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';

/** Every statement's speaker, in order. */
function speakers(lines: string[]): (string | null)[] {
  return statements(article(lines)).map((s) => s.speaker);
}

describe('a subject written before its speech verb', () => {
  it('speaks, not the person asked after the verb (أن الوزير سأل الرئيس: "…")', () => {
    assert.deepEqual(speakers(['وذكرت الصحيفة أن الوزير سأل الرئيس: "هل وصلت المساعدات إلى المدينة المحاصرة؟".']), ['الوزير']);
  });

  it('speaks when it opens the clause with و (والحكومة تحذر الشركات من "…")', () => {
    assert.deepEqual(speakers(['والحكومة تحذر الشركات من "عواقب قانونية إذا لم تلتزم بالقواعد الجديدة".']), ['الحكومة']);
  });

  it('speaks after a clause opener (لكن إيران تعتبر البرنامج "…")', () => {
    assert.deepEqual(speakers(['لكن إيران تعتبر البرنامج "حقا سياديا لا يقبل التفاوض أبدا".']), ['إيران']);
  });

  it('speaks between an auxiliary and the verb, and the object after the verb does not (وكان الخوري قد اتهم الشركة بـ"…")', () => {
    assert.deepEqual(
      speakers([
        'قال وزير المالية سامر الخوري إن "الميزانية الجديدة ستخفض العجز إلى النصف".',
        'وكان الخوري قد اتهم الشركة بـ"إخفاء الأرقام الحقيقية عن المساهمين".',
        'وكانت المحكمة قد وصفت الاتفاق بأنه "باطل ولا يلزم أيا من الطرفين".',
      ]),
      ['سامر الخوري', 'سامر الخوري', 'المحكمة'],
    );
  });
});

describe('a speech verb with no subject before it', () => {
  it('keeps the subject written after it (وحذر الوزير الشركات من "…")', () => {
    assert.deepEqual(speakers(['وحذر الوزير الشركات من "عواقب قانونية إذا لم تلتزم بالقواعد".']), ['الوزير']);
  });

  it('reads no clause opener as a subject (فيما قال، لطالما وصف)', () => {
    assert.deepEqual(
      speakers([
        'فيما قال سامر الخوري إن "القرار نهائي ولا رجعة فيه".',
        'لطالما وصف سامر الخوري الاتفاق بأنه "خطوة شجاعة نحو السلام الدائم".',
      ]).map((s) => s?.split(' ')[0]),
      ['سامر', 'سامر'],
    );
  });
});
