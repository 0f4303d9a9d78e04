// The command line's text and SARIF reports and its messages, written straight to the file
// descriptor: the first use of process.stdout or process.stderr builds a stream, which loads
// Node's stream modules (and net and tty for a pipe or a terminal): 30 M instructions when
// stdout is a file, 48 M when it is a pipe, for a one-article run of 1,000 M
// (docs/performance-log.md, session 15). json and ndjson runs keep the stream (backpressure).

import { writeSync } from 'node:fs';

/** Error codes of a descriptor that cannot take a blocking write now (a non-blocking pipe): the stream takes the rest. */
const TRY_AGAIN = new Set(['EAGAIN', 'EWOULDBLOCK']);

/**
 * Writes all of `text` to `fd` (1 or 2), else to `stream()` from where a write could not go on:
 * on Windows (a console wants the stream's conversion) and on a descriptor that is not
 * blocking. A reader that went away (EPIPE, `| head`) ends the output quietly. Never throws
 * for the descriptor's sake.
 */
export function writeDirect(fd: number, text: string, stream: () => NodeJS.WritableStream): void {
  if (process.platform === 'win32') {
    stream().write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (TRY_AGAIN.has(code)) stream().write(bytes.subarray(done));
    // EPIPE and the like: no one reads any more (`| head`), so the rest is not written.
  }
}
