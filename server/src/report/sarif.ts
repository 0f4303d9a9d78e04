// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per rule of the registry
// (analysis/rules/), one result per finding, regions 1-based with UTF-16 columns (SARIF's
// default unit).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex, RULES, type Analysis, type RuleSettings, type Severity } from '../analysis';
import type { ErrorCode } from '../archive/types';
import type { FileFailure } from './fileFailure';

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
 * The notifications a file not analysed can raise (SARIF 2.1.0 §3.58): they describe the
 * run, not the file's content, so they are tool execution notifications, not results. A
 * notification of level "error" tells a consumer that the results are incomplete (§3.20.21,
 * appendix I).
 */
const NOTIFICATIONS: { id: ErrorCode; level: 'error' | 'warning'; text: string }[] = [
  { id: 'unreadable', level: 'error', text: 'A file or folder could not be read (missing, permission denied, not a regular file, too large): it was not analysed.' },
  { id: 'skipped', level: 'warning', text: 'A link that leads out of the folder analysed: not followed.' },
  { id: 'analysis-failed', level: 'error', text: 'The analysis of a file failed: it has no results.' },
];

/**
 * SARIF for the files, their paths relative to `baseDir` (the folder the run started in),
 * which is named in `originalUriBaseIds` so that a viewer can resolve them. The findings
 * must already be configured (configureFindings); `rules` leaves the rules set to "off"
 * out of the rule list too. Each file not analysed is a tool execution notification of
 * the run's invocation, located at that file.
 */
export function toSarif(files: { file: string; analysis: Analysis }[], toolVersion: string, baseDir?: string, rules: RuleSettings = {}, failures: FileFailure[] = []): object {
  const artifactLocation = (file: string): object => ({ uri: artifactUri(file), ...(baseDir && !path.isAbsolute(file) ? { uriBaseId: 'SRCROOT' } : {}) });
  const notifications = failures.map((f) => {
    const index = NOTIFICATIONS.findIndex((n) => n.id === f.code);
    return {
      level: index >= 0 ? NOTIFICATIONS[index].level : 'error',
      message: { text: f.message },
      ...(index >= 0 ? { descriptor: { id: f.code, index } } : {}),
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file) } }],
    };
  });
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
            rules: listed.map(({ rule: r, level }) => ({ id: r.code, shortDescription: { text: r.title.en }, fullDescription: { text: r.description.en }, defaultConfiguration: { level: LEVEL[level] } })),
            notifications: NOTIFICATIONS.map((n) => ({ id: n.id, shortDescription: { text: n.text }, defaultConfiguration: { level: n.level } })),
          },
        },
        // The run went to its end (every readable file analysed); the notifications say what was not.
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
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
                    artifactLocation: artifactLocation(file),
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
