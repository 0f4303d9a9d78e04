// The extension starts when a press article opens, the way a reviewer meets it.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { articleUri, eventually, extension, GOLD, LANGUAGE_ID, seedUri, show } from './support';

describe('activation', () => {
  it('activates when a seed opens, the seeds being press articles through .vscode/settings.json', async () => {
    const ext = extension();
    const editor = await show(seedUri(GOLD[0].file));
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    await eventually('the extension to activate', () => ext.isActive);
    console.log(`      (Press Review ${ext.packageJSON.version} from ${ext.extensionPath})`);
  });

  it('opens .article files as press articles', async () => {
    const doc = await vscode.workspace.openTextDocument(articleUri('attributed.article'));
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  it('switches a plain text file to a press article with "Review This File as an Article"', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'قال الوزير: "نص تجريبي قصير".\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressReview.reviewAsArticle');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, LANGUAGE_ID);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
