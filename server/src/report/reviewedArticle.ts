// An analysis as the workbench receives it (see ReviewedArticle in ../protocol.ts): the
// public JSON report with the findings as the rule settings make them. A speaker's `id`
// is the same for one person in every article (analysis/speakers.ts finalizeIds), so the
// views group a person's quotes across a folder by it, as references do.

import { configureFindings, type Analysis, type RuleSettings } from '../analysis';
import { MAX_QUOTE_PAGE, type PagedArticle, type ReviewedArticle } from '../protocol';
import { toJsonReport } from './jsonReport';

/** The article as the views show it: its findings as the rule settings make them. */
export function toReviewedArticle(uri: string, file: string, a: Analysis, rules: RuleSettings = {}): ReviewedArticle {
  return { uri, report: toJsonReport(file, { ...a, findings: configureFindings(a.findings, rules) }) };
}

/** One page of the article's quotes (`limit` at most MAX_QUOTE_PAGE), with where the next page starts. */
export function toPagedArticle(uri: string, file: string, a: Analysis, page: { offset: number; limit: number }, rules: RuleSettings = {}): PagedArticle {
  const limit = Math.min(page.limit, MAX_QUOTE_PAGE);
  const report = toJsonReport(file, { ...a, findings: configureFindings(a.findings, rules) }, { offset: page.offset, limit });
  const total = a.quotes.length;
  const next = page.offset + limit < total ? page.offset + limit : null;
  return { uri, report, quotePage: { offset: page.offset, total, next } };
}
