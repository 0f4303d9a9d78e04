// Volume: the command line (the built dist/cli.js, as users run it) on a 50 MB article and a
// single 5 MB line, generated into a temporary folder. Both run in child processes
// started as soon as mocha loads this file (it loads every file before running any), so
// they use the second core while the other unit tests run; this file's name sorts it
// near the end, where its tests wait for them and check the reports: every copy's quotes
// are there, on the lines and columns where they are.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import type { JsonReport } from '../../server/src/report/jsonReport';
import { ROOT } from '../support/article';
import { bigArticle, MB, singleLine, writeTemp, type Repeated } from '../support/badInputs';

interface Run {
  input: Repeated;
  bytes: number;
  result: Promise<{ code: number | null; stderr: string; report: JsonReport }>;
}

/** Writes the input, then runs `press-review analyze --format json` on it in a child process. */
function start(name: string, input: Repeated, after?: Promise<unknown>): Run {
  const file = writeTemp(name, input.text);
  const out = `${file}.json`;
  const result = (async () => {
    await after?.catch(() => undefined);
    return new Promise<{ code: number | null; stderr: string; report: JsonReport }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--format', 'json', '--no-workspace-knowledge', file], { stdio: ['ignore', fs.openSync(out, 'w'), 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += String(d)));
      child.on('error', reject);
      child.on('exit', (code) => {
        try {
          resolve({ code, stderr, report: (JSON.parse(fs.readFileSync(out, 'utf8')) as JsonReport[])[0] });
        } catch (e) {
          reject(new Error(`no JSON report (exit ${code}): ${stderr.slice(0, 500)} ${(e as Error).message}`));
        }
      });
    });
  })();
  result.catch(() => undefined); // awaited by the tests; never an unhandled rejection
  return { input, bytes: Buffer.byteLength(input.text), result };
}

// One after the other: each needs a core and up to 2 GB.
const article = start('article-50MB.txt', bigArticle(50 * MB));
const line = start('line-5MB.txt', singleLine(5 * MB), article.result);

/** Line (1-based) of each quote of one copy, and how many lines a copy takes. */
function unitShape(r: Repeated): { lines: number[]; columns: number[]; linesPerCopy: number; charsPerCopy: number } {
  const a = analyze(r.unit);
  const starts = [0];
  for (let i = 0; i < r.unit.length; i++) if (r.unit[i] === '\n') starts.push(i + 1);
  const lineOf = (offset: number): number => starts.filter((s) => s <= offset).length;
  return {
    lines: a.quotes.map((q) => lineOf(q.span.start)),
    columns: a.quotes.map((q) => q.span.start - starts[lineOf(q.span.start) - 1] + 1),
    linesPerCopy: (r.unit + r.separator).split('\n').length - 1,
    charsPerCopy: r.unit.length + r.separator.length,
  };
}

describe('the command line on a 50 MB article and a 5 MB line', function () {
  this.timeout(240_000);

  it('analyses a 50 MB article: every quote of every copy, on its line', async () => {
    const { code, stderr, report } = await article.result;
    assert.ok(article.bytes >= 50 * MB);
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the article has findings (page chrome)');
    const shape = unitShape(article.input);
    assert.equal(report.quotes.length, shape.lines.length * article.input.copies);
    const last = report.quotes[report.quotes.length - 1];
    assert.equal(last.line, (article.input.copies - 1) * shape.linesPerCopy + shape.lines[shape.lines.length - 1]);
    assert.equal(last.column, shape.columns[shape.columns.length - 1]);
    assert.equal(report.diagnostics.filter((d) => d.code === 'page-chrome').length % article.input.copies, 0, 'the same chrome in every copy');
  });

  it('analyses a single 5 MB line: every quote on line 1, at its column', async () => {
    const { code, stderr, report } = await line.result;
    assert.ok(line.bytes >= 5 * MB);
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1);
    const shape = unitShape(line.input);
    assert.equal(report.quotes.length, shape.lines.length * line.input.copies);
    assert.ok(report.quotes.every((q) => q.line === 1));
    const last = report.quotes[report.quotes.length - 1];
    assert.equal(last.column, (line.input.copies - 1) * shape.charsPerCopy + shape.columns[shape.columns.length - 1]);
  });
});
