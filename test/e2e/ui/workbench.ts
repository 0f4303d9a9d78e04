// Driving the workbench the way a person does: the command palette, the explorer, the
// keyboard. Selectors are the workbench's own roles and classes, kept in this one file.

import type { Locator, Page } from 'playwright-core';
import { session } from './session';

/** Opens the workspace in the session's page, once for all the browser checks. */
export async function openWorkbench(): Promise<Page> {
  const { page } = session;
  if (!page.url().startsWith(session.url)) {
    await page.goto(`${session.url}/?folder=${encodeURIComponent(session.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
  }
  return page;
}

/** Runs a command from the palette (F1) by its label, as a person would. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await openQuickInput(page, `>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column". */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await openQuickInput(page, `:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function openQuickInput(page: Page, text: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
}

/** Opens a file from the Explorer: a click on each folder not yet expanded, then on the file. */
export async function openFromExplorer(page: Page, ...path: string[]): Promise<void> {
  const explorer = page.locator('.explorer-folders-view');
  for (const [i, name] of path.entries()) {
    const row = explorer.getByRole('treeitem', { name, exact: true });
    const last = i === path.length - 1;
    if (!last && (await row.getAttribute('aria-expanded')) === 'true') continue;
    await row.click();
    if (last) await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  }
}

export function editor(page: Page): Locator {
  return page.locator('.editor-instance .monaco-editor').first();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${session.screenshots}/${name}.png` });
}
