// Dates: the dateline and every "weekday + date" phrase, checked against the calendar.
// Month and weekday names and the words of the date grammar come from the language
// profile's calendar (knowledge/calendar.json for Arabic); the regular expressions are
// built from them once per profile and have no nested quantifiers and no two space runs
// that can share the same spaces (` *x? *` backtracks quadratically on a long run;
// ` *(?:x *)?` does not).

import type { ArticleDocument } from './document';
import type { CalendarData } from './language/profile';
import { normalizeForMatch } from './normalize';
import type { DateMention } from './types';
import { NextMatch } from './nextMatch';
import { isCommonLetter } from '../shared/scripts';
import { workMeter } from './workMeter';
import { compiledAtOnce } from './regExpTier';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A normalized name as a pattern: its words separated by any run of spaces. */
const namePattern = (name: string): string => normalizeForMatch(name).split(' ').map(escape).join(' +');
/** Words as one alternation, in the order the data gives them. */
const anyOf = (words: readonly string[]): string => (words.length ? words.map(namePattern).join('|') : NEVER);
/** A pattern that matches nothing: a list a profile leaves empty. */
const NEVER = '(?!)';

/** A profile's calendar, compiled: name maps and the expressions of the date grammar. */
export interface Calendar {
  monthByName: Map<string, number>;
  weekdayByName: Map<string, number>;
  /** The first word of every month name (كانون of كانون الثاني), normalized. */
  monthFirstWords: Set<string>;
  /** Each weekday's name as written with the article (الجمعة), by number (0 = Sunday). */
  weekdayNames: string[];
  weekdayDate: RegExp;
  date: RegExp;
  dateline: RegExp;
  numericDateline: RegExp;
  weekdayWord: RegExp;
  /**
   * Any weekday name, bare: every weekdayDate match holds one. A line without one is not
   * searched with weekdayDate, whose letter test before each position costs ten times this scan.
   */
  anyWeekday: RegExp;
  /** anyWeekday, global: each place a weekday name is written, for the starts weekdayDateAt is tried at. */
  weekdayAnywhere: RegExp;
  /** weekdayDate, sticky: tried only where a phrase can start, a few places before each weekday name. */
  weekdayDateAt: RegExp;
  /** The most words of a lead before the weekday (يوم أمس: 2): how far back of a weekday name a phrase may start. */
  leadWords: number;
}

const byLength = (a: string, b: string): number => b.length - a.length;

/** Builds the expressions of a calendar (once per profile: knowledge/index.ts keeps it). */
export function compileCalendar(c: CalendarData): Calendar {
  const monthByName = new Map<string, number>();
  for (const m of c.months) for (const n of m.names) monthByName.set(normalizeForMatch(n), m.month);
  const weekdayByName = new Map<string, number>();
  for (const w of c.weekdays) for (const n of w.names) weekdayByName.set(normalizeForMatch(n), w.day);
  const weekdayNames: string[] = [];
  for (const w of c.weekdays) weekdayNames[w.day] = w.names[0];
  const months = [...monthByName.keys()].sort(byLength).map(namePattern).join('|');
  const weekdays = [...weekdayByName.keys()].sort(byLength).map(namePattern).join('|');
  /** Words that may stand before a weekday and belong to the phrase (اليوم الجمعة). */
  const lead = `(?:(?:${anyOf(c.weekdayLeads)}) +)?`;
  const dayMonthLink = `(?:(?:${anyOf(c.dayMonthLinks)}) +)?`;
  const yearWord = `(?:(?:${anyOf(c.yearWords)}) *)?`;
  const dateCore = `(?<!\\d)(\\d{1,2}) *${dayMonthLink}(${months})(?!\\p{L})(?: *[/\\\\(-] *(?:${months})(?!\\p{L})\\)?)?(?: *${yearWord}(\\d{4})(?!\\d))?`;
  const weekdayDateLink = `(?:(?:${anyOf(c.weekdayDateLinks)}) +)?(?:(?:${anyOf(c.weekdayDatePrepositions)}) +)?`;
  const leadWords = Math.max(0, ...c.weekdayLeads.map((w) => normalizeForMatch(w).split(' ').filter(Boolean).length));
  const weekdayDateSource = `(?<!\\p{L})${lead}(${weekdays})(?!\\p{L})(?: *[،,])? *(?:\\( *)?${weekdayDateLink}${dateCore}\\)?`;
  const time = `(?: *(?:[-|،,] *)?(?:(?:${anyOf(c.hourWords)}) *)?\\d{1,2}:\\d{2}(?: *(?:${anyOf(c.halfDayMarkers)}))?(?: *(?:${anyOf(c.timeZones)}|(?:${anyOf(c.timeZoneWords)}) \\S+|[+-]\\d+))?)?`;
  return {
    monthByName,
    weekdayByName,
    monthFirstWords: new Set([...monthByName.keys()].map((n) => n.split(' ')[0])),
    weekdayNames,
    /** Weekday, optionally introduced, optionally followed by الموافق, then a date (or one in parentheses). */
    weekdayDate: compiledAtOnce(new RegExp(weekdayDateSource, 'gu')),
    /** A bare date. */
    date: compiledAtOnce(new RegExp(dateCore, 'gu')),
    /** A line that is only a date (a dateline), optionally with a weekday and a time. */
    dateline: compiledAtOnce(new RegExp(`^(?:(?:${weekdays}) *(?:[،,] *)?)?${dateCore}${time}$`, 'u')),
    /** Numeric datelines: 14/01/2022, 14.01.2022, 2022-01-14, 2022/01/14. */
    numericDateline: compiledAtOnce(new RegExp(`^(?:(?:${weekdays}) *(?:[،,] *)?)?(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})|(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2}))${time}$`, 'u')),
    weekdayWord: new RegExp(`(?<!\\p{L})(?:${weekdays})(?!\\p{L})`, 'u'),
    anyWeekday: compiledAtOnce(new RegExp(`(?:${weekdays})`, 'u')),
    weekdayAnywhere: compiledAtOnce(new RegExp(`(?:${weekdays})`, 'gu')),
    weekdayDateAt: compiledAtOnce(new RegExp(weekdayDateSource, 'uy')),
    leadWords,
  };
}

/** The calendar of a profile that has none: no date is ever found. */
export function noCalendar(): Calendar {
  const never = (flags: string): RegExp => new RegExp(NEVER, flags);
  return { monthByName: new Map(), weekdayByName: new Map(), monthFirstWords: new Set(), weekdayNames: [], weekdayDate: never('gu'), date: never('gu'), dateline: never('u'), numericDateline: never('u'), weekdayWord: never('u'), anyWeekday: never('u'), weekdayAnywhere: never('gu'), weekdayDateAt: never('uy'), leadWords: 0 };
}

/** Every regular expression a calendar holds, for the pathological-input test (test/unit/regexes.test.ts). */
export function calendarPatterns(c: Calendar): RegExp[] {
  return [c.weekdayDate, c.date, c.dateline, c.numericDateline, c.weekdayWord, c.anyWeekday, c.weekdayAnywhere, c.weekdayDateAt];
}

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

/** Whether a normalized word is a month's name (or the first word of one: كانون). */
export function isMonthWord(cal: Calendar, word: string): boolean {
  return cal.monthFirstWords.has(word);
}

/** The ISO date of a dateline line (normalized, trimmed), or null. */
export function parseDateline(cal: Calendar, key: string): string | null {
  const m = cal.dateline.exec(key);
  if (m && m[3]) {
    const month = cal.monthByName.get(m[2].replace(/ +/g, ' '));
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  const n = cal.numericDateline.exec(key);
  if (!n) return null;
  // Day first (14/01/2022), as Arabic outlets write it, or ISO order (2022-01-14).
  return n[3] ? isoDate(Number(n[3]), Number(n[2]), Number(n[1])) : isoDate(Number(n[4]), Number(n[5]), Number(n[6]));
}

/** Normalized range of the first weekday name in a normalized text. */
export function weekdayWordIn(cal: Calendar, norm: string): { start: number; end: number } | null {
  const m = cal.weekdayWord.exec(norm);
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

/** A weekday's name in the profile's language, as written with the article (الجمعة). */
export function weekdayName(cal: Calendar, day: number): string {
  return cal.weekdayNames[day];
}

/** Every digit: a line without one holds no date (NextMatch finds the next). */
const DIGIT = /[0-9]/g;

/**
 * Every date phrase in the given normalized ranges. A date without a year takes the
 * article's year when the article is dated; its weekday is then checked too.
 */
export function findDates(doc: ArticleDocument, ranges: { start: number; end: number }[], articleDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const digits = new NextMatch(DIGIT, doc.norm);
  for (const range of ranges) {
    workMeter.steps += 1 + range.end - range.start;
    // Every date has a day number: a line without a digit has none (most lines).
    if (digits.after(range.start) < range.end) datesInRange(doc, range, articleYear, out);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The dates of one range (a line with a digit), added to out in text order. */
function datesInRange(doc: ArticleDocument, range: { start: number; end: number }, articleYear: number | null, out: DateMention[]): void {
  const cal = doc.knowledge.calendar;
  const DATE = cal.date;
  const slice = doc.norm.slice(range.start, range.end);
  // Every weekday date ends in a date (the same expression, dateCore): a line where no
  // date is found holds neither, and the weekday scans (most lines with a digit) are
  // skipped. The bare dates below continue from this first one: no second scan up to it.
  DATE.lastIndex = 0;
  const firstDate = DATE.exec(slice);
  if (!firstDate) return;
  const covered: [number, number][] = [];
  for (let m = nextWeekdayDate(cal, slice, 0); m; m = nextWeekdayDate(cal, slice, m.index + m[0].length)) {
    workMeter.steps++;
    const weekday = cal.weekdayByName.get(m[1].replace(/ +/g, ' ')) ?? null;
    const month = cal.monthByName.get(m[3].replace(/ +/g, ' '));
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
  workMeter.steps += covered.length;
  // Both lists run in text order and weekday phrases do not overlap, so the only phrase
  // that can cover a date is the first one ending at or after it: one pointer, no rescans.
  let k = 0;
  for (let m: RegExpExecArray | null = firstDate; m; m = DATE.exec(slice)) {
    workMeter.steps++;
    const start = range.start + m.index;
    const end = start + m[0].length;
    while (k < covered.length && covered[k][1] < end) k++;
    if (k < covered.length && covered[k][0] <= start) continue;
    // A number glued to a preceding word is not a day ("20 عاما" is caught by the month test anyway).
    const month = cal.monthByName.get(m[2].replace(/ +/g, ' '));
    const year = m[3] ? Number(m[3]) : articleYear;
    const iso = month && year ? isoDate(year, month, Number(m[1])) : null;
    const span = doc.textSpan(start, end);
    out.push({ start: span.start, end: span.end, text: span.text, date: m[3] ? iso : null, weekday: null, weekdayCorrect: null });
  }
}

/**
 * The first weekdayDate match of `s` starting at or after `from`, as weekdayDate searched
 * from there would find it. Every match holds a weekday name, at most leadWords words
 * after its start: the sticky expression is tried only there, at the places no letter
 * precedes, instead of at every position of the line (the expression's letter test at each
 * position was most of the date scan).
 */
function nextWeekdayDate(cal: Calendar, s: string, from: number): RegExpExecArray | null {
  const names = cal.weekdayAnywhere;
  const phrase = cal.weekdayDateAt;
  // Starts below this one are tried already.
  let tried = from;
  names.lastIndex = from;
  for (let name = names.exec(s); name; name = names.exec(s)) {
    const w = name.index;
    workMeter.steps++;
    for (let start = Math.max(tried, leadStart(s, w, cal.leadWords)); start <= w; start++) {
      if (start > 0 && isCommonLetter(s.charCodeAt(start - 1))) continue;
      workMeter.steps++;
      phrase.lastIndex = start;
      const m = phrase.exec(s);
      if (m) {
        names.lastIndex = phrase.lastIndex = 0;
        return m;
      }
    }
    tried = w + 1;
    // Every place a name starts, overlapping ones included.
    names.lastIndex = w + 1;
  }
  return null;
}

/** Where a phrase whose weekday name is at `w` starts at the earliest: `words` words (runs without a space) and their spaces back. */
function leadStart(s: string, w: number, words: number): number {
  let b = w;
  for (let n = 0; n < words; n++) {
    while (b > 0 && s.charCodeAt(b - 1) === 0x20) b--;
    while (b > 0 && s.charCodeAt(b - 1) !== 0x20) b--;
  }
  return b;
}
