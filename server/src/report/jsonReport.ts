// The public JSON shape of an analysis (see DESIGN.md, "Machine-readable output"):
// one object per file, lines and columns 1-based, columns in UTF-16 code units.
// Fields may be added; none may be renamed without bumping REPORT_VERSION.

import { LineIndex, type Analysis, type Severity } from '../analysis';

export const REPORT_VERSION = 1;

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonQuote extends JsonPosition {
  endLine: number;
  endColumn: number;
  /** The quoted text, cut at MAX_QUOTE_TEXT characters (textTruncated is then true; the range is always whole). */
  text: string;
  textTruncated?: true;
  kind: 'statement' | 'term' | 'title';
  speaker: string | null;
  speakerId: string | null;
  cue: string | null;
  attribution: string | null;
  nestedIn: number | null;
  /** Line of the enclosing quote, when nested. */
  nestedInLine: number | null;
  balanced: boolean;
}

export interface JsonReport {
  version: number;
  file: string;
  notText: boolean;
  title: string | null;
  date: string | null;
  source: string | null;
  /** Line of the source line (المصدر: …), or null. */
  sourceLine: number | null;
  /** Lines of page chrome (scraped menus, buttons, credits, footers). */
  chromeLines: number[];
  sections: { heading: string; line: number }[];
  quotes: JsonQuote[];
  speakers: { id: string; name: string; aliases: string[]; role: string | null; kind: string; knowledgeId: string | null; quotes: number }[];
  organizations: {
    id: string;
    name: string;
    english: string | null;
    acronym: string | null;
    known: boolean;
    /** Every line with a mention, in order. */
    lines: number[];
    mentions: (JsonPosition & { text: string; form: string })[];
  }[];
  dates: (JsonPosition & { text: string; date: string | null; weekdayCorrect: boolean | null })[];
  nameVariants: (JsonPosition & { canonical: string; variant: string })[];
  diagnostics: (JsonPosition & { code: string; severity: Severity; endLine: number; endColumn: number; message: string; messageAr: string })[];
}

/**
 * Longest quote text in a report. Real quotes stay far below it (the longest in the test
 * articles is under 500 characters); without it, 10,000 nested quotes, each repeating
 * everything inside it, would make a report of 100 million characters from a 40 KB file.
 */
export const MAX_QUOTE_TEXT = 2000;

function quoteText(text: string): { text: string; textTruncated?: true } {
  return text.length <= MAX_QUOTE_TEXT ? { text } : { text: text.slice(0, MAX_QUOTE_TEXT), textTruncated: true };
}

export function toJsonReport(file: string, a: Analysis): JsonReport {
  const lines = new LineIndex(a.text);
  const pos = (offset: number): JsonPosition => {
    const p = lines.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const end = (offset: number): { endLine: number; endColumn: number } => {
    const p = lines.position(offset);
    return { endLine: p.line + 1, endColumn: p.character + 1 };
  };
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
  return {
    version: REPORT_VERSION,
    file,
    notText: a.notText,
    title: a.title?.text ?? null,
    date: a.date,
    source: a.source?.source ?? null,
    sourceLine: a.source ? pos(a.source.start).line : null,
    chromeLines: a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.line + 1),
    sections: a.sections.map((s) => ({ heading: s.heading.text, line: s.line + 1 })),
    quotes: a.quotes.map((q) => ({
      ...pos(q.span.start),
      ...end(q.span.end),
      ...quoteText(q.content.text),
      kind: q.kind,
      speaker: q.speakerId ? (speakerName.get(q.speakerId) ?? null) : null,
      speakerId: q.speakerId,
      cue: q.cue?.text ?? null,
      attribution: q.attribution,
      nestedIn: q.nestedIn,
      nestedInLine: q.nestedIn === null ? null : pos(a.quotes[q.nestedIn].span.start).line,
      balanced: q.balanced,
    })),
    speakers: a.speakers.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, role: s.role, kind: s.kind, knowledgeId: s.knowledgeId, quotes: s.quotes.length })),
    organizations: a.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      english: o.english,
      acronym: o.acronym,
      known: o.known,
      lines: [...new Set(o.mentions.map((m) => pos(m.start).line))].sort((x, y) => x - y),
      mentions: o.mentions.map((m) => ({ ...pos(m.start), text: m.text, form: m.form })),
    })),
    dates: a.dates.map((d) => ({ ...pos(d.start), text: d.text, date: d.date, weekdayCorrect: d.weekdayCorrect })),
    nameVariants: a.nameVariants.map((v) => ({ ...pos(v.span.start), canonical: v.canonical, variant: v.variant })),
    diagnostics: a.findings.map((f) => ({ code: f.code, severity: f.severity, ...pos(f.span.start), ...end(f.span.end), message: f.message, messageAr: f.messageAr })),
  };
}
