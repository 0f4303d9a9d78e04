// Every rule, in the order their findings are raised. A new rule is one file in this
// folder and one line here; `npm run generate` then writes the settings, the Findings
// view titles and the README table from this list (test/unit/ruleRegistry.test.ts
// fails until it has).

import { anonymousSource } from './anonymous-source';
import { missingSource } from './missing-source';
import { nameVariant } from './name-variant';
import { notArabic } from './not-arabic';
import { notText } from './not-text';
import { pageChrome } from './page-chrome';
import { settleFixes } from './fixEdits';
import type { FindingDraft, Rule } from './rule';
import { tooLarge } from './too-large';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { unresolvedSpeaker } from './unresolved-speaker';
import { weekdayMismatch } from './weekday-mismatch';
import type { Finding, Severity } from '../types';

export const RULES = [unattributedQuote, unresolvedSpeaker, unbalancedQuote, nameVariant, weekdayMismatch, pageChrome, anonymousSource, missingSource, notText, notArabic, tooLarge] as const;

/** The code of every rule: the `code` of a finding. */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, Rule<RuleCode>>(RULES.map((r) => [r.code, r]));

/** The rule of a code, or undefined for a string that is no rule's code. */
export const ruleOf = (code: string): Rule<RuleCode> | undefined => BY_CODE.get(code);

export const isRuleCode = (code: string): code is RuleCode => BY_CODE.has(code);

export const DEFAULT_SEVERITIES = Object.fromEntries(RULES.map((r) => [r.code, r.defaultSeverity])) as Record<RuleCode, Severity>;

/** A rule's draft as a finding, with the rule's code and default severity, and fixes an editor can apply (fixEdits.ts). */
export function raise(rule: Rule<RuleCode>, d: FindingDraft): Finding {
  return { code: rule.code, severity: rule.defaultSeverity, span: d.span, message: d.message, messageAr: d.messageAr, related: d.related ?? [], fixes: d.fixes ? settleFixes(d.fixes) : [] };
}
