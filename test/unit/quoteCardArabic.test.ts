// Spec: a quote's hover card speaks to an Arabic-reading editor too. Whatever it says of a
// quote (no speaker, a speaker the review could not tell: the words of the finding it raises;
// a term, a weak guess), it says it in Arabic as well, each Arabic line one right-to-left isolate (U+2067 … U+2069) so that
// the hover's left-to-right layout keeps its full stop and brackets where they belong.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { quoteCard } from '../../server/src/lsp/hover';

const WORDS = '"لا بديل عن الحوار بين جميع الأطراف في هذه المرحلة الصعبة"';

/** The card of the article's only quote, and its Arabic lines (each isolated, as the card must write them). */
function card(text: string): { card: string; arabic: string[] } {
  const a = analyze(text);
  assert.equal(a.quotes.length, 1, 'one quote in the article');
  const value = quoteCard(a.quotes[0], a);
  const arabic = value.split('\n').filter((line) => /^\u2067.*\u2069$/.test(line)).map((line) => line.slice(1, -1));
  return { card: value, arabic };
}

describe('quote hover cards in Arabic', () => {
  it('call words nothing attributes "تصريح بلا قائل"', () => {
    const { card: value, arabic } = card(`عنوان\n\nجرت الانتخابات في موعدها.\n\n${WORDS}\n`);
    assert.match(value, /^\*\*Unattributed statement\*\*/);
    assert.deepEqual(arabic, ['**تصريح بلا قائل**: تصريح بين علامتي تنصيص لا يُعرف قائله.']);
  });

  it('call words a cue attributes to no one the review found "قائل لم يُحدَّد", with the cue', () => {
    const { card: value, arabic } = card(`عنوان\n\nوتقول: ${WORDS}\n`);
    assert.match(value, /^\*\*Speaker not identified\*\*\n\nThe cue "وتقول" attributes this statement/);
    assert.equal(arabic.length, 1);
    assert.match(arabic[0], /^\*\*قائل لم يُحدَّد\*\*: .*«وتقول»/);
  });

  it('call a quoted term "مصطلح", not anyone\'s words', () => {
    const { arabic } = card('عنوان\n\nحذر الكاتب من انتشار ما يسمى "الثورات الملونة" في المنطقة.\n');
    assert.equal(arabic.length, 1);
    assert.match(arabic[0], /^\*\*مصطلح\*\*: /);
  });

  it('isolate the Arabic lines of a weak attribution too', () => {
    const lavrov = 'قال وزير الخارجية الروسي سيرغي لافروف للصحفيين في موسكو: "إن الحوار هو الطريق الوحيد لحل الأزمة".';
    const netanyahu = 'وأشار رئيس الوزراء الإسرائيلي بنيامين نتنياهو في بيان إلى أن الوضع خطير.';
    const a = analyze(`عنوان\n\n${lavrov} ${netanyahu}\n\nوأضاف: ${WORDS}.\n`);
    const weak = a.quotes.find((q) => q.evidence?.confidence === 'weak');
    assert.ok(weak, 'a weak attribution');
    // A line whose first letter is Arabic is an Arabic line.
    const arabicLines = quoteCard(weak, a).split('\n').filter((line) => /^[^A-Za-z\u0600-\u06ff]*[\u0600-\u06ff]/.test(line));
    assert.ok(arabicLines.some((line) => line.includes('**ربما')), 'the Arabic "probably" line');
    for (const line of arabicLines) assert.match(line, /^\u2067.*\u2069$/, line);
  });
});
