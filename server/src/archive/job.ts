// One archive entry from input to its serialized JSON object: read (a file, or one JSON
// line with `id` and `text`), decode, analyse, report. Runs in a worker thread, or in
// the command line's own thread with --jobs 1; never throws: a failure is an error object.

import { configureFindings, type AnalyzeOptions } from '../analysis';
import { analysisEngine } from '../node/engine';
import { readArticle } from '../node/files';
import { REPORT_VERSION, toJsonReport } from '../report/jsonReport';
import type { ArchiveConfig, ArchiveJob, ArchiveJobResult, ErrorCode, ErrorObject } from './types';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The analysis settings of a run, built once per thread. */
export function jobContext(config: ArchiveConfig): { config: ArchiveConfig; options: AnalyzeOptions } {
  return { config, options: { knowledge: analysisEngine().buildKnowledge(config.knowledgeSources), statementMinWords: config.statementMinWords, maxBytes: config.maxBytes, sourceLine: config.sourceLine ?? 'never' } };
}

type Text = { ok: true; text: string; notText: boolean; bytes: number } | { ok: false; code: ErrorCode; message: string; bytes: number };

function textOf(job: ArchiveJob): { file: string; read: Text } {
  if ('file' in job) {
    const read = readArticle(job.file);
    if (read.ok) return { file: job.label, read: { ok: true, text: read.text, notText: false, bytes: Buffer.byteLength(read.text) } };
    if (read.notText) return { file: job.label, read: { ok: true, text: '\u0000', notText: true, bytes: 0 } };
    return { file: job.label, read: { ok: false, code: 'unreadable', message: `cannot read ${job.label}: ${read.error}`, bytes: 0 } };
  }
  if ('failed' in job) return { file: job.label, read: { ok: false, ...job.failed, bytes: 0 } };
  return parseJsonLine(job.jsonLine, job.label);
}

/** A JSON line `{"id": …, "text": …}`; the entry is named by its id, else by its line number (the label). */
function parseJsonLine(bytes: Uint8Array, label: string): { file: string; read: Text } {
  const fail = (code: ErrorCode, message: string, file = label): { file: string; read: Text } => ({ file, read: { ok: false, code, message: `${file}: ${message}`, bytes: bytes.length } });
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) return fail('empty-line', 'empty line (a JSON object with "id" and "text" was expected)');
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    // Invalid UTF-8 cannot hold a JSON object; the line is reported as not text, as a binary file is.
    return { file: label, read: { ok: true, text: '\u0000', notText: true, bytes: 0 } };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail('bad-json', `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('bad-json', 'not a JSON object');
  const { id, text } = value as { id?: unknown; text?: unknown };
  const file = typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : label;
  if (typeof text !== 'string') return fail('no-text', 'no "text" string in the object', file);
  return { file, read: { ok: true, text, notText: false, bytes: bytes.length } };
}

function errorObject(seq: number, file: string, code: ErrorCode, message: string, bytes: number, format: ArchiveConfig['format']): ArchiveJobResult {
  const object: ErrorObject = { version: REPORT_VERSION, file, error: { code, message } };
  return { seq, json: serialize(object, format), status: 'error', bytes, error: message };
}

/** One line for ndjson; for a json array, the element indented as JSON.stringify(array, null, 2) would. */
export function serialize(value: unknown, format: ArchiveConfig['format']): string {
  return format === 'ndjson' ? JSON.stringify(value) : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

export function runJob(job: ArchiveJob, ctx: ReturnType<typeof jobContext>): ArchiveJobResult {
  const { file, read } = textOf(job);
  if (!read.ok) return errorObject(job.seq, file, read.code, read.message, read.bytes, ctx.config.format);
  try {
    // The entry's name may carry its date (…-20180315.txt, an ANT id): titles resolve at that date.
    const analysis = analysisEngine().analyze(read.text, { ...ctx.options, fileName: file });
    if (read.notText) analysis.text = '';
    if (ctx.config.rules) analysis.findings = configureFindings(analysis.findings, ctx.config.rules);
    const report = toJsonReport(file, analysis);
    const status = read.notText || analysis.notText ? 'notText' : analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error') ? 'findings' : 'clean';
    return { seq: job.seq, json: serialize(report, ctx.config.format), status, bytes: read.bytes };
  } catch (e) {
    return errorObject(job.seq, file, 'analysis-failed', `${file}: the analysis failed: ${(e as Error).message}`, read.bytes, ctx.config.format);
  }
}
