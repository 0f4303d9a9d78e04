// Semantic tokens: speakers, organizations, quotes by kind, attribution cues and dates,
// in the legend shared with the client (protocol.ts; package.json colours it). LSP tokens
// may not overlap, while the analysis' spans nest (an organization inside a statement, a
// term inside a statement, a title reference holding an organization), so the spans are
// flattened: at every point the innermost, most specific span wins and the enclosing
// quote is split around it. Tokens never cross a line.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from '../analysis';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticTokenModifier, type SemanticTokenType } from '../protocol';
import type { Converter } from './convert';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

interface Painted {
  start: number;
  end: number;
  type: number;
  modifiers: number;
  /** Higher wins where spans overlap. */
  layer: number;
}

/** Quotes lie below everything else; deeper quotes above the quotes that hold them. */
const LAYER: Record<Exclude<SemanticTokenType, 'quote'>, number> = { date: 1000, cue: 1001, speaker: 1002, organization: 1003 };

const typeIndex = (t: SemanticTokenType): number => SEMANTIC_TOKEN_TYPES.indexOf(t);
const modifierBits = (...ms: (SemanticTokenModifier | false)[]): number => ms.reduce((bits, m) => (m ? bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)) : bits), 0);

/** Counts the steps of the work done, so that a test can prove it linear without a clock. */
export interface WorkCounter {
  steps: number;
}

export function semanticTokens(a: Analysis, convert: Converter, work: WorkCounter = { steps: 0 }): SemanticTokens {
  const spans: Painted[] = [];
  const depths = quoteDepths(a, work);
  for (const q of a.quotes) {
    spans.push({ ...q.span, type: typeIndex('quote'), modifiers: modifierBits(q.kind, q.kind === 'statement' && q.speakerId === null && 'unattributed'), layer: depths[q.index] });
    if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, type: typeIndex('cue'), modifiers: 0, layer: LAYER.cue });
  }
  if (a.dateline) spans.push({ start: a.dateline.start, end: a.dateline.end, type: typeIndex('date'), modifiers: 0, layer: LAYER.date });
  for (const d of a.dates) spans.push({ start: d.start, end: d.end, type: typeIndex('date'), modifiers: 0, layer: LAYER.date });
  for (const s of a.speakers) {
    for (const m of s.mentions) spans.push({ start: m.start, end: m.end, type: typeIndex('speaker'), modifiers: modifierBits(m.via === 'title' && 'byTitle'), layer: LAYER.speaker });
  }
  for (const o of a.organizations) {
    for (const m of o.mentions) spans.push({ start: m.start, end: m.end, type: typeIndex('organization'), modifiers: modifierBits(!o.known && 'unknown'), layer: LAYER.organization });
  }
  return { data: encode(flatten(spans.filter((s) => s.end > s.start), work), convert) };
}

/**
 * How many quotes hold each quote, each found once: walking up from every quote would
 * be quadratic in 10,000 nested quotes (issue 15: 196 s, and every request waited).
 */
function quoteDepths(a: Analysis, work: WorkCounter): number[] {
  const depth = new Array<number>(a.quotes.length).fill(-1);
  const path: number[] = [];
  for (const q of a.quotes) {
    let at: number | null = q.index;
    while (at !== null && depth[at] < 0) {
      work.steps++;
      path.push(at);
      at = a.quotes[at].nestedIn;
    }
    let d = at === null ? -1 : depth[at];
    while (path.length) depth[path.pop()!] = ++d;
  }
  return depth;
}

/** Whether span x (the `order`-th by start) paints over span y: higher layer, then the innermost, then the first. */
const above = (x: Painted, xOrder: number, y: Painted, yOrder: number): boolean =>
  x.layer !== y.layer ? x.layer > y.layer : x.start !== y.start ? x.start > y.start : xOrder < yOrder;

/**
 * Splits overlapping spans into disjoint pieces, each taking the top span at that
 * point (highest layer, then the one that starts last, i.e. the innermost). The spans
 * that cover a point are kept in a heap with the top one first; spans that have ended
 * leave it when they reach the top, so each span enters and leaves once: O(n log n).
 */
export function flatten(spans: Painted[], work: WorkCounter = { steps: 0 }): Painted[] {
  const points = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((x, y) => x - y);
  const byStart = [...spans].sort((x, y) => x.start - y.start);
  const heap = new SpanHeap(byStart, work);
  const out: Painted[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    while (next < byStart.length && byStart[next].start <= from) {
      if (byStart[next].end > from) heap.push(next);
      next++;
    }
    while (heap.size && byStart[heap.top()].end <= from) heap.pop();
    if (!heap.size) continue;
    const top = byStart[heap.top()];
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === top.type && last.modifiers === top.modifiers && last.layer === top.layer) last.end = to;
    else out.push({ start: from, end: to, type: top.type, modifiers: top.modifiers, layer: top.layer });
  }
  return out;
}

/** A binary heap of indices into `spans`, the span that paints over all others on top. */
class SpanHeap {
  private readonly items: number[] = [];
  constructor(
    private readonly spans: Painted[],
    private readonly work: WorkCounter,
  ) {}

  get size(): number {
    return this.items.length;
  }

  top(): number {
    return this.items[0];
  }

  push(order: number): void {
    const items = this.items;
    let i = items.push(order) - 1;
    while (i > 0) {
      this.work.steps++;
      const parent = (i - 1) >> 1;
      if (!this.above(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): void {
    const items = this.items;
    const last = items.pop()!;
    if (!items.length) return;
    items[0] = last;
    for (let i = 0; ; ) {
      this.work.steps++;
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < items.length && this.above(items[l], items[best])) best = l;
      if (r < items.length && this.above(items[r], items[best])) best = r;
      if (best === i) return;
      [items[i], items[best]] = [items[best], items[i]];
      i = best;
    }
  }

  private above(x: number, y: number): boolean {
    return above(this.spans[x], x, this.spans[y], y);
  }
}

/** LSP's relative encoding: line delta, start delta, length, type, modifiers; split at line ends. */
function encode(pieces: Painted[], convert: Converter): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const lines = convert.lines;
  for (const p of pieces) {
    let { line, character } = lines.position(p.start);
    let offset = p.start;
    while (offset < p.end) {
      const lineEnd = lines.lineEnd(line);
      const end = Math.min(p.end, lineEnd);
      if (end > offset) {
        data.push(line - prevLine, line === prevLine ? character - prevChar : character, end - offset, p.type, p.modifiers);
        prevLine = line;
        prevChar = character;
      }
      line++;
      if (line >= lines.lineCount) break;
      offset = lines.lineStarts[line];
      character = 0;
    }
  }
  return data;
}
