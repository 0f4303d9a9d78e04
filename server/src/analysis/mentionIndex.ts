// Lookups over the article's person mentions that cost the same per quote in a 50 MB
// article as in a short one. Each answers exactly what a scan of the mention list in
// text order would ("the first mention that …"), through maps and binary search, so
// attribution stays linear in the length of the article.

import type { PersonMention, Title } from './people';

const titleKey = (t: Title): string => `${t.role}\u0001${String(t.country)}\u0001${String(t.organization)}`;

export class MentionIndex {
  private readonly byFirst = new Map<number, PersonMention>();
  private readonly byEndOutsideQuotes = new Map<number, PersonMention>();
  /** Indexes of named, titled mentions outside quotes, by title, in text order. */
  private readonly namedByTitle = new Map<string, number[]>();
  /** Mention indexes ordered by normEnd (then by index). */
  private readonly byNormEnd: number[];
  /** Mention indexes ordered by normStart (then by index). */
  private readonly byNormStart: number[];

  constructor(private readonly mentions: PersonMention[]) {
    mentions.forEach((m, k) => {
      if (!this.byFirst.has(m.first)) this.byFirst.set(m.first, m);
      if (!m.inQuote && !this.byEndOutsideQuotes.has(m.end)) this.byEndOutsideQuotes.set(m.end, m);
      if (!m.inQuote && m.name !== null && m.title !== null) {
        const key = titleKey(m.title);
        const list = this.namedByTitle.get(key) ?? [];
        list.push(k);
        this.namedByTitle.set(key, list);
      }
    });
    const order = mentions.map((_, k) => k);
    this.byNormEnd = [...order].sort((a, b) => mentions[a].normEnd - mentions[b].normEnd || a - b);
    this.byNormStart = order.sort((a, b) => mentions[a].normStart - mentions[b].normStart || a - b);
  }

  /** The first mention whose token range starts at `token`. */
  startingAt(token: number): PersonMention | undefined {
    return this.byFirst.get(token);
  }

  /** The first mention outside quotes whose token range ends right before `token`. */
  outsideQuotesEndingAt(token: number): PersonMention | undefined {
    return this.byEndOutsideQuotes.get(token);
  }

  /** The first mention, from list index `from` on, outside quotes, with a name and this title. */
  namedWithTitleFrom(from: number, title: Title): PersonMention | null {
    const list = this.namedByTitle.get(titleKey(title));
    if (!list) return null;
    const k = lowerBound(list.length, (i) => list[i] >= from);
    return k < list.length ? this.mentions[list[k]] : null;
  }

  /** The first mention (in list order) whose normalized end lies in [from, to]. */
  firstEndingIn(from: number, to: number): PersonMention | undefined {
    const order = this.byNormEnd;
    let best = -1;
    for (let i = lowerBound(order.length, (j) => this.mentions[order[j]].normEnd >= from); i < order.length && this.mentions[order[i]].normEnd <= to; i++) {
      if (best < 0 || order[i] < best) best = order[i];
    }
    return best < 0 ? undefined : this.mentions[best];
  }

  /** The first mention (in list order) lying inside [from, to) that satisfies `accept`. */
  firstInside(from: number, to: number, accept: (m: PersonMention) => boolean): PersonMention | undefined {
    const order = this.byNormStart;
    let best = -1;
    for (let i = lowerBound(order.length, (j) => this.mentions[order[j]].normStart >= from); i < order.length && this.mentions[order[i]].normStart < to; i++) {
      const m = this.mentions[order[i]];
      if (m.normEnd <= to && accept(m) && (best < 0 || order[i] < best)) best = order[i];
    }
    return best < 0 ? undefined : this.mentions[best];
  }
}

/** The first index in [0, n) for which `atOrAfter` holds (it must be monotone), or n. */
function lowerBound(n: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
