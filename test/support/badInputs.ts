// The bad-input corpus: the small files committed under test/fixtures/bad/, and the big
// or pathological inputs generated at test time (never committed): a 50 MB article, a
// single 5 MB line, 100,000 quote marks, 10,000 nested quotes. Each generator says what
// it made, so tests can assert results (how many quotes, on which line) and not just
// that nothing threw.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, seed } from './article';

export const BAD = path.join(ROOT, 'test', 'fixtures', 'bad');
export const MB = 1024 * 1024;

export const badFile = (name: string): string => path.join(BAD, name);
export const readBad = (name: string): string => fs.readFileSync(badFile(name), 'utf8');

/** One unit of the big article: three seeds, so it has sections, quotes, chrome and a dateline. */
export function articleUnit(): string {
  return [seed('000'), seed('002'), seed('004')].join('\n\n');
}

export interface Repeated {
  text: string;
  /** How many copies of `unit` the text holds, joined by `separator`. */
  copies: number;
  unit: string;
  separator: string;
}

/** Copies of `unit` joined by `separator` until the text is at least `bytes` of UTF-8. */
export function repeatToSize(unit: string, bytes: number, separator: string): Repeated {
  const unitBytes = Buffer.byteLength(unit + separator);
  const copies = Math.ceil(bytes / unitBytes);
  return { text: Array.from({ length: copies }, () => unit).join(separator), copies, unit, separator };
}

/** A 50 MB article: the unit repeated, paragraphs apart. */
export const bigArticle = (bytes = 50 * MB): Repeated => repeatToSize(articleUnit(), bytes, '\n\n');

/**
 * One line of `bytes`: seeds with their line breaks turned into spaces, repeated. Only
 * seeds whose quote marks all pair up, so that every copy on the line reads the same.
 */
export const singleLine = (bytes = 5 * MB): Repeated => repeatToSize([seed('000'), seed('001'), seed('004')].join(' ').replace(/\s*\n\s*/g, ' '), bytes, ' ');

/** n straight quote marks and nothing else. */
export const quoteMarks = (n = 100_000): string => '"'.repeat(n);

/** n quotes nested in one another, each with a word of its own: «كلام «كلام … » … ». */
export const nestedQuotes = (n = 10_000): string => `قال لافروف: ${'«كلام '.repeat(n)}نهاية${' كلام»'.repeat(n)}`;

let tmp: string | undefined;

/** A temporary folder for generated files, removed when the test process exits. */
export function tempDir(): string {
  if (!tmp) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-bad-'));
    tmp = dir;
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return tmp;
}

/** Writes a generated input into the temporary folder and returns its path. */
export function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}
