// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per rule of the registry
// (analysis/rules/), one result per finding, regions 1-based with UTF-16 columns (SARIF's
// default unit).

import { LineIndex, RULES, type Analysis, type Severity } from '../analysis';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(files: { file: string; analysis: Analysis }[], toolVersion: string): object {
  const ruleIds: string[] = RULES.map((r) => r.code);
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
            rules: RULES.map((r) => ({ id: r.code, shortDescription: { text: r.title.en }, fullDescription: { text: r.description.en }, defaultConfiguration: { level: LEVEL[r.defaultSeverity] } })),
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
