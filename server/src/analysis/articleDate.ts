// The article's date when no dateline gives it: a date written in the file's name, as
// archives and scrapers name their files (AL-economy-12-20180315.txt, 2018-03-15-…).
// A wrong date is worse than none (it names the wrong office holder), so only a full
// year-month-day with a plausible year and a real calendar day is taken.

const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![0-9])/u;

export function dateFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const m = DATE_IN_NAME.exec(base);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > days[month - 1]) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
