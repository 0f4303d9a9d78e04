// Findings → LSP diagnostics: stable codes, the message in the user's UI language,
// severities from settings ("off" drops the rule), related information pointing at the
// evidence, and the fixes carried in `data` so code actions need no re-analysis.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, FindingCode, Fix, Severity } from '../analysis';
import type { SeveritySetting } from './configuration';
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
  rules: Partial<Record<FindingCode, SeveritySetting>>;
  /** Message language. */
  language: 'en' | 'ar';
}

/** What a diagnostic carries in `data` for the code actions. */
export interface DiagnosticData {
  fixes: Fix[];
}

export function toDiagnostics(a: Analysis, convert: Converter, uri: string, options: DiagnosticOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of a.findings) {
    const setting = options.rules[f.code] ?? f.severity;
    if (setting === 'off') continue;
    const data: DiagnosticData = { fixes: f.fixes };
    out.push({
      range: convert.range(f.span),
      severity: LSP_SEVERITY[setting],
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
