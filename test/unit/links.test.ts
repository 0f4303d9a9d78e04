import { strict as assert } from 'node:assert';
import { article } from '../support/article';

describe('web addresses', () => {
  it('finds http(s) and www. addresses, without the punctuation that ends the sentence', () => {
    const a = article(['للمزيد: https://example.com/news/123.', 'وانظر www.example.org/page، أو http://example.net?a=1&b=2!'].join('\n'));
    assert.deepEqual(
      a.links.map((l) => [l.text, l.target]),
      [
        ['https://example.com/news/123', 'https://example.com/news/123'],
        ['www.example.org/page', 'https://www.example.org/page'],
        ['http://example.net?a=1&b=2', 'http://example.net?a=1&b=2'],
      ],
    );
    for (const l of a.links) assert.equal(a.text.slice(l.start, l.end), l.text);
  });

  it('finds an address glued to the Arabic word before it, and stops at a quote mark or a bracket', () => {
    const a = article('انسخ الرابطhttps://r.example.com/s4vq وقال "https://example.com/a" (https://example.com/b)');
    assert.deepEqual(
      a.links.map((l) => l.text),
      ['https://r.example.com/s4vq', 'https://example.com/a', 'https://example.com/b'],
    );
  });

  it('finds nothing in a text without addresses', () => {
    assert.deepEqual(article('قال الوزير إن "الوضع مستقر". www. http:// https').links, []);
  });
});
