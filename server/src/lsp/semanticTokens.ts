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

export function semanticTokens(a: Analysis, convert: Converter): SemanticTokens {
  const spans: Painted[] = [];
  const depth = (qi: number): number => {
    let d = 0;
    for (let p = a.quotes[qi].nestedIn; p !== null; p = a.quotes[p].nestedIn) d++;
    return d;
  };
  for (const q of a.quotes) {
    spans.push({ ...q.span, type: typeIndex('quote'), modifiers: modifierBits(q.kind, q.kind === 'statement' && q.speakerId === null && 'unattributed'), layer: depth(q.index) });
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
  return { data: encode(flatten(spans.filter((s) => s.end > s.start)), convert) };
}

/**
 * Splits overlapping spans into disjoint pieces, each taking the top span at that
 * point (highest layer, then the one that starts last, i.e. the innermost).
 */
export function flatten(spans: Painted[]): Painted[] {
  const points = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((x, y) => x - y);
  const byStart = [...spans].sort((x, y) => x.start - y.start);
  const out: Painted[] = [];
  let active: Painted[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next].start <= from) {
      if (byStart[next].end > from) active.push(byStart[next]);
      next++;
    }
    if (!active.length) continue;
    const top = active.reduce((best, s) => (s.layer > best.layer || (s.layer === best.layer && s.start > best.start) ? s : best));
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === top.type && last.modifiers === top.modifiers && last.layer === top.layer) last.end = to;
    else out.push({ start: from, end: to, type: top.type, modifiers: top.modifiers, layer: top.layer });
  }
  return out;
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
