// An archive run: entries from their sources, analysed by a JobRunner, written one by one
// as JSON lines (ndjson, then a summary line) or as the elements of one JSON array. Input
// is read only as far ahead as the workers need and, in input order, a bounded window
// past the oldest unfinished entry, so memory stays flat whatever the archive's size.

import type { JobRunner } from './pool';
import type { Progress } from './progress';
import type { Sink } from './output';
import type { Sources } from './sources';
import type { ArchiveFormat, ArchiveJobResult, RunSummary } from './types';

export interface RunOptions {
  format: ArchiveFormat;
  /** Results in input order (default) or as they finish. */
  ordered: boolean;
  jobs: number;
  sink: Sink;
  progress: Progress;
  /** A message for stderr (an entry's error). */
  warn: (message: string) => void;
  now?: () => number;
}

export interface RunCounts {
  entries: number;
  clean: number;
  withFindings: number;
  notText: number;
  errors: number;
  bytes: number;
}

/** How far past the oldest unfinished entry an ordered run reads, in multiples of the runner's capacity. */
const ORDER_WINDOW = 8;

export async function runArchive(sources: Sources, runner: JobRunner, o: RunOptions): Promise<RunCounts> {
  const now = o.now ?? (() => performance.now());
  const start = now();
  const counts: RunCounts = { entries: 0, clean: 0, withFindings: 0, notText: 0, errors: 0, bytes: 0 };
  const window = runner.capacity * ORDER_WINDOW;
  const finished = new Map<number, ArchiveJobResult>();
  let nextToWrite = 0;
  let inFlight = 0;
  let blocked = false;
  let wake: () => void = () => undefined;
  const changed = (): Promise<void> => new Promise((r) => (wake = r));

  const write = (chunk: string): void => {
    if (!o.sink.write(chunk) && !blocked) {
      blocked = true;
      void o.sink.drained().then(() => {
        blocked = false;
        wake();
      });
    }
  };
  let inArray = 0;
  const emit = (r: ArchiveJobResult): void => {
    counts.entries++;
    counts.bytes += r.bytes;
    if (r.status === 'clean') counts.clean++;
    else if (r.status === 'findings') counts.withFindings++;
    else if (r.status === 'notText') counts.notText++;
    else counts.errors++;
    if (r.error) {
      o.progress.clear();
      o.warn(r.error);
    }
    if (o.format === 'ndjson') write(`${r.json}\n`);
    // A failed entry is an element too (an error object, as in ndjson), so that a reader of
    // the array sees every file given, not just the ones analysed; it is also said on stderr.
    else write(`${inArray++ === 0 ? '[\n  ' : ',\n  '}${r.json}`);
    o.progress.tick();
  };
  const finish = (r: ArchiveJobResult): void => {
    inFlight--;
    if (!o.ordered) emit(r);
    else {
      finished.set(r.seq, r);
      for (let next = finished.get(nextToWrite); next; next = finished.get(nextToWrite)) {
        finished.delete(nextToWrite++);
        emit(next);
      }
    }
    wake();
  };

  let seq = 0;
  for await (const entry of sources.entries) {
    if (o.sink.closed) break;
    const mine = seq++;
    while (blocked || inFlight >= runner.capacity || (o.ordered && mine - nextToWrite >= window)) await changed();
    inFlight++;
    void runner.run({ ...entry, seq: mine }).then(finish);
  }
  while (inFlight > 0) await changed();
  o.progress.clear();

  if (o.format === 'json') write(inArray ? '\n]\n' : '[]\n');
  else {
    const seconds = (now() - start) / 1000;
    const summary: RunSummary = {
      summary: {
        entries: counts.entries,
        clean: counts.clean,
        withFindings: counts.withFindings,
        notText: counts.notText,
        errors: counts.errors,
        megabytes: round(counts.bytes / 1e6, 3),
        seconds: round(seconds, 3),
        articlesPerSecond: round(seconds > 0 ? counts.entries / seconds : 0, 1),
        jobs: o.jobs,
        ordered: o.ordered,
      },
    };
    write(`${JSON.stringify(summary)}\n`);
  }
  if (blocked) await o.sink.drained();
  return counts;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
