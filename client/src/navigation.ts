// "Go to Next / Previous Unattributed Quote": moves the selection to the next statement
// in the active article that nobody is named for, wrapping around like "Go to Next Problem".

import * as vscode from 'vscode';
import type { Location } from './model/locations';
import { nextLocation, unattributedLocations } from './model/navigation';
import type { ServerRequests } from './requests';
import { toRange } from './reveal';

export async function goToUnattributed(requests: ServerRequests, direction: 'next' | 'previous'): Promise<Location | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.setStatusBarMessage('Press Review: open an article first.', 4000);
    return undefined;
  }
  const article = await requests.articleReport(editor.document.uri);
  const cursor = editor.selection.start;
  const target = article ? nextLocation(unattributedLocations(article), { line: cursor.line, character: cursor.character }, direction) : undefined;
  if (!target) {
    // A status bar message, not a notification: pressing the key again should not pile up toasts.
    vscode.window.setStatusBarMessage('Press Review: no unattributed statement in this article.', 4000);
    return undefined;
  }
  const range = toRange(target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}
