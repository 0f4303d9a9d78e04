// Floods of one mark, and deep nesting of every bracket and quote kind (issue 15, inputs
// not in its table): what the analysis makes of them is exact, not just "no crash". A
// symmetric mark pairs up; an opening mark never closed is a quote of its own with one
// unbalanced-quote finding; brackets and marks Press Review does not read as quotes make
// none. (Their time is checked linear by linearTime.test.ts for straight, curly and
// guillemet marks, by semanticTokensWork.test.ts for nesting.)

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';

const N = 50_000;
const count = (text: string): { quotes: number; unbalanced: number } => {
  const a = analyze(text);
  return { quotes: a.quotes.length, unbalanced: a.findings.filter((f) => f.code === 'unbalanced-quote').length };
};

describe('floods of one mark, and deep nesting of every kind', function () {
  this.timeout(300_000);

  it('50,000 marks of each kind: pairs of symmetric or closing marks, one unbalanced quote per opening mark', () => {
    const seen = Object.fromEntries(['"', '«', '»', '“', '”', '„', "'", '‘', '‹', '「'].map((m) => [m, count(m.repeat(N))]));
    assert.deepEqual(seen, {
      '"': { quotes: N / 2, unbalanced: 0 },
      '«': { quotes: N, unbalanced: N },
      '»': { quotes: N / 2, unbalanced: 0 },
      '“': { quotes: N, unbalanced: N },
      '”': { quotes: N / 2, unbalanced: 0 },
      '„': { quotes: N, unbalanced: N },
      "'": { quotes: 0, unbalanced: 0 },
      '‘': { quotes: 0, unbalanced: 0 },
      '‹': { quotes: 0, unbalanced: 0 },
      '「': { quotes: 0, unbalanced: 0 },
    });
  });

  it('20,000 nested pairs of each kind: one quote per pair of quote marks, none for brackets', () => {
    const nested = (open: string, close: string, n = 20_000): string => `قال لافروف: ${`${open}كلام `.repeat(n)}نهاية${` كلام${close}`.repeat(n)}`;
    const pairs: [string, string][] = [['«', '»'], ['“', '”'], ['(', ')'], ['[', ']'], ['{', '}'], ['‘', '’'], ['‹', '›'], ['﴾', '﴿']];
    const seen = Object.fromEntries(pairs.map(([o, c]) => [o + c, count(nested(o, c))]));
    assert.deepEqual(seen, {
      '«»': { quotes: 20_000, unbalanced: 0 },
      '“”': { quotes: 20_000, unbalanced: 0 },
      '()': { quotes: 0, unbalanced: 0 },
      '[]': { quotes: 0, unbalanced: 0 },
      '{}': { quotes: 0, unbalanced: 0 },
      '‘’': { quotes: 0, unbalanced: 0 },
      '‹›': { quotes: 0, unbalanced: 0 },
      '﴾﴿': { quotes: 0, unbalanced: 0 },
    });
  });

  it('100,000 empty lines before an article: its quote on line 100,003, where it is', () => {
    const text = `${'\n'.repeat(100_000)}عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n`;
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(text.slice(0, a.quotes[0].span.start).split('\n').length, 100_003);
    assert.equal(a.quotes[0].content.text, 'نحن مستعدون للحوار');
    assert.equal(a.title?.text, 'عنوان الخبر');
  });
});
