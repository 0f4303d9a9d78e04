// The one gate every fix's edits pass through (raise() in registry.ts): an editor applies a
// fix as one WorkspaceEdit, whose TextEdits must not overlap (LSP), or it rejects the whole
// fix. A mention found twice must be edited once, so an edit repeated exactly is kept once;
// two edits that truly overlap have no one meaning (which text wins?), so that fix is
// withheld rather than guessed at: the finding stays, with its other fixes.

import type { Fix, TextEdit } from '../types';

const byPosition = (x: TextEdit, y: TextEdit): number => x.start - y.start || x.end - y.end;
const same = (x: TextEdit, y: TextEdit): boolean => x.start === y.start && x.end === y.end && x.newText === y.newText;

/** Whether the edits are already in text order, none repeated or overlapping (the usual case: no copy made). */
function settled(edits: readonly TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const p = edits[i - 1];
    const e = edits[i];
    // Edits may touch, and insertions share a point (LSP applies those in array order).
    if (byPosition(p, e) > 0 || e.start < p.end || same(p, e)) return false;
  }
  return true;
}

/** The fix with its edits in text order and each repeated edit once; null when two of its edits overlap. */
export function settleFix(fix: Fix): Fix | null {
  if (settled(fix.edits)) return fix;
  const sorted = [...fix.edits].sort(byPosition);
  const edits: TextEdit[] = [];
  for (const e of sorted) {
    const p = edits[edits.length - 1];
    if (p && same(p, e)) continue;
    if (p && e.start < p.end) return null;
    edits.push(e);
  }
  return { ...fix, edits };
}

/** A finding's fixes, each settled; a fix with overlapping edits dropped. The same array when nothing changes. */
export function settleFixes(fixes: Fix[]): Fix[] {
  let out: Fix[] | null = null;
  for (let i = 0; i < fixes.length; i++) {
    const s = settleFix(fixes[i]);
    if (s !== fixes[i] && !out) out = fixes.slice(0, i);
    if (out && s) out.push(s);
  }
  return out ?? fixes;
}
