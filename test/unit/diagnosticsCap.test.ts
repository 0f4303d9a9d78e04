// 100 KB of opening quote marks makes 50,000 unbalanced-quote findings (issue 15, an input
// not in its table): the editor gets at most MAX_DIAGNOSTICS diagnostics, the most severe
// kept, and one that says how many more there are and where they start.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { Converter } from '../../server/src/lsp/convert';
import { toDiagnostics, TOO_MANY_FINDINGS } from '../../server/src/lsp/diagnostics';
import { MAX_DIAGNOSTICS } from '../../server/src/lsp/limits';

const FLOOD = 5000;
const text = `${'«'.repeat(FLOOD)}\n\nانتهت الجلسة مساء الأحد.\n\n"لن تتراجع الحكومة عن قرارها مهما كانت الضغوط".\n`;

describe('diagnostics of a document with thousands of findings', function () {
  this.timeout(120_000);
  const a = analyze(text);
  const convert = new Converter(text);

  it('publishes at most MAX_DIAGNOSTICS, the last saying how many more there are', () => {
    const unbalanced = a.findings.filter((f) => f.code === 'unbalanced-quote').length;
    assert.equal(unbalanced, FLOOD);
    const d = toDiagnostics(a, convert, 'untitled:x', { rules: {}, language: 'en' });
    assert.equal(d.length, MAX_DIAGNOSTICS);
    const last = d[d.length - 1];
    assert.equal(last.code, TOO_MANY_FINDINGS);
    assert.match(last.message as string, new RegExp(`^${a.findings.length - (MAX_DIAGNOSTICS - 1)} more findings in this document are not shown`));
    assert.equal(d.filter((x) => x.code === TOO_MANY_FINDINGS).length, 1);
    assert.match(toDiagnostics(a, convert, 'untitled:x', { rules: {}, language: 'ar' }).at(-1)!.message as string, /ملاحظة أخرى/);
  });

  it('keeps the most severe findings: a warning after thousands of hints is shown', () => {
    const d = toDiagnostics(a, convert, 'untitled:x', { rules: { 'unbalanced-quote': 'hint' }, language: 'en' });
    assert.equal(d.length, MAX_DIAGNOSTICS);
    assert.ok(d.some((x) => x.code === 'unattributed-quote'), 'the unattributed quote at the end is among them');
  });

  it('publishes every finding of an ordinary article', () => {
    const small = analyze('«'.repeat(10));
    assert.equal(toDiagnostics(small, new Converter('«'.repeat(10)), 'untitled:y', { rules: {}, language: 'en' }).length, small.findings.length);
  });
});
