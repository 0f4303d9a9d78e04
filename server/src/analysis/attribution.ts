// Attribution: walks the article in order, keeping track of people and of the current
// speaker, and ties each statement to its speaker by the first rule that applies:
//   1. a cue before the quote in its sentence (قال X: "…"، أكد X أن "…"، موضحاً أن "…"),
//      with the subject after the verb, before it, or carried over (وأضاف: "…");
//   2. a headline-style `Name: "…"`;
//   3. a cue after the quote ("…"، قال X / "…" هكذا قالت X / "…"، بحسب X);
//   4. an earlier attributed statement of the same paragraph;
// and otherwise leaves it unattributed (a quote-only paragraph is never guessed).

import { CueFinder, type CueHit, type Gender } from './cues';
import type { ArticleDocument } from './document';
import type { OrganizationHit } from './organizations';
import { MentionIndex } from './mentionIndex';
import { PeopleFinder, type PersonMention } from './people';
import type { RawQuote } from './quotes';
import { RangeSet } from './ranges';
import { PeopleRegistry, type PersonCluster } from './speakers';
import type { AttributionMethod, Block, NameVariant, QuoteKind } from './types';

export interface Attribution {
  speaker: PersonCluster | null;
  cue: { normStart: number; normEnd: number; lemma: string } | null;
  method: AttributionMethod | null;
  reason?: string;
}

export interface AttributionResult {
  attributions: (Attribution | null)[];
  registry: PeopleRegistry;
  variants: NameVariant[];
  /** Every person mention with its cluster, for references and hovers. */
  mentions: { mention: PersonMention; cluster: PersonCluster | null }[];
}

const SKIPPABLE_AFTER_CUE = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'مجددا', 'اليوم']);
const SENTENCE_END = new Set(['.', '!', '?', '؟']);
/**
 * How far before a quote its cue is looked for, in normalized characters: several times
 * the longest lead-in seen in wire copy (under 200), and a bound that keeps a paragraph
 * of 10,000 quotes with no full stop linear instead of quadratic.
 */
const MAX_LEAD_CHARS = 1000;

export function attribute(
  doc: ArticleDocument,
  quotes: RawQuote[],
  kinds: QuoteKind[],
  orgHits: OrganizationHit[],
  contentRanges: { start: number; end: number }[],
  articleDate: string | null,
): AttributionResult {
  const t = doc.tokens;
  const inQuote = new RangeSet();
  for (const q of quotes) if (q.parent === null) inQuote.add(q.open, q.close + 1);
  const people = new PeopleFinder(doc, inQuote);
  const cues = new CueFinder(doc, inQuote, (j) => mentionByToken.has(j) || people.nameAt(j, false) !== null);
  const registry = new PeopleRegistry(doc, articleDate);

  // The organization in focus (for الأمين العام للمنظمة): the most mentioned known one.
  const counts = new Map<string, number>();
  for (const h of orgHits) if (h.known) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  registry.focusOrganization = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const orgByToken = new Map<number, OrganizationHit>();
  for (const h of orgHits) orgByToken.set(h.first, h);

  const mentions = people.find(contentRanges);
  const mentionIndex = new MentionIndex(mentions);
  const mentionByToken = new Map<number, PersonMention>();
  for (const m of mentions) mentionByToken.set(m.first, m);
  const clusterOf = new Map<PersonMention, PersonCluster | null>();
  registry.lookahead = (title) => mentionIndex.namedWithTitleFrom(mi, title);

  const attributions: (Attribution | null)[] = quotes.map(() => null);
  /** The latest statement with a speaker and its block (quotes of a block are consecutive). */
  let lastInBlock: { block: Block; speaker: PersonCluster } | null = null;
  // Who has been speaking, most recent last; a carried-over cue takes the latest one
  // whose gender agrees with the verb (وقالت skips a man named since).
  const history: PersonCluster[] = [];
  const setSubject = (c: PersonCluster): void => {
    if (history[history.length - 1] !== c) history.push(c);
  };
  const current = (gender: Gender | null = null): PersonCluster | null => {
    for (let k = history.length - 1; k >= 0; k--) if (!gender || !history[k].gender || history[k].gender === gender) return history[k];
    return null;
  };
  let mi = 0;

  const register = (m: PersonMention): PersonCluster | null => {
    if (clusterOf.has(m)) return clusterOf.get(m)!;
    if (m.inQuote && !m.name) {
      clusterOf.set(m, null);
      return null;
    }
    const c = registry.add(m, current());
    clusterOf.set(m, c);
    if (c && !m.inQuote && !m.asObject) setSubject(c);
    return c;
  };
  // Speech verbs outside any statement's lead still set the current speaker: أعلن الحلف …،
  // وقال في بيان: "…" carries the alliance over.
  const verbEvents = contentRanges.flatMap((r) => cues.cuesIn(r.start, r.end)).filter((c) => c.kind === 'verb' || c.kind === 'according');
  let vi = 0;
  const advanceTo = (normOffset: number): void => {
    for (;;) {
      const m = mi < mentions.length && mentions[mi].normStart < normOffset ? mentions[mi] : null;
      const v = vi < verbEvents.length && t.starts[verbEvents[vi].first] < normOffset ? verbEvents[vi] : null;
      if (!m && !v) return;
      if (m && (!v || m.normStart <= t.starts[v.first])) {
        register(m);
        mi++;
        continue;
      }
      vi++;
      // Only names, institutions and anonymous sources right after the verb count here.
      const s = speakerAt(v!.end);
      if (s && t.ends[s.end - 1] <= normOffset) setSubject(s.cluster);
    }
  };

  /** The speaker whose mention starts at token j (person, institution or anonymous source). */
  const speakerAt = (j: number): { cluster: PersonCluster; end: number } | null => {
    while (j < t.count && SKIPPABLE_AFTER_CUE.has(t.text(j))) j++;
    if (j >= t.count || j === 0) return null;
    // The speaker stands before any quote or clause break: وقال "نعم، …" has none.
    if (/["«»“”:.()]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j])) || inQuote.has(t.starts[j])) return null;
    const m = mentionByToken.get(j);
    if (m) {
      const c = register(m);
      if (c) return { cluster: c, end: m.end };
    }
    const org = orgByToken.get(j);
    if (org) {
      const span = doc.span(org.normStart, org.normEnd);
      return { cluster: registry.addSpeakerByText('institution', org.id, doc.text.slice(span.start, span.end), span, org.id), end: org.end };
    }
    const k = doc.knowledge;
    // الخارجية الروسية: a ministry's short form with a country.
    const short = k.ministryShortIndex.match(t, j, false);
    if (short) {
      const country = k.countryAdjectiveIndex.match(t, short.end, false);
      if (country) {
        const span = doc.span(t.starts[j], t.ends[country.end - 1]);
        const id = `ministry:${short.value}:${country.value}`;
        return { cluster: registry.addSpeakerByText('institution', id, doc.text.slice(span.start, span.end), span, id), end: country.end };
      }
    }
    // الرئاسة الفرنسية، الجيش الإسرائيلي: a generic institution with its country.
    const institution = people.institutionAt(j);
    if (institution) {
      const span = doc.span(t.starts[j] + institution.prefix.length, t.ends[institution.end - 1]);
      return { cluster: registry.addSpeakerByText('institution', institution.id, doc.text.slice(span.start, span.end), span, institution.id), end: institution.end };
    }
    // مسؤول في وزارة الخزانة، مصدر مطلع: an anonymous source up to the next clause break.
    if (k.lexicon.anonymousHeads.has(t.text(j))) {
      let end = j + 1;
      const ends = (w: string): boolean => k.cues.verbs.has(w) || k.lexicon.anonymousEnds.has(w) || ['ان', 'انه', 'انها', 'بان'].includes(w);
      while (end < t.count && end - j < 7 && !/[،,:."«“]/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end])) && !ends(t.text(end))) end++;
      const span = doc.span(t.starts[j], t.ends[end - 1]);
      const text = doc.text.slice(span.start, span.end);
      return { cluster: registry.addSpeakerByText('anonymous', doc.norm.slice(t.starts[j], t.ends[end - 1]), text, span), end };
    }
    // A bare name after a cue verb: وقال زاس:
    const named = people.nameAfterCue(j);
    if (named) {
      mentionByToken.set(j, named);
      const c = register(named);
      if (c) return { cluster: c, end: named.end };
    }
    return null;
  };

  /** The subject of a verb cue: after it, just before it, or carried over. */
  const subjectOf = (cue: CueHit, windowStart: number): { cluster: PersonCluster | null; carried: boolean } => {
    const after = speakerAt(cue.end);
    if (after) return { cluster: after.cluster, carried: false };
    // X قال …: a mention ending right before the verb, in the same sentence.
    if (cue.first > 0 && t.starts[cue.first - 1] >= windowStart) {
      const m = mentionIndex.outsideQuotesEndingAt(cue.first);
      if (m) {
        const c = register(m);
        if (c) return { cluster: c, carried: false };
      }
    }
    return { cluster: current(cue.gender), carried: true };
  };

  const sentenceStart = (q: RawQuote): number => {
    const line = doc.lines[q.block.line];
    const floor = Math.max(line.normStart, q.open - MAX_LEAD_CHARS);
    let i = q.open - 1;
    while (i >= floor) {
      if (inQuote.has(i) && !(q.parent !== null)) {
        i--;
        continue;
      }
      if (SENTENCE_END.has(doc.norm[i]) && (i + 1 >= doc.norm.length || doc.norm[i + 1] === ' ' || doc.norm[i + 1] === '\n')) return i + 1;
      i--;
    }
    return floor;
  };

  const cueSpan = (first: number, end: number, lemma: string): Attribution['cue'] => ({ normStart: t.starts[first], normEnd: t.ends[end - 1], lemma });

  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    advanceTo(q.open);
    if (kinds[qi] !== 'statement') continue;
    if (q.parent !== null && attributions[q.parent]) {
      // A statement nested in a statement belongs to the same speaker.
      const parent = attributions[q.parent]!;
      attributions[qi] = { speaker: parent.speaker, cue: null, method: parent.method, reason: parent.reason };
      if (parent.speaker) lastInBlock = { block: q.block, speaker: parent.speaker };
      continue;
    }
    const start = sentenceStart(q);
    const found = cues.cuesIn(start, q.open);
    let result: Attribution | null = null;
    // An "according to" with no speaker after it (بحسب تصريحات الغرب) is not this quote's cue.
    while (found.length && found[found.length - 1].kind === 'according' && !speakerAt(found[found.length - 1].end)) found.pop();
    if (found.length) {
      const c = found[found.length - 1];
      if (c.kind === 'participle') {
        const verbs = found.filter((x) => x.kind === 'verb' && x.first < c.first);
        const v = verbs[verbs.length - 1];
        if (v && v.end === c.first) {
          const s = subjectOf(v, start);
          result = { speaker: s.cluster, cue: cueSpan(v.first, c.end, v.lemma), method: s.carried ? 'carry-over' : 'cue-before' };
        } else if (v) {
          const s = subjectOf(v, start);
          const between = speakerAt(v.end);
          if (between && between.end === c.first) result = { speaker: between.cluster, cue: cueSpan(v.first, v.end, v.lemma), method: 'cue-before' };
          else result = { speaker: s.cluster, cue: cueSpan(c.first, c.end, c.lemma), method: s.carried ? 'carry-over' : 'cue-before' };
        } else {
          // The participle's subject is the sentence's subject, or the current speaker.
          const own = mentionIndex.firstInside(start, t.starts[c.first], (m) => !m.inQuote && !m.asObject);
          const cluster: PersonCluster | null = own ? register(own) : current(c.gender);
          result = { speaker: cluster, cue: cueSpan(c.first, c.end, c.lemma), method: own ? 'cue-before' : 'carry-over' };
        }
      } else if (c.kind === 'verb' && doc.knowledge.cues.relayVerbs.has(t.text(c.first).replace(/^[وف]/u, ''))) {
        // ونقلت رويترز عن مسؤول أوروبي قوله: the words are the one's after عن.
        const source = speakerAt(c.end);
        let j = source ? source.end : c.end;
        while (j < t.count && j < c.end + 8 && t.text(j) !== 'عن') j++;
        const relayed = j < t.count && t.text(j) === 'عن' ? speakerAt(j + 1) : null;
        const speaker: PersonCluster | null = relayed?.cluster ?? source?.cluster ?? current();
        result = { speaker, cue: cueSpan(c.first, c.end, c.lemma), method: relayed || source ? 'cue-before' : 'carry-over' };
      } else if (c.kind === 'verb') {
        const s = subjectOf(c, start);
        const method: AttributionMethod = s.carried ? 'carry-over' : s.cluster && isTitleOnly(mentionIndex.startingAt(c.end)) ? 'title-reference' : 'cue-before';
        result = { speaker: s.cluster, cue: cueSpan(withClauseOpener(doc, c, start), c.end, c.lemma), method };
      } else if (c.kind === 'according') {
        const named = speakerAt(c.end);
        result = { speaker: named ? named.cluster : current(), cue: cueSpan(c.first, c.end, c.lemma), method: named ? 'according-to' : 'carry-over' };
      } else {
        result = { speaker: current(), cue: cueSpan(c.first, c.end, c.lemma), method: 'carry-over' };
      }
    }
    if (!result) result = headline(q) ?? after(q) ?? continuation(qi);
    if (!result) result = { speaker: null, cue: null, method: null, reason: 'no attribution cue in its sentence and no attributed statement before it in the paragraph' };
    if (result.speaker === null && !result.reason) result.reason = 'the cue has no subject and no speaker was named before it';
    if (result.speaker) setSubject(result.speaker);
    attributions[qi] = result;
    if (result.speaker) lastInBlock = { block: q.block, speaker: result.speaker };
  }
  advanceTo(Number.MAX_SAFE_INTEGER);

  function headline(q: RawQuote): Attribution | null {
    // `Name:` right before the quote (spaces between them allowed).
    const line = doc.lines[q.block.line];
    let end = q.open;
    while (end > line.normStart && isSpace(doc.norm[end - 1])) end--;
    if (end === line.normStart || doc.norm[end - 1] !== ':') return null;
    end--;
    let blank = end;
    while (blank > 0 && isSpace(doc.norm[blank - 1])) blank--;
    const m = mentionIndex.firstEndingIn(blank, end);
    if (!m || m.inQuote) return null;
    const c = register(m);
    return c ? { speaker: c, cue: null, method: 'headline' } : null;
  }

  function after(q: RawQuote): Attribution | null {
    if (!q.closed) return null;
    let j = t.indexAtOrAfter(q.close + 1);
    if (j >= t.count || doc.lineAt(t.starts[j]).index !== q.block.line) return null;
    const gap = doc.norm.slice(q.close + 1, t.starts[j]);
    if (!/^[\s،,-]*$/u.test(gap)) return null;
    if (t.text(j) === 'هكذا') j++;
    const c = cues.cueAt(j);
    if (!c || (c.kind !== 'verb' && c.kind !== 'according')) return null;
    const s = speakerAt(c.end);
    if (!s) return null;
    return { speaker: s.cluster, cue: cueSpan(c.first, c.end, c.lemma), method: c.kind === 'according' ? 'according-to' : 'cue-after' };
  }

  function continuation(qi: number): Attribution | null {
    const q = quotes[qi];
    return lastInBlock && lastInBlock.block === q.block ? { speaker: lastInBlock.speaker, cue: null, method: 'carry-over' } : null;
  }

  return { attributions, registry, variants: registry.nameVariants(), mentions: mentions.map((m) => ({ mention: m, cluster: clusterOf.get(m) ?? null })) };
}

/** Whether the speaker mention (the first at the cue's end) is a title only (الوزير الروسي). */
function isTitleOnly(m: PersonMention | undefined): boolean {
  return !!m && !m.name && !!m.title;
}

/** White space as String.prototype.trim and \s see it. */
function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/u.test(c);
}

/**
 * The cue keeps a mid-sentence كما ("…، كما قال X، "…"": as X said) but not a
 * sentence-initial one (كما أشار = also pointed out).
 */
function withClauseOpener(doc: ArticleDocument, c: CueHit, sentenceStart: number): number {
  const t = doc.tokens;
  const prev = c.first - 1;
  if (prev < 0 || t.text(prev) !== 'كما' || t.starts[prev] < sentenceStart) return c.first;
  const before = doc.norm.slice(sentenceStart, t.starts[prev]).trim();
  return before === '' || /^[\p{L}\s]*$/u.test(before) && before.split(/\s+/).length <= 1 ? c.first : prev;
}
