// The language server over stdio, as an editor sees it.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../support/article';
import { seedUri, TestClient } from '../support/lspClient';
import { shownText } from '../support/bidi';

const SEED = '000_6b1e01c628aeb617.txt';
const seedText = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');
const lines = seedText.split('\n');

describe('language server over stdio', () => {
  let client: TestClient;
  const uri = seedUri(SEED);

  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
  });
  after(async () => {
    const code = await client.shutdown();
    assert.equal(code, 0, `the server exits cleanly after shutdown (stderr: ${client.stderr})`);
  });

  it('publishes diagnostics when a seed is opened', async () => {
    const d = await client.open(uri, seedText);
    const chrome = d.diagnostics.filter((x) => x.code === 'page-chrome');
    assert.deepEqual(chrome.map((x) => x.range.start.line), [0, 46, 48]);
  });

  it('outlines the sections and the speakers with their quotes', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const section = symbols.find((s) => shownText(s.name).startsWith('محاولات تقويض'));
    assert.ok(section, 'the section heading is a symbol');
    const speakers = symbols.find((s) => s.name === 'Speakers');
    assert.ok(speakers?.children?.length);
    const lavrov = speakers.children.find((s) => shownText(s.name) === 'سيرغي لافروف');
    assert.equal(lavrov?.children?.length, 8);
    assert.equal(shownText(lavrov?.detail ?? ''), 'Foreign Minister of Russia');
  });

  it('shows an organization card on hover', async () => {
    const line = lines.findIndex((l) => l.startsWith('أكد وزير'));
    const character = lines[line].indexOf('منظمة معاهدة') + 3;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /Collective Security Treaty Organization/);
    assert.match(value, /CSTO/);
  });

  it('shows who said a quote on hover', async () => {
    const line = lines.findIndex((l) => l.startsWith('وأضاف: "إن الدهشة'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 20 } });
    assert.match((hover?.contents as MarkupContent).value, /سيرغي لافروف/);
  });

  it('re-analyses after an incremental change and reports the new finding', async () => {
    const line = lines.findIndex((l) => l.startsWith('وأضاف: "إن الدهشة'));
    const waiting = client.nextDiagnostics(uri, 2);
    // Turn the paragraph into a quote-only paragraph: its statement loses its cue. The speaker
    // of the paragraph before is named there, so it is a note on the speaker, not a warning.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 7 } }, text: '' }],
    });
    const d = await waiting;
    const unresolved = d.diagnostics.filter((x) => x.code === 'unresolved-speaker');
    assert.equal(unresolved.length, 1);
    assert.equal(unresolved[0].range.start.line, line);
    assert.match(String(unresolved[0].message), /is named just before it/);
  });

  it('offers the quick fix a finding carries', async () => {
    const d = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
      context: {
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
            message: 'chrome',
            source: 'press-review',
            code: 'page-chrome',
            data: { fixes: [{ title: 'Remove this line', edits: [{ start: 0, end: 6, newText: '' }] }] },
          },
        ],
      },
    });
    assert.equal(d?.length, 1);
  });

  it('answers requests for unknown documents without failing', async () => {
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.article' } });
    assert.deepEqual(symbols, []);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.article' }, position: { line: 99, character: 99 } });
    assert.equal(hover, null);
  });
});
