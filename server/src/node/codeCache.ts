// Loads a CommonJS file with a V8 code cache kept on disk: the bytecode of the functions a
// previous process compiled, so that a new process neither parses the file nor compiles
// those functions again the first time it runs them. The cache is made at run time by the
// same Node (a cache made at build time would be refused by the editor's own Node), and
// only after a first use (`save()`), so that the functions compiled lazily by that use are
// in it. Anything wrong with the cache (absent, corrupt, refused by V8, unreadable or
// unwritable folder) falls back to compiling the source, as `require` would, in silence.

// Node's functions by name: esbuild's `import * as` copies every property of the module.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isPrivateFolder, makePrivateFolder } from './cacheFolder';
import { checksum } from './checksum';

/** A module loaded through `loadWithCodeCache`. */
export interface CachedModule<T> {
  readonly exports: T;
  /** Whether V8 took the cache on disk (false: the source was compiled). */
  readonly cacheAccepted: boolean;
  /** The cache file (in the folder given to `loadWithCodeCache`). */
  readonly cacheFile: string;
  /**
   * Writes the code cache of what has been compiled so far, unless V8 took the one on disk
   * (then it already holds it). Returns whether a cache was written; never throws.
   */
  save(): boolean;
  /** Why the last save() wrote nothing though it should have (the folder cannot be made or written, or others may write to it). */
  readonly saveProblem: string | undefined;
}

/**
 * Node's CommonJS loader, the class of every CommonJS module: `require('node:module')` gives
 * the same class but also loads Node's ES module loader and source maps (4.6 M instructions,
 * 0.5 % of the command line's run).
 */
const CommonJs = module.constructor as unknown as { createRequire(file: string): NodeJS.Require; wrap(source: string): string };

/** The checksum in front of the cache (V8 checks a cache's header, not all its bytes): checksum.ts's 16 hex digits. */
const CHECKSUM_BYTES = 16;

/**
 * Loads `file` as CommonJS with the code cache kept in `folder`, or returns undefined when
 * the source cannot be read (the caller then requires it the ordinary way).
 */
export function loadWithCodeCache<T>(file: string, folder: string): CachedModule<T> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // Named by the source and by what else V8 checks (its version, the CPU, Node's and V8's
  // flags): a new build replaces its older caches, another Node or other flags keep theirs.
  const sourceKey = checksum(bytes);
  const runtimeKey = checksum(Buffer.from(`${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`)).slice(0, 8);
  const cacheFile = join(folder, `${basename(file, '.js')}-${sourceKey}-${runtimeKey}.v8cache`);
  const cachedData = readCache(cacheFile, folder);
  const script = new Script(CommonJs.wrap(bytes.toString('utf8')), { filename: file, cachedData });
  const cacheAccepted = cachedData !== undefined && !script.cachedDataRejected;

  const loaded = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(loaded.exports, loaded.exports, CommonJs.createRequire(file), loaded, file, dirname(file));

  let saved = cacheAccepted;
  let saveProblem: string | undefined;
  return {
    exports: loaded.exports,
    cacheAccepted,
    cacheFile,
    save(): boolean {
      if (saved) return false;
      saved = true;
      saveProblem = writeCache(cacheFile, folder, script.createCachedData());
      return saveProblem === undefined;
    },
    get saveProblem() {
      return saveProblem;
    },
  };
}

/** The cache's bytes if the file is there, whole, and in a folder only this user can write. */
function readCache(cacheFile: string, folder: string): Buffer | undefined {
  try {
    // Looked for first: a missing file (the run that writes the cache) would throw, and an
    // error from fs costs more than the look.
    if (!isPrivateFolder(folder) || !existsSync(cacheFile)) return undefined;
    const stored = readFileSync(cacheFile);
    const data = stored.subarray(CHECKSUM_BYTES);
    if (stored.length <= CHECKSUM_BYTES || checksum(data) !== stored.toString('latin1', 0, CHECKSUM_BYTES)) return undefined;
    return data;
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all (a temporary file renamed), in a private folder; else says why not. */
function writeCache(cacheFile: string, folder: string, data: Buffer): string | undefined {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    const problem = makePrivateFolder(folder);
    if (problem) return problem;
    // The checksum, then the cache, each written as it is (not concatenated first: 0.9 M instructions less than writeFileSync of both).
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, checksum(data), null, 'latin1');
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, cacheFile);
    removeOtherCaches(cacheFile);
    return undefined;
  } catch (e) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to clean.
    }
    return (e as Error).message;
  }
}

/** The caches of earlier builds of the same file would only take room (those of this build for another Node stay). */
function removeOtherCaches(cacheFile: string): void {
  const folder = dirname(cacheFile);
  const [, base, sourceKey] = /^(.*)-([0-9a-f]+)-[0-9a-f]+\.v8cache$/.exec(basename(cacheFile)) ?? [];
  if (!base) return;
  try {
    for (const name of readdirSync(folder)) {
      if (name.startsWith(`${base}-`) && name.endsWith('.v8cache') && !name.startsWith(`${base}-${sourceKey}-`)) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // Left for the next save.
  }
}
