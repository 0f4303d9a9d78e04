// Person mentions looked up by position. Attribution asks, for every quote, which mention
// starts after its cue, ends right before it or stands before a colon; scanning the whole
// list for each quote made a long article cost the square of its length.
//
// The mentions come from PeopleFinder.find(): in text order and never overlapping, so
// both their starts and their ends increase along the list.

import type { PersonMention } from './people';

export class MentionIndex {
  private readonly byFirst = new Map<number, PersonMention>();
  private readonly byEndOutsideQuotes = new Map<number, PersonMention>();

  constructor(private readonly mentions: PersonMention[]) {
    for (const m of mentions) {
      if (!this.byFirst.has(m.first)) this.byFirst.set(m.first, m);
      if (!m.inQuote && !this.byEndOutsideQuotes.has(m.end)) this.byEndOutsideQuotes.set(m.end, m);
    }
  }

  /** The mention whose first token is `token`. */
  startingAt(token: number): PersonMention | undefined {
    return this.byFirst.get(token);
  }

  /** The first mention outside quotes whose tokens end just before token `end`. */
  endingAt(end: number): PersonMention | undefined {
    return this.byEndOutsideQuotes.get(end);
  }

  /** The first mention lying within the normalized range [start, end) that `accept` takes. */
  firstWithin(start: number, end: number, accept: (m: PersonMention) => boolean): PersonMention | undefined {
    for (let i = this.firstAtOrAfter((m) => m.normStart >= start); i < this.mentions.length && this.mentions[i].normStart < end; i++) {
      const m = this.mentions[i];
      if (m.normEnd <= end && accept(m)) return m;
    }
    return undefined;
  }

  /** The first mention that ends at `end` or before it with only white space in between. */
  touching(end: number, norm: string): PersonMention | undefined {
    let from = end;
    while (from > 0 && /\s/u.test(norm[from - 1])) from--;
    const m = this.mentions[this.firstAtOrAfter((x) => x.normEnd >= from)];
    return m && m.normEnd <= end ? m : undefined;
  }

  /** Index of the first mention for which `reached` holds (it holds for every later one too). */
  private firstAtOrAfter(reached: (m: PersonMention) => boolean): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reached(this.mentions[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
