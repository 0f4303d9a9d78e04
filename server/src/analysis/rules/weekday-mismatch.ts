// A weekday that does not match its date (اليوم الخميس 14 يناير 2022 was a Friday).

import { weekdayName, weekdayOf, weekdayWordIn } from '../dates';
import type { ArticleDocument } from '../document';
import { NormalizedText } from '../normalize';
import type { DateMention, Fix, Quote, Span } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft, type RuleContext } from './rule';

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const weekdayMismatch = defineRule({
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  languages: ANY_LANGUAGE,
  title: { en: 'Weekday does not match the date', ar: 'يوم الأسبوع لا يوافق التاريخ' },
  description: {
    en: 'A weekday that does not match its date (اليوم الخميس 14 يناير 2022 was a Friday).',
    ar: 'يوم أسبوع لا يوافق التاريخ المذكور معه (اليوم الخميس 14 يناير 2022 كان يوم جمعة).',
  },
  check,
});

function check({ doc, analysis }: RuleContext, found: FindingDraft[]): void {
  for (const d of analysis.dates) {
    if (d.weekdayCorrect !== false || !d.date || d.weekday === null) continue;
    // A date without its year takes the article's; in someone's quoted words it may be of
    // another year (زرتها يوم الأحد (16 أكتوبر), said in 2018 of 2011): not checked there.
    if (!YEAR_WRITTEN.test(d.text) && insideQuote(analysis.quotes, d)) continue;
    const actual = weekdayOf(d.date);
    const written = weekdaySpan(doc, d);
    const right = weekdayName(doc.knowledge.calendar, actual);
    const fixes: Fix[] = written ? [{ title: `Change the weekday to ${right}`, edits: [{ start: written.start, end: written.end, newText: right }], preferred: true }] : [];
    // On real articles the slip is often the year (الخميس 15 آذار/مارس 2017 in an article of
    // 2018): when the weekday holds in the article's own year, next to the one written, say so.
    const slip = analysis.date ? yearSlip(doc, d, d.weekday, Number(analysis.date.slice(0, 4))) : null;
    if (slip) fixes.push({ title: `Change the year to ${slip.year}`, edits: [{ start: slip.span.start, end: slip.span.end, newText: slip.written }] });
    found.push({
      span: { start: d.start, end: d.end },
      message: `${d.date} was a ${ENGLISH_WEEKDAYS[actual]}, not a ${ENGLISH_WEEKDAYS[d.weekday]}.${slip ? ` In ${slip.year} it was a ${ENGLISH_WEEKDAYS[d.weekday]}: is the year a slip?` : ''}`,
      messageAr: `يوافق ${d.date} يوم ${right} لا ${weekdayName(doc.knowledge.calendar, d.weekday)}.${slip ? ` وكان يوم ${weekdayName(doc.knowledge.calendar, d.weekday)} في عام ${slip.year}: هل السنة خطأ؟` : ''}`,
      fixes,
    });
  }
}

/** The original span of the weekday word inside a weekday-and-date phrase. */
function weekdaySpan(doc: ArticleDocument, d: DateMention): Span | null {
  const text = doc.text.slice(d.start, d.end);
  const nt = NormalizedText.of(text);
  const w = weekdayWordIn(doc.knowledge.calendar, nt.norm);
  if (!w) return null;
  const s = nt.span(w.start, w.end);
  return { start: d.start + s.start, end: d.start + s.end };
}

const YEAR_WRITTEN = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}/u;

/** Whether a span lies inside a quotation (quotes are in text order). */
function insideQuote(quotes: readonly Quote[], d: Span): boolean {
  return quotes.some((q) => q.span.start < d.start && d.end <= q.span.end);
}

/** Digits of a year as written: Western or Arabic-Indic. */
const YEAR = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;

/**
 * The year written in the phrase, when the article's year is the year before or after it and
 * the named weekday falls on that day and month in the article's year: where the year is
 * written, and the article's year in the same digits.
 */
function yearSlip(doc: ArticleDocument, d: DateMention, weekday: number, articleYear: number): { year: number; span: Span; written: string } | null {
  const year = Number(d.date!.slice(0, 4));
  const monthDay = d.date!.slice(4);
  const text = doc.text.slice(d.start, d.end);
  let last: RegExpExecArray | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) last = m;
  if (!last || toWestern(last[0]) !== String(year)) return null;
  for (const other of [year + 1, year - 1]) {
    if (other !== articleYear || monthDay === '-02-29') continue;
    if (weekdayOf(`${other}${monthDay}`) !== weekday) continue;
    const arabicIndic = /[\u0660-\u0669]/u.test(last[0]);
    const written = arabicIndic ? String(other).replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c))) : String(other);
    return { year: other, span: { start: d.start + last.index, end: d.start + last.index + 4 }, written };
  }
  return null;
}

function toWestern(digits: string): string {
  return digits.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90 % 10));
}
