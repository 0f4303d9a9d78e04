// The archive run's plumbing with a runner the test controls: it reads ahead only as far
// as its workers and the order window need (memory stays flat), writes in input order or
// as jobs finish, waits for a slow reader; and the progress line and the summary of a run.

import { strict as assert } from 'node:assert';
import * as zlib from 'node:zlib';
import type { JobRunner } from '../../server/src/archive/pool';
import { formatProgress, NO_PROGRESS, progressLine } from '../../server/src/archive/progress';
import { runArchive } from '../../server/src/archive/run';
import { stringSink, type Sink } from '../../server/src/archive/output';
import type { Sources } from '../../server/src/archive/sources';
import type { ArchiveJob, ArchiveJobResult } from '../../server/src/archive/types';
import { digestText, outletFrom, Summarizer } from '../../server/src/archive/summarize';
import { seed } from '../support/article';
import { runCli } from '../support/cli';

/** A runner whose jobs finish when the test says; it records the most jobs it held at once. */
class HeldRunner implements JobRunner {
  readonly held = new Map<number, () => void>();
  maxHeld = 0;
  constructor(readonly capacity: number) {}
  run(job: ArchiveJob): Promise<ArchiveJobResult> {
    return new Promise((resolve) => {
      this.held.set(job.seq, () => resolve({ seq: job.seq, json: JSON.stringify({ file: job.label }), status: 'clean', bytes: 1 }));
      this.maxHeld = Math.max(this.maxHeld, this.held.size);
    });
  }
  finish(seq: number): void {
    const done = this.held.get(seq);
    this.held.delete(seq);
    done?.();
  }
  async close(): Promise<void> {}
}

/** Sources of n entries that count how many were pulled. */
function counted(n: number): { sources: Sources; pulled: () => number } {
  let pulled = 0;
  async function* entries(): AsyncGenerator<{ file: string; label: string }> {
    for (let i = 0; i < n; i++) {
      pulled++;
      yield { file: `f${i}`, label: `f${i}` };
    }
  }
  return { sources: { entries: entries(), total: n }, pulled: () => pulled };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const files = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('{"file"')).map((l) => JSON.parse(l).file);

describe('an archive run', () => {
  it('holds at most the runner\'s capacity, and writes in input order even when a later job finishes first', async () => {
    const runner = new HeldRunner(3);
    const { sources, pulled } = counted(1000);
    let out = '';
    const run = runArchive(sources, runner, { format: 'ndjson', ordered: true, jobs: 3, sink: stringSink((c) => (out += c)), progress: NO_PROGRESS, warn: () => undefined });
    await tick();
    assert.equal(runner.held.size, 3);
    assert.ok(pulled() <= 4, `read ${pulled()} entries ahead with 3 in flight`);
    runner.finish(1);
    runner.finish(2);
    await tick();
    assert.deepEqual(files(out), [], 'nothing is written before the first entry is done');
    runner.finish(0);
    await tick();
    assert.deepEqual(files(out), ['f0', 'f1', 'f2']);
    // The rest in any order the runner likes: newest first.
    while (runner.held.size) {
      for (const seq of [...runner.held.keys()].reverse()) runner.finish(seq);
      await tick();
    }
    await run;
    assert.deepEqual(files(out), Array.from({ length: 1000 }, (_, i) => `f${i}`));
    assert.equal(runner.maxHeld, 3);
  });

  it('in input order, stops reading a window past an entry that never finishes', async () => {
    const runner = new HeldRunner(2);
    const { sources, pulled } = counted(10_000);
    const run = runArchive(sources, runner, { format: 'ndjson', ordered: true, jobs: 2, sink: stringSink(() => undefined), progress: NO_PROGRESS, warn: () => undefined });
    // Entry 0 is stuck; every other job finishes as soon as it starts.
    for (let i = 0; i < 200; i++) {
      await tick();
      for (const seq of [...runner.held.keys()]) if (seq !== 0) runner.finish(seq);
    }
    assert.ok(pulled() <= 2 * 8 + 2, `read ${pulled()} entries while the first was stuck (window of 16)`);
    runner.finish(0);
    while (runner.held.size || pulled() < 10_000) {
      await tick();
      for (const seq of [...runner.held.keys()]) runner.finish(seq);
    }
    const counts = await run;
    assert.equal(counts.entries, 10_000);
  });

  it('reads no further while the output cannot be written, and goes on when it drains', async () => {
    const runner = new HeldRunner(2);
    const { sources, pulled } = counted(100);
    let release: () => void = () => undefined;
    let writes = 0;
    const sink: Sink = { write: () => (writes++, false), drained: () => new Promise((r) => (release = r)), closed: false };
    const run = runArchive(sources, runner, { format: 'ndjson', ordered: false, jobs: 2, sink, progress: NO_PROGRESS, warn: () => undefined });
    await tick();
    runner.finish(0);
    for (let i = 0; i < 20; i++) await tick();
    const before = pulled();
    for (const seq of [...runner.held.keys()]) runner.finish(seq);
    for (let i = 0; i < 20; i++) await tick();
    assert.equal(pulled(), before, 'no entry is read while the output is blocked');
    let settled = false;
    void run.then(() => (settled = true));
    while (!settled) {
      release();
      await tick();
      for (const seq of [...runner.held.keys()]) runner.finish(seq);
    }
    const counts = await run;
    assert.equal(counts.entries, 100);
    assert.equal(writes, 101, 'a line per entry and the summary');
  });

  it('draws the progress line with rate and time left, and clears it', () => {
    assert.equal(formatProgress(1234, 21153, 2), '1,234/21,153 articles (5.8%)  617 articles/s  ETA 0:32');
    assert.equal(formatProgress(10, null, 4), '10 articles  3 articles/s');
    let t = 0;
    let drawn = '';
    const p = progressLine((s) => (drawn += s), 3, () => t);
    p.tick();
    t = 100;
    p.tick(); // within 200 ms: not redrawn
    t = 150;
    p.tick(); // the last one always is
    p.clear();
    assert.deepEqual(drawn.split('\r\x1b[K').filter(Boolean), ['1/3 articles (33.3%)  0 articles/s', '3/3 articles (100.0%)  20 articles/s  ETA 0:00']);
    assert.ok(drawn.endsWith('\r\x1b[K'), 'cleared at the end');
  });
});

describe('press-review summarize', () => {
  const article = (speakerLine: string): string => `عنوان الخبر\n\n${speakerLine}\n\nالمصدر: وكالة الأنباء\n`;
  const items = [
    { id: 'AL-economy-1', text: article('قال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار مع الجميع".') },
    { id: 'AL-economy-2', text: article('"هذا كلام لا يقوله أحد في هذا الخبر أبدا".') },
    { id: 'BBC-middleEast-3', text: article('وقال لافروف: "سنرد على كل خطوة يتخذها الحلف".') },
    { id: 'SKY-x-4', text: seed('002') },
  ];

  it('counts per outlet the articles, statements, unattributed statements and findings per rule, and per speaker the statements', async () => {
    const run = await runCli(['analyze', '--format', 'ndjson', '--jobs', '1', '--no-workspace-knowledge', '--stdin-jsonl'], undefined, items.map((i) => JSON.stringify(i)).join('\n'));
    const reports = run.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const r = await runCli(['summarize'], undefined, run.out + 'not json\n');
    assert.equal(r.code, 0, r.err);
    const digest = JSON.parse(r.out);
    assert.equal(digest.articles, 4);
    assert.equal(digest.skippedLines, 1, 'the line that is not JSON; the summary line is not counted');
    const byOutlet = Object.fromEntries(digest.outlets.map((o: { outlet: string }) => [o.outlet, o]));
    assert.deepEqual(Object.keys(byOutlet).sort(), ['AL', 'BBC', 'SKY']);
    assert.equal(byOutlet.AL.articles, 2);
    // The expected counts come from the reports themselves.
    for (const [outlet, o] of Object.entries(byOutlet) as [string, { statements: number; unattributedStatements: number; findings: Record<string, number> }][]) {
      const mine = reports.filter((x) => typeof x.file === 'string' && x.file.startsWith(`${outlet}-`));
      const statements = mine.flatMap((x) => x.quotes.filter((q: { kind: string }) => q.kind === 'statement'));
      assert.equal(o.statements, statements.length, outlet);
      assert.equal(o.unattributedStatements, statements.filter((q: { speaker: string | null }) => q.speaker === null).length, outlet);
      const findings: Record<string, number> = {};
      for (const d of mine.flatMap((x) => x.diagnostics)) findings[d.code] = (findings[d.code] ?? 0) + 1;
      assert.deepEqual(o.findings, findings, outlet);
    }
    assert.equal(byOutlet.AL.unattributedStatements, 1, 'the quote nobody is named for');
    assert.ok((byOutlet.AL.findings['unattributed-quote'] ?? 0) >= 1);
    const lavrov = digest.speakers.find((s: { name: string }) => /لافروف/.test(s.name));
    assert.ok(lavrov, 'Lavrov is a speaker');
    assert.deepEqual(lavrov.outlets, ['AL', 'BBC'], 'one speaker across outlets (the same knowledge entry)');
    assert.equal(lavrov.articles, 2);
  });

  it('takes the outlet from an "outlet" field first, else from a pattern of the user', () => {
    const s = new Summarizer(outletFrom('^(\\w+)\\.'));
    s.add({ version: 1, file: 'a/b/bbc.001.txt', quotes: [], diagnostics: [] });
    s.add({ version: 1, file: 'cnn-1', outlet: 'CNN Arabic', quotes: [], diagnostics: [] });
    s.add({ version: 1, file: 'x', error: { code: 'bad-json', message: 'x' } });
    s.add({ summary: { entries: 3 } });
    s.add([1, 2]);
    const d = s.digest();
    assert.deepEqual(d.outlets.map((o) => [o.outlet, o.articles, o.errors]), [['(unknown)', 1, 1], ['bbc', 1, 0], ['CNN Arabic', 1, 0]]);
    assert.equal(d.skippedLines, 1);
    assert.match(digestText(d, 5), /^3 articles, 1 line skipped/);
  });

  it('reads gzip, and says what it cannot read or understand', async () => {
    assert.equal((await runCli(['summarize', 'no-such.ndjson'])).code, 2);
    assert.equal((await runCli(['summarize', '--outlet-pattern', '('])).code, 2);
    const gz = zlib.gzipSync(Buffer.from('{"version":1,"file":"AL-1","quotes":[],"diagnostics":[]}\n'));
    const r = await runCli(['summarize', '--format', 'text'], undefined, gz);
    assert.match(r.out, /^1 article\n\nAL: 1 article, 0 statements, 0 unattributed/);
  });
});
