// Dates: the dateline and every "weekday + date" phrase, checked against the calendar.
// Month and weekday names come from knowledge/calendar.json; the regular expressions
// are built from them once and have no nested quantifiers and no two space runs that can
// share the same spaces (` *x? *` backtracks quadratically on a long run; ` *(?:x *)?` does not).

import calendar from '../knowledge/calendar.json';
import type { ArticleDocument } from './document';
import { normalizeForMatch } from './normalize';
import type { DateMention } from './types';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A normalized name as a pattern: its words separated by any run of spaces. */
const namePattern = (name: string): string => normalizeForMatch(name).split(' ').map(escape).join(' +');

const MONTH_BY_NAME = new Map<string, number>();
for (const m of calendar.months) for (const n of m.names) MONTH_BY_NAME.set(normalizeForMatch(n), m.month);
const WEEKDAY_BY_NAME = new Map<string, number>();
for (const w of calendar.weekdays) for (const n of w.names) WEEKDAY_BY_NAME.set(normalizeForMatch(n), w.day);

const byLength = (a: string, b: string): number => b.length - a.length;
const MONTHS = [...MONTH_BY_NAME.keys()].sort(byLength).map(namePattern).join('|');
const WEEKDAYS = [...WEEKDAY_BY_NAME.keys()].sort(byLength).map(namePattern).join('|');

/** Words that may stand before a weekday and belong to the phrase (اليوم الجمعة). */
const LEAD = '(?:(?:اليوم|امس|يوم امس|يوم غد|غدا|يوم|مساء|صباح|مساء يوم|صباح يوم|ليله|فجر|ظهر) +)?';
const DATE_CORE = `(?<!\\d)(\\d{1,2}) *(?:من +)?(${MONTHS})(?!\\p{L})(?: *[/\\\\(-] *(?:${MONTHS})(?!\\p{L})\\)?)?(?: *(?:(?:عام|سنه) *)?(\\d{4})(?!\\d))?`;

/** Weekday, optionally introduced, optionally followed by الموافق, then a date (or one in parentheses). */
const WEEKDAY_DATE = new RegExp(`(?<!\\p{L})${LEAD}(${WEEKDAYS})(?!\\p{L})(?: *[،,])? *(?:\\( *)?(?:الموافق +)?(?:ل +)?${DATE_CORE}\\)?`, 'gu');
/** A bare date. */
const DATE = new RegExp(DATE_CORE, 'gu');
/** A line that is only a date (a dateline), optionally with a weekday and a time. */
const TIME = `(?: *(?:[-|،,] *)?(?:الساعه *)?\\d{1,2}:\\d{2}(?: *(?:ص|م|صباحا|مساء|am|pm))?(?: *(?:gmt|utc|بتوقيت \\S+|[+-]\\d+))?)?`;
const DATELINE = new RegExp(`^(?:(?:${WEEKDAYS}) *(?:[،,] *)?)?${DATE_CORE}${TIME}$`, 'u');
/** Numeric datelines: 14/01/2022, 14.01.2022, 2022-01-14, 2022/01/14. */
const NUMERIC_DATELINE = new RegExp(`^(?:(?:${WEEKDAYS}) *(?:[،,] *)?)?(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})|(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2}))${TIME}$`, 'u');

function isoDate(year: number, month: number, day: number): string | null {
  // The calendar's own rule, not a Date round trip (one Date per date phrase). Years below
  // 100 stay invalid, as Date.UTC would read them as 19xx.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The ISO date of a dateline line (normalized, trimmed), or null. */
/** Whether a normalized word is a month's name (or the first word of one: كانون). */
export function isMonthWord(word: string): boolean {
  return MONTH_FIRST_WORDS.has(word);
}
const MONTH_FIRST_WORDS = new Set([...MONTH_BY_NAME.keys()].map((n) => n.split(' ')[0]));

export function parseDateline(key: string): string | null {
  const m = DATELINE.exec(key);
  if (m && m[3]) {
    const month = MONTH_BY_NAME.get(m[2].replace(/ +/g, ' '));
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  const n = NUMERIC_DATELINE.exec(key);
  if (!n) return null;
  // Day first (14/01/2022), as Arabic outlets write it, or ISO order (2022-01-14).
  return n[3] ? isoDate(Number(n[3]), Number(n[2]), Number(n[1])) : isoDate(Number(n[4]), Number(n[5]), Number(n[6]));
}

const WEEKDAY_WORD = new RegExp(`(?<!\\p{L})(?:${WEEKDAYS})(?!\\p{L})`, 'u');

/** Every regular expression built here, for the pathological-input test (test/unit/regexes.test.ts). */
export const DATE_PATTERNS: readonly RegExp[] = [WEEKDAY_DATE, DATE, DATELINE, NUMERIC_DATELINE, WEEKDAY_WORD];

/** Normalized range of the first weekday name in a normalized text. */
export function weekdayWordIn(norm: string): { start: number; end: number } | null {
  const m = WEEKDAY_WORD.exec(norm);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Weekday number (0 = Sunday) of an ISO date. */
export function weekdayOf(iso: string): number {
  // Sakamoto's method on the proleptic Gregorian calendar, as Date.getUTCDay counts.
  const dash = iso.indexOf('-', 1);
  let year = Number(iso.slice(0, dash));
  const month = Number(iso.slice(dash + 1, dash + 3));
  const day = Number(iso.slice(dash + 4, dash + 6));
  if (month < 3) year -= 1;
  return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + MONTH_OFFSET[month - 1] + day) % 7;
}

const MONTH_OFFSET = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Arabic name of a weekday, as written with the article (الجمعة). */
export function weekdayName(day: number): string {
  return calendar.weekdays[day].names[0];
}

function hasDigit(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Every date phrase in the given normalized ranges. A date without a year takes the
 * article's year when the article is dated; its weekday is then checked too.
 */
export function findDates(doc: ArticleDocument, ranges: { start: number; end: number }[], articleDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : null;
  for (const range of ranges) {
    // Every date has a day number: a line without a digit has none (most lines).
    if (!hasDigit(doc.norm, range.start, range.end)) continue;
    const slice = doc.norm.slice(range.start, range.end);
    const covered: [number, number][] = [];
    WEEKDAY_DATE.lastIndex = 0;
    for (let m = WEEKDAY_DATE.exec(slice); m; m = WEEKDAY_DATE.exec(slice)) {
      const weekday = WEEKDAY_BY_NAME.get(m[1].replace(/ +/g, ' ')) ?? null;
      const month = MONTH_BY_NAME.get(m[3].replace(/ +/g, ' '));
      const year = m[4] ? Number(m[4]) : articleYear;
      const iso = month && year ? isoDate(year, month, Number(m[2])) : null;
      const start = range.start + m.index;
      const end = start + m[0].length;
      covered.push([start, end]);
      const span = doc.textSpan(start, end);
      out.push({
        start: span.start,
        end: span.end,
        text: span.text,
        date: iso,
        weekday,
        weekdayCorrect: iso && weekday !== null ? weekdayOf(iso) === weekday : null,
      });
    }
    DATE.lastIndex = 0;
    // Both lists run in text order and weekday phrases do not overlap, so the only phrase
    // that can cover a date is the first one ending at or after it: one pointer, no rescans.
    let k = 0;
    for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      while (k < covered.length && covered[k][1] < end) k++;
      if (k < covered.length && covered[k][0] <= start) continue;
      // A number glued to a preceding word is not a day ("20 عاما" is caught by the month test anyway).
      const month = MONTH_BY_NAME.get(m[2].replace(/ +/g, ' '));
      const year = m[3] ? Number(m[3]) : articleYear;
      const iso = month && year ? isoDate(year, month, Number(m[1])) : null;
      const span = doc.textSpan(start, end);
      out.push({ start: span.start, end: span.end, text: span.text, date: m[3] ? iso : null, weekday: null, weekdayCorrect: null });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
