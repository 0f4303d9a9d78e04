// An article's report as the workspace index keeps it: the public JSON report made once,
// where the article was analysed (a worker thread or the main thread), as compressed UTF-8
// JSON. The views, the quote report and the export read it instead of analysing the
// article again; at about 3 KB an article (10.5 KB of JSON on the benchmark's folder
// articles) ten thousand articles keep in 30 MB. Brotli at quality 0, Node's own zlib
// module: on those reports quality 1 took 40 % less CPU than deflate at level 1 (100
// against 167 µs an article) for 6 % more bytes, and quality 0 with the size given
// another quarter less than quality 1 (43 against 59 µs, 500 reports) for 1.6 % more
// bytes (3.15 against 3.10 KB).
//
// The reports of one worker message (indexWorkers.ts BATCH, up to four articles) are
// compressed together, one JSON text a line: each compression builds a zlib stream
// object and a native encoder, which cost a worker as much as compressing a report
// (docs/performance.md, session 10), and the reports' repeated keys compress once.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Analysis, LineIndex } from '../analysis';
import type { JsonReport } from '../protocol';
import { toJsonReport } from '../report/jsonReport';

/** A report: the compressed group it was kept in, and which of the group's lines is its JSON. */
export interface KeptReport {
  group: Uint8Array;
  line: number;
}

/**
 * Quality 0 of 11, the one-pass compressor: a fraction of the default's time; a 256 KB
 * window (larger reports still compress, matching less far back); the size, so that the
 * encoder sizes its tables for a few kilobytes rather than for a stream of any length.
 * One object: the compressor reads it when it starts, so only the size changes.
 */
const OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: 0 } };

/** The report of an analysis as JSON text, with every finding it raised (settings apply when it is read). */
export function reportJson(file: string, analysis: Analysis, lines?: LineIndex): string {
  // JSON.stringify writes no line break outside a string and escapes those inside: one report is one line.
  return JSON.stringify(toJsonReport(file, analysis, undefined, lines));
}

/** Reports' JSON texts (reportJson) kept as one compressed group. */
export function keepReports(jsons: string[]): KeptReport[] {
  const utf8 = Buffer.from(jsons.join('\n'), 'utf8');
  OPTIONS.params[constants.BROTLI_PARAM_SIZE_HINT] = utf8.length;
  // zlib answers with a view into its 16 KB output chunk: copied, the group keeps only its
  // own bytes (and a worker hands over only them), not 16 KB a message.
  const group = new Uint8Array(brotliCompressSync(utf8, OPTIONS));
  return jsons.map((_, line) => ({ group, line }));
}

/** The group read last, decompressed: the views and the export read a folder's reports in the order they were indexed. */
let last: { group: Uint8Array; text: Buffer } | null = null;

export function readKeptReport(kept: KeptReport): JsonReport {
  if (last?.group !== kept.group) last = { group: kept.group, text: brotliDecompressSync(kept.group) };
  const text = last.text;
  let start = 0;
  for (let i = 0; i < kept.line; i++) start = text.indexOf(10, start) + 1;
  const end = text.indexOf(10, start);
  return JSON.parse(text.toString('utf8', start, end < 0 ? text.length : end)) as JsonReport;
}
