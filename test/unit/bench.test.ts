// The benchmark's smoke run (npm run bench -- --quick): every figure of issue 7 is
// printed and written as JSON, with its target. Speed is never asserted here.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchResult } from '../../bench/main';
import { ROOT } from '../support/article';

describe('npm run bench -- --quick', function () {
  this.timeout(180_000);
  let result: BenchResult;
  let table: string;

  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-bench-test-'));
    const json = path.join(dir, 'bench.json');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'run.mjs'), '--quick', '--json', json], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    table = run.stdout;
    result = JSON.parse(fs.readFileSync(json, 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('measures every section of the issue in one run', () => {
    assert.equal(result.quick, true);
    assert.deepEqual([...new Set(result.figures.map((f) => f.section))], ['analysis', 'editor', 'folder', 'startup', 'peer', 'archive']);
    assert.ok(result.machine.cpus > 0 && result.machine.node.startsWith('v'));
  });

  it('gives every figure with a target the target of the issue and whether it is met', () => {
    const target = (prefix: string): { kind: string; value: number }[] => result.figures.filter((f) => f.id.startsWith(prefix)).map((f) => f.target!);
    assert.deepEqual(target('ratio.analysisToBaseline.'), Array(4).fill({ kind: 'max', value: 10 }));
    assert.deepEqual(target('editToDiagnostics.p99.'), [{ kind: 'max', value: 20 }, { kind: 'max', value: 150 }]);
    assert.deepEqual(target('index.peakMemory.'), Array(2).fill({ kind: 'max', value: 500 }));
    assert.deepEqual(target('hover.p99.'), Array(2).fill({ kind: 'max', value: 50 }));
    assert.deepEqual(target('initialize.ms'), [{ kind: 'max', value: 200 }]);
    assert.deepEqual(target('bundle.kb.client.js'), [{ kind: 'max', value: 500 }]);
    assert.deepEqual(target('bundle.kb.server.js'), [{ kind: 'max', value: 1500 }]);
    assert.deepEqual(target('archive.ratioToFloor'), [{ kind: 'max', value: 10 }]);
    assert.deepEqual(target('archive.cores'), [{ kind: 'min', value: 1.7 }]);
    assert.deepEqual(target('archive.peakMemory'), [{ kind: 'max', value: 300 }]);
    for (const f of result.figures) {
      if (f.target && f.value !== null) assert.equal(typeof f.met, 'boolean', f.id);
      else assert.equal(f.met, null, f.id);
    }
  });

  it('measures real values, and says why when one is missing', () => {
    for (const f of result.figures) {
      if (f.value === null) assert.ok(f.note, `${f.id} has no value and no note`);
      else assert.ok(Number.isFinite(f.value) && f.value >= 0, f.id);
    }
  });

  it('prints the same figures as a table, each with its target', () => {
    for (const f of result.figures) assert.ok(table.includes(f.label), `the table lacks "${f.label}"`);
    assert.match(table, /≤ 10 ×/);
    assert.match(table, /≤ 150 ms/);
  });
});
