// File-system helpers shared by the CLI and the language server (never by the pure
// analysis): reading an article as text, finding articles in folders, and loading
// workspace knowledge files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeSource } from '../analysis';
import { CANDIDATE_EXTENSIONS } from '../shared/articleFiles';

/** Files a folder given to the CLI expands into (../articleFiles.ts: any candidate). */
export const ARTICLE_EXTENSIONS = CANDIDATE_EXTENSIONS;

export type ReadResult = { ok: true; text: string } | { ok: false; notText: true; text: string } | { ok: false; notText: false; error: string };

/**
 * The largest article read, in bytes: past it a file is reported, not read. The command
 * line analyses a 50 MB article in about 1.4 GB of memory; far larger ones would run out
 * of memory or past the longest string the engine can hold, losing every other file.
 */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** What a file system error means for a reader, in words. */
export function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ENXIO':
      return 'not a regular file (a socket or a device with nothing behind it): skipped, never read';
    default:
      return (e as Error).message;
  }
}

/** What kind of thing a non-regular file is, for the message that skips it. */
function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a file as UTF-8 text (BOM dropped, as editors do); invalid UTF-8 is "not text".
 * Only a regular file is read, after links are followed: a named pipe, a device or a
 * socket is reported and never read (one would block for ever, another never end), and
 * the size is checked before reading. Opening does not block on a named pipe.
 */
export function readArticle(file: string, maxBytes = MAX_ARTICLE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, notText: false, error: describeFileError(e) };
  }
  let bytes: Buffer;
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, notText: false, error: `${kindOf(stat)}, not a regular file: skipped, never read` };
    if (stat.size > maxBytes) return { ok: false, notText: false, error: `too large: ${megabytes(stat.size)} (the limit is ${megabytes(maxBytes)}); not read` };
    // Read no more than the size seen, even if the file grows meanwhile.
    bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = fs.readSync(fd, bytes, filled, stat.size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    bytes = bytes.subarray(0, filled);
  } catch (e) {
    return { ok: false, notText: false, error: describeFileError(e) };
  } finally {
    fs.closeSync(fd);
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, notText: true, text: bytes.subarray(0, 16).toString('latin1') };
  }
}

/** A path given or found that was not read, and why. */
export interface SkippedInput {
  path: string;
  reason: string;
}

/**
 * Expands folders into the article files they hold (recursively), sorted; files stay as
 * given. In a folder, a link is followed only to a regular file inside that folder, and a
 * subfolder that cannot be listed is reported in `skipped` while the rest is searched.
 */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[]; skipped: SkippedInput[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedInput[] = [];
  const walk = (dir: string, root: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot list this folder: ${describeFileError(e)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, root);
      else if (!ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
      else if (entry.isSymbolicLink()) {
        const reason = linkProblem(full, root);
        if (reason) skipped.push({ path: full, reason });
        else files.push(full);
      } else files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(input);
      else skipped.push({ path: input, reason: describeFileError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(input, realpathOr(input));
    else files.push(input);
  }
  return { files, missing, skipped };
}

const realpathOr = (p: string): string => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** Why a link found in a folder is not followed, or null when it leads to a file inside the folder. */
function linkProblem(link: string, root: string): string | null {
  let target: string;
  try {
    target = fs.realpathSync(link);
  } catch (e) {
    return `a link that leads nowhere: ${describeFileError(e)}`;
  }
  const rel = path.relative(root, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return `a link to ${target}, outside the folder: not followed`;
  return null;
}

/** The largest knowledge file read (the built-in ones together are under 1 MB). */
export const MAX_KNOWLEDGE_BYTES = 16 * 1024 * 1024;

/** Loads knowledge JSON files from a file or a folder; broken JSON becomes a source with the parse error. */
export function loadKnowledgeFiles(target: string): { sources: KnowledgeSource[]; errors: { source: string; message: string }[] } {
  const sources: KnowledgeSource[] = [];
  const errors: { source: string; message: string }[] = [];
  let files: string[] = [];
  try {
    files = fs.statSync(target).isDirectory()
      ? fs.readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(target, f))
      : [target];
  } catch {
    return { sources, errors };
  }
  for (const file of files) {
    // Read as an article is: a named pipe or a device in the folder is reported, never read.
    const read = readArticle(file, MAX_KNOWLEDGE_BYTES);
    if (!read.ok) {
      errors.push({ source: file, message: read.notText ? 'not UTF-8 text' : `cannot read: ${read.error}` });
      continue;
    }
    try {
      sources.push({ source: file, data: JSON.parse(read.text) });
    } catch (e) {
      errors.push({ source: file, message: `not valid JSON: ${(e as Error).message}` });
    }
  }
  return { sources, errors };
}
