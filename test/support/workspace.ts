// Temporary workspace folders for protocol tests: a few article files on disk, written,
// changed and deleted as a person would, removed afterwards.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './article';

/**
 * A workspace organization the built-in knowledge does not have, so that finding it proves
 * the workspace's knowledge file was read (an entry written for the tests, no real body).
 */
export const PRESS_FRIENDS_LEAGUE = {
  id: 'test-press-friends',
  arabic: ['رابطة أصدقاء الصحافة'],
  english: 'Friends of the Press League',
  acronym: 'FPL',
  type: 'association (an entry written for this test)',
  asOf: '2026-01-01',
};

export class TempWorkspace {
  readonly root: string;

  constructor(files: Record<string, string> = {}) {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-ws-')));
    for (const [rel, text] of Object.entries(files)) this.write(rel, text);
  }

  path(rel: string): string {
    return path.join(this.root, rel);
  }

  uri(rel: string): string {
    return pathToFileURL(this.path(rel)).toString();
  }

  write(rel: string, text: string): string {
    const file = this.path(rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  remove(rel: string): string {
    const file = this.path(rel);
    fs.rmSync(file, { force: true });
    return file;
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** A seed's text, for copying into a workspace. */
export function seedText(prefix: string): string {
  const file = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
}
