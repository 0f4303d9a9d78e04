// Hovering an organization shows its card: the English name and the acronym.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { eventually, findMention, GOLD, hoverText, seedUri } from './support';

describe('Hover (vscode.executeHoverProvider)', () => {
  for (const gold of GOLD) {
    it(`${gold.file}: shows the English name and acronym of each organization`, async () => {
      const uri = seedUri(gold.file);
      const doc = await vscode.workspace.openTextDocument(uri);
      let checked = 0;
      for (const org of gold.organizations.filter((o) => o.acronym)) {
        const at = findMention(doc, org.lines, [org.name, ...org.other_forms]);
        if (!at) continue; // written only in a form the gold does not spell out
        const text = await eventually(`a hover on ${org.name} (line ${at.line + 1})`, async () =>
          hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) || undefined,
        );
        assert.ok(text.includes(org.english), `hover on ${org.name} (line ${at.line + 1}) names ${org.english}:\n${text}`);
        assert.ok(text.includes(org.acronym!), `hover on ${org.name} (line ${at.line + 1}) gives ${org.acronym}:\n${text}`);
        checked++;
      }
      assert.ok(checked > 0, 'at least one organization of the gold is written literally in the text');
    });
  }
});
