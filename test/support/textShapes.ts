// Texts of every shape that once cost the square of its size (or could): each made n
// times over by `make`, with an n that makes one copy take a few milliseconds. The
// linear-time tests (test/unit/linearTime.test.ts) analyse each at n and 16n.

import fc from 'fast-check';
import { arabicArticle } from './arabicText';
import { seed } from './article';

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
export const SHAPES: { name: string; make: (n: number) => string; n: number }[] = [
  { name: 'a wire article repeated', make: copies(seed('000')), n: 1 },
  { name: 'the same article as one long line', make: copies(seed('002').replace(/\s*\n\s*/g, ' '), ' '), n: 1 },
  { name: 'generated articles repeated', make: copies(fc.sample(arabicArticle, { numRuns: 6, seed: 7 }).join('\n')), n: 1 },
  { name: 'straight quote marks only', make: (n) => '"'.repeat(n), n: 1000 },
  { name: 'curly opening marks only', make: (n) => '\u201c'.repeat(n), n: 500 },
  { name: 'quote marks and spaces', make: (n) => '" « » “ '.repeat(n), n: 250 },
  { name: 'guillemets nested n deep', make: (n) => `${'«'.repeat(n)}كلام${'»'.repeat(n)}`, n: 500 },
  { name: 'straight quotes nested n deep', make: (n) => `قال لافروف: ${'"كلام '.repeat(n)}نهاية${' كلام"'.repeat(n)}`, n: 150 },
  { name: 'unclosed quotes before a run of full stops', make: (n) => `قال ${'"كلام '.repeat(n)}${'.'.repeat(n)}`, n: 250 },
  { name: 'unclosed quotes on one line', make: (n) => 'قال "كلام كثير هنا '.repeat(n), n: 100 },
  { name: 'statements in one sentence with no full stop', make: (n) => 'وقال: "نحن مستعدون للحوار معهم" '.repeat(n), n: 60 },
  { name: 'unattributed statements in one paragraph', make: (n) => 'نص "نحن مستعدون للحوار معهم والعمل" '.repeat(n), n: 60 },
  { name: 'weekday dates on one line', make: (n) => 'الجمعة 14 يناير 2022 '.repeat(n), n: 100 },
  { name: 'a date followed by a run of spaces', make: (n) => `قال لافروف 14 يناير${' '.repeat(n)}x`, n: 5000 },
  { name: 'one name spelled two ways, many times', make: (n) => 'قال الرئيس البيلاروسي ألكسندر لوكاشينكو: "كلام كثير جدا هنا". وقال لوكاشينكا: "كلام كثير جدا هنا". '.repeat(n), n: 15 },
  { name: 'title-only references', make: (n) => 'وقال الوزير الروسي: "نحن هنا الآن معكم". '.repeat(n), n: 30 },
  { name: 'many different people holding one office, each called by its title', make: sameOfficeHolders, n: 400 },
  // Each quote's evidence is the speaker's latest mention before it: one speaker named n times, n quotes carried over to him.
  { name: 'one speaker named before every carried-over quote', make: (n) => 'قال لافروف إن الوضع صعب. وأضاف: "نحن مستعدون للحوار معهم". '.repeat(n), n: 40 },
  // …and a statement carried over across a paragraph is weak and names its rivals: one of them named n times.
  { name: 'weak statements naming a rival named before each', make: (n) => 'قال لافروف إن الوضع صعب. وقال بوتين إن الأمر جيد.\n\nوأضاف: "نحن مستعدون للحوار معهم".\n\n'.repeat(n), n: 30 },
  // Each paragraph looked for its sentence breaks (". ") from its start to the next one in the text, here the last line.
  { name: 'paragraphs with no full stop before one at the end', make: (n) => `${'وقال الوزير إن الوضع صعب جدا في المنطقة\n\n'.repeat(n)}وانتهى الاجتماع. وغادر الوفد`, n: 100 },
  { name: 'colons before one quote', make: (n) => `${'قال: '.repeat(n)}"نحن مستعدون للحوار"`, n: 400 },
  { name: 'page chrome lines', make: (n) => 'موافق\nانسخ الرابط\n'.repeat(n), n: 1000 },
  { name: 'diacritics and tatweel', make: (n) => 'قَالَ مـــنظمة '.repeat(n), n: 300 },
  { name: 'NO-BREAK SPACE and bidi marks', make: (n) => '\u00a0\u200f\u202b'.repeat(n) + 'x', n: 5000 },
  { name: 'lone CR line breaks', make: (n) => 'سطر "كلام"\r'.repeat(n), n: 150 },
];
