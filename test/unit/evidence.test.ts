// Spec: every attribution carries its evidence (rule, cue, distance, confidence) and a weak
// one says so — "probably X" with the other candidates in the hover and the speakers
// tree — without becoming an unattributed-quote warning. The articles are written for
// the spec; the bands themselves are measured on the dev set (npm run eval -- --evidence).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../../server/src/analysis';
import { confidenceOf, RunningCounts } from '../../server/src/analysis/evidence';
import { quoteCard } from '../../server/src/lsp/hover';
import { toJsonReport } from '../../server/src/report/jsonReport';
import { speakerTree } from '../../client/src/model/trees';
import { ROOT } from '../support/article';
import { relative, reviewed } from '../support/reviewed';

const LAVROV = 'قال وزير الخارجية الروسي سيرغي لافروف للصحفيين في موسكو: "إن الحوار هو الطريق الوحيد لحل الأزمة".';
const NETANYAHU = 'وأشار رئيس الوزراء الإسرائيلي بنيامين نتنياهو في بيان إلى أن الوضع خطير.';
const ADDED = 'وأضاف: "لن نقبل بأي شروط مسبقة من أي طرف كان في هذه المرحلة".';

const statement = (a: Analysis, start: string) => {
  const q = a.quotes.find((x) => x.content.text.startsWith(start));
  assert.ok(q, `a quote starting "${start}"`);
  return q;
};

describe('attribution evidence', () => {
  it('names the rule, the cue and the distance of a speaker read from the cue itself, and calls it strong', () => {
    const a = analyze(`عنوان\n\n${LAVROV}\n`);
    const q = statement(a, 'إن الحوار');
    assert.equal(q.speakerId, 'lavrov');
    assert.equal(q.evidence?.rule, 'subject-after-cue');
    assert.equal(q.evidence?.confidence, 'strong');
    assert.equal(q.evidence?.cue?.text, 'قال');
    // قال … موسكو: eight words between the cue and the quote, no sentence or paragraph.
    assert.deepEqual(q.evidence?.distance, { words: 8, sentences: 0, paragraphs: 0 });
    assert.deepEqual(q.evidence?.candidates, []);
    assert.match(quoteCard(q, a), /^\*\*سيرغي لافروف\*\*[^]*Evidence: the subject after the cue/);
  });

  it('calls a speaker carried over from an earlier paragraph weak, lists the other candidates, and raises no warning', () => {
    const a = analyze(`عنوان\n\n${LAVROV} ${NETANYAHU}\n\n${ADDED}\n`);
    const q = statement(a, 'لن نقبل');
    assert.equal(q.speakerId, 'netanyahu', 'the speaker chosen is the one the attribution always chose');
    assert.equal(q.evidence?.rule, 'last-subject');
    assert.equal(q.evidence?.confidence, 'weak');
    assert.equal(q.evidence?.distance?.paragraphs, 1);
    assert.deepEqual(q.evidence?.candidates.map((c) => [c.speakerId, c.rule]), [['lavrov', 'last-subject']]);
    assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
    const card = quoteCard(q, a);
    assert.match(card, /^\*\*Probably بنيامين نتنياهو\*\*/);
    assert.match(card, /Other candidates: سيرغي لافروف \(an earlier speaker\)/);
    assert.match(card, /\*\*ربما بنيامين نتنياهو\*\*: إسناد ضعيف \(منقول من آخر متحدث، قبل فقرة\)/);
    assert.match(card, /مرشحون آخرون: سيرغي لافروف/);
  });

  it('keeps a carry-over strong when the speaker was named in the same paragraph', () => {
    const a = analyze(`عنوان\n\n${NETANYAHU} ${ADDED}\n`);
    const q = statement(a, 'لن نقبل');
    assert.equal(q.speakerId, 'netanyahu');
    assert.equal(q.evidence?.rule, 'last-subject');
    assert.equal(q.evidence?.distance?.paragraphs, 0);
    assert.equal(q.evidence?.confidence, 'strong');
  });

  it('puts the evidence in the JSON report, with the cue by line and column, and none on terms or unattributed quotes', () => {
    const report = toJsonReport('x.txt', analyze(`عنوان\n\n${LAVROV} وصف الوضع بأنه "خطير".\n\n"لا بديل عن الحوار بين جميع الأطراف في هذه المرحلة الصعبة"\n`));
    const [said, ...rest] = report.quotes;
    assert.equal(said.evidence?.rule, 'subject-after-cue');
    assert.deepEqual(said.evidence?.cue, { line: 3, column: 1, text: 'قال', lemma: 'قال' });
    assert.ok(rest.some((q) => !q.speakerId), 'a quote with no speaker');
    for (const q of rest) if (!q.speakerId) assert.equal(q.evidence, undefined, q.text);
  });

  it('marks weak quotes in the speakers tree with "probably" and the other candidates', () => {
    const article = reviewed('weak.txt', `عنوان\n\n${LAVROV} ${NETANYAHU}\n\n${ADDED}\n`);
    const tree = speakerTree([article], relative);
    const quotes = tree.flatMap((n) => n.children.flatMap((c) => c.children));
    const weak = quotes.find((n) => n.label.includes('لن نقبل'));
    assert.equal(weak?.icon, 'question');
    assert.match(weak?.description ?? '', /^probably · وأضاف/);
    assert.match(weak?.tooltip ?? '', /Other candidates: سيرغي لافروف/);
    const strong = quotes.find((n) => n.label.includes('إن الحوار'));
    assert.equal(strong?.icon, 'quote');
  });

  it('gives every attributed statement of the fixture articles its evidence; candidates never repeat the speaker', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'articles');
    let weak = 0;
    let attributed = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const a = analyze(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const q of a.quotes) {
        if (!q.speakerId) {
          assert.equal(q.evidence, null, `${f}: ${q.content.text}`);
          continue;
        }
        attributed++;
        const e = q.evidence;
        assert.ok(e, `${f}: ${q.content.text}`);
        assert.equal(e.confidence, confidenceOf(e.rule, e.distance));
        assert.ok(e.candidates.length <= 3);
        assert.ok(e.candidates.every((c) => c.speakerId !== q.speakerId), `${f}: ${q.content.text}`);
        if (e.confidence === 'weak') weak++;
      }
    }
    assert.ok(attributed > 20 && weak < attributed, `${weak} weak of ${attributed}`);
  });

  it('counts words, sentence ends and paragraphs between two offsets in one pass', () => {
    const text = 'قالَ الوزيرُ إن النمو بلغ 3.5 في المئة. وأضاف\n\nثم قال';
    const counts = new RunningCounts(text, [[0, text.indexOf('وأضاف')], [text.length, 0]]);
    // A diacritic stays inside its word; 3.5 is one number, not a sentence end.
    assert.deepEqual(counts.between(0, text.indexOf('وأضاف')), { words: 9, sentences: 0, paragraphs: 0 });
    assert.deepEqual(counts.between(text.length, 0), { words: 12, sentences: 2, paragraphs: 1 });
    assert.equal(counts.between(0, 5), null, 'only the offsets it was given');
  });
});
