// The Press Review views in the sidebar show items for the seeds. The views come from the
// installed extension's package.json, so views added later are covered without a change here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './session';
import { openWorkbench, screenshot } from './workbench';

interface Manifest {
  contributes?: {
    viewsContainers?: Record<string, { id: string; title: string }[]>;
    views?: Record<string, { id: string; name: string; type?: string }[]>;
  };
}

describe('the Press Review views in the browser', () => {
  const manifest = JSON.parse(readFileSync(join(session.extensionFolder, 'package.json'), 'utf8')) as Manifest;
  const containers = Object.values(manifest.contributes?.viewsContainers ?? {}).flat();
  const groups = Object.entries(manifest.contributes?.views ?? {});

  if (!groups.length) {
    it('shows items in each Press Review view', function () {
      console.log('      skipped: package.json contributes no views yet');
      this.skip();
    });
    return;
  }

  before(openWorkbench);

  for (const [containerId, views] of groups) {
    const title = containers.find((c) => c.id === containerId)?.title ?? (containerId === 'explorer' ? 'Explorer' : containerId);
    for (const view of views.filter((v) => v.type !== 'webview')) {
      it(`shows items in the "${view.name}" view (${title})`, async () => {
        const { page } = session;
        const tab = page.locator('.part.activitybar').getByRole('tab', { name: title }).first();
        if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
        const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view.name }) }).first();
        const header = pane.locator('.pane-header').first();
        if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
        await pane.locator('.pane-body .monaco-list-row').first().waitFor({ timeout: 30_000 });
        // One picture of the container, taken again as each view opens: the last shows them all.
        await screenshot(page, 'views');
      });
    }
  }
});
