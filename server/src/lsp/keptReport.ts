// An article's report as the workspace index keeps it: the public JSON report's values,
// written down where the article was analysed (a worker thread or the main thread) value
// by value from the analysis (reportCodec.ts), compressed. The views, the quote report and the export read it
// instead of analysing the article again; at about 2 KB an article ten thousand articles
// keep in 20 MB. Written so rather than in V8's serialization format (sessions 14-15): that
// cost a worker 0.68 M instructions an article, the codec less (docs/performance-log.md,
// session 16, the index). test/unit/keptReport.test.ts and scripts/dump-reports.ts check
// that a kept report reads back as the JSON report's text parsed, and writes the same text.
//
// Brotli at quality 0, Node's own zlib module: on these reports quality 1 took 40 % less
// CPU than deflate at level 1 for 6 % more bytes, and quality 0 with the size given
// another quarter less than quality 1 for 1.6 % more bytes. The reports of one worker
// message (indexWorkers.ts BATCH, up to 16 articles) are compressed together: each
// compression builds a zlib stream object and a native encoder, which cost a worker as
// much as compressing a report (docs/performance-log.md, session 10), and the reports'
// repeated names compress once.

import type * as Zlib from 'node:zlib';
import type { Analysis, LineIndex } from '../analysis';
import type { JsonReport } from '../protocol';
import { decodeReport, encodeReport } from './reportCodec';

/** A report: the compressed group it was kept in, and where its bytes are in the group decompressed. */
export interface KeptReport {
  group: Uint8Array;
  start: number;
  end: number;
}

/**
 * Quality 0 of 11, the one-pass compressor: a fraction of the default's time; a 256 KB
 * window (larger reports still compress, matching less far back); the size, so that the
 * encoder sizes its tables for a few kilobytes rather than for a stream of any length.
 * One object: the compressor reads it when it starts, so only the size changes.
 */
let options: { params: Record<number, number> } | undefined;

/**
 * node:zlib, required by the first report kept or read: the server's start (to its first
 * diagnostics) keeps none, and loading zlib cost it 6 M instructions (docs/performance-log.md,
 * session 16).
 */
let zlib: typeof Zlib | undefined;
function brotli(): typeof Zlib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() runs when called, an import when the bundle loads
  return (zlib ??= require('node:zlib') as typeof Zlib);
}

/** The report of an analysis, written down (reportCodec.ts), with every finding it raised (settings apply when it is read). */
export function reportBytes(file: string, analysis: Analysis, lines?: LineIndex): Uint8Array {
  return encodeReport(file, analysis, lines);
}

/** Serialized reports (reportBytes) kept as one compressed group. */
export function keepReports(reports: Uint8Array[]): KeptReport[] {
  const bytes = reports.length === 1 ? reports[0] : Buffer.concat(reports);
  const { brotliCompressSync, constants } = brotli();
  options ??= { params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: 0 } };
  options.params[constants.BROTLI_PARAM_SIZE_HINT] = bytes.length;
  // zlib answers with a view into its 16 KB output chunk: copied, the group keeps only its
  // own bytes (and a worker hands over only them), not 16 KB a message.
  const group = new Uint8Array(brotliCompressSync(bytes, options));
  let end = 0;
  return reports.map((r) => ({ group, start: end, end: (end += r.length) }));
}

/** The group read last, decompressed: the views and the export read a folder's reports in the order they were indexed. */
let last: { group: Uint8Array; bytes: Buffer } | null = null;

export function readKeptReport(kept: KeptReport): JsonReport {
  if (last?.group !== kept.group) last = { group: kept.group, bytes: brotli().brotliDecompressSync(kept.group) };
  return decodeReport(last.bytes.subarray(kept.start, kept.end));
}
