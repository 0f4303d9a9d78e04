// The benchmark's texts: the seed articles and the benchmark's own articles
// (bench/articles/: fictional people, guillemets, curly quotes, CRLF, cues after the
// quote, an anonymous source, an unclosed quote), concatenated to any size, and a folder
// of generated articles with varied names and quotes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../server/src/analysis';

export const ROOT = path.resolve(__dirname, '..');

function readFolder(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The seeds, then the benchmark's own articles. */
export function corpusArticles(): string[] {
  return [...readFolder(path.join(ROOT, 'seeds')), ...readFolder(path.join(ROOT, 'bench', 'articles'))];
}

/**
 * One article of at most `bytes` UTF-8 bytes (and close to it): the corpus articles
 * concatenated, cut at the last line break that fits (or the last space, when a line
 * break would cut more than a tenth).
 */
export function articleOfSize(bytes: number, articles = corpusArticles()): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes + 1; i++) {
    const a = articles[i % articles.length] + '\n\n';
    parts.push(a);
    size += Buffer.byteLength(a);
  }
  const all = Buffer.from(parts.join(''));
  let cut = all.lastIndexOf(0x0a, bytes - 1);
  if (cut < bytes * 0.9) cut = all.lastIndexOf(0x20, bytes - 1);
  return all.subarray(0, cut + 1).toString('utf8');
}

/** A small deterministic pseudo-random generator (mulberry32), so every run writes the same folder. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['سامي', 'رامي', 'ليلى', 'نادية', 'خالد', 'عمر', 'يوسف', 'مريم', 'هالة', 'طارق', 'فادي', 'رنا', 'باسل', 'سلمى', 'ماجد', 'نبيل', 'وليد', 'زياد', 'هدى', 'ميخائيل', 'أندريه', 'إيفان', 'ناتاليا', 'دميتري', 'أولغا'];
const LAST_NAMES = ['حداد', 'منصور', 'السعدني', 'بنعلي', 'الخطيب', 'النجار', 'حمدان', 'درويش', 'الشامي', 'العمري', 'بركات', 'سليمان', 'بيتروف', 'كوزلوف', 'سميرنوف', 'فولكوفا', 'أرسلانوف', 'نظروف', 'توماييف', 'قربانوف'];

interface Template {
  text: string;
  /** Written names of the speakers, fullest first, with their surname. */
  names: { full: string; surname: string }[];
  /** Original spans of the statements' contents, last first. */
  statements: { start: number; end: number }[];
}

function template(text: string, a: Analysis): Template {
  const names = a.speakers
    .filter((s) => s.kind === 'person' && s.name.includes(' '))
    .map((s) => ({ full: s.name, surname: s.name.split(' ').pop()! }));
  const statements = a.quotes
    .filter((q) => q.kind === 'statement' && q.nestedIn === null)
    .map((q) => ({ start: q.content.start, end: q.content.end }))
    .sort((x, y) => y.start - x.start);
  return { text, names, statements };
}

/**
 * Generates article files for the folder benchmark: each is a corpus article whose
 * speakers get other names and whose statements get other words (drawn from the
 * statements of the whole corpus), so no two files are the same text.
 */
export class FolderGenerator {
  private readonly templates: Template[];
  private readonly words: string[];

  constructor(articles = corpusArticles()) {
    this.templates = articles.map((t) => template(t, analyze(t)));
    this.words = this.templates.flatMap((t) => t.statements.flatMap((s) => t.text.slice(s.start, s.end).split(/\s+/)))
      .map((w) => w.replace(/["«»“”„]/g, ''))
      .filter(Boolean);
  }

  article(i: number): string {
    const rnd = random(i + 1);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const t = this.templates[i % this.templates.length];
    let text = t.text;
    for (const s of t.statements) {
      const n = Math.max(3, t.text.slice(s.start, s.end).split(/\s+/).length + Math.floor(rnd() * 7) - 3);
      const words = Array.from({ length: n }, () => pick(this.words));
      text = text.slice(0, s.start) + words.join(' ') + text.slice(s.end);
    }
    for (const name of t.names) {
      const last = pick(LAST_NAMES);
      text = text.split(name.full).join(`${pick(FIRST_NAMES)} ${last}`).split(name.surname).join(last);
    }
    return text;
  }

  /** Writes `count` articles under `dir` in sub-folders of 500, returning their paths and total bytes. */
  write(dir: string, count: number): { files: string[]; bytes: number } {
    const files: string[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const sub = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, '0')}`);
      if (i % 500 === 0) fs.mkdirSync(sub, { recursive: true });
      const file = path.join(sub, `${String(i).padStart(5, '0')}_${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}.article`);
      const text = this.article(i);
      fs.writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
      files.push(file);
    }
    return { files, bytes };
  }
}
