// An article's report is the same whatever the process analysed before it, and names each
// speaker once: the per-process word table, word memos and caches must not show through.

import { strict as assert } from 'node:assert';
import { analyze, buildKnowledge, builtinKnowledge } from '../../server/src/analysis';
import { toJsonReport } from '../../server/src/report/jsonReport';

const EARLIER = [
  [
    'قال وزير الخارجية المصري سامح شكري إن "الحوار هو الطريق الوحيد".',
    'وأضاف شكري أن "بلاده ترفض أي تدخل خارجي".',
  ].join('\n'),
  [
    'غوتيريش: "على الأطراف ضبط النفس"',
    'وقال المتحدث باسم الجيش العقيد أحمد المسماري: "قواتنا تتقدم في الجنوب".',
    'وذكرت مصادر مطلعة أن "المفاوضات متعثرة".',
  ].join('\n'),
  'أكدت الكاتبة ليلى سلامة أن "الرواية تعيش في قرائها"، وقالت سلامة: "أكتب كل صباح".',
];

const LATER = [
  'غوتيريس يدعو إلى التهدئة',
  '',
  'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس الخميس الأطراف إلى "وقف فوري لإطلاق النار".',
  'وقال غوتيريش في بيان "لا حل عسكريا لهذا النزاع، والحوار وحده يحفظ أرواح المدنيين".',
  'وقال شكري للصحافيين: "ننسق مع الأمم المتحدة".',
].join('\n');

/** The report of `text` as the JSON output writes it (speakers named through their ids). */
function reportOf(text: string, knowledge = builtinKnowledge()): string {
  return JSON.stringify(toJsonReport('later.txt', analyze(text, { knowledge })));
}

describe('analysis purity: a report depends on the text and the knowledge only', () => {
  it('gives an article read after others the report a fresh knowledge gives it', () => {
    const knowledge = builtinKnowledge();
    for (const text of EARLIER) analyze(text, { knowledge });
    const after = reportOf(LATER, knowledge);
    assert.equal(after, reportOf(LATER, buildKnowledge()));
  });

  it('names a known person written in two spellings as one speaker (a headline names غوتيريس, the body غوتيريش)', () => {
    const a = analyze(LATER, { knowledge: buildKnowledge() });
    const ids = a.speakers.map((s) => s.id);
    assert.deepEqual(ids, [...new Set(ids)], ids.join(' / '));
    const guterres = a.speakers.find((s) => s.id === 'guterres');
    assert.ok(guterres, ids.join(' / '));
    assert.equal(guterres.name, 'أنطونيو غوتيريس');
    const report = JSON.parse(reportOf(LATER)) as { quotes: { text: string; speaker: string | null }[] };
    const inStatement = report.quotes.find((q) => q.text.startsWith('لا حل عسكريا'));
    assert.equal(inStatement?.speaker, guterres.name);
  });
});
