// A JSON report (report/jsonReport.ts) as the workspace index keeps it: its numbers in one
// Int32Array and its strings joined in one UTF-16 run, walked in the contract's key order
// and read back into the same objects. V8's serialization of the same report cost an index
// worker 0.68 M instructions an article, more than making the report (0.27 M): it writes
// every key of every object and tags every value; this writes the values only, and the
// strings as they are (docs/performance.md, session 16, the index).
//
// A report this walk cannot write (a number that is no 32-bit integer, a field of the
// wrong type) is kept in V8's format instead, so a report always reads back as written.

import { deserialize, serialize } from 'node:v8';
import type { JsonEvidence, JsonQuote, JsonReport } from '../report/jsonReport';

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

function writeQuote(q: JsonQuote): void {
  int(q.line);
  int(q.column);
  int(q.endLine);
  int(q.endColumn);
  str(q.text);
  // Optional keys: 1 when present (textTruncated is only ever true).
  if (q.textTruncated === undefined) int(0);
  else if (q.textTruncated === true) int(1);
  else throw new Unpackable();
  str(q.kind);
  strOrNull(q.speaker);
  strOrNull(q.speakerId);
  strOrNull(q.cue);
  strOrNull(q.attribution);
  intOrNull(q.nestedIn);
  intOrNull(q.nestedInLine);
  bool(q.balanced);
  const e = q.evidence;
  if (e === undefined) {
    int(0);
    return;
  }
  int(1);
  str(e.rule);
  if (e.cue === null) int(0);
  else {
    int(1);
    int(e.cue.line);
    int(e.cue.column);
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

function writeReport(r: JsonReport): void {
  int(r.version);
  str(r.file);
  bool(r.notText);
  strOrNull(r.title);
  strOrNull(r.date);
  strOrNull(r.source);
  intOrNull(r.sourceLine);
  intList(r.chromeLines);
  int(r.sections.length);
  for (const s of r.sections) {
    str(s.heading);
    int(s.line);
  }
  int(r.quotes.length);
  for (const q of r.quotes) writeQuote(q);
  int(r.speakers.length);
  for (const s of r.speakers) {
    str(s.id);
    str(s.name);
    int(s.aliases.length);
    for (const a of s.aliases) str(a);
    strOrNull(s.role);
    str(s.kind);
    strOrNull(s.knowledgeId);
    int(s.quotes);
  }
  int(r.organizations.length);
  for (const o of r.organizations) {
    str(o.id);
    str(o.name);
    strOrNull(o.english);
    strOrNull(o.acronym);
    bool(o.known);
    intList(o.lines);
    int(o.mentions.length);
    for (const m of o.mentions) {
      int(m.line);
      int(m.column);
      str(m.text);
      str(m.form);
    }
  }
  int(r.dates.length);
  for (const d of r.dates) {
    int(d.line);
    int(d.column);
    str(d.text);
    strOrNull(d.date);
    // null, false, true
    const weekday = WEEKDAY.indexOf(d.weekdayCorrect);
    if (weekday < 0) throw new Unpackable();
    int(weekday);
  }
  int(r.nameVariants.length);
  for (const v of r.nameVariants) {
    int(v.line);
    int(v.column);
    str(v.canonical);
    str(v.variant);
  }
  int(r.diagnostics.length);
  for (const d of r.diagnostics) {
    str(d.code);
    str(d.severity);
    int(d.line);
    int(d.column);
    int(d.endLine);
    int(d.endColumn);
    str(d.message);
    str(d.messageAr);
  }
}

/**
 * The report's bytes: the header, the numbers, the strings in UTF-16, padded to a multiple
 * of four so that the next report of a group starts aligned for its numbers.
 */
export function encodeReport(report: JsonReport): Uint8Array {
  count = HEADER_INTS;
  chars = 0;
  try {
    writeReport(report);
  } catch (e) {
    strings = [];
    if (!(e instanceof Unpackable) && !(e instanceof TypeError)) throw e;
    return v8Bytes(report);
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
