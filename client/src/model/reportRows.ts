// The rows of the quote report (one per quote of the article or folder) and its filters.
// Pure and DOM-free: the extension builds the rows, the webview script (bundled from
// ../report/webview/main.ts) filters them with the same functions the unit tests check.

import type { QuoteKind } from '../../../server/src/protocol';
import type { ReviewedArticle } from '../../../server/src/protocol';

export interface ReportRow {
  /** Index in the row list; the webview sends it back to reveal the quote. */
  id: number;
  uri: string;
  /** The article's path relative to its workspace folder. */
  file: string;
  /** The file's own name, what the folder report's File column shows (the path is its tooltip). */
  fileName: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: QuoteKind;
  speaker: string | null;
  /** The speaker's id, the same for one person in every article, for filtering. */
  speakerKey: string | null;
  cue: string | null;
  text: string;
  /** A statement nobody is named for. */
  unattributed: boolean;
}

export function reportRows(articles: ReviewedArticle[], pathOf: (a: ReviewedArticle) => string): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const article of articles) {
    const file = pathOf(article);
    const fileName = shortFileName(file);
    const names = new Map(article.report.speakers.map((s) => [s.id, s.name]));
    for (const q of article.report.quotes) {
      rows.push({
        id: rows.length,
        uri: article.uri,
        file,
        fileName,
        line: q.line,
        column: q.column,
        endLine: q.endLine,
        endColumn: q.endColumn,
        kind: q.kind,
        speaker: q.speakerId ? (names.get(q.speakerId) ?? q.speaker) : null,
        speakerKey: q.speakerId,
        cue: q.cue,
        text: q.text,
        unattributed: q.kind === 'statement' && !q.speakerId,
      });
    }
  }
  return rows;
}

/** The last part of a path (either separator): one short line in a table cell. */
export function shortFileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) || file;
}

/** Speaker filter values besides a speaker key. */
export const ALL = '';
export const UNATTRIBUTED = '(unattributed)';

export interface ReportFilter {
  /** ALL, UNATTRIBUTED, or a speaker key. */
  speaker: string;
  /** ALL or a quote kind. */
  kind: string;
}

export function filterRows(rows: ReportRow[], filter: ReportFilter): ReportRow[] {
  return rows.filter((r) => {
    if (filter.kind !== ALL && r.kind !== filter.kind) return false;
    if (filter.speaker === ALL) return true;
    if (filter.speaker === UNATTRIBUTED) return r.unattributed;
    return r.speakerKey === filter.speaker;
  });
}

export interface SpeakerOption {
  value: string;
  label: string;
  count: number;
}

/** One option per speaker (most quoted first), then the unattributed statements if any. */
export function speakerOptions(rows: ReportRow[]): SpeakerOption[] {
  const byKey = new Map<string, SpeakerOption>();
  let unattributed = 0;
  for (const r of rows) {
    if (r.unattributed) unattributed++;
    if (!r.speakerKey || !r.speaker) continue;
    const o = byKey.get(r.speakerKey) ?? { value: r.speakerKey, label: r.speaker, count: 0 };
    o.count++;
    byKey.set(r.speakerKey, o);
  }
  const options = [...byKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (unattributed) options.push({ value: UNATTRIBUTED, label: '', count: unattributed });
  return options;
}

export const QUOTE_KINDS: QuoteKind[] = ['statement', 'term', 'title'];

/** Keeps a saved filter only while its values still exist in the rows. */
export function validFilter(saved: Partial<ReportFilter> | undefined, rows: ReportRow[]): ReportFilter {
  const speakers = new Set(speakerOptions(rows).map((o) => o.value));
  const speaker = saved?.speaker && speakers.has(saved.speaker) ? saved.speaker : ALL;
  const kind = saved?.kind && (QUOTE_KINDS as string[]).includes(saved.kind) ? saved.kind : ALL;
  return { speaker, kind };
}
