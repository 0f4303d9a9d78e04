// The views the extension contributes open in the workbench. Whether they show items is
// checked from the browser (test/e2e/ui/), where the tree is what a person sees: the
// vscode API gives no way to read another extension's tree.

import * as vscode from 'vscode';
import { extension } from './support';

interface ContributedView {
  id: string;
  name: string;
}

const views = Object.values((extension().packageJSON as { contributes?: { views?: Record<string, ContributedView[]> } }).contributes?.views ?? {}).flat();

describe('Views (contributes.views)', () => {
  if (!views.length) {
    it('opens each Press Review view', function () {
      console.log('      skipped: package.json contributes no views yet');
      this.skip();
    });
    return;
  }
  for (const view of views) {
    it(`opens the "${view.name}" view (${view.id})`, async () => {
      await vscode.commands.executeCommand(`${view.id}.focus`);
    });
  }
});
