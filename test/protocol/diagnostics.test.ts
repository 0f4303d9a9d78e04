// Diagnostics as a reviewer sees them: a stable code per rule, the message in the UI
// language, severities and on/off per rule from settings, related information, and
// settings changes applied without a restart.

import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { EVERY_FINDING, LAVROV_ON_CSTO } from '../support/reviewArticles';

const SHORT_QUOTE = ['بيان صحفي', '', '"نحن ندعم الحوار بين جميع الأطراف" في المنطقة كلها.', ''].join('\n');
const byCode = (ds: Diagnostic[]): Record<string, DiagnosticSeverity | undefined> => Object.fromEntries(ds.map((d) => [String(d.code), d.severity]));

describe('diagnostics', () => {
  describe('in an English editor with default settings', () => {
    let client: TestClient;
    let diagnostics: Diagnostic[];
    const uri = 'file:///press-review-test/every.article';

    before(async () => {
      client = new TestClient();
      // The article stands alone (no folder shows a convention): the source line is asked for.
      await client.initialize(undefined, 'en', { settings: { sourceLine: 'always' } });
      diagnostics = (await client.open(uri, EVERY_FINDING)).diagnostics;
    });
    after(async () => {
      assert.equal(await client.shutdown(), 0);
    });

    it('report every rule with its stable code and default severity', () => {
      assert.deepEqual(byCode(diagnostics), {
        'missing-source': DiagnosticSeverity.Information,
        'weekday-mismatch': DiagnosticSeverity.Warning,
        'unattributed-quote': DiagnosticSeverity.Warning,
        'anonymous-source': DiagnosticSeverity.Information,
        'name-variant': DiagnosticSeverity.Warning,
        'unbalanced-quote': DiagnosticSeverity.Warning,
        'page-chrome': DiagnosticSeverity.Warning,
      });
      assert.ok(diagnostics.every((d) => d.source === 'press-review'));
    });

    it('say what is wrong in English, at the right place', () => {
      const lines = EVERY_FINDING.split('\n');
      const at = (code: string): string => {
        const d = diagnostics.find((x) => x.code === code)!;
        return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
      };
      assert.match(diagnostics.find((d) => d.code === 'weekday-mismatch')!.message as string, /2022-01-14 was a Friday, not a Thursday/);
      assert.equal(at('weekday-mismatch'), 'اليوم الخميس 14 يناير 2022');
      assert.equal(at('name-variant'), 'لوكاشينكا');
      assert.equal(at('unbalanced-quote'), '"');
      assert.equal(at('page-chrome'), 'Photo : Creative Commons');
      assert.ok(at('unattributed-quote').startsWith('"لن نقبل'));
      assert.ok(at('anonymous-source').startsWith('"العقوبات'));
    });

    it('point at the evidence: the other spelling of a name', () => {
      const variant = diagnostics.find((d) => d.code === 'name-variant')!;
      const related = variant.relatedInformation ?? [];
      assert.equal(related.length, 1);
      assert.equal(related[0].location.uri, uri);
      const line = EVERY_FINDING.split('\n')[related[0].location.range.start.line];
      assert.equal(line.slice(related[0].location.range.start.character, related[0].location.range.end.character).split(' ').pop(), 'لوكاشينكو');
    });

    it('fade page chrome out as text that is not part of the article', () => {
      assert.deepEqual(diagnostics.find((d) => d.code === 'page-chrome')!.tags, [DiagnosticTag.Unnecessary]);
    });

    it('report nothing on a clean article', async () => {
      const clean = await client.open('file:///press-review-test/clean.article', LAVROV_ON_CSTO);
      assert.deepEqual(clean.diagnostics, []);
    });

    it('apply rule severities and turn rules off when the settings change, without a restart', async () => {
      const waiting = client.nextDiagnostics(uri);
      await client.changeSettings({ sourceLine: 'always', rules: { 'page-chrome': 'off', 'missing-source': 'error', 'name-variant': 'hint', 'unbalanced-quote': 'loud' } });
      const after = byCode((await waiting).diagnostics);
      assert.equal(after['page-chrome'], undefined, 'off');
      assert.equal(after['missing-source'], DiagnosticSeverity.Error);
      assert.equal(after['name-variant'], DiagnosticSeverity.Hint);
      assert.equal(after['unbalanced-quote'], DiagnosticSeverity.Warning, 'an unknown severity keeps the default');
    });

    it('switch to Arabic messages with pressReview.language', async () => {
      const waiting = client.nextDiagnostics(uri);
      await client.changeSettings({ sourceLine: 'always', language: 'ar' });
      const after = (await waiting).diagnostics;
      assert.equal(after.find((d) => d.code === 'unattributed-quote')!.message, 'تصريح بين علامتي تنصيص لا يُعرف قائله.');
      assert.match(after.find((d) => d.code === 'weekday-mismatch')!.message as string, /يوافق 2022-01-14 يوم الجمعة/);
    });

    it('read shorter quotes as terms when pressReview.statementMinWords rises', async () => {
      const short = 'file:///press-review-test/short.article';
      assert.ok((await client.open(short, SHORT_QUOTE)).diagnostics.some((d) => d.code === 'unattributed-quote'));
      const waiting = client.nextDiagnostics(short);
      await client.changeSettings({ sourceLine: 'always', statementMinWords: 10 });
      assert.ok(!(await waiting).diagnostics.some((d) => d.code === 'unattributed-quote'), 'a six-word quote is now a term');
    });
  });

  describe('in an Arabic editor', () => {
    let client: TestClient;

    before(async () => {
      client = new TestClient();
      await client.initialize(undefined, 'ar', { settings: { sourceLine: 'always' } });
    });
    after(async () => {
      assert.equal(await client.shutdown(), 0);
    });

    it('speak Arabic from the first diagnostics on', async () => {
      const d = await client.open('file:///press-review-test/ar.article', EVERY_FINDING);
      assert.equal(d.diagnostics.find((x) => x.code === 'page-chrome')!.message, 'بقايا من صفحة الموقع ليست من نص المقال.');
      assert.equal(d.diagnostics.find((x) => x.code === 'missing-source')!.message, 'لا يذكر المقال مصدره (المصدر: …).');
    });

    it('speak English when pressReview.language says so', async () => {
      const uri = 'file:///press-review-test/ar.article';
      const waiting = client.nextDiagnostics(uri);
      await client.changeSettings({ sourceLine: 'always', language: 'en' });
      assert.equal((await waiting).diagnostics.find((x) => x.code === 'missing-source')!.message, 'The article has no source line (المصدر: …).');
    });
  });
});
