// Quick fixes straight from the fixes a finding carries in Diagnostic.data.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Fix } from '../analysis';
import type { Converter } from './convert';

export function quickFixes(uri: string, diagnostics: Diagnostic[], convert: Converter): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'press-review') continue;
    const fixes = ((d.data as { fixes?: Fix[] } | undefined)?.fixes ?? []) as Fix[];
    for (const fix of fixes) {
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: convert.range(e), newText: e.newText }));
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred ?? false, edit: { changes: { [uri]: edits } } });
    }
  }
  return out;
}
