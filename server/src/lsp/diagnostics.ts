// Findings → LSP diagnostics: stable codes, the message in the user's UI language,
// severities from settings, related information pointing at the evidence, and the
// fixes carried in `data` so code actions need no re-analysis.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, FindingCode, Severity } from '../analysis';
import type { Converter } from './convert';

export type SeveritySetting = Severity | 'off';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Per-code severity overrides ("off" hides the rule). */
  severities: Partial<Record<FindingCode, SeveritySetting>>;
  /** Message language: "ar" shows Arabic messages. */
  language: string;
}

export function toDiagnostics(a: Analysis, convert: Converter, uri: string, options: DiagnosticOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of a.findings) {
    const setting = options.severities[f.code] ?? f.severity;
    if (setting === 'off') continue;
    out.push({
      range: convert.range(f.span),
      severity: LSP_SEVERITY[setting],
      code: f.code,
      source: 'press-review',
      message: options.language.startsWith('ar') ? f.messageAr : f.message,
      relatedInformation: f.related.map((r) => ({ location: { uri, range: convert.range(r.span) }, message: r.message })),
      data: { fixes: f.fixes },
    });
  }
  return out;
}
