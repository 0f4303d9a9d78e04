// How the end-to-end suite runs each command the extension contributes. A command not
// listed here runs with no arguments, from a seed open in the editor with the cursor on an
// organization, and any quick pick or input box it opens is dismissed, as a person pressing
// Escape would; so a new command is covered without touching the suite. A command hidden
// from the palette (commandPalette "when": "false") is run only when it is listed here.
// List a command to give it arguments (the workbench's commands take optional arguments and
// then ask nothing, see docs/testing.md), to check what it returned, or to skip it with the reason
// (a native file dialog on the desktop, say).

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { GOLD } from './support';

export interface CommandContext {
  /** The seed open in the active editor, the cursor on `at`. */
  editor: vscode.TextEditor;
  /** An organization of the seed that the knowledge base knows. */
  at: vscode.Position;
  /** The workspace folder (a fresh copy, see test/e2e/workspace.mjs). */
  folder: vscode.Uri;
  /** How many articles the workspace holds. */
  articles: number;
}

export interface CommandCase {
  args?: (context: CommandContext) => unknown[];
  /** Checks what the command returned (commands report failures as messages, not throws). */
  check?: (result: unknown, context: CommandContext) => void | Promise<void>;
  skip?: string;
}

const exportTarget = (c: CommandContext): vscode.Uri => vscode.Uri.joinPath(c.folder, 'exports', 'quotes.csv');
const here = (c: CommandContext): { uri: string; position: { line: number; character: number } } => ({
  uri: c.editor.document.uri.toString(),
  position: { line: c.at.line, character: c.at.character },
});
type Result = Record<string, unknown> | undefined;

export const COMMAND_CASES: Record<string, CommandCase> = {
  'pressReview.showQuoteReport': {
    args: (c) => [c.editor.document.uri],
    check: (r) => assert.ok(((r as Result)?.rows as number) > 0, `the report lists quotes: ${JSON.stringify(r)}`),
  },
  'pressReview.showFolderQuoteReport': {
    check: (r) => assert.ok((r as Result)?.scope === 'folder' && ((r as Result)?.rows as number) > 0, `the folder report lists quotes: ${JSON.stringify(r)}`),
  },
  'pressReview.exportQuotes': {
    args: (c) => [exportTarget(c), { format: 'csv', scope: 'folder' }],
    check: async (r, c) => {
      assert.ok(r, 'the export reports what it wrote');
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(exportTarget(c)));
      const rows = csv.trim().split(/\r?\n/).length - 1;
      const seedQuotes = GOLD.reduce((n, g) => n + g.quotes.length, 0);
      assert.ok(rows >= seedQuotes, `a row per quote of the folder: ${rows} rows, the seeds alone have ${seedQuotes} quotes`);
    },
  },
  'pressReview.analyzeFolder': {
    args: (c) => [c.folder],
    check: (r, c) => assert.equal((r as Result)?.articles, c.articles, `every article of the folder: ${JSON.stringify(r)}`),
  },
  'pressReview.openKnowledgeEntry': {
    args: (c) => [here(c)],
    check: (r) => assert.equal((r as Result)?.source, 'builtin', `the built-in entry of the organization: ${JSON.stringify(r)}`),
  },
  // Made-up names, so the entries change nothing the other tests read; the suite removes
  // the workspace's .press-review/ folder afterwards.
  'pressReview.addOrganizationToKnowledge': {
    args: () => [{ arabic: ['هيئة الاختبار الآلي'], english: 'Automated Test Body', type: 'test body' }],
    check: (r) => assert.ok((r as Result)?.uri, `the entry was written: ${JSON.stringify(r)}`),
  },
  'pressReview.addSpeakerToKnowledge': {
    args: () => [{ arabic: ['سامي الاختباري'], english: 'Sami Testing' }],
    check: (r) => assert.ok((r as Result)?.uri, `the entry was written: ${JSON.stringify(r)}`),
  },
  'pressReview.reveal': {
    // The first line, away from the cursor, so the check sees the move.
    args: (c) => [{ uri: c.editor.document.uri.toString(), start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }],
    check: (_, c) => {
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), c.editor.document.uri.toString());
      assert.equal(editor?.selection.start.line, 0, 'the place is selected');
    },
  },
  'pressReview.debug.viewCounts': {},
  'pressReview.debug.state': {},
};
