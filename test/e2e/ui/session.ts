// What the browser checks share, filled in by test/e2e/run.mjs before mocha runs them.

import type { Page } from 'playwright-core';

export interface Session {
  page: Page;
  /** code-server's base URL. */
  url: string;
  /** The workspace folder (test/e2e/workspace.mjs). */
  workspace: string;
  /** The installed extension's folder (its package.json is the manifest that runs). */
  extensionFolder: string;
  /** Where screenshots go (test-results/e2e). */
  screenshots: string;
}

export const session = {} as Session;
