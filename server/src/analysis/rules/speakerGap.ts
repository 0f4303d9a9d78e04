// Why a statement has no speaker, as the two rules about it tell the reader: words that
// nothing in the article attributes (unattributed-quote, a warning on the article), or words
// whose speaker the article gives but the review could not tell (unresolved-speaker, a note):
// a cue attributes them (وتقول: "…"، "…" وفقا للمصادر), or a speaker or an organization the
// review found is named in their paragraph or the one before it, whom a reader may take as
// the speaker.

import { PLACEHOLDER_REASON } from '../placeholder';
import type { Analysis, Quote } from '../types';

export type SpeakerGap = { kind: 'absent' } | { kind: 'cue'; cue: string } | { kind: 'nearby'; named: string };

/** Blocks that can name a speaker for the next paragraph's words (not page chrome or a source line). */
const READ_BLOCKS = new Set(['title', 'dateline', 'heading', 'paragraph']);

/** The gap of a statement with no speaker (null for any other quote). */
export function speakerGap(a: Pick<Analysis, 'blocks' | 'speakers' | 'organizations'>, q: Quote): SpeakerGap | null {
  if (q.kind !== 'statement' || q.speakerId !== null) return null;
  // The unfilled placeholder (وقال [المتحدث]:) asks for a name: the article's own gap.
  if (q.unattributedReason === PLACEHOLDER_REASON) return { kind: 'absent' };
  if (q.cue) return { kind: 'cue', cue: q.cue.text };
  const named = namedNear(a, q.span);
  return named ? { kind: 'nearby', named } : { kind: 'absent' };
}

/**
 * The last speaker mention outside the quote, from the block before the quote's to the end of
 * the quote's block; else the last organization mention there (an outlet or a platform named
 * as where words were read is a poorer guess than a speaker).
 */
function namedNear(a: Pick<Analysis, 'blocks' | 'speakers' | 'organizations'>, quote: Quote['span']): string | null {
  const { blocks } = a;
  const at = quote.start;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  if (!blocks.length || blocks[lo].start > at) return null;
  let from = blocks[lo].start;
  for (let i = lo - 1; i >= 0; i--) {
    if (!READ_BLOCKS.has(blocks[i].kind)) continue;
    from = blocks[i].start;
    break;
  }
  const to = blocks[lo].end;
  const last = (mentions: Iterable<{ start: number; end: number; text: string }>): { start: number; text: string } | null => {
    let best: { start: number; text: string } | null = null;
    for (const m of mentions) {
      const outside = m.end <= quote.start || m.start >= quote.end;
      if (outside && m.start >= from && m.end <= to && (!best || m.start > best.start)) best = m;
    }
    return best;
  };
  return (last(a.speakers.flatMap((s) => s.mentions)) ?? last(a.organizations.flatMap((o) => o.mentions)))?.text ?? null;
}
