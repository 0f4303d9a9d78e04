// The messages between an archive run and its workers, and what a run reports.

import type { KnowledgeSource, RuleSettings } from '../analysis';

/** One entry of an archive: a file to read, or one line of a JSON-lines stream (raw bytes). */
export type ArchiveEntry =
  | { file: string; label: string }
  | { jsonLine: Uint8Array; label: string }
  /** An entry the input already shows to be broken (an empty line in a list of paths). */
  | { failed: { code: ErrorCode; message: string }; label: string };

/** An entry numbered in input order. */
export type ArchiveJob = ArchiveEntry & { seq: number };

/** How an entry ended: analysed (with or without warnings), not text, or an error object. */
export type EntryStatus = 'clean' | 'findings' | 'notText' | 'error';

export interface ArchiveJobResult {
  seq: number;
  /** The entry's JSON object, serialized (one line for ndjson, indented for a json array). */
  json: string;
  status: EntryStatus;
  /** Bytes of text read for the entry (for throughput). */
  bytes: number;
  /** For an error object: the message, also said on stderr. */
  error?: string;
}

export type ArchiveFormat = 'ndjson' | 'json';

/** What every worker needs to analyse as the command line does. */
export interface ArchiveConfig {
  format: ArchiveFormat;
  knowledgeSources: KnowledgeSource[];
  statementMinWords?: number;
  /** Larger texts (UTF-8 bytes) get the analysis's too-large report instead of an analysis. */
  maxBytes?: number;
  /** Rule severities (--rule): a rule set to off leaves every report. */
  rules?: RuleSettings;
  /** Whether a missing source line is a finding (a stream cannot read a folder's convention first). */
  sourceLine?: 'always' | 'never';
}

/** The object an entry that cannot be read or analysed gets instead of its report. */
export interface ErrorObject {
  version: number;
  file: string;
  error: { code: ErrorCode; message: string };
}

/** `skipped`: left out on purpose (a link out of its folder); `unreadable`: missing, not listable, not a regular file, too large, or failed to read. */
export type ErrorCode = 'unreadable' | 'skipped' | 'empty-line' | 'bad-json' | 'no-text' | 'analysis-failed' | 'worker-died';

/** The last line of an ndjson run. */
export interface RunSummary {
  summary: {
    entries: number;
    clean: number;
    withFindings: number;
    notText: number;
    errors: number;
    /** Megabytes (10^6 bytes) of article text read. */
    megabytes: number;
    seconds: number;
    articlesPerSecond: number;
    jobs: number;
    ordered: boolean;
  };
}
