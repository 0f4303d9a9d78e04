// One mention per written name: the attribution scans can read one written name more than once
// (a name closing a quote's cue, "…"، قال X; an institution or anonymous source speaking), and
// the registry records a place once, so mention counts are the text's and a misspelling read
// twice does not become the majority spelling; a title-only person's first title is its name.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';

const places = (text: string, id: string): [number, string][] =>
  (analyze(text).speakers.find((s) => s.id === id)?.mentions ?? []).map((m) => [m.start, m.text]);

describe('speaker mentions: one per written name', () => {
  const misspeltAtCue = '"الوضع خطير جدا"، قال دميتري ميدفيدف.';

  it('records a misspelt name closing a quote’s cue once', () => {
    const text = `قال ديمتري ميدفيديف إن الوضع صعب. وأضاف ميدفيديف أن الحل قريب.\n${misspeltAtCue}`;
    assert.deepEqual(places(text, 'medvedev'), [
      [text.indexOf('ديمتري ميدفيديف'), 'ديمتري ميدفيديف'],
      [text.indexOf('ميدفيديف أن'), 'ميدفيديف'],
      [text.indexOf('دميتري ميدفيدف'), 'دميتري ميدفيدف'],
    ]);
  });

  it('lets the first-written spelling win a tie, though the other is read twice at its place', () => {
    const text = `قال ديمتري ميدفيديف إن الوضع صعب.\n${misspeltAtCue}`;
    assert.deepEqual(
      analyze(text).nameVariants.map((v) => [v.canonical, v.variant, v.span.start]),
      [['ميدفيديف', 'ميدفيدف', text.lastIndexOf('ميدفيدف')]],
    );
  });

  it('records an institution and an anonymous source once where each is written', () => {
    const cases: [string, string, string][] = [
      ['قال صندوق النقد الدولي إن "النمو سيتباطأ هذا العام".', 'institution:imf', 'صندوق النقد الدولي'],
      ['وقالت الأمم المتحدة إن "الوضع الإنساني يتدهور". وأضافت أن "المساعدات لا تصل".', 'institution:un', 'الأمم المتحدة'],
      ['وقال أحد المحققين إن "القضية معقدة".', 'anonymous:احد المحققين', 'أحد المحققين'],
    ];
    for (const [text, id, name] of cases) assert.deepEqual(places(text, id), [[text.indexOf(name), name]], text);
  });

  it('records a person known only by a title once where the title, its name, is first written', () => {
    const title = 'المتحدث باسم الجيش الإسرائيلي';
    const text = `وقال ${title} إن "العملية مستمرة". وأضاف ${title} أن "الهدف واضح".`;
    const speaker = analyze(text).speakers.find((s) => s.name === title);
    assert.deepEqual(
      speaker?.mentions.map((m) => [m.start, m.via]),
      [
        [text.indexOf(title), 'name'],
        [text.lastIndexOf(title), 'title'],
      ],
    );
  });
});
