// The user's choice per rule (pressReview.rules.* in the editor, --rule on the command
// line): another severity, or "off". Applied at every edge that shows findings
// (diagnostics, the views' reports, the CLI's text, JSON and SARIF), so a rule turned
// off disappears everywhere and the views order by the severity the user set.

import type { Finding, FindingCode, Severity } from '../types';
import { workMeter } from '../workMeter';

export type RuleSetting = Severity | 'off';

/** Per-rule settings; a rule not listed keeps its default severity. */
export type RuleSettings = Partial<Record<FindingCode, RuleSetting>>;

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The findings as configured: a rule set to "off" dropped, the others at their set severity. */
export function configureFindings(findings: Finding[], rules: RuleSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    workMeter.steps++;
    const setting = rules[f.code] ?? f.severity;
    if (setting === 'off') continue;
    out.push(setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}
