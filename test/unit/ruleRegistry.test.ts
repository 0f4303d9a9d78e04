import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DEFAULT_SEVERITIES, RULES } from '../../server/src/analysis';
import { toSarif } from '../../server/src/report/sarif';
import { RULE_CATALOG } from '../../server/src/shared/ruleCatalog';
import { GENERATED } from '../../scripts/ruleTables';

const root = path.resolve(__dirname, '../..');
const rulesDir = path.join(root, 'server/src/analysis/rules');

describe('rule registry', () => {
  for (const { file, render } of GENERATED) {
    it(`${file} agrees with the registry (npm run generate)`, () => {
      const current = fs.readFileSync(path.join(root, file), 'utf8');
      assert.equal(render(current), current, `${file} is out of date: run npm run generate`);
    });
  }

  it('registers every rule file of the rules folder, each under its own code', () => {
    const files = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && fs.readFileSync(path.join(rulesDir, f), 'utf8').includes('defineRule({'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(files, RULES.map((r) => r.code).sort(), 'one file per rule, named by its code, listed in registry.ts');
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length, 'codes are unique');
  });

  it('gives every rule both titles and descriptions, and a language', () => {
    for (const r of RULES) {
      assert.ok(r.title.en && r.title.ar && r.description.en && r.description.ar, r.code);
      assert.match(r.title.ar + r.description.ar, /[\u0600-\u06ff]/, `${r.code}: the Arabic texts are Arabic`);
      assert.ok(r.languages.length > 0, r.code);
    }
  });

  it('lists every rule in SARIF, with its default level', () => {
    const sarif = toSarif([], '0') as { runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } } }[] };
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.code));
    assert.equal(rules.find((r) => r.id === 'not-text')!.defaultConfiguration.level, 'error');
    assert.equal(rules.find((r) => r.id === 'missing-source')!.defaultConfiguration.level, 'note');
  });

  it('gives the client a title for every rule', () => {
    assert.deepEqual(Object.keys(RULE_CATALOG), RULES.map((r) => r.code));
    for (const r of RULES) assert.equal(RULE_CATALOG[r.code].defaultSeverity, DEFAULT_SEVERITIES[r.code]);
  });

  it('raises findings with the code and default severity of their rule', () => {
    const a = analyze('عنوان\n\nقال الوزير "هذا تصريح طويل بما يكفي". وأضاف "نص آخر بلا إغلاق\n');
    assert.ok(a.findings.length > 0);
    for (const f of a.findings) assert.equal(f.severity, DEFAULT_SEVERITIES[f.code], f.code);
  });
});
