// Lines of a byte stream, as bytes: JSON lines and lists of paths are split before
// decoding, so that one line of invalid UTF-8 spoils that line only.

import * as fs from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import * as zlib from 'node:zlib';

/** Splits a stream on LF (a CR before it is dropped); a last line without LF counts, an empty stream has no line. */
export async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      pending.push(buf.subarray(start, nl));
      yield withoutCr(pending.length === 1 ? pending[0] : Buffer.concat(pending));
      pending = [];
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) yield withoutCr(Buffer.concat(pending));
}

function withoutCr(line: Buffer): Uint8Array {
  // A copy: the chunk it comes from is not kept alive by a line sent to a worker.
  return Uint8Array.prototype.slice.call(line.length && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line);
}

/** The stream with gzip undone when it starts with gzip's magic bytes (1f 8b), else as it is. */
export async function* gunzipIfGzip(stream: Readable): AsyncGenerator<Buffer> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value as Buffer;
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
  };
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = zlib.createGunzip();
    const feed = (async () => {
      for await (const chunk of rest()) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      gunzip.end();
    })();
    feed.catch((e) => gunzip.destroy(e as Error));
    yield* gunzip as AsyncIterable<Buffer>;
  } else yield* rest();
}

/** A JSON-lines file (gzip undone when the name ends in .gz) as a byte stream. */
export function openJsonLines(file: string): Readable {
  const raw = fs.createReadStream(file);
  // pipeline: a read error or broken gzip ends the returned stream with that error.
  return file.toLowerCase().endsWith('.gz') ? pipeline(raw, zlib.createGunzip(), () => undefined) : raw;
}
