// What a rule is: one finding code with everything the editor, the CLI, SARIF, the
// settings and the docs say about it, and the check that raises it. One file per rule
// in this folder; registry.ts lists them. See docs/architecture.md, "Add a rule".

import type { ArticleDocument } from '../document';
import type { UnbalancedMark } from '../quotes';
import type { SourceLineExpectation } from '../sourceLine';
import type { Analysis, Fix, RelatedInfo, Severity, Span } from '../types';

/** The text languages a rule can hold for: Arabic, or any other language. */
export type TextLanguage = 'ar' | 'other';

/** What a check reads: the article and everything found in it but the findings. */
export interface RuleContext {
  doc: ArticleDocument;
  analysis: Omit<Analysis, 'findings'>;
  unbalanced: UnbalancedMark[];
  settings: CheckSettings;
}

/** What the caller of analyze() tells the rules beyond the text (AnalyzeOptions). */
export interface CheckSettings {
  /** Whether the outlet's articles carry a source line (missing-source). */
  sourceLine: SourceLineExpectation;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { sourceLine: 'never' };

/** A finding as a check raises it; the loop in findings.ts adds the code and severity. */
export interface FindingDraft {
  span: Span;
  message: string;
  messageAr: string;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

export interface Rule<C extends string = string> {
  /** Stable code: the diagnostic code, the SARIF rule id, the `pressReview.rules.<code>` setting. */
  code: C;
  defaultSeverity: Severity;
  /** Languages of text the rule's findings are true for; on other text they are dropped (language.ts). */
  languages: readonly TextLanguage[];
  /** Short name in the Findings view and the README's rule table. */
  title: { en: string; ar: string };
  /** One sentence for the settings UI, SARIF and the README. */
  description: { en: string; ar: string };
  /**
   * Raises the rule's findings: puts each in `found` (findings.ts adds the rule's code and
   * severity). Absent for the rules analyze() raises instead of analysing (not-text,
   * too-large) or after the checks (not-arabic).
   */
  check?: (ctx: RuleContext, found: FindingDraft[]) => void;
}

/** Keeps the code's literal type, so the registry can derive FindingCode. */
export const defineRule = <const C extends string>(rule: Rule<C>): Rule<C> => rule;

export const ANY_LANGUAGE: readonly TextLanguage[] = ['ar', 'other'];
export const ARABIC_ONLY: readonly TextLanguage[] = ['ar'];
