// Every command in package.json runs without error, the ones added later included: the
// list comes from the installed manifest, not from this file (see commandCases.ts).

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { COMMAND_CASES } from './commandCases';
import { eventually, extension, firstOrganization, GOLD, seedUri, show, workspaceFolder } from './support';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

const manifest = extension().packageJSON as {
  contributes?: { commands?: ContributedCommand[]; menus?: { commandPalette?: { command: string; when?: string }[] } };
};
const commands = manifest.contributes?.commands ?? [];
/** Commands kept out of the palette run from a menu, on the item they are given. */
const menuOnly = new Set((manifest.contributes?.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));

/** The press articles of the workspace: the seeds, the articles written for the tests and the dev articles. */
async function articleCount(): Promise<number> {
  return (await vscode.workspace.findFiles('{seeds/*.txt,articles/*.article,dev/*.txt}')).length;
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs a command; a quick pick or input box it opens is dismissed until it finishes. */
async function runDismissingPrompts(id: string, args: unknown[]): Promise<unknown> {
  let settled = false;
  const run = Promise.resolve(vscode.commands.executeCommand(id, ...args)).finally(() => (settled = true));
  const deadline = Date.now() + 30_000;
  while (!settled) {
    await Promise.race([run.catch(() => undefined), delay(500)]);
    if (settled) break;
    if (Date.now() > deadline) throw new Error(`${id} did not finish within 30 s, even with its prompts dismissed`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
  return run;
}

describe('Commands (contributes.commands)', () => {
  const seed = GOLD[0];

  before(async () => {
    await show(seedUri(seed.file));
    await eventually('the extension to activate', () => extension().isActive);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // What the commands wrote (workspace knowledge, exports) goes, so later tests see the seeds alone.
    for (const written of ['.press-review', 'exports']) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), written), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(commands.filter((c) => !registered.has(c.command)).map((c) => c.command), []);
  });

  for (const c of commands) {
    const label = `${c.category ? `${c.category}: ` : ''}${c.title}`;
    it(`runs "${label}" (${c.command}) without error`, async function () {
      const how = COMMAND_CASES[c.command];
      if (how?.skip) {
        console.log(`      skipped ${c.command}: ${how.skip}`);
        this.skip();
      }
      if (!how && menuOnly.has(c.command)) {
        console.log(`      skipped ${c.command}: hidden from the palette, it runs with what its caller passes; list it in test/e2e/suite/commandCases.ts`);
        this.skip();
      }
      const doc = await vscode.workspace.openTextDocument(seedUri(seed.file));
      const org = firstOrganization(doc, seed);
      assert.ok(org, 'the seed names an organization the gold knows');
      const editor = await show(doc.uri, org.at);
      const context = { editor, at: org.at, folder: workspaceFolder(), articles: await articleCount() };
      const result = await runDismissingPrompts(c.command, how?.args?.(context) ?? []);
      await how?.check?.(result, context);
    });
  }
});
