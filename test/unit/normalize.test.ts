import { strict as assert } from 'node:assert';
import { NormalizedText, normalizeForMatch } from '../../server/src/analysis/normalize';

describe('normalization with an offset map', () => {
  it('removes diacritics and tatweel: شدّد = شدد, مـنظمة = منظمة', () => {
    assert.equal(normalizeForMatch('شدّد'), 'شدد');
    assert.equal(normalizeForMatch('مـنظمة'), 'منظمه');
    assert.equal(normalizeForMatch('المُهم'), 'المهم');
  });

  it('unifies alef forms, final ya and ta marbuta', () => {
    assert.equal(normalizeForMatch('أإآٱ'), 'اااا');
    assert.equal(normalizeForMatch('على'), 'علي');
    assert.equal(normalizeForMatch('منظمة'), 'منظمه');
  });

  it('reads Arabic-Indic digits as digits, NO-BREAK SPACE as a space and bidi marks as spaces between words', () => {
    assert.equal(normalizeForMatch('١٤ يناير ٢٠٢٢'), '14 يناير 2022');
    assert.equal(normalizeForMatch('a\u00a0b\u200f.c'), 'a b .c');
    // Inside a word a bidi mark is ignored (issue 15: it split a speaker's name).
    assert.equal(normalizeForMatch('a\u00a0b\u200fc'), 'a bc');
  });

  it('reads the period of a one-letter title (د. = Dr.) and hashtag marks as spaces, and nothing else', () => {
    assert.equal(normalizeForMatch('وقالت د. سحر'), 'وقالت د  سحر');
    assert.equal(normalizeForMatch('وعلق د.فخري'), 'وعلق د فخري');
    // A period after a word, a Latin letter or a digit stays a sentence end.
    assert.equal(normalizeForMatch('قال. ثم U.S. 5.'), 'قال. ثم u.s. 5.');
    assert.equal(normalizeForMatch('وكتبت #وزارة_التجارة على'), 'وكتبت  وزاره التجاره علي');
    // Outside Arabic words # and _ are kept (a link, a Latin hashtag).
    assert.equal(normalizeForMatch('#tag a_b'), '#tag a_b');
  });

  it('keeps every character no rule names, U+0000 included (the table marks them, it does not list them)', () => {
    const kept = ['\u0000', 'ب', 'z', '0', '中', '\uffff', '\ud83d\ude00', ' ', '!'];
    for (const ch of kept) assert.equal(normalizeForMatch(`x${ch}y`), `x${ch}y`, `U+${ch.charCodeAt(0).toString(16)}`);
    // Of the 65,536 UTF-16 units alone, the ones the rules list change and no other (180, counted with the table that listed every code).
    let changed = 0;
    for (let c = 0; c < 0x10000; c++) if (normalizeForMatch(String.fromCharCode(c)) !== String.fromCharCode(c)) changed++;
    assert.equal(changed, 180);
  });

  it('maps a match on the normalized text back to the exact original characters', () => {
    const original = 'وشدّد الوزيـر على «السلام»';
    const nt = NormalizedText.of(original);
    const i = nt.norm.indexOf('الوزير');
    const span = nt.span(i, i + 'الوزير'.length);
    assert.equal(original.slice(span.start, span.end), 'الوزيـر');
    const j = nt.norm.indexOf('شدد');
    const s2 = nt.span(j, j + 3);
    assert.equal(original.slice(s2.start, s2.end), 'شدّد', 'the shadda after the last letter belongs to the match');
  });

  it('lets CRLF and a BOM change nothing but offsets', () => {
    const lf = NormalizedText.of('قال:\n"نعم"');
    const crlf = NormalizedText.of('\ufeffقال:\r\n"نعم"');
    assert.equal(crlf.norm, lf.norm);
    const k = crlf.norm.indexOf('نعم');
    const span = crlf.span(k, k + 3);
    assert.equal(crlf.original.slice(span.start, span.end), 'نعم');
  });

  it('maps every normalized position inside the original text', () => {
    const original = '\ufeffأَكَّدَ\r\nالـوزير\u00a0\u200f«نعم»\r';
    const nt = NormalizedText.of(original);
    for (let i = 0; i <= nt.norm.length; i++) {
      const o = nt.toOriginal(i);
      assert.ok(o >= 0 && o <= original.length, `position ${i} maps to ${o}`);
    }
  });
});
