import { strict as assert } from 'node:assert';
import { BURST_CHANGES, DiagnosticDelay, FIRST_DELAY_MS, MAX_DELAY_MS, MAX_QUIET_DELAY_MS, MIN_DELAY_MS } from '../../server/src/lsp/diagnosticDelay';

describe('the pause before diagnostics after a change', () => {
  it('lasts as long as the last analysis of that document took', () => {
    const d = new DiagnosticDelay();
    d.record('file:///small.article', 4.2);
    d.record('file:///larger.article', 12);
    assert.equal(d.delay('file:///small.article'), 4);
    assert.equal(d.delay('file:///larger.article'), 12);
  });

  it('is never zero, so changes that arrive together are analysed once, and short even for a huge article, so one edit waits for little more than its analysis', () => {
    const d = new DiagnosticDelay();
    d.record('file:///empty.article', 0.01);
    d.record('file:///huge.article', 9000);
    assert.equal(d.delay('file:///empty.article'), MIN_DELAY_MS);
    assert.equal(d.delay('file:///huge.article'), MAX_QUIET_DELAY_MS);
    assert.ok(MAX_QUIET_DELAY_MS < MAX_DELAY_MS);
  });

  it('starts from a default until a document is analysed, and forgets closed documents', () => {
    const d = new DiagnosticDelay();
    assert.equal(d.delay('file:///new.article'), FIRST_DELAY_MS);
    d.record('file:///new.article', 3);
    d.forget('file:///new.article');
    assert.equal(d.delay('file:///new.article'), FIRST_DELAY_MS);
  });

  it('waits the full 150 ms once changes keep coming before the pause is over, and not after the burst', () => {
    const d = new DiagnosticDelay();
    const uri = 'file:///flood.article';
    d.record(uri, 4);
    const pauses = [d.delay(uri, false), ...Array.from({ length: BURST_CHANGES + 2 }, () => d.delay(uri, true))];
    assert.deepEqual(pauses, [4, ...Array(BURST_CHANGES - 1).fill(4), ...Array(3).fill(MAX_DELAY_MS)]);
    assert.equal(d.delay(uri, false), 4, 'a change after the burst was analysed waits for the analysis cost again');
  });
});
