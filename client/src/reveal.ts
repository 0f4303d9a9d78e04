// Shows a place of an article in the editor: opens the file (or the tab it is already in)
// and selects the range, centred.

import * as vscode from 'vscode';
import type { Location } from './model/locations';

export function toRange(l: Pick<Location, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(l.start.line, l.start.character, l.end.line, l.end.character);
}

export async function revealLocation(location: Location, options: { preserveFocus?: boolean; viewColumn?: vscode.ViewColumn } = {}): Promise<vscode.TextEditor> {
  const range = toRange(location);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: options.preserveFocus, viewColumn: options.viewColumn, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
