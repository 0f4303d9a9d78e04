// Where the custom requests get articles from: the workspace index (the folder model) and
// the open documents. A folder's articles are the index's; an article's report is its open
// document's live analysis when it is open, else the report the index kept when it
// analysed the file. Nothing here walks the disk: only a file the index does not hold (the
// index is off, or the file lies outside the workspace folders) is read and analysed, for
// the one request that names it.

import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeOptions, RuleSettings, SourceLineExpectation } from '../analysis';
import { analysisEngine } from '../node/engine';
import { readArticle } from '../node/files';
import type { ReviewedArticle } from '../protocol';
import { reviewReport, toReviewedArticle } from '../report/reviewedArticle';
import type { AnalysisCache } from './analysisCache';
import type { AnalysisTally } from './analysisTally';
import type { ArticleIndex } from './workspaceIndex';
import { canonicalUri, filePath } from './workspaceFiles';

export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export interface ArticleReviewsDeps {
  index: ArticleIndex;
  documents: OpenDocuments;
  cache: AnalysisCache;
  /** pressReview.rules.* as they are now. */
  rules: () => RuleSettings;
  /** The source-line convention of the article's folder (sourceLineConvention.ts). */
  sourceLine: (uri: string) => SourceLineExpectation;
  /** Options for analysing a file the index does not hold. */
  analyzeOptions: (uri: string) => AnalyzeOptions;
  tally?: AnalysisTally;
}

export type ArticleRead = { ok: true; article: ReviewedArticle } | { ok: false; reason: string };

export class ArticleReviews {
  constructor(private readonly deps: ArticleReviewsDeps) {}

  /** The indexed articles under the folder URIs (all of them, or those of `only`), sorted by path. */
  articles(folders: string[], only?: string[]): string[] {
    const roots = folders.map(filePath).filter((p): p is string => !!p);
    const wanted = only && new Set(only.map(canonicalUri));
    const out: { uri: string; file: string }[] = [];
    for (const a of this.deps.index.articles()) {
      const file = filePath(a.uri);
      if (!file || (wanted && !wanted.has(a.uri)) || !roots.some((r) => isInside(r, file))) continue;
      out.push({ uri: a.uri, file });
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((a) => a.uri);
  }

  /** Files under the folders the index could not read, and why. */
  unreadable(folders: string[], only?: string[]): { uri: string; reason: string }[] {
    const roots = folders.map(filePath).filter((p): p is string => !!p);
    const wanted = only && new Set(only.map(canonicalUri));
    const out: { uri: string; reason: string }[] = [];
    for (const [uri, reason] of this.deps.index.unreadable()) {
      const file = filePath(uri);
      if (file && (!wanted || wanted.has(uri)) && roots.some((r) => isInside(r, file))) out.push({ uri, reason });
    }
    return out;
  }

  /** One article's report: the open document as edited, else the index's, else the file read now. */
  read(uri: string): ArticleRead {
    const key = canonicalUri(uri);
    const settings = { rules: this.deps.rules(), sourceLine: this.deps.sourceLine(key) };
    const doc = this.openDocument(uri);
    const file = filePath(key) ?? uri;
    if (doc) return { ok: true, article: toReviewedArticle(doc.uri, file, this.deps.cache.get(doc).analysis, settings) };
    const kept = this.deps.index.report(key);
    if (kept) return { ok: true, article: reviewReport(key, kept, settings) };
    const analysis = this.analyseFromDisk(key);
    return analysis.ok ? { ok: true, article: toReviewedArticle(key, file, analysis.analysis, settings) } : analysis;
  }

  /** An article's analysis, for the entity under the cursor: the open document's, else the file's. */
  analysis(uri: string): Analysis | null {
    const doc = this.openDocument(uri);
    if (doc) return this.deps.cache.get(doc).analysis;
    const read = this.analyseFromDisk(canonicalUri(uri));
    return read.ok ? read.analysis : null;
  }

  private analyseFromDisk(uri: string): { ok: true; analysis: Analysis } | { ok: false; reason: string } {
    const file = filePath(uri);
    if (!file) return { ok: false, reason: 'not a file on disk and not open' };
    const read = readArticle(file);
    if (!read.ok && !read.notText) return { ok: false, reason: read.error };
    // Invalid UTF-8 is analysed as binary so that it gets the "not-text" finding, as in the CLI.
    this.deps.tally?.add(uri);
    const analysis = analysisEngine().analyze(read.ok ? read.text : '\u0000', this.deps.analyzeOptions(uri));
    if (!read.ok) analysis.text = '';
    return { ok: true, analysis };
  }

  /** The open document of a URI, whatever the spelling of either (the editor's may differ from Node's). */
  private openDocument(uri: string): TextDocument | undefined {
    const direct = this.deps.documents.get(uri);
    if (direct) return direct;
    const key = canonicalUri(uri);
    return this.deps.documents.all().find((d) => canonicalUri(d.uri) === key);
  }
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}
