// The views the extension contributes open in the workbench and list the seeds' speakers,
// organizations and findings. The vscode API cannot read another extension's tree, so
// the items are counted by the extension's own test hook, pressReview.debug.viewCounts
// (items per level of each view, keyed by the last part of the view's id); the browser
// checks (test/e2e/ui/views.test.ts) look at the same views as a person does.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { extension } from './support';

interface ContributedView {
  id: string;
  name: string;
  type?: string;
}

const COUNTS_COMMAND = 'pressReview.debug.viewCounts';
const views = Object.values((extension().packageJSON as { contributes?: { views?: Record<string, ContributedView[]> } }).contributes?.views ?? {}).flat();

describe('Views (contributes.views)', () => {
  if (!views.length) {
    it('lists items in each Press Review view', function () {
      console.log('      skipped: package.json contributes no views yet');
      this.skip();
    });
    return;
  }
  for (const view of views) {
    it(`opens the "${view.name}" view (${view.id}) and lists items in it`, async function () {
      await vscode.commands.executeCommand(`${view.id}.focus`);
      if (view.type === 'webview') return;
      if (!(await vscode.commands.getCommands(true)).includes(COUNTS_COMMAND)) {
        console.log(`      items not counted: the extension has no ${COUNTS_COMMAND}`);
        return;
      }
      const counts = await vscode.commands.executeCommand<Record<string, { roots: number; leaves: number }>>(COUNTS_COMMAND);
      const key = view.id.split('.').pop()!;
      assert.ok(counts?.[key], `${COUNTS_COMMAND} counts the ${view.id} view: ${JSON.stringify(counts)}`);
      assert.ok(counts[key].roots > 0 && counts[key].leaves > 0, `the ${view.name} view lists items down to its leaves: ${JSON.stringify(counts[key])}`);
    });
  }
});
