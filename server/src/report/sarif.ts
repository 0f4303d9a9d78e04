// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per finding code, one
// result per finding, regions 1-based with UTF-16 columns (SARIF's default unit).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * A file path as the URI SARIF asks for: a relative path becomes a relative reference,
 * each segment percent-encoded (a space, "#", "%" or a line break in a name would
 * otherwise be read as part of the URI's syntax); an absolute path a file: URI.
 */
export function artifactUri(file: string, sep: string = path.sep): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep).map(encodeURIComponent).join('/');
}

/**
 * SARIF for the files, their paths relative to `baseDir` (the folder the run started in),
 * which is named in `originalUriBaseIds` so that a viewer can resolve them.
 */
export function toSarif(files: { file: string; analysis: Analysis }[], toolVersion: string, baseDir?: string): object {
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
        ...(baseDir ? { originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(baseDir.endsWith(path.sep) ? baseDir : baseDir + path.sep).href } } } : {}),
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
                    artifactLocation: { uri: artifactUri(file), ...(baseDir && !path.isAbsolute(file) ? { uriBaseId: 'SRCROOT' } : {}) },
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
