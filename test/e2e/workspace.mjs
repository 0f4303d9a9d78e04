// The folder a reviewer opens in the end-to-end runs: a fresh copy of the seeds, the
// repository's .vscode/settings.json (which maps the seeds to press articles) and the
// small articles written for the tests (test/e2e/articles/). A copy, so a test that edits
// a file never touches the repository.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Makes the folder in a new temporary folder under `parent`; it is named wire-articles. */
export function makeWorkspace(parent = tmpdir()) {
  const dir = join(mkdtempSync(join(parent, 'workspace-')), 'wire-articles');
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, '.vscode', 'settings.json'), join(dir, '.vscode', 'settings.json'));
  cpSync(join(ROOT, 'test', 'e2e', 'articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}
