// Where whole-folder requests get their articles from. The interface is what the custom
// requests need; FileSystemCorpus walks the folders on every call (server/src/node/files.ts,
// the CLI's rules: .txt, .article and .press files, dot folders and node_modules skipped).
// When the workspace index lands, an index-backed corpus replaces it behind the same
// interface and the requests do not change.

import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions } from '../analysis';
import { ARTICLE_EXTENSIONS, expandInputs, readArticle } from '../node/files';
import type { AnalysisCache } from './analysisCache';
import { filePath, fileUri } from './workspaceFiles';

export type CorpusRead = { ok: true; uri: string; file: string; analysis: Analysis } | { ok: false; uri: string; reason: string };

export interface ArticleCorpus {
  /** URIs of the articles under the given folder URIs, sorted by path. */
  articles(folders: string[]): string[];
  /** Whether the URI is an article under one of the folders (the rule `articles` applies). */
  contains(folders: string[], uri: string): boolean;
  /** One article: the open document as edited when it is open, else the file on disk. */
  read(uri: string): CorpusRead;
}

export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export class FileSystemCorpus implements ArticleCorpus {
  constructor(
    private readonly documents: OpenDocuments,
    private readonly cache: AnalysisCache,
    private readonly options: () => AnalyzeOptions,
  ) {}

  articles(folders: string[]): string[] {
    const roots = folders.map(filePath).filter((p): p is string => !!p);
    const open = this.openByPath();
    return expandInputs(roots).files.map((f) => open.get(path.resolve(f))?.uri ?? fileUri(f));
  }

  contains(folders: string[], uri: string): boolean {
    const file = filePath(uri);
    if (!file || !ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase())) return false;
    return folders.some((folder) => {
      const root = filePath(folder);
      if (!root) return false;
      const rel = path.relative(path.resolve(root), path.resolve(file));
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return rel.split(path.sep).every((part) => !part.startsWith('.') && part !== 'node_modules');
    });
  }

  read(uri: string): CorpusRead {
    const file = filePath(uri);
    const doc = this.documents.get(uri) ?? (file ? this.openByPath().get(path.resolve(file)) : undefined);
    if (doc) return { ok: true, uri: doc.uri, file: file ?? doc.uri, analysis: this.cache.get(doc).analysis };
    if (!file) return { ok: false, uri, reason: 'not a file on disk and not open' };
    const read = readArticle(file);
    if (!read.ok && !read.notText) return { ok: false, uri, reason: read.error };
    // Invalid UTF-8 is analysed as binary so that it gets the "not-text" finding, as in the CLI.
    const analysis = analyze(read.ok ? read.text : '\u0000', this.options());
    if (!read.ok) analysis.text = '';
    return { ok: true, uri, file, analysis };
  }

  /** Open documents by file system path: the editor's URI spelling may differ from Node's. */
  private openByPath(): Map<string, TextDocument> {
    const out = new Map<string, TextDocument>();
    for (const d of this.documents.all()) {
      const p = filePath(d.uri);
      if (p) out.set(path.resolve(p), d);
    }
    return out;
  }
}
