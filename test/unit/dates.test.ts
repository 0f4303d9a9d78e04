import { strict as assert } from 'node:assert';
import { article } from '../support/article';
import { analyze } from '../../server/src/analysis';

describe('dates and weekdays', () => {
  it('checks a weekday against its date', () => {
    const right = article('أكد الوزير، اليوم الجمعة 14 يناير/كانون الثاني 2022، أن الوضع مستقر.');
    assert.equal(right.dates[0].date, '2022-01-14');
    assert.equal(right.dates[0].weekdayCorrect, true);
    const wrong = article('أكد الوزير، اليوم الخميس 14 يناير 2022، أن الوضع مستقر.');
    assert.equal(wrong.dates[0].weekdayCorrect, false);
    const f = wrong.findings.find((x) => x.code === 'weekday-mismatch');
    assert.ok(f);
    const edit = f.fixes[0].edits[0];
    assert.equal(wrong.text.slice(edit.start, edit.end), 'الخميس');
    assert.equal(edit.newText, 'الجمعة');
  });

  it('reads Arabic-Indic digits and the Levantine month names', () => {
    const a = article('وفي يوم الأربعاء ٩ شباط ٢٠٢٢ عقد الاجتماع.');
    assert.equal(a.dates[0].date, '2022-02-09');
    assert.equal(a.dates[0].weekdayCorrect, true);
  });

  it('takes the year from the dateline when the phrase has none', () => {
    const a = article(['عنوان الخبر', '', '10 يناير 2022', '', 'قال الرئيس يوم الاثنين 10 يناير إن الوضع مستقر.', '', 'وأضاف أن القوات ستنسحب.']);
    const d = a.dates.find((x) => x.weekday !== null)!;
    assert.equal(d.date, '2022-01-10');
    assert.equal(d.weekdayCorrect, true);
  });

  it('does not check a weekday without a date', () => {
    const a = article('يخطط الأمين العام للمغادرة يوم غد الثلاثاء إلى المنطقة.');
    assert.equal(a.dates.filter((d) => d.weekdayCorrect !== null).length, 0);
  });
});

describe('datelines and weekday phrases in other formats', () => {
  const dated = (line: string): string | null => article(['عنوان الخبر هنا', '', line, '', 'قال الوزير إن الأمور بخير.', '', 'وأضاف أن كل شيء على ما يرام.']).date;
  it('reads numeric datelines, day first or ISO, with a weekday or a time', () => {
    assert.equal(dated('14/01/2022'), '2022-01-14');
    assert.equal(dated('2022-01-14'), '2022-01-14');
    assert.equal(dated('الجمعة، 14 يناير 2022 - 10:30 ص'), '2022-01-14');
    assert.equal(dated('31/02/2022'), null, 'an impossible date is no date');
  });
  it('checks a weekday whose date stands in parentheses', () => {
    const a = article('وعقد الاجتماع يوم الأحد (13 مارس 2022) في جنيف.');
    assert.equal(a.dates[0].date, '2022-03-13');
    assert.equal(a.dates[0].weekdayCorrect, true);
  });
});

describe('weekday-mismatch on a year written by slip', () => {
  const body = 'دخلت الحرب في سوريا الخميس 15 آذار/مارس 2017 عامها الثامن دون أن يظهر أي حل.\nوقال المحلل إن الأزمة مستمرة.';
  const weekdayFinding = (text: string) => analyze(text).findings.find((f) => f.code === 'weekday-mismatch')!;

  it('offers the article’s own year when the weekday holds in it (an article of 2018 writing 2017)', () => {
    const text = `الحرب في سوريا تدخل عامها الثامن\n15 مارس 2018\n${body}`;
    const f = weekdayFinding(text);
    assert.match(f.message, /2017-03-15 was a Wednesday, not a Thursday\. In 2018 it was a Thursday/);
    const year = f.fixes.find((x) => x.title === 'Change the year to 2018')!;
    assert.equal(text.slice(year.edits[0].start, year.edits[0].end), '2017');
  });

  it('offers no year when the article is undated: a weekday one day off fits the next year by chance', () => {
    const f = weekdayFinding(`الحرب في سوريا تدخل عامها الثامن\n${body}`);
    assert.deepEqual(f.fixes.map((x) => x.title), ['Change the weekday to الأربعاء']);
  });
});

describe('weekday-mismatch in quoted words', () => {
  it('does not lend the article’s year to a year-less date inside a quotation', () => {
    const text = 'القذافي في سرت\n18 أكتوبر 2018\nوأضاف "لم أكن أعتقد أنه داخل سرت، خصوصا أنني زرتها يوم الأحد (16 أكتوبر) كنت أعتقد أنه ليس في المدينة".\nوعقد الاجتماع يوم الأحد 16 أكتوبر في جنيف.\n';
    const found = analyze(text).findings.filter((f) => f.code === 'weekday-mismatch');
    assert.equal(found.length, 1, 'only the date in the article’s own words is checked');
    assert.ok(text.slice(found[0].span.start, found[0].span.end).includes('16 أكتوبر'));
    assert.ok(found[0].span.start > text.indexOf('وعقد'));
  });
});
