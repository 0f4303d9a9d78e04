// Findings → LSP diagnostics: stable codes, the message in the user's UI language,
// severities from settings ("off" drops the rule), related information pointing at the
// evidence, and the fixes carried in `data` so code actions need no re-analysis.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { configureFindings, type Analysis, type Fix, type RuleSettings, type Severity } from '../analysis';
import type { Converter } from './convert';

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

export function toDiagnostics(a: Analysis, convert: Converter, uri: string, options: DiagnosticOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of configureFindings(a.findings, options.rules)) {
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
  return out;
}
