// Handlers of Press Review's custom requests (types in ../protocol.ts): the whole-article
// and whole-folder data the client's views, report, export and status bar show, and the
// organization or speaker under the cursor. The analysis stays here; the client only
// arranges what it is given. Registered by one call in server.ts.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { requireRunning } from './lifecycle';
import { builtinKnowledge, type Analysis, type AnalyzeOptions, type Knowledge, type RuleSettings } from '../analysis';
import {
  ArticleReportRequest,
  EntityAtRequest,
  FolderReportRequest,
  type EntityAt,
  type FolderReport,
  type ArticleReportParams,
  type FolderReportParams,
  type PagedArticle,
  type RequestDef,
  type TextDocumentPositionParams,
} from '../protocol';
import { toPagedArticle, toReviewedArticle } from '../report/reviewedArticle';
import type { AnalysisCache } from './analysisCache';
import { FileSystemCorpus, type ArticleCorpus, type OpenDocuments } from './articleCorpus';
import { Converter } from './convert';

export interface CustomRequestDeps {
  documents: OpenDocuments;
  cache: AnalysisCache;
  /** The options the server analyses with (its current knowledge and settings). */
  analyzeOptions: () => AnalyzeOptions;
  /** The pressReview.rules.* settings: the reports carry findings as they make them. */
  rules: () => RuleSettings;
  /** Where folder requests find articles; walks the folders when not given. */
  corpus?: ArticleCorpus;
}

export function registerCustomRequests(connection: Connection, deps: CustomRequestDeps): void {
  const corpus = deps.corpus ?? new FileSystemCorpus(deps.documents, deps.cache, deps.analyzeOptions);
  const knowledge = (): Knowledge => deps.analyzeOptions().knowledge ?? builtinKnowledge();
  const on = <P, R>(def: RequestDef<P, R>, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>): void => {
    connection.onRequest(def.method, async (params: P, token: CancellationToken) => {
      requireRunning();
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`press-review: ${def.method} failed: ${(e as Error).stack ?? String(e)}`);
        return fallback;
      }
    });
  };

  on(ArticleReportRequest, null, (params) => articleReport(corpus, params.textDocument.uri, deps.rules(), quotePageOf(params)));
  on(FolderReportRequest, { articles: [], unreadable: [] }, (params, token) => folderReport(connection, corpus, params, token, deps.rules()));
  on(EntityAtRequest, null, (params) => entityAt(corpus, knowledge(), params));
}

export function articleReport(corpus: ArticleCorpus, uri: string, rules: RuleSettings = {}, page?: { offset: number; limit: number }): PagedArticle | null {
  const read = corpus.read(uri);
  if (!read.ok) return null;
  return page ? toPagedArticle(read.uri, read.file, read.analysis, page, rules) : toReviewedArticle(read.uri, read.file, read.analysis, rules);
}

/** The page of quotes a request asks for; a page that is not two whole numbers (limit 1 or more) is refused. */
function quotePageOf(params: ArticleReportParams): { offset: number; limit: number } | undefined {
  const page: unknown = params.quotes;
  if (page === undefined || page === null) return undefined;
  const { offset, limit } = page as { offset?: unknown; limit?: unknown };
  const whole = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;
  if (typeof page !== 'object' || !whole(offset, 0) || !whole(limit, 1)) throw new ResponseError(ErrorCodes.InvalidParams, '"quotes" must be { offset: a whole number of 0 or more, limit: a whole number of 1 or more }.');
  return { offset, limit };
}

/** Lets queued messages ($/cancelRequest, hovers of the open file) run between articles. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function folderReport(connection: Connection, corpus: ArticleCorpus, params: FolderReportParams, token: CancellationToken, rules: RuleSettings = {}): Promise<FolderReport> {
  const uris = params.only ? params.only.filter((u) => corpus.contains(params.folders, u)) : corpus.articles(params.folders);
  const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
  progress.begin('Press Review: analysing articles', 0, `0/${uris.length}`, false);
  const out: FolderReport = { articles: [], unreadable: [] };
  let reported = 0;
  try {
    for (let i = 0; i < uris.length; i++) {
      await yieldToEventLoop();
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The folder analysis was cancelled.');
      const read = corpus.read(uris[i]);
      if (read.ok) out.articles.push(toReviewedArticle(read.uri, read.file, read.analysis, rules));
      else out.unreadable.push({ uri: read.uri, reason: read.reason });
      const percentage = Math.floor(((i + 1) * 100) / uris.length);
      if (percentage > reported) {
        reported = percentage;
        progress.report(percentage, `${i + 1}/${uris.length}`);
      }
    }
  } finally {
    progress.done();
  }
  return out;
}

const inside = (offset: number, s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;

export function entityAt(corpus: ArticleCorpus, knowledge: Knowledge, params: TextDocumentPositionParams): EntityAt | null {
  const read = corpus.read(params.textDocument.uri);
  if (!read.ok) return null;
  return entityAtOffset(read.analysis, knowledge, params.position);
}

/** The organization or speaker mention under a position; organizations first, as in hovers. */
export function entityAtOffset(a: Analysis, knowledge: Knowledge, position: { line: number; character: number }): EntityAt | null {
  const convert = new Converter(a.text);
  const offset = convert.offset(position);
  for (const o of a.organizations) {
    const m = o.mentions.find((x) => inside(offset, x));
    if (!m) continue;
    return {
      kind: 'organization',
      id: o.id,
      name: o.name,
      english: o.english,
      acronym: o.acronym,
      known: o.known,
      forms: [...new Set(o.mentions.map((x) => x.form))],
      range: convert.range(m),
      entry: knowledge.organizations.get(o.id) ?? null,
    };
  }
  for (const s of a.speakers) {
    const m = s.mentions.find((x) => inside(offset, x));
    if (!m) continue;
    const names = [...new Set(s.mentions.filter((x) => x.via === 'name').map((x) => x.text))].filter((n) => n !== s.name);
    return {
      kind: 'speaker',
      id: s.id,
      name: s.name,
      names,
      role: s.role,
      roleArabic: s.roleArabic,
      speakerKind: s.kind,
      knowledgeId: s.knowledgeId,
      range: convert.range(m),
      entry: s.knowledgeId ? (knowledge.people.get(s.knowledgeId) ?? null) : null,
    };
  }
  return null;
}
