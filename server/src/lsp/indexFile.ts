// What indexing one file does, on whichever thread runs it: skip it when too large or
// unreadable, otherwise analyse it and keep its summary and its report (keptReport.ts).
// A worker analyses the files of one message first and keeps their reports together
// (keepAll); the main thread keeps each file's report alone (indexFile).

import * as fs from 'node:fs';
import { LineIndex, type Analysis } from '../analysis';
import { looksLikeArticle } from '../shared/articleShape';
import { readArticle } from '../node/files';
import { StringPool, summarize, type ArticleSummary } from './articleSummary';
import { keepReports, reportBytes, type KeptReport } from './keptReport';
import { fileUri } from './workspaceFiles';

/** `Report`: the kept report, or its serialized bytes before it is kept (analyzeFile). */
export type IndexedFile<Report = KeptReport> =
  | { kind: 'summary'; summary: ArticleSummary; report: Report }
  /**
   * Too large, gone, not text, or a text file that does not look like an article: the
   * index forgets the file. `unreadable` says why a file named as an article was not read.
   */
  | { kind: 'skipped'; unreadable?: string }
  /** Reading or analysing it threw: logged, and the index forgets the file. */
  | { kind: 'failed'; message: string }
  /** The worker stopped before answering: the file is to be indexed elsewhere. */
  | { kind: 'lost'; message: string };

/**
 * `byContent`: the file is an article only if its text looks like one (../articleFiles.ts).
 * `uri`: the file's URI when the caller has it (a worker is sent it: making one costs a
 * worker 1.5 % of its time).
 */
export function indexFile(file: string, maxBytes: number, analyze: (text: string) => Analysis, pool: StringPool, byContent = false, uri = fileUri(file)): IndexedFile {
  return keepAll([analyzeFile(file, maxBytes, analyze, pool, byContent, uri)])[0];
}

/** indexFile with the report serialized, to be kept with others (keepAll). */
export function analyzeFile(file: string, maxBytes: number, analyze: (text: string) => Analysis, pool: StringPool, byContent = false, uri = fileUri(file)): IndexedFile<Uint8Array> {
  // Checks the size before reading and reads only regular files (never a pipe or a device).
  const read = readArticle(file, maxBytes);
  if (!read.ok) {
    // A file that only its content could make an article is none; a deleted one is no news.
    if (byContent || (!read.notText && !fs.existsSync(file))) return { kind: 'skipped' };
    return { kind: 'skipped', unreadable: read.notText ? 'not UTF-8 text' : read.error };
  }
  if (byContent && !looksLikeArticle(read.text)) return { kind: 'skipped' };
  try {
    const analysis = analyze(read.text);
    const lines = new LineIndex(read.text);
    // One line index for both (the report's is of the analysed text: the same string unless the analysis cut it).
    return { kind: 'summary', summary: summarize(uri, analysis, lines, pool), report: reportBytes(file, analysis, analysis.text === read.text ? lines : undefined) };
  } catch (e) {
    return { kind: 'failed', message: (e as Error).message };
  }
}

/** The same results with the reports among them kept as one compressed group. */
export function keepAll(files: IndexedFile<Uint8Array>[]): IndexedFile[] {
  const reports: Uint8Array[] = [];
  for (const f of files) if (f.kind === 'summary') reports.push(f.report);
  if (!reports.length) return files as IndexedFile[];
  const kept = keepReports(reports);
  let next = 0;
  return files.map((f) => (f.kind === 'summary' ? { kind: 'summary', summary: f.summary, report: kept[next++] } : f));
}

/**
 * The buffers a worker can hand over instead of copying: the kept reports' group and the summary's
 * ranges (one buffer an article: articleSummary.ts packAll). The worker never reads them again.
 */
export function transferList(indexed: IndexedFile, into: Set<ArrayBuffer>): void {
  if (indexed.kind !== 'summary') return;
  into.add(indexed.report.group.buffer as ArrayBuffer);
  for (const p of indexed.summary.speakers) into.add(p.mentions.buffer as ArrayBuffer);
  for (const o of indexed.summary.organizations) into.add(o.mentions.buffer as ArrayBuffer);
}

/** The same summary with its strings taken from `pool` (a summary that crossed threads has fresh copies). */
export function repool(s: ArticleSummary, pool: StringPool): ArticleSummary {
  return {
    ...s,
    uri: pool.get(s.uri),
    title: pool.get(s.title),
    speakers: s.speakers.map((p) => ({ ...p, id: pool.get(p.id), name: pool.get(p.name), aliases: p.aliases.map((a) => pool.get(a)), role: pool.get(p.role), searchKey: pool.get(p.searchKey) })),
    organizations: s.organizations.map((o) => ({
      ...o,
      id: pool.get(o.id),
      name: pool.get(o.name),
      english: pool.get(o.english),
      acronym: pool.get(o.acronym),
      searchKey: pool.get(o.searchKey),
    })),
  };
}
