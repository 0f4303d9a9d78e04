// Press Review's extensions to LSP, typed once and shared by the client and the server
// (rust-analyzer's lsp_ext.ts, vscode-eslint's shared protocol): method names, params
// and results. Pure types and constants: no vscode, no LSP library, so both bundles and
// the tests can import it without pulling in the other side.
//
// Positions in requests are LSP positions (0-based line, UTF-16 character). Article data
// travels as the public JSON report (server/src/report/jsonReport.ts: 1-based lines and
// columns), so what the client shows, exports and what the CLI prints are one format.

import type { OrganizationEntry, PersonEntry } from './shared/knowledgeSchema';
import type { JsonReport } from './report/jsonReport';

// The report types the client arranges, so that it imports nothing else of the server.
export type { JsonQuote, JsonReport } from './report/jsonReport';
export type { QuoteKind } from './analysis/types';

/** A request's method with its params and result types attached (no runtime cost). */
export interface RequestDef<P, R> {
  readonly method: string;
  /** Type carriers only; never set. */
  readonly _params?: P;
  readonly _result?: R;
}

const request = <P, R>(method: string): RequestDef<P, R> => ({ method });

export interface TextDocumentPositionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

/**
 * One article as the workbench sees it: the JSON report. A speaker's id is the same for
 * one person in every article (the knowledge id, else the normalized fullest name, or the
 * title, institution or anonymous source it stands for), as in references.
 */
export interface ReviewedArticle {
  /** Document URI (file:// for files on disk). */
  uri: string;
  /** The JSON report; `file` is the file system path for file URIs, else the URI. */
  report: JsonReport;
}

// ── pressReview/articleReport ────────────────────────────────────────────────────────
// The report of one article: the open document's current text when it is open (whatever
// its language), else the report the workspace index kept, else the file read from disk.
// null when it can be none of them.

// A huge article (200,000 quote marks) pages its quotes: `quotes: { offset, limit }` asks
// for quotes[offset, offset + limit) and the answer's `quotePage` says where the next page
// starts. Without it the report holds every quote (their text within the same budget).

export interface ArticleReportParams {
  textDocument: { uri: string };
  /** One page of the quotes, in the article's order; every other field is whole. */
  quotes?: { offset: number; limit: number };
}

/** The most quotes one page holds: a limit above it is taken as this. */
export const MAX_QUOTE_PAGE = 5000;

/** Where a page of quotes sits among all of them. */
export interface QuotePage {
  offset: number;
  /** Quotes in the article. */
  total: number;
  /** The offset of the next page, or null after the last one. */
  next: number | null;
}

export type PagedArticle = ReviewedArticle & { quotePage?: QuotePage };
export const ArticleReportRequest = request<ArticleReportParams, PagedArticle | null>('pressReview/articleReport');

// ── pressReview/folderReport ─────────────────────────────────────────────────────────
// The reports of every article of the server's workspace index under the given folders
// (open documents as edited), once the index has indexed what it found: each article is
// analysed once, by the index, and read from it here. Reports work-done progress when the
// client passes a `workDoneToken`, and honours $/cancelRequest while it waits for the
// index and between files (the answer is then the RequestCancelled error).

export interface FolderReportParams {
  /** Folder URIs (file://) to search for articles. */
  folders: string[];
  /** When given, only these article URIs (under the folders): a refresh. One missing from the answer is no article any more. */
  only?: string[];
  workDoneToken?: string | number;
}

export interface FolderReport {
  articles: ReviewedArticle[];
  /** Files named as articles that could not be read or analysed (the others are still reported). */
  unreadable: { uri: string; reason: string }[];
}
export const FolderReportRequest = request<FolderReportParams, FolderReport>('pressReview/folderReport');

// ── pressReview/reviewsChanged (server → client notification) ──────────────────────
// The reports the client holds are out of date: fetch them again. With `uris`: those
// articles changed in the server's folder model (indexed again, created, deleted, an open
// document analysed); sent only once the client asked for a folder report. Without: what
// every report depends on besides the text changed (pressReview.rules.*,
// statementMinWords, the knowledge files, the workspace folders, a folder's source-line
// convention).

export interface ReviewsChangedParams {
  uris?: string[];
}

/** A notification's method with its params type attached (no runtime cost). */
export interface NotificationDef<P> {
  readonly method: string;
  readonly _params?: P;
}

export const ReviewsChangedNotification: NotificationDef<ReviewsChangedParams> = { method: 'pressReview/reviewsChanged' };

// ── pressReview/entityAt ─────────────────────────────────────────────────────────────
// The organization or speaker under the cursor, with its knowledge entry when it has one
// (for "Open Knowledge Entry" and "Add … to Workspace Knowledge"). null when there is none.

export interface EntityRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface OrganizationAt {
  kind: 'organization';
  /** Knowledge id, or "unknown:<normalized name>". */
  id: string;
  name: string;
  english: string | null;
  acronym: string | null;
  known: boolean;
  /** Distinct forms written in this article (without a leading proclitic). */
  forms: string[];
  range: EntityRange;
  entry: OrganizationEntry | null;
}

export interface SpeakerAt {
  kind: 'speaker';
  id: string;
  name: string;
  /** Other names written in this article (titles left out). */
  names: string[];
  role: string | null;
  roleArabic: string | null;
  speakerKind: 'person' | 'institution' | 'anonymous';
  knowledgeId: string | null;
  range: EntityRange;
  entry: PersonEntry | null;
}

export type EntityAt = OrganizationAt | SpeakerAt;
export const EntityAtRequest = request<TextDocumentPositionParams, EntityAt | null>('pressReview/entityAt');

// ── Initialization options the client sends ──────────────────────────────────────────

export interface PressReviewInitializationOptions {
  /**
   * False in an untrusted workspace (vscode.workspace.isTrusted): the server then uses
   * the built-in knowledge only and ignores `.press-review/*.json`.
   */
  workspaceTrusted?: boolean;
  /** A folder of the user's where the server keeps the V8 code cache of its analysis (node/engine.ts). */
  codeCacheFolder?: string;
}

// ── Semantic tokens ──────────────────────────────────────────────────────────────────
// The legend the server's semantic tokens use and package.json's semanticTokenTypes /
// semanticTokenScopes colour. A quote's kind and attribution travel as modifiers.

export const SEMANTIC_TOKEN_TYPES = ['speaker', 'organization', 'quote', 'cue', 'date'] as const;
// byTitle: a speaker named by a title only (الوزير الروسي); unknown: an organization the
// knowledge does not have.
export const SEMANTIC_TOKEN_MODIFIERS = ['statement', 'term', 'title', 'unattributed', 'byTitle', 'unknown'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];
