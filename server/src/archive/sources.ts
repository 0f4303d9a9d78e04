// Where the entries of an archive run come from: files and folders (as `analyze` reads
// them), JSON-lines files (.jsonl, .ndjson, gzip when the name ends in .gz), a list of
// paths on stdin, or JSON lines on stdin (gzip recognized by its magic bytes). Entries are
// produced lazily, so a run reads ahead only as far as its workers need.

import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { expandInputs, inputFailures } from '../node/files';
import { byteLines, gunzipIfGzip, openJsonLines } from './lines';
import type { ArchiveEntry } from './types';

export type StdinMode = 'none' | 'paths' | 'jsonl';

/** A JSON-lines archive given as a file (never searched for in folders). */
export const JSON_LINES_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;

export interface Sources {
  /** Entries without their sequence number (the run numbers them). */
  entries: AsyncIterable<ArchiveEntry>;
  /** How many entries, when known before reading (files and folders only). */
  total: number | null;
}

const label = (file: string): string => path.relative(process.cwd(), file) || file;
const lenient = new TextDecoder('utf-8');

export function archiveSources(inputs: string[], stdinMode: StdinMode, stdin: Readable, onStreamError: (source: string, message: string) => void): Sources {
  const { files, missing, skipped } = expandInputs(inputs);
  const articleFiles = files.filter((f) => !JSON_LINES_FILE.test(f));
  const jsonLinesFiles = files.filter((f) => JSON_LINES_FILE.test(f));

  async function* jsonLines(stream: AsyncIterable<Buffer>, name: string): AsyncGenerator<ArchiveEntry> {
    let n = 0;
    try {
      for await (const line of byteLines(stream)) yield { jsonLine: line, label: `${name}:${++n}` };
    } catch (e) {
      // A read error or broken gzip ends this input; the entries read so far stand.
      onStreamError(name, `${(e as Error).message} (after line ${n})`);
    }
  }

  // Inputs that do not exist and folder entries not read (a folder that cannot be listed,
  // a link out of its folder) come first, as error objects: the run goes on.
  const failures = inputFailures(missing, skipped);

  async function* entries(): AsyncGenerator<ArchiveEntry> {
    for (const f of failures) yield { failed: { code: f.code, message: f.message }, label: label(f.path) };
    for (const file of articleFiles) yield { file, label: label(file) };
    for (const file of jsonLinesFiles) yield* jsonLines(openJsonLines(file), label(file));
    if (stdinMode === 'jsonl') yield* jsonLines(gunzipIfGzip(stdin), 'stdin');
    else if (stdinMode === 'paths') {
      let n = 0;
      for await (const line of byteLines(stdin)) {
        n++;
        const file = lenient.decode(line);
        if (file.trim() === '') yield { failed: { code: 'empty-line', message: `stdin:${n}: empty line (a path was expected)` }, label: `stdin:${n}` };
        else yield { file, label: label(file) };
      }
    }
  }

  const total = stdinMode === 'none' && jsonLinesFiles.length === 0 ? failures.length + articleFiles.length : null;
  return { entries: entries(), total };
}
