// An article's report as the workspace index keeps it: the public JSON report made once,
// where the article was analysed (a worker thread or the main thread), as deflated UTF-8
// JSON. The views, the quote report and the export read it instead of analysing the
// article again; at about 1.6 KB an article (a quarter of the JSON text, measured on the
// dev set) ten thousand articles keep in 16 MB. zlib is Node's own, so nothing is added.
//
// A worker deflates its reports one after another through one zlib stream
// (ReportDeflater): a one-shot deflateRawSync sets up and frees zlib's state for every
// report, which cost about three times the compression of a 10 KB report itself. Each
// report ends with a full flush, which empties the stream's history, so its bytes inflate
// on their own.

import { constants, createDeflateRaw, deflateRawSync, inflateRawSync, type DeflateRaw } from 'node:zlib';
import type { Analysis } from '../analysis';
import type { JsonReport } from '../protocol';
import { toJsonReport } from '../report/jsonReport';

export type KeptReport = Uint8Array;

/** Level 1: nearly the size of the default level, at a fraction of its time. */
const LEVEL = 1;

/** The report of an analysis, with every finding it raised (settings apply when it is read), as UTF-8 JSON. */
export function reportJson(file: string, analysis: Analysis): Uint8Array {
  return Buffer.from(JSON.stringify(toJsonReport(file, analysis)), 'utf8');
}

/** The report of an analysis, deflated here and now (the main thread's indexing, and a worker's fallback). */
export function keepReport(file: string, analysis: Analysis): KeptReport {
  return deflateJson(reportJson(file, analysis));
}

/** UTF-8 JSON deflated in one go. */
export function deflateJson(json: Uint8Array): KeptReport {
  // zlib answers with a view into its 16 KB output chunk: copied, the report keeps only its
  // own bytes (and a worker posts only them), not 16 KB an article.
  return new Uint8Array(deflateRawSync(json, { level: LEVEL }));
}

export function readKeptReport(kept: KeptReport): JsonReport {
  // A report from the stream has no final block: what a sync flush ends with is all of it.
  return JSON.parse(inflateRawSync(kept, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')) as JsonReport;
}

/**
 * Deflates reports in order through one zlib stream (its work runs on libuv's thread
 * pool). A stream that fails is replaced, and the reports it held are rejected: the
 * caller deflates those with deflateJson.
 */
export class ReportDeflater {
  private stream: DeflateRaw | null = null;
  private chunks: Buffer[] = [];

  deflate(json: Uint8Array): Promise<KeptReport> {
    const stream = (this.stream ??= this.open());
    return new Promise((resolve, reject) => {
      const failed = (e: Error): void => reject(e);
      stream.once('error', failed);
      stream.write(json);
      stream.flush(constants.Z_FULL_FLUSH, () => {
        stream.off('error', failed);
        if (this.stream !== stream) return reject(new Error('the report stream failed'));
        // The output of everything written before this flush, and nothing after it: the
        // stream handles one write at a time, and the next one is handed to the thread pool
        // only after this callback.
        const bytes = new Uint8Array(Buffer.concat(this.chunks));
        this.chunks = [];
        // A full flush ends with an empty stored block; anything else is not this report whole.
        if (!endsWithFlushMarker(bytes)) return reject(new Error('the report stream gave an incomplete report'));
        resolve(bytes);
      });
    });
  }

  private open(): DeflateRaw {
    const stream = createDeflateRaw({ level: LEVEL });
    stream.on('data', (c: Buffer) => {
      if (this.stream === stream) this.chunks.push(c);
    });
    stream.on('error', () => {
      if (this.stream !== stream) return;
      this.stream = null;
      this.chunks = [];
    });
    return stream;
  }
}

/** 00 00 FF FF: the empty stored block a sync or full flush ends with (RFC 1951, 3.2.4). */
function endsWithFlushMarker(b: Uint8Array): boolean {
  const n = b.length;
  return n >= 4 && b[n - 4] === 0 && b[n - 3] === 0 && b[n - 2] === 0xff && b[n - 1] === 0xff;
}
