// A JSON report (report/jsonReport.ts) as the workspace index keeps it: its numbers in one
// Int32Array and its strings joined in one UTF-16 run, in the contract's key order, read
// back into the report's objects. V8's serialization of the same report cost an index
// worker 0.68 M instructions an article, more than making the report (0.27 M): it writes
// every key of every object and tags every value; this writes the values only, and the
// strings as they are (docs/performance.md, session 16, the index). The values are read
// from the analysis, not from a report made first: its objects cost a worker more than
// writing them down (session 17, the index).
//
// A report this walk cannot write (a number that is no 32-bit integer, a field of the
// wrong type) is kept in V8's format instead, so a report always reads back as written.

import { deserialize, serialize } from 'node:v8';
import { LineIndex, type Analysis, type Quote } from '../analysis';
import { quoteTextBudget, quoteTextLengths, REPORT_VERSION, toJsonReport, type JsonEvidence, type JsonQuote, type JsonReport } from '../report/jsonReport';

/** The first number of a packed report: how it is packed. */
const PACKED = 1;
const V8_FORMAT = 2;
/** Format, the numbers' count, the strings' length in UTF-16 code units. */
const HEADER_INTS = 3;

/** A date's weekdayCorrect, by its number. */
const WEEKDAY = [null, false, true] as const;

/** Thrown by the walk for a value it cannot write; the report is then kept in V8's format. */
class Unpackable extends Error {}

/** The numbers and strings of the report being written (reused: one report at a time). */
let ints = new Int32Array(2048);
let count = 0;
let strings: string[] = [];
let chars = 0;

function int(v: number): void {
  if ((v | 0) !== v) throw new Unpackable();
  if (count === ints.length) {
    const grown = new Int32Array(ints.length * 2);
    grown.set(ints);
    ints = grown;
  }
  ints[count++] = v;
}

function bool(v: boolean): void {
  if (typeof v !== 'boolean') throw new Unpackable();
  int(v ? 1 : 0);
}

/** A string as its length and its characters. */
function str(s: string): void {
  if (typeof s !== 'string') throw new Unpackable();
  int(s.length);
  strings.push(s);
  chars += s.length;
}

/** A string or null (length -1). */
function strOrNull(s: string | null): void {
  if (s === null) int(-1);
  else str(s);
}

/** A number or null: 0, or 1 and the number. */
function intOrNull(v: number | null): void {
  if (v === null) int(0);
  else {
    int(1);
    int(v);
  }
}

function intList(list: number[]): void {
  int(list.length);
  for (const v of list) int(v);
}

/** A 1-based line and column, as LineIndex.position gives them, without its object. */
function position(offset: number): void {
  const line = lines.lineOf(offset);
  int(line + 1);
  int(Math.max(0, Math.min(offset, lines.text.length)) - lines.lineStarts[line] + 1);
}

/** The report's line of an offset. */
const lineOf = (offset: number): number => lines.lineOf(offset) + 1;

/** The line index of the report being written; an empty one between reports (the article's text is not kept). */
const NO_LINES = new LineIndex('');
let lines = NO_LINES;

function writeQuote(a: Analysis, q: Quote, kept: number[], speakerName: Map<string, string>): void {
  position(q.span.start);
  position(q.span.end);
  const whole = kept[q.index] === q.content.end - q.content.start;
  str(whole ? q.content.text : q.content.text.slice(0, kept[q.index]));
  // Optional key: 1 when present (textTruncated is only ever true).
  int(whole ? 0 : 1);
  str(q.kind);
  strOrNull(q.speakerId ? (speakerName.get(q.speakerId) ?? null) : null);
  strOrNull(q.speakerId);
  strOrNull(q.cue?.text ?? null);
  strOrNull(q.attribution);
  intOrNull(q.nestedIn);
  intOrNull(q.nestedIn === null ? null : lineOf(a.quotes[q.nestedIn].span.start));
  bool(q.balanced);
  const e = q.evidence;
  if (!e) {
    int(0);
    return;
  }
  int(1);
  str(e.rule);
  if (!e.cue) int(0);
  else {
    int(1);
    position(e.cue.start);
    str(e.cue.text);
    str(e.cue.lemma);
  }
  if (e.distance === null) int(0);
  else {
    int(1);
    int(e.distance.words);
    int(e.distance.sentences);
    int(e.distance.paragraphs);
  }
  str(e.confidence);
  int(e.candidates.length);
  for (const c of e.candidates) {
    str(c.name);
    strOrNull(c.speakerId);
    str(c.rule);
  }
}

/**
 * The values toJsonReport(file, a) would hold, in its key order, read from the analysis
 * (report/jsonReport.ts says what each is): making the report's objects first cost an
 * index worker more than writing them (docs/performance.md, session 17, the index).
 * test/unit/reportCodec.test.ts and scripts/dump-reports.ts check that what is read back
 * is the report's JSON text.
 */
function writeReport(file: string, a: Analysis): void {
  int(REPORT_VERSION);
  str(file);
  bool(a.notText);
  strOrNull(a.title?.text ?? null);
  strOrNull(a.date);
  strOrNull(a.source?.source ?? null);
  intOrNull(a.source ? lineOf(a.source.start) : null);
  int(0);
  const chrome = count - 1;
  let chromeLines = 0;
  for (const b of a.blocks) {
    if (b.kind !== 'chrome') continue;
    int(b.line + 1);
    chromeLines++;
  }
  ints[chrome] = chromeLines;
  int(a.sections.length);
  for (const s of a.sections) {
    str(s.heading.text);
    int(s.line + 1);
  }
  const kept = quoteTextLengths(a, quoteTextBudget(a.text.length));
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
  int(a.quotes.length);
  for (const q of a.quotes) writeQuote(a, q, kept, speakerName);
  int(a.speakers.length);
  for (const s of a.speakers) {
    str(s.id);
    str(s.name);
    int(s.aliases.length);
    for (const x of s.aliases) str(x);
    strOrNull(s.role);
    str(s.kind);
    strOrNull(s.knowledgeId);
    int(s.quotes.length);
  }
  int(a.organizations.length);
  for (const o of a.organizations) {
    str(o.id);
    str(o.name);
    strOrNull(o.english);
    strOrNull(o.acronym);
    bool(o.known);
    // Every line with a mention, in order (toJsonReport's sorted set).
    intList([...new Set(o.mentions.map((m) => lineOf(m.start)))].sort((x, y) => x - y));
    int(o.mentions.length);
    for (const m of o.mentions) {
      position(m.start);
      str(m.text);
      str(m.form);
    }
  }
  int(a.dates.length);
  for (const d of a.dates) {
    position(d.start);
    str(d.text);
    strOrNull(d.date);
    // null, false, true
    const weekday = WEEKDAY.indexOf(d.weekdayCorrect);
    if (weekday < 0) throw new Unpackable();
    int(weekday);
  }
  int(a.nameVariants.length);
  for (const v of a.nameVariants) {
    position(v.span.start);
    str(v.canonical);
    str(v.variant);
  }
  int(a.findings.length);
  for (const f of a.findings) {
    str(f.code);
    str(f.severity);
    position(f.span.start);
    position(f.span.end);
    str(f.message);
    str(f.messageAr);
  }
}

/**
 * The report's bytes: the header, the numbers, the strings in UTF-16, padded to a multiple
 * of four so that the next report of a group starts aligned for its numbers.
 */
export function encodeReport(file: string, analysis: Analysis, lineIndex = new LineIndex(analysis.text)): Uint8Array {
  count = HEADER_INTS;
  chars = 0;
  lines = lineIndex;
  try {
    writeReport(file, analysis);
  } catch (e) {
    strings = [];
    if (!(e instanceof Unpackable) && !(e instanceof TypeError)) throw e;
    return v8Bytes(toJsonReport(file, analysis, undefined, lineIndex));
  } finally {
    lines = NO_LINES;
  }
  // The strings are the report's (slices of an article): not kept past this call.
  const written = strings;
  strings = [];
  ints[0] = PACKED;
  ints[1] = count - HEADER_INTS;
  ints[2] = chars;
  const intBytes = count * 4;
  const out = Buffer.allocUnsafeSlow(padded(intBytes + chars * 2));
  out.set(new Uint8Array(ints.buffer, 0, intBytes));
  if (chars) out.write(written.join(''), intBytes, 'utf16le');
  out.fill(0, intBytes + chars * 2);
  return out;
}

/** Reads back what encodeReport wrote. */
export function decodeReport(bytes: Uint8Array): JsonReport {
  // Aligned for an Int32Array view (a group's reports are padded; its buffer may not be).
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_INTS);
  if (header[0] === V8_FORMAT) return deserialize(bytes.subarray(HEADER_INTS * 4, HEADER_INTS * 4 + header[1])) as JsonReport;
  const n = header[1];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le', (HEADER_INTS + n) * 4, (HEADER_INTS + n) * 4 + header[2] * 2);
  return new Reader(new Int32Array(bytes.buffer, bytes.byteOffset + HEADER_INTS * 4, n), text).report();
}

function padded(n: number): number {
  return (n + 3) & ~3;
}

function v8Bytes(report: JsonReport): Uint8Array {
  const body = serialize(report);
  const out = Buffer.alloc(padded(HEADER_INTS * 4 + body.length));
  const header = new Int32Array(out.buffer, out.byteOffset, HEADER_INTS);
  header[0] = V8_FORMAT;
  header[1] = body.length;
  out.set(body, HEADER_INTS * 4);
  return out;
}

/** Rebuilds the objects in the key order report/jsonReport.ts writes them in (JSON text follows it). */
class Reader {
  private at = 0;
  private textAt = 0;

  constructor(
    private readonly ints: Int32Array,
    private readonly text: string,
  ) {}

  private int(): number {
    return this.ints[this.at++];
  }

  private bool(): boolean {
    return this.ints[this.at++] === 1;
  }

  private str(): string {
    const length = this.ints[this.at++];
    const s = this.text.slice(this.textAt, this.textAt + length);
    this.textAt += length;
    return s;
  }

  private strOrNull(): string | null {
    if (this.ints[this.at] < 0) {
      this.at++;
      return null;
    }
    return this.str();
  }

  private intOrNull(): number | null {
    return this.int() === 0 ? null : this.int();
  }

  private list<T>(read: () => T): T[] {
    const n = this.int();
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(read());
    return out;
  }

  report(): JsonReport {
    return {
      version: this.int(),
      file: this.str(),
      notText: this.bool(),
      title: this.strOrNull(),
      date: this.strOrNull(),
      source: this.strOrNull(),
      sourceLine: this.intOrNull(),
      chromeLines: this.list(() => this.int()),
      sections: this.list(() => ({ heading: this.str(), line: this.int() })),
      quotes: this.list(() => this.quote()),
      speakers: this.list(() => ({
        id: this.str(),
        name: this.str(),
        aliases: this.list(() => this.str()),
        role: this.strOrNull(),
        kind: this.str(),
        knowledgeId: this.strOrNull(),
        quotes: this.int(),
      })),
      organizations: this.list(() => ({
        id: this.str(),
        name: this.str(),
        english: this.strOrNull(),
        acronym: this.strOrNull(),
        known: this.bool(),
        lines: this.list(() => this.int()),
        mentions: this.list(() => ({ line: this.int(), column: this.int(), text: this.str(), form: this.str() })),
      })),
      dates: this.list(() => ({ line: this.int(), column: this.int(), text: this.str(), date: this.strOrNull(), weekdayCorrect: WEEKDAY[this.int()] })),
      nameVariants: this.list(() => ({ line: this.int(), column: this.int(), canonical: this.str(), variant: this.str() })),
      diagnostics: this.list(() => ({
        code: this.str(),
        severity: this.str() as JsonReport['diagnostics'][number]['severity'],
        line: this.int(),
        column: this.int(),
        endLine: this.int(),
        endColumn: this.int(),
        message: this.str(),
        messageAr: this.str(),
      })),
    };
  }

  private quote(): JsonQuote {
    const line = this.int();
    const column = this.int();
    const endLine = this.int();
    const endColumn = this.int();
    const text = this.str();
    // Written out as literals, as jsonReport.ts does: a spread is a slow generic copy.
    const q: JsonQuote = this.bool()
      ? { line, column, endLine, endColumn, text, textTruncated: true, kind: this.str() as JsonQuote['kind'], speaker: this.strOrNull(), speakerId: this.strOrNull(), cue: this.strOrNull(), attribution: this.strOrNull(), nestedIn: this.intOrNull(), nestedInLine: this.intOrNull(), balanced: this.bool() }
      : { line, column, endLine, endColumn, text, kind: this.str() as JsonQuote['kind'], speaker: this.strOrNull(), speakerId: this.strOrNull(), cue: this.strOrNull(), attribution: this.strOrNull(), nestedIn: this.intOrNull(), nestedInLine: this.intOrNull(), balanced: this.bool() };
    if (this.bool()) q.evidence = this.evidence();
    return q;
  }

  private evidence(): JsonEvidence {
    const rule = this.str() as JsonEvidence['rule'];
    const cue = this.bool() ? { line: this.int(), column: this.int(), text: this.str(), lemma: this.str() } : null;
    const distance = this.bool() ? { words: this.int(), sentences: this.int(), paragraphs: this.int() } : null;
    return { rule, cue, distance, confidence: this.str() as JsonEvidence['confidence'], candidates: this.list(() => ({ name: this.str(), speakerId: this.strOrNull(), rule: this.str() as JsonEvidence['rule'] })) };
  }
}
