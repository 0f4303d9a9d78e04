// pressReview.rules.* (and the CLI's --rule): a rule set to "off" disappears from the
// diagnostics' source (configureFindings), the views' reports, the Findings tree, the
// CLI's text, JSON and SARIF; another severity reorders the Findings view.

import { strict as assert } from 'node:assert';
import { analyze, configureFindings } from '../../server/src/analysis';
import { findingTree } from '../../client/src/model/trees';
import { runCli } from '../support/cli';
import { relative, reviewedSeeds } from '../support/reviewed';

const ARTICLE = 'عنوان المقال\n\nقال الوزير "هذا تصريح طويل بما يكفي للحكم عليه". وأضاف "نص آخر بلا إغلاق\n';

describe('rule settings', () => {
  it('drops a rule set to off and gives the others their set severity', () => {
    // The article is read as wire copy that should end with a source line (pressReview.sourceLine).
    const findings = analyze(ARTICLE, { sourceLine: 'always' }).findings;
    const codes = new Set(findings.map((f) => f.code));
    assert.ok(codes.has('unbalanced-quote') && codes.has('missing-source'), [...codes].join(', '));
    const configured = configureFindings(findings, { 'unbalanced-quote': 'off', 'missing-source': 'error' });
    assert.ok(!configured.some((f) => f.code === 'unbalanced-quote'));
    assert.deepEqual(configured.filter((f) => f.code === 'missing-source').map((f) => f.severity), ['error']);
    assert.equal(configured.length, findings.filter((f) => f.code !== 'unbalanced-quote').length);
    assert.deepEqual(configureFindings(findings, {}), findings, 'no settings: the findings as raised');
  });

  it('orders the Findings view by the configured severity and leaves out the rules set to off', () => {
    const byDefault = findingTree(reviewedSeeds(), relative).map((n) => n.id);
    assert.deepEqual(byDefault, ['finding:page-chrome', 'finding:unbalanced-quote', 'finding:name-variant'], 'all warnings: the most frequent first');
    const configured = findingTree(reviewedSeeds({ 'name-variant': 'error', 'page-chrome': 'hint', 'unbalanced-quote': 'off' }), relative);
    assert.deepEqual(configured.map((n) => n.id), ['finding:name-variant', 'finding:page-chrome']);
    assert.deepEqual(configured.map((n) => n.icon), ['error', 'lightbulb']);
  });

  describe('press-review analyze --rule', () => {
    it('leaves a rule set to off out of the text, JSON and SARIF output', async () => {
      const text = await runCli(['analyze', '--rule', 'page-chrome=off', 'seeds']);
      assert.doesNotMatch(text.out, /page-chrome/);
      assert.match((await runCli(['analyze', 'seeds'])).out, /page-chrome/, 'without --rule the seeds have page chrome');
      const json = JSON.parse((await runCli(['analyze', '--format', 'json', '--rule=page-chrome=off', 'seeds'])).out) as { diagnostics: { code: string }[] }[];
      assert.ok(json.every((r) => r.diagnostics.every((d) => d.code !== 'page-chrome')));
      const sarif = JSON.parse((await runCli(['analyze', '--format', 'sarif', '--rule', 'page-chrome=off', 'seeds'])).out);
      const run = sarif.runs[0];
      assert.ok(!run.tool.driver.rules.some((r: { id: string }) => r.id === 'page-chrome'), 'not in the rule list');
      assert.ok(run.results.length > 0 && run.results.every((r: { ruleId: string; ruleIndex: number }) => r.ruleId !== 'page-chrome' && run.tool.driver.rules[r.ruleIndex].id === r.ruleId));
    });

    it('sets the severity, and the exit status follows it', async () => {
      const all = ['page-chrome', 'unbalanced-quote', 'name-variant'];
      assert.equal((await runCli(['analyze', 'seeds'])).code, 1);
      const hints = await runCli(['analyze', '--format', 'json', ...all.flatMap((c) => ['--rule', `${c}=hint`]), 'seeds']);
      assert.equal(hints.code, 0, 'only hints: clean');
      const json = JSON.parse(hints.out) as { diagnostics: { severity: string }[] }[];
      assert.ok(json.some((r) => r.diagnostics.length) && json.every((r) => r.diagnostics.every((d) => d.severity === 'hint')));
    });

    it('rejects an unknown rule or level, or a value without a level, with a clear message', async () => {
      for (const [value, message] of [
        ['nope=off', /unknown rule "nope"/],
        ['page-chrome=loud', /unknown level "loud" for page-chrome/],
        ['page-chrome', /--rule takes CODE=LEVEL/],
      ] as const) {
        const r = await runCli(['analyze', '--rule', value, 'seeds']);
        assert.equal(r.code, 2, value);
        assert.match(r.err, message);
      }
    });
  });
});
