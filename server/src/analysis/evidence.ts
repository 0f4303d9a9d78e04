// The evidence of each attribution: the rule that chose the speaker, its cue, how far the
// quote stands from that evidence, and how sure the choice is. The decision itself is
// attribution.ts's; this file only describes it, so the same speakers come out either way.

import type { Attribution } from './attribution';
import { WORD_CODE_RANGES } from '../shared/matchText';
import { isWordCode } from './tokens';
import type { PeopleRegistry } from './speakers';
import type { AttributionEvidence, AttributionRule, Quote, Speaker } from './types';
import { workMeter } from './workMeter';
import { sameShapeMap } from './sameShapeMap';

/**
 * Rules that carry a speaker over from earlier text instead of reading the subject of the
 * quote's own cue. On the dev set (`npm run eval -- --evidence`, docs/attribution-evidence.md)
 * a carry-over was right 0.70 of the time (same paragraph 6/8, one paragraph back 20/28,
 * further 14/21), while the rules that read the cue's own subject were right 0.96 of the
 * time: a carry-over that reaches across a paragraph is weak. Anaphors resolved backward
 * (المصدر، الوكالة) were right 17 of 17 whatever their distance, so they stay strong.
 */
const CARRIED_RULES: ReadonlySet<AttributionRule> = new Set<AttributionRule>(['last-subject', 'paragraph-cue', 'same-paragraph', 'continued-quote', 'quote-paragraph']);

/** What a UTF-16 unit is to the running counts; one table read per character of the text instead of a chain of range tests. */
const WORD = 1; // 0: anything else
/** Diacritics and tatweel continue a word; they never start one. */
const WORD_MARK = 2;
const LINE_BREAK = 3;
/** . ! ? ؟ end a sentence when no letter or digit follows (3.5 is a number). */
const SENTENCE_END = 4;
const CLASS: Uint8Array = buildClasses();

/** By ranges, the later winning (a word's letter over a mark: tatweel is both): a loop over 65,536 codes took 4–8 ms of every start. */
function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  for (const c of [0x2e, 0x21, 0x3f, 0x061f]) classes[c] = SENTENCE_END;
  classes[0x0a] = classes[0x0d] = LINE_BREAK;
  classes.fill(WORD_MARK, 0x064b, 0x065f + 1);
  classes[0x0670] = classes[0x0640] = WORD_MARK;
  for (const [from, to] of WORD_CODE_RANGES) classes.fill(WORD, from, to + 1);
  return classes;
}

export interface Distance {
  words: number;
  sentences: number;
  paragraphs: number;
}

/**
 * How sure an attribution is. Weak: a speaker carried over from an earlier paragraph, or a
 * carry-over that found no subject at all and fell back on a person named in another
 * position (last-named: by design a guess, one case on the dev set). Strong: the rest.
 */
export function confidenceOf(rule: AttributionRule, distance: Distance | null): 'strong' | 'weak' {
  if (rule === 'last-named') return 'weak';
  if (CARRIED_RULES.has(rule) && (distance === null || distance.paragraphs > 0)) return 'weak';
  return 'strong';
}

/** Ascending numbers (sort() alone compares numbers as strings). */
const byNumber = (a: number, b: number): number => a - b;

/**
 * Words, sentence ends and line breaks between the two offsets of each gap. Only the
 * stretches of text the gaps cover are read, overlapping gaps as one stretch read once
 * (a thousand quotes far from their evidence cost one reading of the text at most, and
 * a short gap costs its own length, not the text's). The counts kept at each offset run
 * from the start of its stretch, so only two offsets of one gap are compared.
 */
export class RunningCounts {
  /** The gaps' offsets, distinct and sorted, and the counts kept at each: words, sentences, paragraphs (-1 words: never reached). */
  private readonly offsets: number[];
  private readonly counts: number[];

  constructor(text: string, gaps: readonly (readonly [number, number])[]) {
    const spans = sameShapeMap(gaps, ([a, b]) => (a <= b ? [a, b] : [b, a])).sort((x, y) => x[0] - y[0]);
    // Every offset once, in order (written out: flat() and a spread Set cost 1% of a short
    // article). Plain arrays, not typed ones: making a typed array costs more than an
    // article's few gaps (a Float64Array was a third of this constructor in a folder's profile).
    const points: number[] = [];
    for (let i = 0; i < spans.length; i++) points.push(spans[i][0], spans[i][1]);
    points.sort(byNumber);
    const sorted: number[] = [];
    for (const x of points) if (!sorted.length || sorted[sorted.length - 1] !== x) sorted.push(x);
    // Three numbers per offset in one array, not a map of objects: a long article has thousands.
    this.offsets = sorted;
    // Pushed, not `new Array(n)`: a long article's thousands would make that one a dictionary.
    const counts: number[] = [];
    for (let k = 3 * sorted.length; k > 0; k--) counts.push(-1);
    this.counts = counts;
    let words = 0;
    let sentences = 0;
    let paragraphs = 0;
    let inWord = false;
    let pendingSentence = false;
    let pendingParagraph = false;
    let k = 0;
    // The offsets are distinct and sorted: one comparison per character finds the next.
    let next = sorted.length ? sorted[0] : -1;
    /** The state above is the one before the character at pos. */
    let pos = 0;
    for (let s = 0; s < spans.length; ) {
      const start = spans[s][0];
      if (start > text.length) break;
      let end = spans[s][1];
      for (s++; s < spans.length && spans[s][0] <= end; s++) end = Math.max(end, spans[s][1]);
      workMeter.steps += 1 + Math.max(0, end - pos);
      let i = pos;
      if (start > pos) {
        // Right after a word character a word runs and nothing is pending: the state
        // before the stretch is read from the last one before it, not from the text's start.
        let p = start - 1;
        while (p >= pos && CLASS[text.charCodeAt(p)] !== WORD) p--;
        if (p >= pos) {
          inWord = true;
          pendingSentence = pendingParagraph = false;
          i = p + 1;
        }
      }
      const stop = Math.min(end, text.length);
      for (;;) {
        if (i === next) {
          this.counts[3 * k] = words;
          this.counts[3 * k + 1] = sentences;
          this.counts[3 * k + 2] = paragraphs;
          next = ++k < sorted.length ? sorted[k] : -1;
        }
        if (i >= stop) break;
        // Up to the next offset (distinct and sorted: after i) or the stretch's end, the
        // characters alone: no offset to compare with at each (a third of this loop's instructions).
        const until = next > i && next < stop ? next : stop;
        for (; i < until; i++) {
          const kind = CLASS[text.charCodeAt(i)];
          if (kind === WORD || (inWord && kind === WORD_MARK)) {
            if (!inWord) {
              inWord = true;
              words++;
              if (pendingSentence) sentences++;
              if (pendingParagraph) paragraphs++;
              pendingSentence = pendingParagraph = false;
            }
            continue;
          }
          inWord = false;
          if (kind === LINE_BREAK) pendingSentence = pendingParagraph = true;
          else if (kind === SENTENCE_END && !isWordCode(text.charCodeAt(i + 1))) pendingSentence = true;
        }
      }
      pos = i;
    }
  }

  /** The counts between two offsets (either order). */
  between(a: number, b: number): Distance | null {
    const x = this.slot(Math.min(a, b));
    const y = this.slot(Math.max(a, b));
    if (x < 0 || y < 0) return null;
    const c = this.counts;
    return { words: c[y] - c[x], sentences: c[y + 1] - c[x + 1], paragraphs: c[y + 2] - c[x + 2] };
  }

  /** Where an offset's counts start in `counts`, or -1 when it is no gap's offset or the reading never reached it. */
  private slot(offset: number): number {
    const o = this.offsets;
    let lo = 0;
    let hi = o.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (o[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < o.length && o[lo] === offset && this.counts[3 * lo] >= 0 ? 3 * lo : -1;
  }
}

/** Rules whose speaker is read from a cue's own words (its subject, its "according to" source, a headline's colon). */
const DIRECT_RULES: ReadonlySet<AttributionRule> = new Set<AttributionRule>(['subject-after-cue', 'subject-before-cue', 'relative-antecedent', 'relayed-source', 'according-to', 'cue-after', 'headline']);

/**
 * Each speaker's mention ends, sorted once, so the latest mention before a quote is one
 * binary search: a walk over every mention for every quote cost the quotes times the
 * mentions (a 1 MB article: 2,600 quotes, speakers named up to 700 times).
 */
class MentionEnds {
  private readonly ends = new Map<string, number[]>();

  constructor(private readonly speakerById: ReadonlyMap<string, Speaker>) {}

  /** The end of the speaker's latest mention ending at or before `offset`, or -1. */
  latestBefore(speakerId: string, offset: number): number {
    let ends = this.ends.get(speakerId);
    if (!ends) {
      const mentions = this.speakerById.get(speakerId)?.mentions ?? [];
      ends = sameShapeMap(mentions, (m) => m.end).sort(byNumber);
      this.ends.set(speakerId, ends);
      workMeter.steps += ends.length;
    }
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      workMeter.steps++;
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ends[lo - 1] : -1;
  }
}

/**
 * The gap between a quote and where its evidence is written: the cue for a rule that
 * reads the cue's own subject; for a speaker carried over or resolved backward, the
 * speaker's latest mention before the quote (how far back the attribution reaches),
 * else the cue. Two offsets, or null with neither.
 */
function gapOf(q: Quote, rule: AttributionRule, speakerId: string, mentionEnds: MentionEnds): [number, number] | null {
  const direct = q.cue !== null && DIRECT_RULES.has(rule);
  const latest = direct ? -1 : mentionEnds.latestBefore(speakerId, q.span.start);
  if (latest >= 0) return [latest, q.span.start];
  const anchor = q.cue;
  if (!anchor) return null;
  return anchor.end <= q.span.start ? [anchor.end, q.span.start] : anchor.start >= q.span.end ? [q.span.end, anchor.start] : [q.span.start, q.span.start];
}

/** Fills `evidence` on every attributed statement (quotes and speakers as analyze() built them). */
export function addEvidence(text: string, quotes: Quote[], attributions: (Attribution | null)[], speakers: Speaker[], registry: PeopleRegistry): void {
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const mentionEnds = new MentionEnds(speakerById);
  const gaps = sameShapeMap(quotes, (q, i): [number, number] | null => {
    const rule = attributions[i]?.rule;
    if (!q.speakerId || !rule) return null;
    return gapOf(q, rule, q.speakerId, mentionEnds);
  });
  const counts = new RunningCounts(text, gaps.filter((g) => g !== null));
  quotes.forEach((q, i) => {
    const a = attributions[i];
    if (!q.speakerId || !a?.rule) return;
    const gap = gaps[i];
    const distance = gap ? counts.between(gap[0], gap[1]) : null;
    const confidence = confidenceOf(a.rule, distance);
    // The rivals are shown only beside a weak attribution: named only then (most are strong).
    const rivals = confidence === 'weak' ? sameShapeMap(a.candidates ?? [], (c) => ({ speakerId: speakerById.has(c.cluster.id) ? c.cluster.id : null, name: registry.displayName(c.cluster), rule: c.rule })) : [];
    const evidence: AttributionEvidence = { rule: a.rule, cue: q.cue, distance, confidence, candidates: rivals };
    q.evidence = evidence;
  });
}
