// A plain .txt article outside seeds/, which no setting names, opens as a Press Article by
// its content (issue 18) and gets what a seed gets: Outline, hover, findings. The dev
// articles are copied into the workspace's dev/ by test/e2e/workspace.mjs when the shared
// corpus is beside the checkout.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { diagnosticsOf, eventually, hoverText, LANGUAGE_ID, symbolsOf, workspaceFolder } from './support';

describe('Articles recognized by their content (a dev article in dev/)', () => {
  let uri: vscode.Uri;

  before(async function () {
    const found = await vscode.workspace.findFiles('dev/*.txt');
    if (!found.length) {
      console.log('      skipped: no dev/ articles in the workspace (the shared corpus is not beside the checkout)');
      this.skip();
    }
    uri = found.sort((a, b) => a.path.localeCompare(b.path))[0];
    assert.ok(uri.path.startsWith(workspaceFolder().path));
  });

  it('opens as a Press Article with no setting', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await eventually('the dev article in the article language', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID));
  });

  it('has an Outline with its title and speakers', async () => {
    const symbols = await symbolsOf(uri);
    const speakers = symbols.find((s) => s.name === 'Speakers');
    assert.ok(speakers?.children.length, `speakers in the outline: ${symbols.map((s) => s.name).join(' | ')}`);
  });

  it('shows a hover on every speaker the Outline lists', async () => {
    const speakers = (await symbolsOf(uri)).find((s) => s.name === 'Speakers')!.children;
    for (const s of speakers) {
      const at = s.selectionRange.start.translate(0, 1);
      const text = await eventually(`a hover on ${s.name}`, async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) || undefined);
      assert.ok(text.length > 0, s.name);
    }
  });

  it('has its findings in the Problems panel', async () => {
    assert.ok((await diagnosticsOf(uri)).length > 0);
  });

  it('is plain text again after "Stop Reviewing This File", and stays so when reopened', async () => {
    assert.equal(await vscode.commands.executeCommand('pressReview.stopReviewingAsArticle', uri), 'plaintext');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.equal(doc?.languageId, 'plaintext', 'the choice is remembered');
    assert.equal(await vscode.commands.executeCommand('pressReview.reviewAsArticle', uri), LANGUAGE_ID);
  });
});
