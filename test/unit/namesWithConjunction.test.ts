import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';

// A name may open with the letters of و or ف and the article (والاس، والش، فالفيردي), which the
// name tests read as a conjunct (والمحتجون، فالحكومة); and a relation written with ه (والده) is
// one normalized form with a feminine noun (والدة).
describe('names that open with و or ف, and relations written with ه', () => {
  it('reads a name opening with و or ف and the article right after a cue verb', () => {
    const a = article([
      'وقال المدير إن الاجتماع انتهى دون اتفاق.',
      'وقال والاس إن "الحكومة فشلت في إدارة الأزمة منذ البداية".',
      'وقال ويلي والش، المدير التنفيذي للمجموعة، إن "القطاع يحتاج إلى المزيد من الاستثمار".',
      'وقال فالفيردي: "الفريق لعب بشكل جيد لكنه لم يستغل الفرص".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['والاس', 'ويلي والش', 'فالفيردي']);
  });

  it('keeps و + the article a conjunct where the corpus writes the word, or where no cue verb stands before it', () => {
    const a = article([
      'وقال المدير إن الاجتماع انتهى دون اتفاق.',
      'وأضاف والدموع في عينيه: "لن ننسى ما حدث في تلك الليلة أبدا".',
      'وتحدث المدير عن الشركات والمستثمرين الذين قال إنهم "يخشون خسارة أموالهم في السوق".',
    ]);
    const speakers = statements(a).map((s) => s.speaker);
    assert.equal(speakers[0], 'المدير');
    assert.ok(!speakers.some((s) => s?.startsWith('وال')), `a conjunct read as a name: ${speakers.join(' / ')}`);
  });

  it('reads والده written with ه as his father, the one who speaks', () => {
    const a = article(['وقال المدرب إن اللاعب غادر المعسكر.', 'وقال والده إن "ابني لم يرتكب أي خطأ في حياته".']);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['والده']);
    // Written with ة it is a mother, in construct with whose she is.
    const b = article(['وقال المدرب إن اللاعب غادر المعسكر.', 'وقالت والدة اللاعب إن "ابني لم يرتكب أي خطأ في حياته".']);
    assert.notEqual(statements(b)[0]?.speaker, 'المدرب');
  });

  it('names the one set off by commas after a relation (وقال محاميه، روبرتو ميت، إن)', () => {
    const a = article([
      'وأصدرت المحكمة حكما عليه بالسجن لمدة عامين.',
      'وقال محاميه، روبرتو ميت، لبي بي سي إن "موكله فقد منزله ووظيفته بسبب القضية".',
    ]);
    assert.deepEqual(statements(a).map((s) => s.speaker), ['روبرتو ميت']);
  });

  it('never reads an adverb after the verb as its speaker (وإنما أشار فقط إلى)', () => {
    const a = article([
      'وقالت الممثلة إن الطلب قدم الأسبوع الماضي.',
      'ولم يتضمن الطلب أي تفاصيل، وإنما أشار فقط إلى "الظهور في البث الحي والتلفزيون والأفلام".',
    ]);
    assert.ok(!statements(a).some((s) => s.speaker === 'فقط'));
  });
});
