// Findings (diagnostics) with their quick fixes, built from the analysis: a loop over the
// rule registry (rules/). Each finding carries its fixes as plain edits on the original
// text, so an editor applies them without analysing again. Messages come in English and
// Arabic.

import type { ArticleDocument } from './document';
import type { UnbalancedMark } from './quotes';
import { raise, RULES } from './rules/registry';
import { DEFAULT_CHECK_SETTINGS, type CheckSettings, type FindingDraft } from './rules/rule';
import type { Analysis, Finding } from './types';

export function buildFindings(doc: ArticleDocument, analysis: Omit<Analysis, 'findings'>, unbalanced: UnbalancedMark[], settings: CheckSettings = DEFAULT_CHECK_SETTINGS): Finding[] {
  const out: Finding[] = [];
  const ctx = { doc, analysis, unbalanced, settings };
  // One list of drafts, which each check fills in turn.
  const found: FindingDraft[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    found.length = 0;
    rule.check(ctx, found);
    for (const draft of found) out.push(raise(rule, draft));
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.code.localeCompare(y.code));
}
