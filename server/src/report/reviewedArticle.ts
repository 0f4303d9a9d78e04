// An analysis as the workbench receives it (see ReviewedArticle in ../protocol.ts): the
// public JSON report with the findings as the rule settings make them. A speaker's `id`
// is the same for one person in every article (analysis/speakers.ts finalizeIds), so the
// views group a person's quotes across a folder by it, as references do.

import { configureFindings, type Analysis, type RuleSettings } from '../analysis';
import type { ReviewedArticle } from '../protocol';
import { toJsonReport } from './jsonReport';

/** The article as the views show it: its findings as the rule settings make them. */
export function toReviewedArticle(uri: string, file: string, a: Analysis, rules: RuleSettings = {}): ReviewedArticle {
  return { uri, report: toJsonReport(file, { ...a, findings: configureFindings(a.findings, rules) }) };
}
