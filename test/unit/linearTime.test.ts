// The analysis takes time linear in the length of the text, whatever the text: k copies
// of an article cost about k times one copy, and so do the shapes that used to cost the
// square of their size (a paragraph of thousands of quotes with no full stop, quotes
// nested thousands deep, a date followed by a run of spaces…). Ratios, not times: see
// test/support/scaling.ts.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { Converter } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { arabicArticle } from '../support/arabicText';
import { seed } from '../support/article';
import { describeGrowth, growth } from '../support/scaling';

const copies = (text: string, separator = '\n\n') => (k: number): string => Array.from({ length: k }, () => text).join(separator);

/** The i-th of as many different made-up surnames as needed (letters only). */
function surname(i: number): string {
  const letters = 'ابتثجحخدذرسشصضطظعغفقكلمنهوي';
  let s = '';
  for (let k = i; k > 0 || s === ''; k = Math.floor(k / letters.length)) s += letters[k % letters.length];
  return `${s}وف`;
}

/** n different people holding the same office, each named with it and then called by it. */
const sameOfficeHolders = (n: number): string =>
  Array.from({ length: n }, (_, i) => `وقال وزير الخارجية الروسي سيرغي ${surname(i)} إن "العلاقات تتطور بشكل جيد". وأضاف الوزير الروسي: "سنواصل العمل".`).join('\n');

/** Each shape: how to make it n times over, and an n that makes one copy take a few milliseconds. */
const SHAPES: { name: string; make: (n: number) => string; n: number }[] = [
  { name: 'a wire article repeated', make: copies(seed('000')), n: 1 },
  { name: 'the same article as one long line', make: copies(seed('002').replace(/\s*\n\s*/g, ' '), ' '), n: 1 },
  { name: 'generated articles repeated', make: copies(fc.sample(arabicArticle, { numRuns: 6, seed: 7 }).join('\n')), n: 1 },
  { name: 'straight quote marks only', make: (n) => '"'.repeat(n), n: 1000 },
  { name: 'curly opening marks only', make: (n) => '\u201c'.repeat(n), n: 500 },
  { name: 'quote marks and spaces', make: (n) => '" « » “ '.repeat(n), n: 250 },
  { name: 'guillemets nested n deep', make: (n) => `${'«'.repeat(n)}كلام${'»'.repeat(n)}`, n: 500 },
  { name: 'straight quotes nested n deep', make: (n) => `قال لافروف: ${'"كلام '.repeat(n)}نهاية${' كلام"'.repeat(n)}`, n: 150 },
  { name: 'unclosed quotes on one line', make: (n) => 'قال "كلام كثير هنا '.repeat(n), n: 100 },
  { name: 'statements in one sentence with no full stop', make: (n) => 'وقال: "نحن مستعدون للحوار معهم" '.repeat(n), n: 60 },
  { name: 'unattributed statements in one paragraph', make: (n) => 'نص "نحن مستعدون للحوار معهم والعمل" '.repeat(n), n: 60 },
  { name: 'weekday dates on one line', make: (n) => 'الجمعة 14 يناير 2022 '.repeat(n), n: 100 },
  { name: 'a date followed by a run of spaces', make: (n) => `قال لافروف 14 يناير${' '.repeat(n)}x`, n: 5000 },
  { name: 'one name spelled two ways, many times', make: (n) => 'قال الرئيس البيلاروسي ألكسندر لوكاشينكو: "كلام كثير جدا هنا". وقال لوكاشينكا: "كلام كثير جدا هنا". '.repeat(n), n: 15 },
  { name: 'title-only references', make: (n) => 'وقال الوزير الروسي: "نحن هنا الآن معكم". '.repeat(n), n: 30 },
  { name: 'many different people holding one office, each called by its title', make: sameOfficeHolders, n: 400 },
  { name: 'colons before one quote', make: (n) => `${'قال: '.repeat(n)}"نحن مستعدون للحوار"`, n: 400 },
  { name: 'page chrome lines', make: (n) => 'موافق\nانسخ الرابط\n'.repeat(n), n: 1000 },
  { name: 'diacritics and tatweel', make: (n) => 'قَالَ مـــنظمة '.repeat(n), n: 300 },
  { name: 'NO-BREAK SPACE and bidi marks', make: (n) => '\u00a0\u200f\u202b'.repeat(n) + 'x', n: 5000 },
  { name: 'lone CR line breaks', make: (n) => 'سطر "كلام"\r'.repeat(n), n: 150 },
];

describe('analysis time is linear in the length of the text', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: 16 times the text costs about 16 times the time`, function () {
      this.timeout(60000);
      const g = growth(shape.make, shape.n, (text) => analyze(text));
      if (process.env.PRESS_REVIEW_SHOW_GROWTH) console.log(`      ${describeGrowth(g)}`);
      assert.ok(g.ok, describeGrowth(g));
    });
  }
});

/** What the server derives from one analysis: outline, diagnostics, a hover in the middle. */
function serverFeatures(text: string): unknown[] {
  const a = analyze(text);
  const convert = new Converter(text);
  return [documentSymbols(a, convert), toDiagnostics(a, convert, 'untitled:x', { rules: {}, language: 'en' }), hoverAt(a, convert, text.length >> 1, builtinKnowledge())];
}

describe('so is what the server derives from it (outline, diagnostics, hover)', () => {
  for (const shape of SHAPES.filter((s) => /repeated|nested|one sentence|one long line|spelled two ways|one office/.test(s.name))) {
    it(`${shape.name}: 16 times the text costs about 16 times the time`, function () {
      this.timeout(60000);
      const g = growth(shape.make, shape.n, serverFeatures);
      if (process.env.PRESS_REVIEW_SHOW_GROWTH) console.log(`      ${describeGrowth(g)}`);
      assert.ok(g.ok, describeGrowth(g));
    });
  }
});
