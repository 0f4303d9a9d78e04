// An article's report as the workspace index keeps it: the public JSON report made once,
// where the article was analysed (a worker thread or the main thread), as compressed UTF-8
// JSON. The views, the quote report and the export read it instead of analysing the
// article again; at about 3 KB an article (10.5 KB of JSON on the benchmark's folder
// articles) ten thousand articles keep in 30 MB. Brotli at quality 1, Node's own zlib
// module: on those reports it took 40 % less CPU than deflate at level 1 (100 against
// 167 µs an article) for 6 % more bytes, and indexing makes one an article.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Analysis, LineIndex } from '../analysis';
import type { JsonReport } from '../protocol';
import { toJsonReport } from '../report/jsonReport';

export type KeptReport = Uint8Array;

/** Quality 1 of 11: a fraction of the default's time; a 256 KB window (larger reports still compress, matching less far back). */
const OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_LGWIN]: 18 } };

/** The report of an analysis, with every finding it raised (settings apply when it is read). */
export function keepReport(file: string, analysis: Analysis, lines?: LineIndex): KeptReport {
  // zlib answers with a view into its 16 KB output chunk: copied, the report keeps only its
  // own bytes (and a worker hands over only them), not 16 KB an article.
  return compressReport(JSON.stringify(toJsonReport(file, analysis, undefined, lines)));
}

/** A report's JSON text as the index keeps it. */
export function compressReport(json: string): KeptReport {
  return new Uint8Array(brotliCompressSync(Buffer.from(json, 'utf8'), OPTIONS));
}

export function readKeptReport(kept: KeptReport): JsonReport {
  return JSON.parse(brotliDecompressSync(kept).toString('utf8')) as JsonReport;
}
