// The folder a reviewer opens in the end-to-end runs: a fresh copy of the seeds, the
// repository's .vscode/settings.json (which maps the seeds to press articles), the small
// articles written for the tests (test/e2e/articles/) and, when the shared corpus sits
// beside the checkout, a few real dev articles in dev/ (plain .txt files that no setting
// maps to the article language). A copy, so a test that edits a file never touches the
// repository.
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The shared dev corpus (../shared/corpus/dev beside the checkout), if present. */
export const DEV_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');
/** Real articles with speakers, quotes and findings, opened by the browser checks. */
export const DEV_ARTICLES = ['07_bbc_internationalNews.txt', '17_cnn_internationalNews.txt', '28_f24_middleEast.txt'];

/** Makes the folder in a new temporary folder under `parent`; it is named wire-articles. */
export function makeWorkspace(parent = tmpdir()) {
  const dir = join(mkdtempSync(join(parent, 'workspace-')), 'wire-articles');
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, '.vscode', 'settings.json'), join(dir, '.vscode', 'settings.json'));
  cpSync(join(ROOT, 'test', 'e2e', 'articles'), join(dir, 'articles'), { recursive: true });
  if (existsSync(DEV_CORPUS)) {
    mkdirSync(join(dir, 'dev'));
    for (const f of DEV_ARTICLES) cpSync(join(DEV_CORPUS, f), join(dir, 'dev', f));
  }
  return dir;
}
