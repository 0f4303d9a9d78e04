// An article's report as the workspace index keeps it: the public JSON report made once,
// where the article was analysed (a worker thread or the main thread), as compressed UTF-8
// JSON. The views, the quote report and the export read it instead of analysing the
// article again; at about 3 KB an article (10.5 KB of JSON on the benchmark's folder
// articles) ten thousand articles keep in 30 MB. Brotli at quality 0, Node's own zlib
// module: on those reports quality 1 took 40 % less CPU than deflate at level 1 (100
// against 167 µs an article) for 6 % more bytes, and quality 0 with the size given
// another quarter less than quality 1 (43 against 59 µs, 500 reports) for 1.6 % more
// bytes (3.15 against 3.10 KB); indexing makes one an article.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Analysis, LineIndex } from '../analysis';
import type { JsonReport } from '../protocol';
import { toJsonReport } from '../report/jsonReport';

export type KeptReport = Uint8Array;

/**
 * Quality 0 of 11, the one-pass compressor: a fraction of the default's time; a 256 KB
 * window (larger reports still compress, matching less far back); the size, so that the
 * encoder sizes its tables for a few kilobytes rather than for a stream of any length.
 */
function options(bytes: number): { params: Record<number, number> } {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: bytes } };
}

/** The report of an analysis, with every finding it raised (settings apply when it is read). */
export function keepReport(file: string, analysis: Analysis, lines?: LineIndex): KeptReport {
  // zlib answers with a view into its 16 KB output chunk: copied, the report keeps only its
  // own bytes (and a worker hands over only them), not 16 KB an article.
  return compressReport(JSON.stringify(toJsonReport(file, analysis, undefined, lines)));
}

/** A report's JSON text as the index keeps it. */
export function compressReport(json: string): KeptReport {
  const utf8 = Buffer.from(json, 'utf8');
  return new Uint8Array(brotliCompressSync(utf8, options(utf8.length)));
}

export function readKeptReport(kept: KeptReport): JsonReport {
  return JSON.parse(brotliDecompressSync(kept).toString('utf8')) as JsonReport;
}
