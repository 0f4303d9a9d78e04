// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per rule of the registry
// (analysis/rules/), one result per finding, regions 1-based with UTF-16 columns (SARIF's
// default unit).

import { LineIndex, RULES, type Analysis, type RuleSettings, type Severity } from '../analysis';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The findings must already be configured (configureFindings); `rules` leaves the rules set to "off" out of the rule list too. */
export function toSarif(files: { file: string; analysis: Analysis }[], toolVersion: string, rules: RuleSettings = {}): object {
  const listed = RULES.flatMap((r) => {
    const level = rules[r.code] ?? r.defaultSeverity;
    return level === 'off' ? [] : [{ rule: r, level }];
  });
  const ruleIds: string[] = listed.map((l) => l.rule.code);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'press-review',
            version: toolVersion,
            informationUri: 'https://example.invalid/press-review',
            rules: listed.map(({ rule: r, level }) => ({ id: r.code, shortDescription: { text: r.title.en }, fullDescription: { text: r.description.en }, defaultConfiguration: { level: LEVEL[level] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap(({ file, analysis }) => {
          const lines = new LineIndex(analysis.text);
          return analysis.findings.map((f) => {
            const s = lines.position(f.span.start);
            const e = lines.position(f.span.end);
            return {
              ruleId: f.code,
              ruleIndex: ruleIds.indexOf(f.code),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: file.split('\\').join('/') },
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
}
