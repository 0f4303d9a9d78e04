// The command line on the bad-input corpus (test/fixtures/bad/ and generated inputs):
// every file gets an answer that is true about it, and nothing crashes, hangs or
// misleads. The 50 MB article and the 5 MB line are in bigInput.test.ts.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, buildKnowledge } from '../../server/src/analysis';
import { runCli as cli } from '../support/cli';
import { MAX_QUOTE_TEXT, type JsonReport } from '../../server/src/report/jsonReport';
import { ROOT } from '../support/article';
import { badFile, nestedQuotes, quoteMarks, readBad, tempDir, writeTemp } from '../support/badInputs';


async function reports(...files: string[]): Promise<{ code: number; reports: JsonReport[]; err: string }> {
  const r = await cli(['analyze', '--format', 'json', '--no-workspace-knowledge', ...files]);
  return { code: r.code, reports: JSON.parse(r.out) as JsonReport[], err: r.err };
}

/** A report without the file name, to compare two files' results. */
const content = (r: JsonReport): Omit<JsonReport, 'file'> => {
  const { file: _file, ...rest } = r;
  return rest;
};

describe('the command line on bad input', () => {
  it('reports an empty file and a whitespace-only file as empty articles, with nothing to flag', async () => {
    const { code, reports: [empty, blank] } = await reports(badFile('empty.txt'), badFile('whitespace.txt'));
    for (const r of [empty, blank]) {
      assert.equal(r.notText, false);
      assert.equal(r.title, null);
      assert.deepEqual([r.quotes, r.sections, r.organizations, r.diagnostics], [[], [], [], []]);
    }
    assert.equal(code, 0);
  });

  it('gives a file with a BOM, CRLF or lone CR line breaks exactly the results of its LF twin', async () => {
    const { reports: [lf, bom, crlf, cr] } = await reports(...['lf.txt', 'bom.txt', 'crlf.txt', 'cr.txt'].map(badFile));
    assert.equal(lf.quotes.length, 2);
    assert.equal(lf.quotes[1].speaker, 'سيرغي لافروف');
    for (const twin of [bom, crlf, cr]) assert.deepEqual(content(twin), content(lf), twin.file);
  });

  it('reports invalid UTF-8 and binary bytes as not a text article, and still analyses the other files', async () => {
    const { code, reports: [invalid, binary, lf] } = await reports(badFile('invalid-utf8.txt'), badFile('binary.txt'), badFile('lf.txt'));
    for (const r of [invalid, binary]) {
      assert.equal(r.notText, true, r.file);
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['not-text', 'error']]);
      assert.deepEqual(r.quotes, []);
      assert.match(r.diagnostics[0].message, /not a text article/);
    }
    assert.equal(lf.quotes.length, 2);
    assert.equal(code, 1, 'a not-text file is an error');
  });

  it('analyses English and Russian articles without false Arabic findings', async () => {
    const { reports: [english, russian] } = await reports(badFile('english.txt'), badFile('russian.txt'));
    for (const r of [english, russian]) {
      assert.deepEqual(r.diagnostics.map((d) => d.code), ['not-arabic'], r.file);
      assert.ok(r.quotes.length >= 3, `${r.file}: the quotes are still listed`);
      assert.ok(r.quotes.every((q) => q.speaker === null), 'no speaker is guessed from a language the rules do not read');
    }
    assert.deepEqual(english.organizations.map((o) => o.acronym).sort(), ['CSTO', 'NATO', 'TASS']);
  });

  it('reports a text with a NUL past its first 64 K characters as not a text article, and the same text without it as text', () => {
    const long = `${readBad('lf.txt')}\n`.repeat(Math.ceil(70_000 / readBad('lf.txt').length));
    assert.ok(long.length > 65_536);
    assert.equal(analyze(long).notText, false);
    assert.equal(analyze(`${long}\u0000`).notText, true);
    assert.equal(analyze(`${long.slice(0, 66_000)}\u0000${long.slice(66_000)}`).notText, true);
  });

  it('keeps an article pasted as one line as text, even when it mentions cookies', () => {
    const line = `${`${readBad('lf.txt')}\n`.repeat(2).replace(/\n+/g, ' ')} نستخدم ملفات تعريف الارتباط لتحسين تجربتك.`;
    const a = analyze(line);
    assert.deepEqual(a.blocks.map((b) => b.kind), ['paragraph']);
    assert.equal(a.quotes.length, 4);
    assert.deepEqual(analyze('نستخدم ملفات تعريف الارتباط لتحسين تجربتك').blocks.map((b) => b.kind), ['chrome'], 'a short cookie line is still chrome');
  });

  it('pairs 100,000 quote marks into 50,000 empty quotes, with nothing unbalanced', async () => {
    const file = writeTemp('quote-marks.txt', quoteMarks(100_000));
    const { reports: [r] } = await reports(file);
    assert.equal(r.quotes.length, 50_000);
    assert.ok(r.quotes.every((q) => q.balanced && q.kind === 'term' && q.text === '' && q.line === 1));
    assert.equal(r.quotes[49_999].column, 99_999);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'unbalanced-quote'), []);
  });

  it('nests 10,000 quotes one in another, and keeps the report small by cutting long quote texts', async () => {
    const file = writeTemp('nested.txt', nestedQuotes(10_000));
    const r = await cli(['analyze', '--format', 'json', file]);
    assert.ok(r.out.length < 40 * 1024 * 1024, `report of ${r.out.length} characters`);
    const [report] = JSON.parse(r.out) as JsonReport[];
    assert.equal(report.quotes.length, 10_000);
    report.quotes.forEach((q, i) => {
      assert.equal(q.nestedIn, i === 0 ? null : i - 1);
      assert.ok(q.balanced);
      assert.ok(q.text.length <= MAX_QUOTE_TEXT);
    });
    assert.equal(report.quotes[0].textTruncated, true);
    assert.equal(report.quotes[0].endColumn - report.quotes[0].column, nestedQuotes(10_000).length - 'قال لافروف: '.length, 'the range stays whole');
    assert.equal(report.quotes[9_999].text, 'كلام نهاية كلام');
    assert.equal(report.quotes[9_999].textTruncated, undefined);
  });

  it('reads a broken or wrong knowledge file with a clear message and keeps the built-in knowledge', async () => {
    const article = writeTemp('test-authority.txt', `${readBad('lf.txt')}\nوقالت هيئة الاختبار الدولية إن "التجربة نجحت تماما".\n`);
    const r = await cli(['analyze', '--format', 'json', '--knowledge', path.join('test', 'fixtures', 'bad', 'knowledge'), article]);
    assert.equal(r.code, 2, 'a broken knowledge file is a usage error');
    assert.match(r.err, /broken\.json: not valid JSON: .*\(built-in knowledge still used\)/);
    assert.match(r.err, /wrong-fields\.json: organizations\[1\]: .*"arabic" must be a non-empty list of names \(entry skipped\)/);
    assert.match(r.err, /wrong-fields\.json: people\[0\]: .*\(entry skipped\)/);
    const ids = (JSON.parse(r.out) as JsonReport[])[0].organizations.map((o) => o.id);
    assert.ok(ids.includes('csto'), 'built-in organizations are still found');
    assert.ok(ids.includes('press-review-test-org'), 'the valid entry of the wrong file is used');
  });

  it('reads ./.press-review/ with the same clear messages', async () => {
    const dir = path.join(tempDir(), 'workspace');
    fs.mkdirSync(path.join(dir, '.press-review'), { recursive: true });
    fs.copyFileSync(badFile(path.join('knowledge', 'broken.json')), path.join(dir, '.press-review', 'broken.json'));
    fs.copyFileSync(badFile('lf.txt'), path.join(dir, 'article.txt'));
    const r = await cli(['analyze', '--format', 'json', 'article.txt'], dir);
    assert.match(r.err, /\.press-review[/\\]broken\.json: not valid JSON/);
    assert.equal((JSON.parse(r.out) as JsonReport[])[0].quotes.length, 2);
  });

  it('never evaluates a knowledge file: prototype keys and pattern fields change nothing', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "patterns": [{"id": "all", "pattern": "^(a+)+$"}],' +
        ' "chrome": {"patterns": [{"id": "all", "pattern": ".*"}]}, "organizations": [{"id": "__proto__", "arabic": ["منظمة"], "english": "x", "type": "x", "asOf": "2026-01-01", "polluted": true}]}',
    );
    const knowledge = buildKnowledge([{ source: 'hostile.json', data: hostile }]);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'no prototype was polluted');
    assert.deepEqual(
      knowledge.chrome.map((c) => c.id),
      buildKnowledge().chrome.map((c) => c.id),
      'page chrome patterns come from the built-in file only',
    );
    const text = readBad('lf.txt');
    assert.deepEqual(analyze(text, { knowledge }).findings, analyze(text).findings);
  });

  it('never evaluates code: no eval, Function or computed require/import anywhere in the sources', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|js|mjs)$/.test(e.name)) {
          fs.readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.replace(/\/\/.*$/, '');
              if (/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\brequire\s*\(\s*[^'"\s)]|\bimport\s*\(\s*[^'"\s)]|\bvm\.run|\.runInThisContext\b|\bvm\.Script\b|\bchild_process\b/.test(code)) offenders.push(`${path.relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    for (const dir of ['server/src', 'client/src']) walk(path.join(ROOT, dir));
    // The two allowed: the test-only debug stats fetch the `gc` function (no file input
    // reaches it), and the engine's code cache runs dist/engine.js itself, the file
    // require() would run, with bytecode from a folder only this user can write.
    const allowed = [path.join('server', 'src', 'lsp', 'debugStats.ts'), path.join('server', 'src', 'node', 'codeCache.ts')];
    assert.deepEqual(
      offenders.filter((o) => !allowed.some((a) => o.startsWith(`${a}:`))),
      [],
    );
  });
});
