// File-system helpers shared by the CLI and the language server (never by the pure
// analysis): reading an article as text, finding articles in folders, and loading
// workspace knowledge files.

import { isUtf8, transcode } from 'node:buffer';
import { type Dirent, type Stats, closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
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

// The BOM is dropped by the decoders (ignoreBOM is false). Made on first use: UTF-8 needs
// none where Buffer can transcode (decodeUtf8), and each costs a converter (0.9 M
// instructions at start).
let utf8: InstanceType<typeof TextDecoder> | undefined;
let utf16le: InstanceType<typeof TextDecoder> | undefined;
let utf16be: InstanceType<typeof TextDecoder> | undefined;

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
function kindOf(stat: Stats): string {
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
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, notText: false, error: describeFileError(e) };
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, notText: false, error: `${kindOf(stat)}, not a regular file: skipped, never read` };
    if (stat.size > maxBytes) return { ok: false, notText: false, error: `too large: ${megabytes(stat.size)} (the limit is ${megabytes(maxBytes)}); not read` };
    // Read no more than the size seen, even if the file grows meanwhile.
    bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = readSync(fd, bytes, filled, stat.size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    bytes = bytes.subarray(0, filled);
  } catch (e) {
    return { ok: false, notText: false, error: describeFileError(e) };
  } finally {
    closeSync(fd);
  }
  try {
    return { ok: true, text: decodeText(bytes) };
  } catch {
    return { ok: false, notText: true, text: bytes.subarray(0, 16).toString('latin1') };
  }
}

/**
 * UTF-8, or UTF-16 when the file starts with its byte order mark (Windows Notepad and
 * Word save "Unicode" text so): editors read it by the mark, and so does this. Throws on
 * bytes that are not valid in the encoding.
 */
function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return plausibleText((utf16le ??= new TextDecoder('utf-16le', { fatal: true })).decode(bytes));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return plausibleText((utf16be ??= new TextDecoder('utf-16be', { fatal: true })).decode(bytes));
  return decodeUtf8(bytes);
}

/**
 * Strict UTF-8, as the fatal decoder reads it, in a fifth of its time: V8's own UTF-8
 * decoder (behind TextDecoder and toString) took 52 µs for a 4.7 KB Arabic article, 0.33 M
 * instructions, against 8 µs and 0.08 M for checking the bytes (isUtf8) and converting them
 * with the converter Buffer's transcode uses (docs/performance-log.md, session 16, the index:
 * 0.26 M instructions an article of an index worker's 6.6 M). Without that converter (a
 * Node built without ICU) the decoder reads it.
 */
function decodeUtf8(bytes: Buffer): string {
  if (typeof transcode !== 'function') return (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  if (!isUtf8(bytes)) throw new Error('not UTF-8');
  const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  // The decoder drops one leading byte order mark (ignoreBOM is false): so does this.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Letters, digits, punctuation, spaces and line breaks: what text is made of. Made on the
 * first UTF-16 file: V8 checks a regular expression literal each time it parses the code
 * around it, and Unicode classes cost it about 5 M instructions a time, at every start of
 * the command line (docs/performance-log.md, session 10).
 */
let textual: RegExp | undefined;

/** The textual characters' pattern, made on first call (test/unit/regexes.test.ts checks it too). */
export function textualPattern(): RegExp {
  return (textual ??= new RegExp(String.raw`[\p{L}\p{M}\p{N}\p{P}\p{Zs}\t\n\r]`, 'gu'));
}

/**
 * Binary data that happens to start with FF FE decodes as UTF-16 into symbols and rare
 * characters; text saved as UTF-16 is made of letters, digits and punctuation, with a
 * space or a line break between words. Throws, as a decoder does on invalid bytes, when
 * under nine tenths of it is so, or it has no space at all (FF FE 00 01 is one letter, Ā).
 */
function plausibleText(text: string): string {
  const count = text.match(textualPattern())?.length ?? 0;
  if (count < 0.9 * text.length || !/[ \t\n\r]/.test(text)) throw new Error('not text');
  return text;
}

/** A path given or found that was not read, and why: it could not be read or listed, or it was left out on purpose (a link out of its folder). */
export interface SkippedInput {
  path: string;
  reason: string;
  code: 'unreadable' | 'skipped';
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
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot list this folder: ${describeFileError(e)}`, code: 'unreadable' });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      // A name whose bytes are not UTF-8 comes back with U+FFFD in it and opens as "no such file".
      if (entry.name.includes('\ufffd') && !namedAsListed(dir, entry.name)) {
        if (entry.isDirectory() || ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) skipped.push({ path: full, reason: 'a name that is not valid UTF-8: cannot be opened by this name; rename it', code: 'unreadable' });
        continue;
      }
      if (entry.isDirectory()) walk(full, root);
      else if (!ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) continue;
      else if (entry.isSymbolicLink()) {
        const problem = linkProblem(full, root);
        if (problem) skipped.push({ path: full, ...problem });
        else files.push(full);
      } else files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(input);
      else skipped.push({ path: input, reason: describeFileError(e), code: 'unreadable' });
      continue;
    }
    if (stat.isDirectory()) walk(input, realpathOr(input));
    else files.push(input);
  }
  return { files, missing, skipped };
}

/** A path given or found that is not analysed, as every output names it: code and message. */
export interface InputFailure {
  path: string;
  code: SkippedInput['code'];
  message: string;
}

/** The inputs expandInputs could not take, each with the message the outputs and stderr give. */
export function inputFailures(missing: string[], skipped: SkippedInput[]): InputFailure[] {
  return [
    ...missing.map((m): InputFailure => ({ path: m, code: 'unreadable', message: `cannot read ${m}: no such file or folder` })),
    ...skipped.map((s): InputFailure => ({ path: s.path, code: s.code, message: `skipped ${s.path}: ${s.reason}` })),
  ];
}

/** Whether a listed name with U+FFFD really is spelled so on disk (and not bytes that are not UTF-8). */
function namedAsListed(dir: string, name: string): boolean {
  try {
    lstatSync(join(dir, name));
    return true;
  } catch {
    return false;
  }
}

const realpathOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** Why a link found in a folder is not followed, or null when it leads to a file inside the folder. */
function linkProblem(link: string, root: string): Omit<SkippedInput, 'path'> | null {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (e) {
    return { reason: `a link that leads nowhere: ${describeFileError(e)}`, code: 'unreadable' };
  }
  const rel = relative(root, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return { reason: `a link to ${target}, outside the folder: not followed`, code: 'skipped' };
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
    files = statSync(target).isDirectory()
      ? readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => join(target, f))
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
