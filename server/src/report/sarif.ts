// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per finding code, one
// result per finding, regions 1-based with UTF-16 columns (SARIF's default unit).

import { LineIndex, type Analysis, type FindingCode, type Severity } from '../analysis';

const RULES: Record<FindingCode, string> = {
  'unattributed-quote': 'A quoted statement whose speaker cannot be found in the text.',
  'unbalanced-quote': 'A quote mark with no partner on its line.',
  'name-variant': 'One person spelled two ways in one article.',
  'weekday-mismatch': 'A weekday that does not match the date beside it.',
  'page-chrome': 'Page chrome left over from scraping (menus, buttons, cookie notices, credits).',
  'anonymous-source': 'A statement attributed to an anonymous source.',
  'missing-source': 'An article with no source line (المصدر: …).',
  'not-text': 'A file that is not a text article.',
  'not-arabic': 'A text that is not in Arabic: attribution and the source line are not checked.',
  'too-large': 'An article too large to analyse in the editor.',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(files: { file: string; analysis: Analysis }[], toolVersion: string): object {
  const ruleIds = Object.keys(RULES) as FindingCode[];
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
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES[id] } })),
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
