// What the editor shows of one article: outline, folding, code lens, semantic tokens,
// inlay hints and document links, on seeds and on articles written for the test.

import { strict as assert } from 'node:assert';
import {
  CodeLensRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  SemanticTokensRequest,
  type CodeLens,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Position,
  type Range,
  type SemanticTokens,
  type SemanticTokensLegend,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { EVERY_FINDING, TWO_SECTIONS } from '../support/reviewArticles';
import { decodeTokens, tokenTexts } from '../support/semanticTokens';
import { seedText } from '../support/workspace';
import { shownText } from '../support/bidi';

const SEED_000 = seedText('000');
const SEED_004 = seedText('004');

describe('what the editor shows of an article', () => {
  let client: TestClient;
  let legend: SemanticTokensLegend;
  const uris = { seed000: 'file:///press-review-test/seed-000.txt', seed004: 'file:///press-review-test/seed-004.txt', sections: 'file:///press-review-test/sections.article', findings: 'file:///press-review-test/findings.article' };

  before(async () => {
    client = new TestClient();
    // Words colored and hints at their cue: what a user who turns inline marks on gets.
    const init = await client.initialize(undefined, 'en', { settings: { editor: { inlineMarks: true } } });
    legend = init.capabilities.semanticTokensProvider!.legend;
    await client.open(uris.seed000, SEED_000);
    await client.open(uris.seed004, SEED_004);
    await client.open(uris.sections, TWO_SECTIONS);
    await client.open(uris.findings, EVERY_FINDING);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params) as Promise<R>;

  describe('document symbols', () => {
    it('put the lead statements under the title, each section with its statements, and the speakers with theirs', async () => {
      const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri: uris.sections } });
      assert.deepEqual(
        symbols.map((s) => [shownText(s.name), s.children?.length]),
        [
          // Cut after a word, short enough for the side bar: a wider name loses its START there.
          ['لافروف: منظمة معاهدة الأمن…', 1],
          ['آفاق التعاون', 2],
          ['موقف مينسك', 2],
          ['Speakers', 2],
        ],
      );
      const unattributed = symbols[1].children![1];
      assert.equal(shownText(unattributed.detail ?? ''), 'unattributed');
      const speakers = symbols[3].children!;
      assert.deepEqual(
        speakers.map((s) => [shownText(s.name), shownText(s.detail ?? ''), s.children?.length]),
        [
          ['سيرغي لافروف', 'Foreign Minister of Russia', 2],
          ['ألكسندر لوكاشينكو', 'President of Belarus', 2],
        ],
      );
    });

    it('leave terms and titles out of the outline', async () => {
      const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri: uris.seed000 } });
      const all = (list: DocumentSymbol[]): string[] => list.flatMap((s) => [shownText(s.name), ...all(s.children ?? [])]);
      assert.ok(!all(symbols).some((n) => n === '«ناتو»' || n === '«الأمن الجماعي»'), 'the terms are not symbols');
      const lead = symbols[0];
      assert.equal(shownText(lead.detail ?? ''), '2022-01-14');
      assert.equal(lead.children?.length, 5, 'the five statements before the first heading');
    });

    it('isolate each Arabic name and detail, so a row of the left-to-right Outline reads right to left inside each part', async () => {
      // The workbench lays a row out as name then detail in one paragraph: without the
      // isolation a cue or speaker beside an Arabic quote joined the quote's run, between its
      // words and its marks (measured in the browser: test/e2e/ui/outlineMeasure.js).
      const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri: uris.seed000 } });
      const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
      const arabic = flat(symbols).flatMap((s) => [s.name, s.detail ?? '']).filter((t) => /\p{Script=Arabic}/u.test(t));
      assert.ok(arabic.length >= 10, `${arabic.length} Arabic names and details`);
      for (const t of arabic) assert.ok(!/\p{Script=Arabic}/u.test(t.replace(/\u2068[^\u2069]*\u2069/gu, '')), `${shownText(t)}: its Arabic is isolated`);
      const quote = flat(symbols).find((s) => shownText(s.name).startsWith('«إن الدهشة'));
      assert.equal(shownText(quote?.detail ?? ''), 'سيرغي لافروف؟', 'under the title, a quote shows its speaker; a weak attribution with a question mark at the name\'s end');
    });

    it('nest each symbol inside its parent, as breadcrumbs and sticky headers need', async () => {
      // LSP: a symbol's range holds its selection range and its children's ranges. A speaker
      // named in the headline before their first quote once stuck out of the Speakers group,
      // and the editor's sticky header showed line 7 above line 3.
      const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      const holds = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
      for (const uri of Object.values(uris)) {
        const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
        const check = (s: DocumentSymbol): void => {
          assert.ok(holds(s.range, s.selectionRange), `${uri}: ${s.name} holds its selection range`);
          for (const c of s.children ?? []) {
            assert.ok(holds(s.range, c.range), `${uri}: ${s.name} holds ${c.name}`);
            check(c);
          }
        };
        symbols.forEach(check);
      }
    });
  });

  it('folds each section from its heading to its last paragraph', async () => {
    const ranges = await request<FoldingRange[]>(FoldingRangeRequest.method, { textDocument: { uri: uris.sections } });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.collapsedText]),
      [
        [6, 10, 'آفاق التعاون'],
        [12, 16, 'موقف مينسك'],
      ],
    );
  });

  it('shows quote and speaker counts above each section heading and the title', async () => {
    const lenses = await request<CodeLens[]>(CodeLensRequest.method, { textDocument: { uri: uris.sections } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [
        [0, 'Article: 5 quotes · 2 speakers · 1 unattributed'],
        [6, '2 quotes · 1 speaker · 1 unattributed'],
        [12, '2 quotes · 1 speaker'],
      ],
    );
  });

  describe('semantic tokens', () => {
    const tokens = async (uri: string, text: string) => {
      const result = await request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri } });
      return { decoded: decodeTokens(result.data, legend), texts: tokenTexts(decodeTokens(result.data, legend), text) };
    };

    it('declare speakers, organizations, quotes with their kinds, cues and dates in the legend', () => {
      for (const t of ['speaker', 'organization', 'quote', 'cue', 'date']) assert.ok(legend.tokenTypes.includes(t), t);
      for (const m of ['statement', 'term', 'title', 'unattributed']) assert.ok(legend.tokenModifiers.includes(m), m);
    });

    it('mark speakers, cues, dates and organizations, splitting the statement around what it holds', async () => {
      const { texts } = await tokens(uris.sections, TWO_SECTIONS);
      const has = (text: string, type: string, modifiers: string[] = []): void =>
        assert.ok(
          texts.some((t) => t.text === text && t.type === type && modifiers.every((m) => t.modifiers.includes(m))),
          `${type} "${text}" in ${JSON.stringify(texts.slice(0, 12))}`,
        );
      has('10 فبراير 2022', 'date');
      has('قال', 'cue');
      has('وزير الخارجية الروسي', 'speaker', ['byTitle']);
      has('سيرغي لافروف', 'speaker');
      has('منظمة معاهدة الأمن الجماعي', 'organization');
      has('"', 'quote', ['statement']);
      has(' أثبتت فعاليتها في الأزمة الأخيرة"', 'quote', ['statement']);
      has('"لا بديل عن الحوار بين جميع الأطراف في هذه المرحلة الصعبة"', 'quote', ['statement', 'unattributed']);
    });

    it('never overlap and stay inside their line', async () => {
      for (const [uri, text] of [
        [uris.seed000, SEED_000],
        [uris.findings, EVERY_FINDING],
      ]) {
        const { decoded } = await tokens(uri, text);
        const lines = text.split('\n');
        decoded.forEach((t, i) => {
          assert.ok(t.length > 0 && t.character + t.length <= lines[t.line].length, `token ${i} inside line ${t.line}`);
          const prev = decoded[i - 1];
          if (prev && prev.line === t.line) assert.ok(prev.character + prev.length <= t.character, `token ${i} after token ${i - 1}`);
        });
      }
      const seed = await tokens(uris.seed000, SEED_000);
      // الـ "ناتو" inside a statement: the term's marks are a term, the name in them an organization.
      const line = SEED_000.split('\n').findIndex((l) => l.includes('الـ "ناتو"'));
      const onLine = seed.decoded.map((t, i) => ({ ...t, text: seed.texts[i].text })).filter((t) => t.line === line);
      assert.ok(onLine.some((t) => t.type === 'quote' && t.modifiers.includes('term') && t.text === '"'), JSON.stringify(onLine));
      assert.ok(onLine.some((t) => t.type === 'organization' && t.text === 'ناتو'));
      assert.ok(onLine.some((t) => t.type === 'quote' && t.modifiers.includes('statement')));
    });
  });

  describe('inlay hints', () => {
    const hints = async (uri: string, text: string): Promise<string[]> => {
      const lines = text.split('\n');
      const result = await request<InlayHint[]>(InlayHintRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
      return result.map((h) => `${lines[h.position.line].slice(0, h.position.character).split(/\s+/).slice(-3).join(' ')} ${h.label}`);
    };

    it('show who a carried-over cue resolved to', async () => {
      const shown = await hints(uris.sections, TWO_SECTIONS);
      assert.deepEqual(shown, ['وتابع: ⟨لوكاشينكو⟩']);
    });

    it('show who a title-only cue resolved to, after the title', async () => {
      const shown = await hints(uris.seed000, SEED_000);
      assert.ok(shown.includes('وقال الوزير الروسي: ⟨لافروف⟩') || shown.includes('وقال الوزير الروسي ⟨لافروف⟩'), JSON.stringify(shown));
      assert.ok(shown.includes('وأضاف: ⟨لافروف⟩'), JSON.stringify(shown));
      assert.ok(!shown.some((h) => h.startsWith('أكد ')), 'a cue with the name written needs no hint');
    });

    it('stay within the requested range', async () => {
      const result = await request<InlayHint[]>(InlayHintRequest.method, { textDocument: { uri: uris.sections }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
      assert.deepEqual(result, []);
    });
  });

  it('links the web addresses in the text, without the sentence stop after them', async () => {
    const links = await request<DocumentLink[]>(DocumentLinkRequest.method, { textDocument: { uri: uris.findings } });
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target]),
      [[EVERY_FINDING.split('\n').findIndex((l) => l.startsWith('للمزيد')), 'https://example.com/news/123']],
    );
    const glued = await request<DocumentLink[]>(DocumentLinkRequest.method, { textDocument: { uri: uris.seed004 } });
    assert.deepEqual(
      glued.map((l) => l.target),
      ['https://r.rtarabic.com/s4vq'],
    );
  });
});

describe('what the editor shows inside Arabic lines by default (issue 18)', () => {
  let client: TestClient;
  const uri = 'file:///press-review-test/seed-000.txt';
  const lines = SEED_000.split('\n');

  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, SEED_000);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params) as Promise<R>;
  const hints = () => request<InlayHint[]>(InlayHintRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });

  it('colors no word inside a line: colored spans would put Arabic words out of order', async () => {
    const result = await request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri } });
    assert.deepEqual(result.data, []);
  });

  it('puts no inferred speaker inside a line: the hover on the quote names them', async () => {
    assert.deepEqual(await hints(), []);
    const line = lines.findIndex((l) => l.includes('وأضاف'));
    const hover = await request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line, character: lines[line].indexOf('"') + 3 } });
    assert.match(JSON.stringify(hover?.contents ?? ''), /لافروف/);
  });

  it('colors words and puts hints at their cue once pressReview.editor.inlineMarks is on', async () => {
    await client.changeSettings({ editor: { inlineMarks: true } });
    let data: number[] = [];
    for (let i = 0; i < 500 && !data.length; i++) {
      data = (await request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri } })).data;
      if (!data.length) await new Promise((r) => setImmediate(r));
    }
    assert.ok(data.length > 0, 'tokens once the setting is on');
    const shown = await hints();
    assert.ok(shown.some((h) => h.position.character < lines[h.position.line].length), JSON.stringify(shown));
  });
});
