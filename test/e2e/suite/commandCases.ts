// How the end-to-end suite runs each command the extension contributes. A command not
// listed here runs with no arguments, from a seed open in the editor with the cursor on an
// organization, and any quick pick or input box it opens is dismissed, as a person pressing
// Escape would. So a new command is covered without touching the suite.
// List a command here only when it needs arguments (`args`), or when it cannot run without
// a person at all (`skip`, saying why: a native file dialog on the desktop, for example).

import type * as vscode from 'vscode';

export interface CommandContext {
  /** The seed open in the active editor. */
  editor: vscode.TextEditor;
}

export interface CommandCase {
  args?: (context: CommandContext) => unknown[];
  skip?: string;
}

export const COMMAND_CASES: Record<string, CommandCase> = {};
