// The public JSON shape of an analysis (see DESIGN.md, "Machine-readable output"):
// one object per file, lines and columns 1-based, columns in UTF-16 code units.
// Fields may be added; none may be renamed without bumping REPORT_VERSION.

import { LineIndex, type Analysis, type AttributionRule, type Severity } from '../analysis';

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
  /** Why this speaker and how sure (attributed statements only; see docs/architecture.md). */
  evidence?: JsonEvidence;
}

/** An attribution's evidence as the report prints it: the cue by position, candidates by name. */
export interface JsonEvidence {
  rule: AttributionRule;
  cue: (JsonPosition & { text: string; lemma: string }) | null;
  distance: { words: number; sentences: number; paragraphs: number } | null;
  confidence: 'strong' | 'weak';
  candidates: { name: string; speakerId: string | null; rule: AttributionRule }[];
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

/**
 * Quote text in one report, all quotes together: four times the article's length, and
 * at least 100,000 characters. Real articles stay far below it; 200,000 nested quote
 * marks (400 KB) would otherwise fill 2,000 characters each, 400 million in all: past
 * the longest string JavaScript can build (the CLI died printing nothing) and an 896 MB
 * answer from the server. Past the budget a quote keeps its range and `textTruncated`.
 */
export function quoteTextBudget(textLength: number): number {
  return Math.max(4 * textLength, 100_000);
}

/**
 * How many characters of each quote's text a report keeps: at most MAX_QUOTE_TEXT, and
 * the budget shared out shortest quotes first, so that inner quotes stay whole and the
 * long outer ones that repeat them are cut. Lengths come from the spans: no text is
 * copied to decide.
 */
export function quoteTextLengths(a: Analysis, budget: number): number[] {
  const lengths = a.quotes.map((q) => q.content.end - q.content.start);
  const kept = new Array<number>(lengths.length).fill(0);
  // Within the budget, as in every real article, the order the quotes share it in changes
  // nothing: each keeps up to MAX_QUOTE_TEXT, and no sort is needed (the index makes a
  // report of every article).
  let wanted = 0;
  for (const n of lengths) wanted += Math.min(n, MAX_QUOTE_TEXT);
  if (wanted <= budget) {
    for (let i = 0; i < lengths.length; i++) kept[i] = Math.min(lengths[i], MAX_QUOTE_TEXT);
    return kept;
  }
  const order = lengths.map((_, i) => i).sort((x, y) => lengths[x] - lengths[y]);
  let left = budget;
  for (const i of order) {
    kept[i] = Math.min(lengths[i], MAX_QUOTE_TEXT, left);
    left -= kept[i];
  }
  return kept;
}

/**
 * The public report of an analysis. `quotes` keeps quotes[offset, offset + limit) only (a
 * page: their `nestedIn` is still an index among all the quotes, and their text is cut
 * exactly as in the whole report). `lines`: the text's line index, when the caller has one.
 */
export function toJsonReport(file: string, a: Analysis, quotes?: { offset: number; limit: number }, lines = new LineIndex(a.text)): JsonReport {
  // Every object below is written out as a literal, in the contract's key order: built with
  // spreads, each one took a slow generic copy, and a folder's index made one report per
  // article (about 3× the time on the benchmark's articles).
  const lineOf = (offset: number): number => lines.position(offset).line + 1;
  /** 1-based line and column of an offset: one line lookup for both. */
  const at = (offset: number): JsonPosition => {
    const p = lines.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const cueOf = (cue: { start: number; text: string; lemma: string }): NonNullable<JsonEvidence['cue']> => {
    const { line, column } = at(cue.start);
    return { line, column, text: cue.text, lemma: cue.lemma };
  };
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
  const kept = quoteTextLengths(a, quoteTextBudget(a.text.length));
  const quote = (q: Analysis['quotes'][number]): JsonQuote => {
    const start = lines.position(q.span.start);
    const end = lines.position(q.span.end);
    const whole = kept[q.index] === q.content.end - q.content.start;
    const speaker = q.speakerId ? (speakerName.get(q.speakerId) ?? null) : null;
    const nestedInLine = q.nestedIn === null ? null : lineOf(a.quotes[q.nestedIn].span.start);
    const out: JsonQuote = whole
      ? { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, text: q.content.text, kind: q.kind, speaker, speakerId: q.speakerId, cue: q.cue?.text ?? null, attribution: q.attribution, nestedIn: q.nestedIn, nestedInLine, balanced: q.balanced }
      : {
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          text: q.content.text.slice(0, kept[q.index]),
          textTruncated: true,
          kind: q.kind,
          speaker,
          speakerId: q.speakerId,
          cue: q.cue?.text ?? null,
          attribution: q.attribution,
          nestedIn: q.nestedIn,
          nestedInLine,
          balanced: q.balanced,
        };
    const e = q.evidence;
    if (e) {
      out.evidence = {
        rule: e.rule,
        cue: e.cue ? cueOf(e.cue) : null,
        distance: e.distance,
        confidence: e.confidence,
        candidates: e.candidates.map((c) => ({ name: c.name, speakerId: c.speakerId, rule: c.rule })),
      };
    }
    return out;
  };
  return {
    version: REPORT_VERSION,
    file,
    notText: a.notText,
    title: a.title?.text ?? null,
    date: a.date,
    source: a.source?.source ?? null,
    sourceLine: a.source ? lineOf(a.source.start) : null,
    chromeLines: a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.line + 1),
    sections: a.sections.map((s) => ({ heading: s.heading.text, line: s.line + 1 })),
    quotes: (quotes ? a.quotes.slice(quotes.offset, quotes.offset + quotes.limit) : a.quotes).map(quote),
    speakers: a.speakers.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, role: s.role, kind: s.kind, knowledgeId: s.knowledgeId, quotes: s.quotes.length })),
    organizations: a.organizations.map((o) => {
      // One line lookup a mention, for its position and the organization's lines.
      const mentions = o.mentions.map((m) => {
        const { line, column } = at(m.start);
        return { line, column, text: m.text, form: m.form };
      });
      return {
        id: o.id,
        name: o.name,
        english: o.english,
        acronym: o.acronym,
        known: o.known,
        lines: [...new Set(mentions.map((m) => m.line))].sort((x, y) => x - y),
        mentions,
      };
    }),
    dates: a.dates.map((d) => {
      const { line, column } = at(d.start);
      return { line, column, text: d.text, date: d.date, weekdayCorrect: d.weekdayCorrect };
    }),
    nameVariants: a.nameVariants.map((v) => {
      const { line, column } = at(v.span.start);
      return { line, column, canonical: v.canonical, variant: v.variant };
    }),
    diagnostics: a.findings.map((f) => {
      const start = lines.position(f.span.start);
      const end = lines.position(f.span.end);
      return { code: f.code, severity: f.severity, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, message: f.message, messageAr: f.messageAr };
    }),
  };
}
