import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IndexWorkers, MAX_DEATHS } from '../../server/src/lsp/indexWorkers';
import { ROOT, seedFiles } from '../support/article';

/** A worker script written for the test. */
function script(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-worker-'));
  const file = path.join(dir, 'worker.js');
  fs.writeFileSync(file, source);
  return file;
}

const CONFIG = { knowledgeSources: [], statementMinWords: undefined, analysisMaxBytes: undefined };

describe('the index worker threads', () => {
  it('answer each job with what the worker sent back', async () => {
    const echo = script(`const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => parentPort.postMessage([{ id: job.id, indexed: { kind: 'failed', message: 'echo ' + job.file } }]));`);
    const workers = new IndexWorkers(echo, CONFIG, 2);
    try {
      const answers = await Promise.all(['a', 'b', 'c'].map((f) => workers.index(f, 1000)));
      assert.deepEqual(answers.map((a) => (a.kind === 'failed' ? a.message : a.kind)), ['echo a', 'echo b', 'echo c']);
    } finally {
      workers.dispose();
    }
  });

  it('hand back the jobs of a worker that dies (the index indexes them itself), and are given up after a few deaths instead of restarting for every file', async () => {
    const crashing = script(`throw new Error('cannot start');`);
    const logged: string[] = [];
    const workers = new IndexWorkers(crashing, CONFIG, 1, (m) => logged.push(m));
    const answers = [];
    for (let i = 0; i < MAX_DEATHS + 2; i++) answers.push(await workers.index(`file-${i}`, 1000));
    assert.ok(answers.every((a) => a.kind === 'lost'), 'every job comes back lost, so the index indexes it itself');
    assert.equal(workers.stopped, true);
    assert.equal(logged.filter((m) => m.includes('an index worker failed')).length, MAX_DEATHS, 'no worker was started after the last death');
  });

  it('hand back the job, with a logged message, when a worker cannot even be made (new Worker throws), and are given up after a few such failures', async () => {
    // A relative path without ./ is refused by new Worker itself, as an execArgv flag workers do not take is.
    const logged: string[] = [];
    const workers = new IndexWorkers('worker.js', CONFIG, 2, (m) => logged.push(m));
    const answers = [];
    for (let i = 0; i < MAX_DEATHS + 1; i++) answers.push(await workers.index(`file-${i}`, 1000));
    assert.ok(answers.every((a) => a.kind === 'lost'), 'every job comes back lost, so the index indexes it itself');
    assert.equal(logged.filter((m) => m.includes('an index worker could not start')).length, MAX_DEATHS);
    assert.ok(logged.some((m) => m.includes('indexing goes on without them')));
    assert.equal(workers.stopped, true);
  });

  it("load the engine with the server's code cache folder, index as without it, and never write a cache there (dist/indexWorker.js)", async function () {
    this.timeout(120_000);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-worker-cache-'));
    // A damaged cache in the folder: a worker that takes one it cannot trust compiles instead.
    fs.writeFileSync(path.join(folder, 'engine-0000000000000000-00000000.v8cache'), 'not a cache');
    const seed = path.join(ROOT, 'seeds', seedFiles()[0]);
    const worker = path.join(ROOT, 'dist', 'indexWorker.js');
    const plain = new IndexWorkers(worker, CONFIG, 1);
    const cached = new IndexWorkers(worker, { ...CONFIG, codeCacheFolder: folder }, 1);
    try {
      const [a, b] = await Promise.all([plain.index(seed, 1 << 20), cached.index(seed, 1 << 20)]);
      assert.equal(a.kind, 'summary');
      assert.equal(b.kind, 'summary');
      if (a.kind === 'summary' && b.kind === 'summary') assert.deepEqual(b.summary, a.summary);
      assert.deepEqual(fs.readdirSync(folder), ['engine-0000000000000000-00000000.v8cache'], 'the server writes the cache, not its workers');
    } finally {
      plain.dispose();
      cached.dispose();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
