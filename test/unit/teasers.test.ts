// Spec of the related-story teasers that close an article (analysis/teasers.ts, shape in
// chrome.json "teasers"), from the CNN Arabic articles of the dev set and ANT. Articles
// written for the spec.

import { strict as assert } from 'node:assert';
import type { Analysis } from '../../server/src/analysis';
import { article } from '../support/article';

const BODY = [
  'الصين توقع اتفاقيات مع مصر',
  '',
  'دبي، الإمارات العربية المتحدة (CNN)-- وقعت مصر والصين، الأحد، اتفاقيات تعاون اقتصادي بقيمة ثمانية عشر مليار دولار خلال زيارة الرئيس المصري إلى بكين.',
  'وقال وزير التجارة المصري إن الاتفاقيات "تشمل مشروعات في الطاقة والنقل والبنية التحتية" وستنفذ خلال خمس سنوات.',
  'ويبلغ عدد الشركات الصينية العاملة في مصر أكثر من ألف وخمسمئة شركة تعمل في عدد من القطاعات الصناعية والخدمية.',
];
const TEASERS = [
  'طالب صندوق النقد الدولي، الجمعة، تونس، بالعمل على خفض فاتورة الواردات، من خلال الحد مما أسماه "الطلب المفرط" على الاستيراد.',
  'قرر رئيس الحكومة التونسية، الجمعة، إقالة وزير الطاقة والمناجم و4 من كبار المسؤولين في الوزارة، وفقا لبيان صادر عن رئاسة الحكومة.',
  'اتفقت شركة المشروبات الشهيرة "كوكا كولا" على شراء سلسلة كوستا كوفي البريطانية، وذلك حسبما أعلنت الشركة الأم في واشنطن.',
  'في 5 أكتوبر/تشرين أول من عام 1918 لقي الطيار الفرنسي الشهير "رولان غاروس" مصرعه، وقد أطلق اسمه على بطولة فرنسا المفتوحة للتنس.',
];

const teaserFinding = (a: Analysis) => a.findings.find((f) => f.code === 'page-chrome' && f.message.includes('related-teasers'));

describe('related-story teasers at the end of an article', () => {
  it('reports the run of other stories\' ledes once, each line as related information, with a fix that removes them', () => {
    const a = article([...BODY, ...TEASERS]);
    const f = teaserFinding(a)!;
    assert.ok(f, 'a finding');
    assert.equal(f.related.length, 4);
    assert.ok(a.text.slice(f.span.start, f.span.end).startsWith('طالب صندوق النقد'));
    const edit = f.fixes[0].edits[0];
    assert.equal(a.text.slice(0, edit.start) + a.text.slice(edit.end), BODY.join('\n') + '\n');
  });

  it('keeps their quotes and organizations as text (the dev gold annotates them)', () => {
    const a = article([...BODY, ...TEASERS]);
    assert.ok(a.quotes.some((q) => q.content.text === 'الطلب المفرط'));
    assert.ok(a.organizations.some((o) => o.name.includes('صندوق النقد الدولي')));
  });

  it('leaves a body alone: paragraphs that continue the story (و، بدوره،) or too few ledes', () => {
    const continued = TEASERS.map((t, i) => (i % 2 ? 'و' + t : 'بدوره، ' + t));
    assert.equal(teaserFinding(article([...BODY, ...continued])), undefined);
    assert.equal(teaserFinding(article([...BODY, ...TEASERS.slice(0, 2)])), undefined);
    // Paragraphs that open no story in the lede's form, though none starts with و.
    const plain = ['تمتلك الشركة ما يقرب من أربعة آلاف متجر في اثنتين وثلاثين دولة، وتخطط للتوسع في أوروبا وآسيا وإفريقيا.'];
    assert.equal(teaserFinding(article([...BODY, ...plain, ...plain, ...plain])), undefined);
  });

  it('needs a body before the run: an article of ledes only is not teasers', () => {
    assert.equal(teaserFinding(article(['موجز الأخبار', '', ...TEASERS])), undefined);
  });
});
