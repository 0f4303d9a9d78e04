// A weekday that does not match its date (اليوم الخميس 14 يناير 2022 was a Friday).

import { weekdayName, weekdayOf, weekdayWordIn } from '../dates';
import type { ArticleDocument } from '../document';
import { NormalizedText } from '../normalize';
import type { DateMention, Span } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft } from './rule';

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
  check({ doc, analysis }) {
    const out: FindingDraft[] = [];
    for (const d of analysis.dates) {
      if (d.weekdayCorrect !== false || !d.date || d.weekday === null) continue;
      const actual = weekdayOf(d.date);
      const written = weekdaySpan(doc, d);
      const right = weekdayName(actual);
      out.push({
        span: { start: d.start, end: d.end },
        message: `${d.date} was a ${ENGLISH_WEEKDAYS[actual]}, not a ${ENGLISH_WEEKDAYS[d.weekday]}.`,
        messageAr: `يوافق ${d.date} يوم ${right} لا ${weekdayName(d.weekday)}.`,
        fixes: written ? [{ title: `Change the weekday to ${right}`, edits: [{ ...written, newText: right }], preferred: true }] : [],
      });
    }
    return out;
  },
});

/** The original span of the weekday word inside a weekday-and-date phrase. */
function weekdaySpan(doc: ArticleDocument, d: DateMention): Span | null {
  const text = doc.text.slice(d.start, d.end);
  const nt = NormalizedText.of(text);
  const w = weekdayWordIn(nt.norm);
  if (!w) return null;
  const s = nt.span(w.start, w.end);
  return { start: d.start + s.start, end: d.start + s.end };
}
