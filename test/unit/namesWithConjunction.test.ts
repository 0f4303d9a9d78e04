import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';

// A name may open with the letters of و or ف and the article (والاس، والش، فالفيردي), which the
// name tests read as a conjunct (والمحتجون، فالحكومة).
describe('names that open with و or ف', () => {
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
});
