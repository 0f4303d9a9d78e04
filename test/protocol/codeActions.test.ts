// Quick fixes and source actions, applied to the text as an editor would, then checked
// by the diagnostics the server publishes for the edited text.

import { strict as assert } from 'node:assert';
import { CodeActionRequest, DocumentSymbolRequest, type CodeAction, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { applyEdit, TestClient } from '../support/lspClient';
import { EVERY_FINDING } from '../support/reviewArticles';
import { seedText } from '../support/workspace';

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
const without = (list: string[], code: string, n = 1): string[] => {
  const out = [...list];
  for (let i = 0; i < n; i++) out.splice(out.indexOf(code), 1);
  return out;
};

describe('code actions over stdio', () => {
  let client: TestClient;
  let n = 0;

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  /** Opens `text` as a new document; returns its URI and diagnostics. */
  async function openArticle(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///press-review-test/fixes-${++n}.article`;
    return { uri, diagnostics: (await client.open(uri, text)).diagnostics };
  }

  async function actionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  }

  /** Applies the action titled like `title` for the first diagnostic with `code`; returns the new text and diagnostics. */
  async function fix(code: string, title: RegExp, text = EVERY_FINDING): Promise<{ before: Diagnostic[]; after: Diagnostic[]; text: string; target: Diagnostic }> {
    const { uri, diagnostics } = await openArticle(text);
    const target = diagnostics.find((d) => d.code === code);
    assert.ok(target, `a ${code} diagnostic in ${JSON.stringify(codes(diagnostics))}`);
    const actions = await actionsFor(uri, target);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action, `an action like ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, 'quickfix');
    const edited = applyEdit(text, action.edit, uri);
    const after = (await client.replace(uri, edited, 2)).diagnostics;
    return { before: diagnostics, after, text: edited, target };
  }

  it('removes a line of page chrome, and with it the page-chrome finding', async () => {
    const r = await fix('page-chrome', /Remove this line/);
    assert.ok(!r.text.includes('Creative Commons'));
    assert.deepEqual(codes(r.after), without(codes(r.before), 'page-chrome'));
  });

  it('replaces one variant spelling of a name with the canonical one', async () => {
    const r = await fix('name-variant', /^Replace with لوكاشينكو$/);
    assert.equal(r.text.split('لوكاشينكا').length - 1, 1, 'one of the two variants is replaced');
    // The other variant is still reported, at its own place.
    const left = r.after.filter((d) => d.code === 'name-variant');
    assert.equal(left.length, 1);
    assert.notEqual(left[0].range.start.line, r.target.range.start.line);
  });

  it('replaces every variant spelling of a name in the file', async () => {
    const r = await fix('name-variant', /^Replace all 2 spellings لوكاشينكا with لوكاشينكو$/);
    assert.ok(!r.text.includes('لوكاشينكا'));
    assert.deepEqual(codes(r.after), without(codes(r.before), 'name-variant', 2));
  });

  it('closes an unclosed quote at the end of its sentence', async () => {
    const r = await fix('unbalanced-quote', /Close the quote/);
    assert.ok(r.text.includes('"لن نسمح بزعزعة الاستقرار في المنطقة كلها."') || r.text.includes('"لن نسمح بزعزعة الاستقرار في المنطقة كلها".'));
    assert.deepEqual(codes(r.after), without(codes(r.before), 'unbalanced-quote'));
  });

  it('removes a stray quote mark', async () => {
    const r = await fix('unbalanced-quote', /Remove the stray quote mark/);
    assert.ok(r.text.includes('وتابع لوكاشينكا: لن نسمح'));
    assert.deepEqual(codes(r.after), without(codes(r.before), 'unbalanced-quote'));
  });

  it('inserts an attribution placeholder before an unattributed statement, which stays flagged until a name replaces it', async () => {
    const r = await fix('unattributed-quote', /attribution placeholder/);
    assert.ok(r.text.includes('وقال [المتحدث]: "لن نقبل'));
    assert.deepEqual(codes(r.after), codes(r.before), 'the same findings: the statement still has no speaker');
    assert.ok(r.after.some((d) => d.code === 'unattributed-quote' && /placeholder \[المتحدث\] is not filled in/.test(String(d.message))));
  });

  it('corrects a weekday that does not match its date', async () => {
    const r = await fix('weekday-mismatch', /Change the weekday to الجمعة/);
    assert.ok(r.text.includes('اليوم الجمعة 14 يناير 2022'));
    assert.deepEqual(codes(r.after), without(codes(r.before), 'weekday-mismatch'));
  });

  it('offers no quick fix for findings that have none, and ignores diagnostics of other tools', async () => {
    const { uri, diagnostics } = await openArticle(EVERY_FINDING);
    const anonymous = diagnostics.find((d) => d.code === 'anonymous-source')!;
    assert.deepEqual(await actionsFor(uri, anonymous), []);
    const foreign = { ...anonymous, source: 'cspell', data: { fixes: [{ title: 'x', edits: [] }] } };
    assert.deepEqual(await actionsFor(uri, foreign), []);
  });

  describe('normalize quote marks (source action)', () => {
    async function normalize(text: string, title: RegExp): Promise<{ uri: string; before: Diagnostic[]; after: Diagnostic[]; text: string }> {
      const { uri, diagnostics } = await openArticle(text);
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const lightbulb = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(!lightbulb.some((a) => a.kind?.startsWith('source')), 'source actions only when asked for');
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source'] } })) as CodeAction[];
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action, `an action like ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.kind, 'source.normalizeQuotes');
      const edited = applyEdit(text, action.edit, uri);
      return { uri, before: diagnostics, after: (await client.replace(uri, edited, 2)).diagnostics, text: edited };
    }

    const speakersOf = async (uri: string): Promise<string[]> => {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      return (symbols.find((s) => s.name === 'Speakers')?.children ?? []).map((s) => `${s.name}:${s.children?.length}`);
    };

    it('rewrites straight quotes of a seed as «…», nested ones as “…”, and the analysis reads the same quotes', async () => {
      const text = seedText('000');
      const original = await openArticle(text);
      const r = await normalize(text, /«…»/);
      assert.ok(!/"/.test(r.text.replace('"روسيا - العالم الإسلامي"', '')), 'no straight quote is left outside the chrome line');
      assert.match(r.text, /«[^»\n]*الـ “ناتو”[^»\n]*»/, 'a quote inside a quote gets curly marks');
      assert.deepEqual(await speakersOf(r.uri), await speakersOf(original.uri));
      assert.deepEqual(codes(r.after), codes(r.before));
    });

    it('rewrites guillemets and curly quotes as straight quotes', async () => {
      const text = ['قال المتحدث باسم الكرملين دميتري بيسكوف: «موسكو مستعدة للحوار مع “الناتو” في أي وقت».', '', 'وأضاف: “لا نريد التصعيد في المنطقة”.', ''].join('\n');
      const r = await normalize(text, /"…"/);
      assert.equal(r.text, ['قال المتحدث باسم الكرملين دميتري بيسكوف: "موسكو مستعدة للحوار مع "الناتو" في أي وقت".', '', 'وأضاف: "لا نريد التصعيد في المنطقة".', ''].join('\n'));
      assert.deepEqual(codes(r.after), codes(r.before));
    });

    it('leaves an unbalanced mark to its own quick fixes', async () => {
      const r = await normalize(EVERY_FINDING, /«…»/);
      assert.ok(r.text.includes('وتابع لوكاشينكا: "لن نسمح'));
      assert.deepEqual(codes(r.after), codes(r.before));
    });
  });
});
