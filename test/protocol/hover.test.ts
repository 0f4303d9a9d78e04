// Hover cards: an organization with its facts from the knowledge, a speaker under any
// of their names or titles, and a quote with who said it or why nobody did.

import { strict as assert } from 'node:assert';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { builtinKnowledge } from '../../server/src/analysis';
import { TestClient } from '../support/lspClient';
import { EVERY_FINDING } from '../support/reviewArticles';
import { seedText } from '../support/workspace';

const GULF = [
  'قمة خليجية',
  '',
  'وقال الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي إن "المجلس يدعم الحوار في المنطقة كلها".',
  '',
  'وأكد الأمين العام أن "دول مجلس التعاون الخليجي متحدة في مواقفها".',
  '',
  'المصدر: تاس',
  '',
].join('\n');

describe('hover cards', () => {
  let client: TestClient;
  const uris = { gulf: 'file:///press-review-test/gulf.article', every: 'file:///press-review-test/every.article', seed: 'file:///press-review-test/seed-000.txt', seed002: 'file:///press-review-test/seed-002.txt' };
  const texts: Record<string, string> = { [uris.gulf]: GULF, [uris.every]: EVERY_FINDING, [uris.seed]: seedText('000'), [uris.seed002]: seedText('002') };

  before(async () => {
    client = new TestClient();
    await client.initialize();
    for (const [uri, text] of Object.entries(texts)) await client.open(uri, text);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  /** The card at the `nth` occurrence of `needle` (cursor on its second character). */
  async function card(uri: string, needle: string, nth = 0): Promise<string> {
    const lines = texts[uri].split('\n');
    const hits = lines.flatMap((l, line) => [...l.matchAll(new RegExp(needle, 'g'))].map((m) => ({ line, character: m.index! + 1 })));
    assert.ok(hits[nth], `"${needle}" #${nth} in the text`);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hits[nth] });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  }

  it('show an organization with its Arabic and English names, acronym, type, founding, seat, members, Wikidata link and the date of the facts', async () => {
    const gcc = builtinKnowledge().organizations.get('gcc')!;
    const value = await card(uris.gulf, 'مجلس التعاون لدول');
    for (const fact of [gcc.arabic[0], gcc.english!, `(${gcc.acronym})`, gcc.type, gcc.founded!, gcc.seat!, ...gcc.members!, `https://www.wikidata.org/wiki/${gcc.wikidata}`, `Facts as of ${gcc.asOf}`]) {
      assert.ok(value.includes(fact), `"${fact}" in the card:\n${value}`);
    }
    assert.match(value, /Mentioned 2 times in this article/);
  });

  it('show the canonical name when the article writes a short form', async () => {
    const value = await card(uris.gulf, 'مجلس التعاون الخليجي');
    assert.ok(value.startsWith('**مجلس التعاون لدول الخليج العربية**'), value);
  });

  it('show a speaker under a title-only reference: fullest name, role, their statements here', async () => {
    const value = await card(uris.gulf, 'الأمين العام', 1);
    assert.ok(value.startsWith('**جاسم البديوي** — Secretary General of the GCC'), value);
    assert.match(value, /2 statements in this article/);
    assert.match(value, /المجلس يدعم الحوار/);
  });

  it('show the same card under a variant spelling of the name', async () => {
    const value = await card(uris.every, 'لوكاشينكا');
    assert.ok(value.startsWith('**ألكسندر لوكاشينكو** — President of Belarus'), value);
    assert.match(value, /Also referred to as: .*لوكاشينكا/);
  });

  it('say who said a statement, by which cue and by which rule', async () => {
    const value = await card(uris.gulf, 'المجلس يدعم');
    assert.ok(value.startsWith('**جاسم البديوي**'), value);
    assert.match(value, /cue: وقال/);
    assert.match(value, /Evidence: the subject after the cue/);
  });

  it('say "probably" for a speaker carried over from an earlier paragraph, in English and Arabic, with no warning', async () => {
    const value = await card(uris.seed, 'إن الدهشة');
    assert.ok(value.startsWith('**Probably سيرغي لافروف**'), value);
    assert.match(value, /Weak attribution \(cue: وأضاف\): carried over from the latest speaker, 1 paragraph back/);
    assert.match(value, /\*\*ربما سيرغي لافروف\*\*: إسناد ضعيف/);
  });

  it('say why a statement has no speaker', async () => {
    const value = await card(uris.every, 'لن نقبل');
    assert.match(value, /Unattributed statement/);
    assert.match(value, /no attribution cue/);
  });

  it('say that a term is a term, not someone\'s words', async () => {
    const value = await card(uris.seed002, 'الثورات الملونة');
    assert.match(value, /\*\*Term\*\* «الثورات الملونة»/);
    assert.match(value, /not as someone's words/);
  });

  it('show nothing where there is nothing to tell', async () => {
    assert.equal(await card(uris.gulf, 'قمة خليجية'), '');
  });
});
