// fast-check generators of Arabic-heavy text for property tests. They mix random
// letters, diacritics and tatweel with the real vocabulary of the knowledge files (cue
// verbs, titles, names, organizations, months, page chrome) and with every character
// that trips text handling up: all quote marks, NO-BREAK SPACE, bidi marks, CRLF and
// lone CR, both digit systems, a BOM, Latin and Cyrillic words, a lone surrogate.

import fc from 'fast-check';
import calendar from '../../server/src/knowledge/calendar.json';
import countries from '../../server/src/knowledge/countries.json';
import cues from '../../server/src/knowledge/cues.json';
import organizations from '../../server/src/knowledge/organizations.json';
import people from '../../server/src/knowledge/people.json';
import roles from '../../server/src/knowledge/roles.json';

const LETTERS = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];
const DIACRITICS = ['\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670'];
const TATWEEL = '\u0640';
export const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e'];
const SPACES = [' ', ' ', ' ', '\u00a0', '\t', '\u200f', '\u200e', '\u061c', '\u202b', '\u202c', '\u2066', '\u2069', '\u200d', '\u200c'];
const PUNCTUATION = ['،', '.', ':', '؛', '؟', '!', '(', ')', '-', '–', '/', ',', '…'];
const LINE_BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\u00a0\n'];
const WESTERN = [...'0123456789'];
const ARABIC_INDIC = [...'٠١٢٣٤٥٦٧٨٩'];

const verbs = cues.verbs.flatMap((v) => v.forms);
const participles = cues.participles.flatMap((p) => p.forms);
const according = [...cues.accordingTo, ...cues.selfAccordingTo];
const titles = roles.roles.flatMap((r) => r.arabic);
const adjectives = countries.countries.flatMap((c) => [...c.adjectives, ...c.arabic]);
const names = people.people.flatMap((p) => [...p.arabic, ...p.surnames]);
const orgs = organizations.organizations.flatMap((o) => [...o.arabic, ...(o.abbreviations ?? [])]);
const months = calendar.months.flatMap((m) => m.names);
const weekdays = calendar.weekdays.flatMap((w) => w.names);
const CHROME = ['Ru En', 'أخبار العالم', 'انسخ الرابط', 'موافق', 'نستخدم ملفات تعريف الارتباط', 'الصورة: رويترز', 'جميع الحقوق محفوظة', 'https://example.com/a', 'منذ ساعتين', 'شارك'];
const FOREIGN = ['the', 'minister', 'said', 'NATO', 'Moscow', 'министр', 'сказал', 'Москва', 'ТАСС'];
const CONNECTORS = ['أن', 'إن', 'في', 'من', 'على', 'اليوم', 'الوزير', 'الرئيس', 'نظيره', 'و', 'الـ', 'بـ', 'هكذا', 'ايضا', 'مسؤول في وزارة الخزانة', 'المصدر:'];

const pick = (list: string[]): fc.Arbitrary<string> => fc.constantFrom(...list);

/** A digit string in either system (sometimes mixed). */
const number = fc.array(fc.oneof(pick(WESTERN), pick(ARABIC_INDIC)), { minLength: 1, maxLength: 4 }).map((d) => d.join(''));

/** A made-up Arabic word, with diacritics and tatweel sprinkled in. */
const word = fc
  .array(fc.oneof({ weight: 8, arbitrary: pick(LETTERS) }, { weight: 1, arbitrary: pick(DIACRITICS) }, { weight: 1, arbitrary: fc.constant(TATWEEL) }), { minLength: 1, maxLength: 8 })
  .map((c) => c.join(''));

const date = fc
  .tuple(fc.option(pick(weekdays), { nil: undefined }), number, pick(months), fc.option(fc.tuple(fc.constantFrom('/', ' / ', '-'), pick(months)), { nil: undefined }), fc.option(number, { nil: undefined }))
  .map(([w, d, m, alt, y]) => [w, d, m, alt ? alt.join('') : '', y].filter((x) => x).join(' '));

/** A quoted stretch: marks of any kind around words, sometimes unbalanced or nested. */
const quoted = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(pick(QUOTE_MARKS), inner, fc.option(pick(QUOTE_MARKS), { freq: 4, nil: '' })).map(([o, s, c]) => `${o}${s}${c}`);

const words = fc.array(fc.oneof(word, pick(CONNECTORS), pick(names), pick(orgs)), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** Sentences built like wire copy, so the generator walks the analysis' real paths. */
const sentence = fc.oneof(
  fc.tuple(pick(verbs), pick(titles), pick(adjectives), pick(names), quoted(words)).map(([v, t, a, n, q]) => `و${v} ${t} ${a} ${n}: ${q}`),
  fc.tuple(quoted(words), pick(verbs), pick(names)).map(([q, v, n]) => `${q}، ${v} ${n}.`),
  fc.tuple(pick(participles), quoted(words)).map(([p, q]) => `${p} ${q}`),
  fc.tuple(pick(according), pick(orgs), quoted(words)).map(([a, o, q]) => `${a} ${o}، ${q}`),
  fc.tuple(pick(names), quoted(fc.tuple(words, quoted(words), words).map((p) => p.join(' ')))).map(([n, q]) => `${n}: ${q}`),
  fc.tuple(fc.constantFrom('فيلم', 'مؤتمر', 'منتدى', 'كتاب'), quoted(words)).map(([h, q]) => `${h} ${q}`),
  fc.tuple(pick(weekdays), date).map(([w, d]) => `اليوم ${w} ${d}`),
  fc.tuple(fc.constantFrom('المصدر: ', 'المصدر:'), pick(orgs)).map(([s, o]) => `${s}${o}`),
);

/** Any single piece of a line. */
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: pick(QUOTE_MARKS) },
  { weight: 2, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(SPACES) },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: pick(verbs) },
  { weight: 1, arbitrary: pick(titles) },
  { weight: 1, arbitrary: pick(names) },
  { weight: 1, arbitrary: pick(orgs) },
  { weight: 1, arbitrary: pick(FOREIGN) },
  { weight: 1, arbitrary: pick(CONNECTORS) },
  { weight: 1, arbitrary: fc.constant('\ud83d') }, // a lone surrogate, as a broken paste leaves it
);

const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 12 }).chain((ps) => fc.array(pick([' ', ' ', '', '\u00a0']), { minLength: ps.length, maxLength: ps.length }).map((gaps) => ps.map((p, i) => p + gaps[i]).join(''))) },
  { weight: 1, arbitrary: pick(CHROME) },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.constant('') },
);

/** An article: lines joined by any kind of line break, sometimes with a BOM. */
export const arabicArticle: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 24 }), fc.array(pick(LINE_BREAKS), { minLength: 24, maxLength: 24 }))
  .map(([bom, lines, breaks]) => (bom ? '\ufeff' : '') + lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i] : '')).join(''));
