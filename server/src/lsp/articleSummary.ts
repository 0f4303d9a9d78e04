// What the workspace index keeps of one article: its title, who speaks, which
// organizations appear and where they are mentioned (only what workspace symbols,
// references and the hover's folder counts read). Not the analysis: a summary is a few
// kilobytes, so ten thousand articles fit in memory. Strings are copied into a shared
// pool, because a name sliced from an article would otherwise keep the whole article
// text alive, and the same names recur across a folder.

import type { Range } from 'vscode-languageserver';
import type { Analysis, LineIndex, SpeakerKind, Span } from '../analysis';
import { normalizeForMatch } from '../analysis/normalize';

/** Ranges packed four numbers each: start line, start character, end line, end character. */
export type PackedRanges = Uint32Array;

export interface SpeakerSummary {
  /** The analysis' speaker id; the same person has the same id in every article. */
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
  /** Number of statements attributed to the speaker in this article. */
  quotes: number;
  /** Every mention (names and titles), packed. */
  mentions: PackedRanges;
  /** Normalized name, aliases and role for workspace-symbol search. */
  searchKey: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  english: string | null;
  acronym: string | null;
  known: boolean;
  mentions: PackedRanges;
  searchKey: string;
}

export interface ArticleSummary {
  uri: string;
  /** The container name of workspace symbols. */
  title: string | null;
  /** Whether the article has a source line (المصدر: …): the folder's convention is read from these. */
  hasSource: boolean;
  speakers: SpeakerSummary[];
  organizations: OrganizationSummary[];
}

export function unpackRanges(packed: PackedRanges): Range[] {
  const out: Range[] = [];
  for (let i = 0; i + 3 < packed.length; i += 4) {
    out.push({ start: { line: packed[i], character: packed[i + 1] }, end: { line: packed[i + 2], character: packed[i + 3] } });
  }
  return out;
}

/** How many ranges are packed. */
export function rangeCount(packed: PackedRanges): number {
  return packed.length / 4;
}

export function firstRange(packed: PackedRanges): Range {
  return packed.length >= 4 ? unpackRanges(packed.subarray(0, 4))[0] : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Interns strings as fresh copies (never slices of an article's text). */
export class StringPool {
  private readonly strings = new Map<string, string>();
  protected readonly searchKeys = new Map<string, string>();

  get(s: string): string;
  get(s: string | null): string | null;
  get(s: string | null): string | null {
    if (s === null) return null;
    let pooled = this.strings.get(s);
    if (pooled === undefined) {
      pooled = freshCopy(s);
      this.strings.set(pooled, pooled);
    }
    return pooled;
  }

  /** The pooled searchForm of some parts, normalized once per distinct text (names recur across a folder). */
  searchKey(parts: (string | null | undefined)[]): string {
    const joined = parts.filter(Boolean).join(' ');
    let key = this.searchKeys.get(joined);
    // Keyed by a kept copy, made only for a new text (most names recur): the joined text may share characters with an article.
    if (key === undefined) this.searchKeys.set(this.keep(joined), (key = this.keep(searchForm([joined]))));
    return key;
  }

  /** A string this pool may hold on to. */
  protected keep(s: string): string {
    return this.get(s);
  }

  get size(): number {
    return this.strings.size;
  }
}

/**
 * For summaries another thread receives at once (the index workers): the copy made when
 * the message is cloned is what that thread keeps, so strings pass through unpooled (a
 * pooled copy cost 4% of a worker's time). Only the search keys' cache holds copies.
 */
export class PassThroughPool extends StringPool {
  override get(s: string): string;
  override get(s: string | null): string | null;
  override get(s: string | null): string | null {
    return s;
  }

  protected override keep(s: string): string {
    return freshCopy(s);
  }

  override get size(): number {
    return this.searchKeys.size;
  }
}

/** A flat copy that shares no characters with the string it came from. */
function freshCopy(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Packs every span list of an article into one array and gives each list its view of it:
 * one ArrayBuffer an article instead of one per speaker and organization, which a worker
 * hands to the main thread without a copy (indexFile.ts transferList) and which costs the
 * index one allocation, not dozens.
 */
function packAll(lists: Span[][], lines: LineIndex): PackedRanges[] {
  let total = 0;
  for (const spans of lists) total += spans.length * 4;
  const all = new Uint32Array(total);
  const out: PackedRanges[] = [];
  let at = 0;
  for (const spans of lists) {
    for (let i = 0; i < spans.length; i++) {
      packPosition(all, at + i * 4, spans[i].start, lines);
      packPosition(all, at + i * 4 + 2, spans[i].end, lines);
    }
    out.push(all.subarray(at, at + spans.length * 4));
    at += spans.length * 4;
  }
  return out;
}

/** LineIndex.position written into the array (no object per position). */
function packPosition(out: Uint32Array, at: number, offset: number, lines: LineIndex): void {
  const line = lines.lineOf(offset);
  out[at] = line;
  out[at + 1] = Math.max(0, Math.min(offset, lines.text.length)) - lines.lineStarts[line];
}

/** The normalized form used to match workspace-symbol queries: no diacritics, no spaces, lower case. */
export function searchForm(parts: (string | null | undefined)[]): string {
  return normalizeForMatch(parts.filter(Boolean).join(' ')).toLowerCase().replace(/\s+/g, '');
}

export function summarize(uri: string, a: Analysis, lines: LineIndex, pool: StringPool): ArticleSummary {
  const ranges = packAll([...a.speakers.map((s) => s.mentions), ...a.organizations.map((o) => o.mentions)], lines);
  const speakers = a.speakers.length;
  return {
    uri,
    title: pool.get(a.title ? a.title.text.trim().slice(0, 200) : null),
    hasSource: a.source !== null,
    speakers: a.speakers.map((s, i) => ({
      id: pool.get(s.id),
      name: pool.get(s.name),
      aliases: s.aliases.map((x) => pool.get(x)),
      role: pool.get(s.role),
      kind: s.kind,
      quotes: s.quotes.length,
      mentions: ranges[i],
      searchKey: pool.searchKey([s.name, ...s.aliases, s.role]),
    })),
    organizations: a.organizations.map((o, i) => ({
      id: pool.get(o.id),
      name: pool.get(o.name),
      english: pool.get(o.english),
      acronym: pool.get(o.acronym),
      known: o.known,
      mentions: ranges[speakers + i],
      searchKey: pool.searchKey([o.name, ...new Set(o.mentions.map((m) => m.form)), o.english, o.acronym]),
    })),
  };
}
