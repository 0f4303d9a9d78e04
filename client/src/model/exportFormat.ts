// The two export formats of "Export Quotes". Pure, so the unit tests check the bytes.
//   CSV: one row per quote, RFC 4180 (CRLF rows; a field with a comma, a quote mark or a
//        line break is quoted and its quote marks doubled), UTF-8 with a BOM so that
//        spreadsheet tools read the Arabic as UTF-8. A field that starts with = + - @ or a
//        tab/CR gets a leading apostrophe so a spreadsheet shows it as text and never runs
//        it as a formula (OWASP "CSV injection"), and so does one after a ";" or a tab
//        inside a field, which is then quoted; the JSON export keeps the text as is.
//   JSON: the public report of every article (the contract of `press-review analyze
//        --format json`, DESIGN.md), with `file` relative to the workspace folder. No BOM
//        (RFC 8259 forbids one).

import type { JsonReport } from '../../../server/src/protocol';
import type { ReviewedArticle } from '../../../server/src/protocol';

export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = ['file', 'line', 'column', 'kind', 'speaker', 'role', 'cue', 'attribution', 'text', 'title', 'date'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A formula start after a semicolon or a tab: a spreadsheet that splits rows on ";" (the
 * default where the comma is the decimal mark) or on tabs would begin a cell there.
 */
const FORMULA_AFTER_SEPARATOR = /([;\t])([=+\-@])/g;

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = (FORMULA_START.test(value) ? `'${value}` : value).replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  // Quoted also when it holds a semicolon or a tab, so that no reader splits it.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

export function quotesCsv(articles: ReviewedArticle[], pathOf: (a: ReviewedArticle) => string): string {
  const rows: string[] = [csvRow([...CSV_COLUMNS])];
  for (const article of articles) {
    const r = article.report;
    const speakers = new Map(r.speakers.map((s) => [s.id, s]));
    const file = pathOf(article);
    for (const q of r.quotes) {
      const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
      rows.push(csvRow([file, q.line, q.column, q.kind, s?.name ?? q.speaker, s?.role, q.cue, q.attribution, q.text, r.title, r.date]));
    }
  }
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}

export function reportsJson(articles: ReviewedArticle[], pathOf: (a: ReviewedArticle) => string): string {
  const reports: JsonReport[] = articles.map((a) => ({ ...a.report, file: pathOf(a) }));
  return `${JSON.stringify(reports, null, 2)}\n`;
}

/** How many quote rows an export holds (for the message after writing it). */
export function quoteCount(articles: ReviewedArticle[]): number {
  return articles.reduce((n, a) => n + a.report.quotes.length, 0);
}
