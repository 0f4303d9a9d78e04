// Which files of the workspace folders are articles: glob matching (picomatch, so that
// `**`, `{a,b}` and character classes mean what they mean in VS Code settings) relative
// to each folder, a walk of the folders that skips dot folders and node_modules, and
// file-URI helpers.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { FileSystemWatcher } from 'vscode-languageserver';
import { decidedByContent } from '../shared/articleFiles';

/** The file URI of a path, spelled as the server spells it everywhere (map keys, answers). */
export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The path of a file URI, or null for other schemes (untitled:, vscode-vfs:, …). */
export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** A client's spelling of a file URI in the server's spelling (e.g. %3A vs :), so lookups agree. */
export function canonicalUri(uri: string): string {
  const p = filePath(uri);
  return p === null ? uri : fileUri(p);
}

export class ArticleMatcher {
  private readonly match: (relative: string) => boolean;

  constructor(
    readonly folders: string[],
    readonly globs: string[],
    /** pressReview.detectArticles: plain text files are articles when their content looks like one. */
    readonly detect = false,
  ) {
    this.match = picomatch(globs.length ? globs : ['!**'], { dot: false });
  }

  /** Whether a file may be an article of one of the workspace folders (named by a glob, or to be read). */
  matches(file: string): boolean {
    return this.named(file) || this.byContent(file);
  }

  /** Whether only the file's content can make it an article: it is read, and skipped unless it looks like one. */
  byContent(file: string): boolean {
    return this.inFolders(file) && decidedByContent(file, this.named(file), this.detect);
  }

  private named(file: string): boolean {
    for (const folder of this.folders) {
      const relative = this.relative(folder, file);
      if (relative !== null && this.match(relative)) return true;
    }
    return false;
  }

  private inFolders(file: string): boolean {
    return this.folders.some((f) => {
      const relative = this.relative(f, file);
      return relative !== null && relative.split('/').every((part) => !part.startsWith('.') && part !== 'node_modules');
    });
  }

  private relative(folder: string, file: string): string | null {
    const relative = path.relative(folder, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative.split(path.sep).join('/');
  }

  /**
   * Every matching file under the folders, found asynchronously (readdir per folder) so
   * the walk never holds up requests. Dot folders and node_modules are skipped.
   */
  async *files(): AsyncGenerator<string> {
    const seen = new Set<string>();
    for (const folder of this.folders) {
      const stack = [folder];
      while (stack.length) {
        const dir = stack.pop()!;
        let entries: fs.Dirent[];
        try {
          entries = await fs.promises.readdir(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subfolders: string[] = [];
        for (const e of entries) {
          if (e.name.startsWith('.') || e.name === 'node_modules') continue;
          const full = path.join(dir, e.name);
          if (e.isDirectory()) subfolders.push(full);
          else if (e.isFile() && !seen.has(full) && this.matches(full)) {
            seen.add(full);
            yield full;
          }
        }
        // Pushed in reverse so the walk visits folders in name order.
        stack.push(...subfolders.reverse());
      }
    }
  }
}

/**
 * File watchers for globs relative to each workspace folder: relative patterns where the
 * client supports them (LSP 3.17), else plain globs that match anywhere.
 */
export function fileWatchers(folders: string[], globs: string[], relativePatterns: boolean): FileSystemWatcher[] {
  return relativePatterns
    ? folders.flatMap((f) => globs.map((pattern) => ({ globPattern: { baseUri: fileUri(f), pattern } })))
    : globs.map((g) => ({ globPattern: g.startsWith('**/') ? g : `**/${g}` }));
}
