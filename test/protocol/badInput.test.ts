// The language server on the bad-input corpus: what an editor sends when a reviewer
// opens whatever is in a folder. Every document gets diagnostics that are true about
// it, at ranges that point at the right characters, and the server keeps answering.

import { strict as assert } from 'node:assert';
import { DocumentSymbolRequest, HoverRequest, type Diagnostic, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { EDITOR_MAX_BYTES } from '../../server/src/lsp/limits';
import { bigArticle, MB, nestedQuotes, quoteMarks, readBad, singleLine } from '../support/badInputs';
import { TestClient } from '../support/lspClient';
import { shownText } from '../support/bidi';

const uriOf = (name: string): string => `untitled:bad/${name}`;
const where = (d: Diagnostic): string => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('the language server on bad input', function () {
  this.timeout(60_000);
  let client: TestClient;
  const diagnosticsOf = async (name: string, text: string): Promise<Diagnostic[]> => (await client.open(uriOf(name), text)).diagnostics;
  const symbols = async (name: string): Promise<DocumentSymbol[]> => ((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(name) } })) ?? []) as DocumentSymbol[];
  const hover = async (name: string, line: number, character: number): Promise<string | null> => {
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(name) }, position: { line, character } });
    return h ? (h.contents as MarkupContent).value : null;
  };

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, `the server exits cleanly (stderr: ${client.stderr.slice(0, 2000)})`);
  });

  it('publishes no diagnostics, symbols or hovers for an empty or whitespace-only document', async () => {
    for (const [name, text] of [
      ['empty', readBad('empty.txt')],
      ['whitespace', readBad('whitespace.txt')],
    ]) {
      assert.deepEqual(await diagnosticsOf(name, text), []);
      assert.deepEqual(await symbols(name), []);
      assert.equal(await hover(name, 0, 0), null);
    }
  });

  it('puts the diagnostics of CRLF and lone-CR documents on the same lines and columns as LF', async () => {
    const lf = (await diagnosticsOf('lf', `موافق\n${readBad('lf.txt')}`)).map(where);
    assert.ok(lf.length > 0);
    for (const name of ['crlf', 'cr']) assert.deepEqual((await diagnosticsOf(name, `موافق\n${readBad(`${name}.txt`)}`.replace('\n', name === 'cr' ? '\r' : '\r\n'))).map(where), lf, name);
  });

  it('counts a BOM the editor kept as one character of the first line, and nothing else', async () => {
    const text = `موافق\n${readBad('lf.txt')}`;
    const lf = await diagnosticsOf('no-bom', text);
    const bom = await diagnosticsOf('bom', `\ufeff${text}`);
    assert.deepEqual(
      bom.map((d) => d.range),
      lf.map((d) => (d.range.start.line === 0 ? { start: { ...d.range.start, character: d.range.start.character + 1 }, end: { ...d.range.end, character: d.range.end.character + (d.range.end.line === 0 ? 1 : 0) } } : d.range)),
    );
  });

  it('reports a document with NUL bytes or many replacement characters as not a text article, once', async () => {
    for (const [name, text] of [
      ['nul', `${readBad('lf.txt')}\u0000\u0000`],
      ['replacement', readBad('lf.txt').replace(/[ء-ي]/g, '\ufffd')],
    ]) {
      const d = await diagnosticsOf(name, text);
      assert.deepEqual(d.map((x) => [x.code, x.severity]), [['not-text', 1]], name);
      assert.deepEqual(await symbols(name), []);
    }
  });

  it('gives English and Russian documents a note instead of false Arabic findings', async () => {
    for (const name of ['english', 'russian']) assert.deepEqual((await diagnosticsOf(name, readBad(`${name}.txt`))).map((d) => d.code), ['not-arabic'], name);
  });

  it('answers for 100,000 quote marks: no unbalanced mark, a hover on one of them', async () => {
    const d = await diagnosticsOf('marks', quoteMarks(100_000));
    assert.deepEqual(d.filter((x) => x.code === 'unbalanced-quote'), []);
    assert.match((await hover('marks', 0, 50_001)) ?? '', /Term/);
  });

  it('answers for 10,000 nested quotes: the hover shows the innermost quote under the cursor', async () => {
    const text = nestedQuotes(10_000);
    await diagnosticsOf('nested', text);
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('nested') }, position: { line: 0, character: text.indexOf('نهاية') } });
    assert.equal(h?.range?.end.character, text.indexOf('نهاية') + 'نهاية كلام»'.length, 'the innermost quote');
    assert.equal(h?.range?.start.character, text.indexOf('نهاية') - '«كلام '.length);
    assert.match((h?.contents as MarkupContent).value, /لافروف/, 'nested in a statement, it is the same speaker’s');
    assert.ok(Array.isArray(await symbols('nested')));
  });

  it('analyses a 1 MB single line, with ranges that point at the right characters far along it', async () => {
    const { text } = singleLine(MB);
    await diagnosticsOf('line-1MB', text);
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const statements = flat(await symbols('line-1MB')).filter((s) => shownText(s.name).startsWith('«'));
    const last = statements.reduce((a, b) => (b.range.start.character > a.range.start.character ? b : a));
    assert.ok(last.range.start.character > text.length - 5000, 'a statement near the end of the line');
    const lines = new LineIndex(text);
    const quoted = text.slice(lines.offset(last.range.start), lines.offset(last.range.end));
    assert.match(quoted, /^["«“].*["»”]$/u, 'its range is exactly a quote');
  });

  it('does not analyse a 5 MB line or a 50 MB article in the editor, says so with the size, and keeps answering', async () => {
    for (const [name, text] of [
      ['line-5MB', singleLine(5 * MB).text],
      ['article-50MB', bigArticle(50 * MB).text],
    ]) {
      const d = await diagnosticsOf(name, text);
      assert.equal(d.length, 1, name);
      assert.equal(d[0].code, 'too-large');
      const size = (Buffer.byteLength(text) / MB).toFixed(1).replace(/\.0$/, '');
      const message = d[0].message as string;
      assert.ok(message.includes(`too large to analyse in the editor: ${size} MB (the limit is ${EDITOR_MAX_BYTES / MB} MB)`), message);
      assert.deepEqual(await symbols(name), []);
    }
    const lines = `موافق\n${readBad('lf.txt')}`.split('\n');
    const line = lines.findIndex((l) => l.includes('نحن مستعدون'));
    assert.match((await hover('lf', line, lines[line].indexOf('نحن') + 1)) ?? '', /سيرغي لافروف/, 'the server still answers');
  });
});
