// Code actions. Quick fixes come straight from the fixes a finding carries in
// Diagnostic.data (remove chrome, unify a spelling, close or remove a stray mark,
// insert an attribution placeholder, correct a weekday), so they need no re-analysis. The source actions
// "normalize quote marks" rewrite the marks of every balanced quote the analysis found.

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Analysis, Fix, Quote } from '../analysis';
import type { Converter } from './convert';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';

export const NORMALIZE_QUOTES_KIND = `${CodeActionKind.Source}.normalizeQuotes`;

/** Target styles: the outer marks and the marks of a quote inside a quote. */
const STYLES = [
  { id: 'guillemets', title: 'Normalize quote marks to «…» (“…” inside a quote)', outer: ['«', '»'], inner: ['“', '”'] },
  { id: 'straight', title: 'Normalize quote marks to "…"', outer: ['"', '"'], inner: ['"', '"'] },
] as const;

/** Characters the analysis reads as quote marks (see analysis/quotes.ts). */
const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', '„']);

const wanted = (only: string[] | undefined, kind: string): boolean => !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(uri: string, a: Analysis, convert: Converter, context: CodeActionContext): CodeAction[] {
  const out: CodeAction[] = [];
  if (wanted(context.only, CodeActionKind.QuickFix)) out.push(...quickFixes(uri, context.diagnostics, convert));
  // Source actions are whole-file work: computed only when the editor asks for them
  // (its "Source Action…" menu), not on every cursor move.
  if (context.only?.length && wanted(context.only, NORMALIZE_QUOTES_KIND)) out.push(...normalizeQuoteActions(uri, a, convert));
  return out;
}

export function quickFixes(uri: string, diagnostics: Diagnostic[], convert: Converter): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const fixes = ((d.data as Partial<DiagnosticData> | undefined)?.fixes ?? []) as Fix[];
    for (const fix of fixes) {
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: convert.range(e), newText: e.newText }));
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred ?? false, edit: { changes: { [uri]: edits } } });
    }
  }
  return out;
}

/** One action per target style that would change something. */
export function normalizeQuoteActions(uri: string, a: Analysis, convert: Converter): CodeAction[] {
  const out: CodeAction[] = [];
  for (const style of STYLES) {
    const edits = a.quotes.flatMap((q) => markEdits(a.text, q, q.nestedIn === null ? style.outer : style.inner));
    if (!edits.length) continue;
    out.push({
      title: style.title,
      kind: NORMALIZE_QUOTES_KIND,
      edit: { changes: { [uri]: edits.map((e) => ({ range: convert.range(e), newText: e.newText })) } },
    });
  }
  return out;
}

function markEdits(text: string, q: Quote, [open, close]: readonly [string, string]): { start: number; end: number; newText: string }[] {
  // A quote with a missing mark is left alone: the unbalanced-quote fixes deal with it.
  if (!q.balanced) return [];
  const first = q.span.start;
  const last = q.span.end - 1;
  if (last <= first || q.content.start !== first + 1 || q.content.end !== last) return [];
  if (!QUOTE_MARKS.has(text[first]) || !QUOTE_MARKS.has(text[last])) return [];
  const out: { start: number; end: number; newText: string }[] = [];
  if (text[first] !== open) out.push({ start: first, end: first + 1, newText: open });
  if (text[last] !== close) out.push({ start: last, end: last + 1, newText: close });
  return out;
}
