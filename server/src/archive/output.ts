// Where an archive run writes: a sink that says when to stop producing (backpressure), so
// that output that cannot be written as fast as it is made never piles up in memory.

import type { Writable } from 'node:stream';

export interface Sink {
  /** Writes a chunk; false when the caller should wait for drained() before writing more. */
  write(chunk: string): boolean;
  drained(): Promise<void>;
  /** Set when the reader went away (a closed pipe): the run stops reading input. */
  readonly closed: boolean;
}

/** A sink over a stream (process.stdout); a closed pipe (EPIPE) ends the run quietly, as `| head` expects. */
export function streamSink(stream: Writable): Sink {
  let closed = false;
  stream.on('error', () => (closed = true));
  return {
    write: (chunk) => !closed && stream.write(chunk),
    drained: () => (closed ? Promise.resolve() : new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('error', done);
        resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    })),
    get closed() {
      return closed;
    },
  };
}

/** A sink that collects the chunks (tests, and the in-process command line). */
export function stringSink(onChunk: (chunk: string) => void): Sink {
  return { write: (chunk) => (onChunk(chunk), true), drained: () => Promise.resolve(), closed: false };
}
