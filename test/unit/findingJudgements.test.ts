// The judged sample of each rule's findings on the real ANT articles
// (test/fixtures/findingJudgements.json over test/eval/findings-sample.jsonl): every
// judgement is of a sampled finding, the rules in scope are judged in full (at least 50
// each, or all of them), and precision is counted from the verdicts.

import { strict as assert } from 'node:assert';
import { BottomK, hashOf } from '../eval/findings';
import { precisionByRule, readJudgements, readSample, TARGET_PRECISION, type Judgement } from '../eval/precision';

const JUDGED_RULES = ['anonymous-source', 'name-variant', 'page-chrome', 'unattributed-quote', 'unbalanced-quote', 'unresolved-speaker', 'weekday-mismatch'];
// unattributed-quote is judged and its precision printed (npm run eval -- --precision), but it
// is far below the target on published articles (docs/testing-eval-log.md, "session 10"): the
// warnings left are mostly speakers the attribution misses and terms read as statements.
const HELD_RULES = JUDGED_RULES.filter((r) => r !== 'unattributed-quote');

describe('judged findings on real articles', () => {
  const sample = readSample();
  const judgements = readJudgements();
  const rows = precisionByRule(sample, judgements);

  it('judges every sampled finding of the rules in scope, at least 50 per rule or all of them', () => {
    for (const rule of JUDGED_RULES) {
      const r = rows.find((x) => x.rule === rule);
      const sampled = sample.filter((f) => f.rule === rule).length;
      assert.ok(r, `${rule} has findings in the sample`);
      assert.equal(r.unjudged, 0, `${rule}: every sampled finding is judged`);
      assert.ok(r.judged >= Math.min(50, sampled), `${rule}: ${r.judged} judged`);
    }
  });

  it('holds no judgement of a finding that is not in the sample, and says why for each false one', () => {
    const keys = new Set(sample.map((f) => `${f.rule}|${f.id}|${f.line}|${f.text.slice(0, 60)}`));
    for (const j of judgements) {
      assert.ok(keys.has(`${j.rule}|${j.id}|${j.line}|${j.text}`), `${j.rule} ${j.id}:${j.line} is in the sample`);
      assert.equal(typeof j.verdict, 'boolean');
      assert.ok(j.why.trim().length > 5, `${j.id}: the reason is written`);
    }
  });

  it('counts precision from the verdicts, and a finding judged false lowers it', () => {
    const f = { id: 'X-1', outlet: 'X', rule: 'r', line: 1, text: 'نص', context: 'نص', message: 'm', related: 0 };
    const j = (verdict: boolean): Judgement => ({ id: 'X-1', rule: 'r', line: 1, text: 'نص', verdict, why: 'a reason' });
    assert.deepEqual(precisionByRule([f, f], [j(true), j(false)]), [{ rule: 'r', judged: 2, right: 1, unjudged: 0, precision: 0.5 }]);
    assert.equal(precisionByRule([f], [])[0].unjudged, 1);
  });

  it('draws a sample that one added or dropped finding changes by that finding alone', () => {
    const draw = (keys: string[]): string[] => {
      const s = new BottomK<string>(10);
      for (const k of keys) s.offer(hashOf(k), () => k);
      return s.items.sort();
    };
    const keys = Array.from({ length: 200 }, (_, i) => `AL-${i}|${i * 7}`);
    const before = draw(keys);
    assert.equal(before.length, 10);
    assert.deepEqual(draw([...keys].reverse()), before, 'the order of the stream does not matter');
    const dropped = before[3];
    const after = draw(keys.filter((k) => k !== dropped));
    assert.equal(after.filter((k) => !before.includes(k)).length, 1, 'one newcomer takes the dropped place');
    assert.deepEqual(before.filter((k) => !after.includes(k)), [dropped]);
  });

  it(`keeps every judged rule but unattributed-quote at ${TARGET_PRECISION} or above`, () => {
    for (const rule of HELD_RULES) {
      const { precision } = rows.find((x) => x.rule === rule)!;
      assert.ok(precision >= TARGET_PRECISION, `${rule}: ${precision}`);
    }
  });
});
