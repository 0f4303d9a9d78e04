// Invisible characters inside a name (issue 15): a word joiner, a combining grapheme
// joiner, a variation selector, a Hangul filler, a zero-width space or a right-to-left
// override in the middle of "لافروف" split the speaker in two. They are ignored inside
// words; ranges still point at the original text, invisible characters included, and the
// names shown (speakers, organizations, cues) leave them out: no reader sees them, and a
// right-to-left mark carried into a view or a newsroom's system is a hidden difference.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { NormalizedText } from '../../server/src/analysis/normalize';
import { isInvisibleCode, withoutInvisibles } from '../../server/src/shared/matchText';

const CLEAN = 'قال وزير الخارجية الروسي سيرغي لافروف: «نحن مستعدون للحوار مع الجميع».\n';
const INVISIBLE = { 'WORD JOINER': '\u2060', 'COMBINING GRAPHEME JOINER': '\u034f', 'VARIATION SELECTOR-16': '\ufe0f', 'HANGUL FILLER': '\u3164', 'ZERO WIDTH SPACE': '\u200b', 'RIGHT-TO-LEFT OVERRIDE': '\u202e', 'RIGHT-TO-LEFT MARK': '\u200f' };

describe('invisible characters inside names', () => {
  const clean = analyze(CLEAN);

  for (const [name, ch] of Object.entries(INVISIBLE)) {
    it(`reads سيرغي لافروف whole with a ${name} inside it, shows the name without it, the range covering it`, () => {
      const text = CLEAN.replace('لافروف', `لاف${ch}روف`).replace('سيرغي', `سير${ch}غي`);
      const a = analyze(text);
      assert.deepEqual(
        a.speakers.map((s) => [s.name, s.quotes.length]),
        clean.speakers.map((s) => [s.name, s.quotes.length]),
      );
      const mention = a.speakers[0].mentions.find((m) => text.slice(m.start, m.end).includes('روف'));
      assert.ok(mention, 'the name is a mention');
      assert.equal(text.slice(mention.start, mention.end).replaceAll(ch, ''), 'سيرغي لافروف');
      assert.ok(text.slice(mention.start, mention.end).includes(ch));
    });
  }

  it('still reads a bidi mark beside punctuation or a space as a space, and maps every offset back', () => {
    assert.equal(NormalizedText.of('قال:\u200fلافروف').norm, 'قال: لافروف');
    assert.equal(NormalizedText.of('قال \u202bلافروف').norm, 'قال  لافروف');
    const inside = NormalizedText.of('لاف\u202eروف');
    assert.equal(inside.norm, 'لافروف');
    const span = inside.span(0, inside.norm.length);
    assert.deepEqual([span.start, span.end], [0, 7]);
  });

  it('shows a title, an organization and a cue without the invisible characters around them', () => {
    const text = 'وقا\u200bل الوزير\u200b: "نعم".\nوأكدت منظمة\u2060 معاهدة الأمن\u200f الجماعي أنها مستعدة.\n';
    const a = analyze(text);
    assert.deepEqual(a.speakers.map((s) => s.name), ['الوزير']);
    assert.equal(a.quotes[0].cue?.text, 'وقال');
    assert.equal(text.slice(a.quotes[0].cue!.start, a.quotes[0].cue!.end), 'وقا\u200bل', 'the cue range is the written word');
    const csto = a.organizations.find((o) => o.id === 'csto');
    assert.ok(csto, 'the organization is read across the invisible characters');
    assert.equal(csto.name, 'منظمة معاهدة الأمن الجماعي');
    assert.ok(text.slice(csto.mentions[0].start, csto.mentions[0].end).includes('\u2060'), 'its range covers them');
  });

  it('drops from a shown name exactly the characters normalization treats as invisible, and keeps ZWNJ, ZWJ, diacritics and tatweel', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      assert.equal(withoutInvisibles(`ا${ch}ب`) === 'اب', isInvisibleCode(c), `U+${c.toString(16).padStart(4, '0')}`);
    }
    assert.equal(withoutInvisibles('محمّد ترامــب\u200c'), 'محمّد ترامــب\u200c');
  });
});
