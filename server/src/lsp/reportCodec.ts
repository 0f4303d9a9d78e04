// A JSON report (report/jsonReport.ts) as the workspace index keeps it: its numbers in one
// Int32Array and its strings joined in one UTF-16 run, in the contract's key order, read
// back into the report's objects. V8's serialization of the same report cost an index
// worker 0.68 M instructions an article, more than making the report (0.27 M): it writes
// every key of every object and tags every value; this writes the values only, and the
// strings as they are (docs/performance-log.md, session 16, the index). The values are read
// from the analysis, not from a report made first: its objects cost a worker more than
// writing them down (session 17, the index).
//
// Each record's fields are listed once (packedFields.ts): the list writes the values from
// the analysis and reads them back under the report's keys, so writer and reader cannot
// disagree. A report this walk cannot write (a number that is no 32-bit integer, a field of
// the wrong type) is kept in V8's format instead, so a report always reads back as written.

import { deserialize, serialize } from 'node:v8';
import { LineIndex, type Analysis, type AttributionCandidate, type AttributionEvidence, type Cue, type DateMention, type Finding, type NameVariant, type Organization, type OrganizationMention, type Quote, type Section, type Speaker } from '../analysis';
import { quoteTextBudget, quoteTextLengths, REPORT_VERSION, toJsonReport, type JsonReport } from '../report/jsonReport';
import { bool, flag, int, intList, intOrNull, list, oneOf, PackedReader, recordOrNull, startWriting, str, strList, strOrNull, Unpackable, writeInt, writeRecord, written, type Field } from './packedFields';

/** The first number of a packed report: how it is packed. */
const PACKED = 1;
const V8_FORMAT = 2;
/** Format, the numbers' count, the strings' length in UTF-16 code units. */
const HEADER_INTS = 3;

/** What the fields of the report being written read besides its objects (set by encodeReport). */
let file = '';
let analysis: Analysis | null = null;
/** How much of each quote's text the report keeps (quoteTextLengths), and each speaker's name by id. */
let kept: number[] = [];
const NO_NAMES = new Map<string, string>();
let speakerName = NO_NAMES;

/** The line index of the report being written; an empty one between reports (the article's text is not kept). */
const NO_LINES = new LineIndex('');
let lines = NO_LINES;

/** The report's line of an offset. */
const lineOf = (offset: number): number => lines.lineOf(offset) + 1;

/** A 1-based line and column under two keys, as LineIndex.position gives them, without its object. */
function position<S>(lineKey: string, columnKey: string, get: (s: S) => number): Field<S> {
  const write = (s: S): void => {
    const offset = get(s);
    const line = lines.lineOf(offset);
    writeInt(line + 1);
    writeInt(Math.max(0, Math.min(offset, lines.text.length)) - lines.lineStarts[line] + 1);
  };
  const read = (r: PackedReader, o: Record<string, unknown>): void => {
    o[lineKey] = r.int();
    o[columnKey] = r.int();
  };
  return { write, read };
}

/** Whether the report keeps a quote's whole text. */
const whole = (q: Quote): boolean => kept[q.index] === q.content.end - q.content.start;

/** A date's weekdayCorrect, by its number. */
const WEEKDAY = [null, false, true] as const;

// One list of fields per record of the report, in its key order.

const CUE: readonly Field<Cue>[] = [position('line', 'column', (c) => c.start), str('text', (c) => c.text), str('lemma', (c) => c.lemma)];

const DISTANCE: readonly Field<NonNullable<AttributionEvidence['distance']>>[] = [int('words', (d) => d.words), int('sentences', (d) => d.sentences), int('paragraphs', (d) => d.paragraphs)];

const CANDIDATE: readonly Field<AttributionCandidate>[] = [str('name', (c) => c.name), strOrNull('speakerId', (c) => c.speakerId), str('rule', (c) => c.rule)];

const EVIDENCE: readonly Field<AttributionEvidence>[] = [
  str('rule', (e) => e.rule),
  recordOrNull('cue', (e) => e.cue, CUE),
  recordOrNull('distance', (e) => e.distance, DISTANCE),
  str('confidence', (e) => e.confidence),
  list('candidates', (e) => e.candidates, CANDIDATE),
];

const QUOTE: readonly Field<Quote>[] = [
  position('line', 'column', (q) => q.span.start),
  position('endLine', 'endColumn', (q) => q.span.end),
  str('text', (q) => (whole(q) ? q.content.text : q.content.text.slice(0, kept[q.index]))),
  // Optional key: there when the text is cut (textTruncated is only ever true).
  flag('textTruncated', (q) => !whole(q)),
  str('kind', (q) => q.kind),
  strOrNull('speaker', (q) => (q.speakerId ? (speakerName.get(q.speakerId) ?? null) : null)),
  strOrNull('speakerId', (q) => q.speakerId),
  strOrNull('cue', (q) => q.cue?.text ?? null),
  strOrNull('attribution', (q) => q.attribution),
  intOrNull('nestedIn', (q) => q.nestedIn),
  intOrNull('nestedInLine', (q) => (q.nestedIn === null ? null : lineOf(analysis!.quotes[q.nestedIn].span.start))),
  bool('balanced', (q) => q.balanced),
  recordOrNull('evidence', (q) => q.evidence, EVIDENCE, true),
];

const SECTION: readonly Field<Section>[] = [str('heading', (s) => s.heading.text), int('line', (s) => s.line + 1)];

/** The first two fields of a speaker and of an organization. */
const ID_AND_NAME: readonly Field<{ id: string; name: string }>[] = [str('id', (x) => x.id), str('name', (x) => x.name)];

const SPEAKER: readonly Field<Speaker>[] = [
  ...ID_AND_NAME,
  strList('aliases', (s) => s.aliases),
  strOrNull('role', (s) => s.role),
  str('kind', (s) => s.kind),
  strOrNull('knowledgeId', (s) => s.knowledgeId),
  int('quotes', (s) => s.quotes.length),
];

const MENTION: readonly Field<OrganizationMention>[] = [position('line', 'column', (m) => m.start), str('text', (m) => m.text), str('form', (m) => m.form)];

const ORGANIZATION: readonly Field<Organization>[] = [
  ...ID_AND_NAME,
  strOrNull('english', (o) => o.english),
  strOrNull('acronym', (o) => o.acronym),
  bool('known', (o) => o.known),
  // Every line with a mention, in order (toJsonReport's sorted set).
  intList('lines', (o) => [...new Set(o.mentions.map((m) => lineOf(m.start)))].sort((x, y) => x - y)),
  list('mentions', (o) => o.mentions, MENTION),
];

const DATE: readonly Field<DateMention>[] = [position('line', 'column', (d) => d.start), str('text', (d) => d.text), strOrNull('date', (d) => d.date), oneOf('weekdayCorrect', WEEKDAY, (d) => d.weekdayCorrect)];

const NAME_VARIANT: readonly Field<NameVariant>[] = [position('line', 'column', (v) => v.span.start), str('canonical', (v) => v.canonical), str('variant', (v) => v.variant)];

const DIAGNOSTIC: readonly Field<Finding>[] = [
  str('code', (f) => f.code),
  str('severity', (f) => f.severity),
  position('line', 'column', (f) => f.span.start),
  position('endLine', 'endColumn', (f) => f.span.end),
  str('message', (f) => f.message),
  str('messageAr', (f) => f.messageAr),
];

/**
 * The values toJsonReport(file, a) would hold, in its key order, read from the analysis
 * (report/jsonReport.ts says what each is): making the report's objects first cost an
 * index worker more than writing them (docs/performance-log.md, session 17, the index).
 * test/unit/reportCodec.test.ts and scripts/dump-reports.ts check that what is read back
 * is the report's JSON text.
 */
const REPORT: readonly Field<Analysis>[] = [
  int('version', () => REPORT_VERSION),
  str('file', () => file),
  bool('notText', (a) => a.notText),
  strOrNull('title', (a) => a.title?.text ?? null),
  strOrNull('date', (a) => a.date),
  strOrNull('source', (a) => a.source?.source ?? null),
  intOrNull('sourceLine', (a) => (a.source ? lineOf(a.source.start) : null)),
  intList('chromeLines', (a) => a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.line + 1)),
  list('sections', (a) => a.sections, SECTION),
  list('quotes', (a) => a.quotes, QUOTE),
  list('speakers', (a) => a.speakers, SPEAKER),
  list('organizations', (a) => a.organizations, ORGANIZATION),
  list('dates', (a) => a.dates, DATE),
  list('nameVariants', (a) => a.nameVariants, NAME_VARIANT),
  list('diagnostics', (a) => a.findings, DIAGNOSTIC),
];

/**
 * The report's bytes: the header, the numbers, the strings in UTF-16, padded to a multiple
 * of four so that the next report of a group starts aligned for its numbers.
 */
export function encodeReport(reportFile: string, a: Analysis, lineIndex = new LineIndex(a.text)): Uint8Array {
  startWriting(HEADER_INTS);
  file = reportFile;
  analysis = a;
  lines = lineIndex;
  try {
    kept = quoteTextLengths(a, quoteTextBudget(a.text.length));
    speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
    writeRecord(REPORT, a);
  } catch (e) {
    written();
    if (!(e instanceof Unpackable) && !(e instanceof TypeError)) throw e;
    return v8Bytes(toJsonReport(reportFile, a, undefined, lineIndex));
  } finally {
    // The article's objects are not kept past this call.
    file = '';
    analysis = null;
    lines = NO_LINES;
    kept = [];
    speakerName = NO_NAMES;
  }
  const { ints, count, text, chars } = written();
  ints[0] = PACKED;
  ints[1] = count - HEADER_INTS;
  ints[2] = chars;
  const intBytes = count * 4;
  const out = Buffer.allocUnsafeSlow(padded(intBytes + chars * 2));
  out.set(new Uint8Array(ints.buffer, 0, intBytes));
  if (chars) out.write(text, intBytes, 'utf16le');
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
  return new PackedReader(new Int32Array(bytes.buffer, bytes.byteOffset + HEADER_INTS * 4, n), text).record(REPORT) as unknown as JsonReport;
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
