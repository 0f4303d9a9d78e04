// An analysis as the workbench receives it (see ReviewedArticle in ../protocol.ts): the
// public JSON report with the findings as the rule settings and the folder's source-line
// convention make them. A speaker's `id` is the same for one person in every article
// (analysis/speakers.ts finalizeIds), so the views group a person's quotes across a folder
// by it, as references do.
//
// The settings are applied to the report, not to the analysis: the workspace index keeps
// each article's report as analysed once, and a change of rule settings or of the folder's
// convention is applied when the report is read, without analysing the article again.

import type { Analysis, RuleSettings, SourceLineExpectation } from '../analysis';
import { MAX_QUOTE_PAGE, type JsonReport, type PagedArticle, type ReviewedArticle } from '../protocol';
import { toJsonReport } from './jsonReport';

/** What decides which findings a report shows besides the text. */
export interface ReviewSettings {
  /** pressReview.rules.*: a severity per rule, or off. */
  rules?: RuleSettings;
  /**
   * Whether the article's folder follows the source-line convention. A report made with
   * `always` has the missing-source finding whenever the article lacks the line; `never`
   * leaves it out. Absent: the report is kept as it was made.
   */
  sourceLine?: SourceLineExpectation;
}

/** The rule only the folder's convention turns on (analysis/rules/missing-source.ts). */
const CONVENTION_RULE = 'missing-source';

/** The article as the views show it. */
export function toReviewedArticle(uri: string, file: string, a: Analysis, settings: ReviewSettings = {}): ReviewedArticle {
  return reviewReport(uri, toJsonReport(file, a), settings);
}

/** A report as the settings make it: rules set to off left out, severities as set. */
export function reviewReport(uri: string, report: JsonReport, settings: ReviewSettings = {}): ReviewedArticle {
  const rules = (settings.rules ?? {}) as Record<string, string | undefined>;
  const diagnostics: JsonReport['diagnostics'] = [];
  for (const d of report.diagnostics) {
    if (d.code === CONVENTION_RULE && settings.sourceLine === 'never') continue;
    const setting = rules[d.code] ?? d.severity;
    if (setting === 'off') continue;
    diagnostics.push(setting === d.severity ? d : { ...d, severity: setting as typeof d.severity });
  }
  return { uri, report: { ...report, diagnostics } };
}

/** One page of the article's quotes (`limit` at most MAX_QUOTE_PAGE), with where the next page starts. */
export function pageOf(article: ReviewedArticle, page: { offset: number; limit: number }): PagedArticle {
  const limit = Math.min(page.limit, MAX_QUOTE_PAGE);
  const all = article.report.quotes;
  const total = all.length;
  const next = page.offset + limit < total ? page.offset + limit : null;
  return { ...article, report: { ...article.report, quotes: all.slice(page.offset, page.offset + limit) }, quotePage: { offset: page.offset, total, next } };
}
