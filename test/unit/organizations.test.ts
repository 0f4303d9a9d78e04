import { strict as assert } from 'node:assert';
import { article } from '../support/article';

describe('organizations', () => {
  it('matches known organizations through proclitics (لمنظمة، بالناتو، والناتو)', () => {
    const a = article('أعلن الأمين العام لمنظمة معاهدة الأمن الجماعي أن التعاون بالناتو محدود، وأن العلاقات والناتو متوترة.');
    const csto = a.organizations.find((o) => o.acronym === 'CSTO');
    const nato = a.organizations.find((o) => o.acronym === 'NATO');
    assert.ok(csto && nato);
    assert.equal(csto.name, 'منظمة معاهدة الأمن الجماعي');
    assert.equal(nato.mentions.length, 2);
  });

  it('counts a quoted-only form only inside quotes ("الأمن الجماعي")', () => {
    assert.ok(article('قادة "الأمن الجماعي" يجتمعون اليوم في موسكو.').organizations.some((o) => o.acronym === 'CSTO'));
    assert.ok(!article('ناقش الوزراء مفهوم الأمن الجماعي في أوروبا.').organizations.some((o) => o.acronym === 'CSTO'));
  });

  it('names a national ministry from a ministry and a country (وزارة الخارجية الروسية)', () => {
    const a = article('وقالت وزارة الخارجية الروسية في بيان إن الاجتماع سيعقد غدا.');
    assert.equal(a.organizations[0]?.english, 'Ministry of Foreign Affairs of Russia');
  });

  it('reports an unknown organization introduced by a generic head, without facts', () => {
    const a = article('أعلنت هيئة الأركان العامة أن التدريبات ستستمر.');
    const o = a.organizations.find((x) => !x.known);
    assert.equal(o?.name, 'هيئة الأركان العامة');
    assert.equal(o?.english, null);
  });

  it('does not take a generic phrase for an organization (منظمة أمنية دولية)', () => {
    assert.equal(article('هي منظمة أمنية دولية تضم ست دول.').organizations.length, 0);
  });
});

describe('organizations in Latin script', () => {
  it('counts an acronym written in capitals, not the same letters as an English word', () => {
    assert.ok(article('قالت منظمة WHO في بيان إن الوضع خطير.').organizations.some((o) => o.acronym === 'WHO'));
    assert.equal(article('The minister, who spoke in Moscow, said talks would go on.').organizations.length, 0);
  });
});

describe('organization names as written', () => {
  it('gives back the alef that ل drops before the article (للأمم المتحدة → الأمم المتحدة)', () => {
    const a = article('وقال مندوب روسيا للأمم المتحدة إن الوضع خطير.');
    assert.equal(a.organizations[0].name, 'الأمم المتحدة');
  });

  it('keeps an unknown body written after ل one organization with its bare form (للجيش الإسرائيلي = الجيش الإسرائيلي)', () => {
    const a = article('وقال الجيش الإسرائيلي إن الهجوم انتهى. وأكد بيان للجيش الإسرائيلي أن القوات انسحبت.');
    const army = a.organizations.filter((o) => o.name === 'الجيش الإسرائيلي');
    assert.equal(army.length, 1);
    assert.equal(army[0].mentions.length, 2);
  });
});
