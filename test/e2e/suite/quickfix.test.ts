// Quick fixes change the text, and the editor re-analyses the changed text. Every test
// reverts its edit, so the files stay as the other tests expect them.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { articleUri, codeOf, diagnosticsOf, eventually, GOLD, seedUri, show } from './support';

async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // The actions come back without their `diagnostics`: those asked for at the finding's
  // range, with an edit to this file, are its fixes.
  return actions.filter((a) => a.edit?.has(uri));
}

async function revert(uri: vscode.Uri): Promise<void> {
  await show(uri);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('Quick fixes (vscode.executeCodeActionProvider)', () => {
  it('inserts an attribution placeholder before an unattributed statement', async () => {
    const uri = articleUri('unattributed.article');
    const diagnostic = (await diagnosticsOf(uri)).find((d) => codeOf(d) === 'unattributed-quote');
    assert.ok(diagnostic, 'the article has an unattributed statement');
    const [fix] = await quickFixesFor(uri, diagnostic);
    assert.ok(fix, 'a quick fix is offered for it');
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = diagnostic.range.start.line;
    const before = doc.lineAt(line).text;
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), `"${fix.title}" applies`);
      const after = doc.lineAt(line).text;
      assert.notEqual(after, before);
      assert.ok(after.endsWith(before.trimStart()), `the statement is kept after the inserted text: ${after}`);
    } finally {
      await revert(uri);
    }
  });

  it('removes a line of page chrome, and its finding goes away', async () => {
    const gold = GOLD.find((g) => g.boilerplate_lines.length > 0);
    assert.ok(gold, 'a seed has page chrome');
    const uri = seedUri(gold.file);
    const chrome = (await diagnosticsOf(uri)).filter((d) => codeOf(d) === 'page-chrome');
    const first = chrome[0];
    const [fix] = await quickFixesFor(uri, first);
    assert.ok(fix, 'a quick fix is offered for page chrome');
    const doc = await vscode.workspace.openTextDocument(uri);
    const lines = doc.lineCount;
    const removed = doc.lineAt(first.range.start.line).text;
    const count = (): number => doc.getText().split(/\r?\n/).filter((l) => l === removed).length;
    const copies = count();
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), `"${fix.title}" applies`);
      assert.equal(doc.lineCount, lines - 1, 'one line fewer');
      assert.equal(count(), copies - 1, `the line "${removed}" is gone`);
      await eventually('the page chrome findings to be re-published', () => {
        const now = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'page-chrome');
        return now.length === chrome.length - 1;
      });
    } finally {
      await revert(uri);
    }
  });
});
