// The code cache's folder (codeCache.ts): a cache is code a process will run, so it is kept
// only in a folder of this user's that no one else may write to. A module of its own because
// the command line's first run makes only the folder (node/engine.ts) and need not load
// codeCache.ts and vm.

import { lstatSync, mkdirSync } from 'node:fs';

/** Makes the cache folder (only this user may open it), or says why it cannot hold a cache. */
export function makePrivateFolder(folder: string): string | undefined {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return isPrivateFolder(folder) ? undefined : 'the folder is not private to this user (others may write to it)';
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A cache is code this process will run: it is read only from a folder that belongs to this
 * user and that no one else may write to (the default folder is under the shared temporary
 * folder). Where there are no user ids (Windows), the folder is the user's own.
 */
export function isPrivateFolder(folder: string): boolean {
  const stat = lstatSync(folder);
  if (!stat.isDirectory()) return false;
  if (typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
