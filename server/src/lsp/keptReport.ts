// An article's report as the workspace index keeps it: the public JSON report made once,
// where the article was analysed (a worker thread or the main thread), as deflated UTF-8
// JSON. The views, the quote report and the export read it instead of analysing the
// article again; at about 1.6 KB an article (a quarter of the JSON text, measured on the
// dev set) ten thousand articles keep in 16 MB. zlib is Node's own, so nothing is added.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis } from '../analysis';
import type { JsonReport } from '../protocol';
import { toJsonReport } from '../report/jsonReport';

export type KeptReport = Uint8Array;

/** Level 1: nearly the size of the default level, at a fraction of its time. */
const LEVEL = 1;

/** The report of an analysis, with every finding it raised (settings apply when it is read). */
export function keepReport(file: string, analysis: Analysis): KeptReport {
  // zlib answers with a view into its 16 KB output chunk: copied, the report keeps only its
  // own bytes (and a worker posts only them), not 16 KB an article.
  return new Uint8Array(deflateRawSync(Buffer.from(JSON.stringify(toJsonReport(file, analysis)), 'utf8'), { level: LEVEL }));
}

export function readKeptReport(kept: KeptReport): JsonReport {
  return JSON.parse(inflateRawSync(kept).toString('utf8')) as JsonReport;
}
