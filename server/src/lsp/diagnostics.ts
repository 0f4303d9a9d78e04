// Findings → LSP diagnostics: stable codes, the message in the user's UI language,
// severities from settings ("off" drops the rule), related information pointing at the
// evidence, and the fixes carried in `data` so code actions need no re-analysis.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { configureFindings, workMeter, type Analysis, type Fix, type RuleSettings, type Severity } from '../analysis';
import type { Converter } from './convert';
import { MAX_DIAGNOSTICS } from './limits';

export const DIAGNOSTIC_SOURCE = 'press-review';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Per-code severity overrides ("off" hides the rule). */
  rules: RuleSettings;
  /** Message language. */
  language: 'en' | 'ar';
}

/** What a diagnostic carries in `data` for the code actions. */
export interface DiagnosticData {
  fixes: Fix[];
}

/** The code of the one diagnostic that stands for the findings past MAX_DIAGNOSTICS. */
export const TOO_MANY_FINDINGS = 'too-many-findings';

export function toDiagnostics(a: Analysis, convert: Converter, uri: string, options: DiagnosticOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { shown, hidden } = within(configureFindings(a.findings, options.rules));
  for (const f of shown) {
    workMeter.steps += 1 + f.related.length;
    const data: DiagnosticData = { fixes: f.fixes };
    out.push({
      range: convert.range(f.span),
      severity: LSP_SEVERITY[f.severity],
      code: f.code,
      source: DIAGNOSTIC_SOURCE,
      message: options.language === 'ar' ? f.messageAr : f.message,
      // Page chrome is not part of the article: editors fade it out.
      ...(f.code === 'page-chrome' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
      relatedInformation: f.related.map((r) => ({ location: { uri, range: convert.range(r.span) }, message: r.message })),
      data,
    });
  }
  if (hidden.length) out.push(tooMany(hidden.length, convert.range({ start: hidden[0].span.start, end: hidden[0].span.start }), options.language));
  return out;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The findings shown when there are more than MAX_DIAGNOSTICS: the most severe first, each kept in its place. */
function within<F extends { severity: Severity; span: { start: number } }>(findings: F[]): { shown: F[]; hidden: F[] } {
  if (findings.length <= MAX_DIAGNOSTICS) return { shown: findings, hidden: [] };
  const order = findings.map((_, i) => i).sort((x, y) => RANK[findings[x].severity] - RANK[findings[y].severity] || x - y);
  const keep = new Set(order.slice(0, MAX_DIAGNOSTICS - 1));
  return { shown: findings.filter((_, i) => keep.has(i)), hidden: findings.filter((_, i) => !keep.has(i)) };
}

/** The diagnostic that stands for the findings not shown, where the first of them is. */
function tooMany(more: number, range: Diagnostic['range'], language: DiagnosticOptions['language']): Diagnostic {
  const message =
    language === 'ar'
      ? `${more} ملاحظة أخرى في هذا الملف لا تُعرض (يُعرض ${MAX_DIAGNOSTICS} على الأكثر)؛ يسردها كلها الأمر press-review analyze.`
      : `${more} more findings in this document are not shown (at most ${MAX_DIAGNOSTICS} are); \`press-review analyze\` lists them all.`;
  const data: DiagnosticData = { fixes: [] };
  return { range, severity: DiagnosticSeverity.Information, code: TOO_MANY_FINDINGS, source: DIAGNOSTIC_SOURCE, message, data };
}
