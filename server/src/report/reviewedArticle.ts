// An analysis as the workbench receives it (see ReviewedArticle in ../protocol.ts): the
// public JSON report plus a key per speaker that is the same in every article, so the
// client can group one person's quotes across a folder without re-reading any text.

import { normalizeForMatch } from '../analysis/normalize';
import { configureFindings, type Analysis, type RuleSettings, type Speaker } from '../analysis';
import type { ReviewedArticle } from '../protocol';
import { toJsonReport } from './jsonReport';

/**
 * The knowledge id when the knowledge base knows the speaker; otherwise the name as
 * matching sees it (no diacritics, unified alef and ya), so "لافروف" and "لافروف" with
 * a shadda or another alef form meet under one key.
 */
export function speakerKey(s: Pick<Speaker, 'knowledgeId' | 'name'>): string {
  return s.knowledgeId ? `kb:${s.knowledgeId}` : `name:${normalizeForMatch(s.name).replace(/\s+/g, ' ').trim()}`;
}

/** The article as the views show it: its findings as the rule settings make them. */
export function toReviewedArticle(uri: string, file: string, a: Analysis, rules: RuleSettings = {}): ReviewedArticle {
  const speakerKeys: Record<string, string> = {};
  for (const s of a.speakers) speakerKeys[s.id] = speakerKey(s);
  return { uri, report: toJsonReport(file, { ...a, findings: configureFindings(a.findings, rules) }), speakerKeys };
}
