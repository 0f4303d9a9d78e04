// A role is written in forms its list need not spell out: the feminine of its head
// (السفير -> السفيرة). The morphology derives them where the roles are loaded; one the
// corpus or the grammar gives another job (أمينة, a name the corpus writes bare) is left out.

import { strict as assert } from 'node:assert';
import { article, statements } from '../support/article';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';
import { roleForms } from '../../server/src/analysis/knowledge/roleForms';
import { morphologyFor } from '../../server/src/analysis/morphology';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import morphologyData from '../../server/src/knowledge/morphology.json';

function speakers(text: string): (string | null)[] {
  return statements(article(text)).map((s) => s.speaker);
}

const morphology = morphologyFor(morphologyData);

describe('role forms: derived by the morphology', () => {
  it('adds the feminine of the head, whatever follows it', () => {
    const forms = roleForms(['السفير', 'رئيس مجلس الإدارة'], morphology, {});
    for (const f of ['السفير', 'السفيرة', 'رئيسة مجلس الإدارة']) assert.ok(forms.includes(normalizeForMatch(f)), f);
  });

  it('gives no article to an indefinite title, and no second ending to a feminine one', () => {
    const forms = roleForms(['مدير', 'عمدة'], morphology, {});
    assert.deepEqual(forms, [normalizeForMatch('مدير'), normalizeForMatch('عمدة'), normalizeForMatch('مديرة')]);
  });

  it('leaves out a derived form that a list gives another job, keeping the listed ones', () => {
    const forms = roleForms(['أمين عام'], morphology, { corpusArticleWords: new Set(['امينه']), corpusCommonNouns: new Set(['امين']) });
    assert.deepEqual(forms, ['امين عام']);
    const titleLike = roleForms(['السفير'], morphology, { corpusCommonNouns: new Set(['السفيره']), corpusPersonTitles: new Set(['السفيره']) });
    assert.ok(titleLike.includes(normalizeForMatch('السفيرة')), 'a title-like word is still the role');
  });

  it('loads the derived forms into the role index of the built-in knowledge', () => {
    const roles = builtinKnowledge().roleIndex;
    for (const f of ['السفيرة', 'القائدة', 'الزعيمة', 'رئيسة مجلس الشعب']) assert.ok(roles.hasPhrase(normalizeForMatch(f)), f);
    assert.ok(!roles.hasPhrase(normalizeForMatch('أمينة عام')), 'أمينة is a name the corpus writes bare');
  });
});

describe('role forms: the name after a derived title speaks', () => {
  it('reads the holder after a feminine title with its country and post', () => {
    assert.deepEqual(speakers('وقالت السفيرة الكندية في الأمم المتحدة، جوليا ماركس، إن "الحل يجب أن يكون سياسيا".'), ['جوليا ماركس']);
  });

  it('reads the holder after the feminine of a listed definite title', () => {
    assert.deepEqual(speakers('وقالت الزعيمة المعارضة إيلينا فوس إن "الانتخابات مزورة".'), ['إيلينا فوس']);
  });

  it('keeps a ruling party the speaker: الحاكم, an adjective as often as a title, is not derived from حاكم', () => {
    assert.deepEqual(speakers('وقال الحزب الحاكم في بيان إن "الانتخابات نزيهة".'), ['الحزب الحاكم']);
  });
});
