// Attribution: walks the article in order, keeping track of people and of the current
// speaker, and ties each statement to its speaker by the first rule that applies:
//   1. a cue before the quote in its sentence (قال X: "…"، أكد X أن "…"، موضحاً أن "…"),
//      with the subject after the verb, before it, or carried over (وأضاف: "…");
//   2. a headline-style `Name: "…"`;
//   3. a cue after the quote ("…"، قال X / "…" هكذا قالت X / "…"، بحسب X);
//   4. an earlier attributed statement of the same paragraph;
// and otherwise leaves it unattributed (a quote-only paragraph is never guessed).

import { CueFinder, type CueHit, type Gender } from './cues';
import { normalizeForMatch } from './normalize';
import { PLACEHOLDER_REASON, SPEAKER_PLACEHOLDER } from './placeholder';
import type { ArticleDocument } from './document';
import type { OrganizationHit } from './organizations';
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

/** How far back (characters) a quote's sentence is read for its cue. */
const MAX_SENTENCE = 600;
/** How many mentions ahead a headline's title looks for the name of its holder. */
const LOOKAHEAD_MENTIONS = 200;
const NORMALIZED_PLACEHOLDER = normalizeForMatch(SPEAKER_PLACEHOLDER);
const SKIPPABLE_AFTER_CUE = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'مجددا', 'اليوم']);

export function attribute(
  doc: ArticleDocument,
  quotes: RawQuote[],
  kinds: QuoteKind[],
  orgHits: OrganizationHit[],
  contentRanges: { start: number; end: number }[],
  articleDate: string | null,
  blocks: Block[],
): AttributionResult {
  const t = doc.tokens;
  const inQuote = new RangeSet();
  for (const q of quotes) if (q.parent === null) inQuote.add(q.open, q.close + 1);
  const orgByToken = new Map<number, OrganizationHit>();
  for (const h of orgHits) orgByToken.set(h.first, h);
  const people = new PeopleFinder(doc, inQuote, (i) => orgByToken.get(i) ?? null);
  const cues = new CueFinder(doc, inQuote, (j) => mentionByToken.has(j) || people.nameAt(j, false) !== null);
  const registry = new PeopleRegistry(doc, articleDate);

  // The organization in focus (for الأمين العام للمنظمة): the most mentioned known one.
  const counts = new Map<string, number>();
  for (const h of orgHits) if (h.known) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  registry.focusOrganization = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const mentions = people.find(contentRanges);
  const mentionByToken = new Map<number, PersonMention>();
  const mentionByEnd = new Map<number, PersonMention>();
  for (const m of mentions) {
    mentionByToken.set(m.first, m);
    if (!m.inQuote) mentionByEnd.set(m.end, m);
  }
  /** Index of the first mention starting at or after a normalized offset. */
  const firstMentionFrom = (offset: number): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].normStart < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const blockIndex = new Map(blocks.map((b, i) => [b, i]));
  const clusterOf = new Map<PersonMention, PersonCluster | null>();
  // Look a bounded way ahead, so a text full of unresolved titles stays linear.
  registry.lookahead = (title) =>
    mentions.slice(mi, mi + LOOKAHEAD_MENTIONS).find(
      (m) =>
        !m.inQuote &&
        m.name !== null &&
        m.title !== null &&
        m.title.role === title.role &&
        m.title.country === title.country &&
        m.title.organization === title.organization,
    ) ?? null;

  const attributions: (Attribution | null)[] = quotes.map(() => null);
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
  // Every cue of the article, found once; a quote's lead reads its slice of this list.
  const allCues: CueHit[] = [];
  for (const r of contentRanges) for (const cue of cues.cuesIn(r.start, r.end)) allCues.push(cue);
  const cuesBetween = (start: number, end: number): CueHit[] => {
    let lo = 0;
    let hi = allCues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.starts[allCues[mid].first] < start) lo = mid + 1;
      else hi = mid;
    }
    const out: CueHit[] = [];
    for (let k = lo; k < allCues.length && t.ends[allCues[k].end - 1] <= end; k++) out.push(allCues[k]);
    return out;
  };
  const verbEvents = allCues.filter((c) => c.kind === 'verb' || c.kind === 'according');
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

  /** The speaker cluster of an organization that speaks (أعلنت وزارة الدفاع، قال الكرملين). */
  const speakingOrganization = (org: OrganizationHit): PersonCluster => {
    const span = doc.span(org.normStart, org.normEnd);
    return registry.addSpeakerByText('institution', org.id, doc.text.slice(span.start, span.end), span, org.id);
  };
  const orgByEnd = new Map<number, OrganizationHit>();
  for (const h of orgHits) orgByEnd.set(h.end, h);

  /** The speaker whose mention starts at token j (person, institution or anonymous source). */
  const speakerAt = (j: number): { cluster: PersonCluster; end: number } | null => {
    while (j < t.count && SKIPPABLE_AFTER_CUE.has(t.text(j))) j++;
    if (j >= t.count || j === 0) return null;
    // The speaker stands before any quote or clause break: وقال "نعم، …" has none.
    if (/["«»“”:.()]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j])) || inQuote.has(t.starts[j])) return null;
    let m = mentionByToken.get(j);
    if (m && m.title && !m.name && !clusterOf.has(m)) {
      // وقال الأمين التنفيذي لاتفاقية … بشأن تغير المناخ سايمون ستيل: the name closes the clause.
      const name = people.trailingName(m.end);
      if (name) {
        m = { ...m, end: name.end, normEnd: t.ends[name.end - 1], name: { first: name.first, end: name.end, normStart: t.starts[name.first], normEnd: t.ends[name.end - 1] }, knowledgeId: name.knowledgeId };
        mentionByToken.set(j, m);
      }
    }
    if (m) {
      const c = register(m);
      if (c) return { cluster: c, end: m.end };
    }
    const org = orgByToken.get(j);
    if (org) return { cluster: speakingOrganization(org), end: org.end };
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

  /** Whether the quick fix's speaker placeholder stands right after a cue. */
  const placeholderAfter = (cue: CueHit): boolean => {
    const from = t.ends[cue.end - 1];
    return doc.norm.slice(from, from + NORMALIZED_PLACEHOLDER.length + 2).trimStart().startsWith(NORMALIZED_PLACEHOLDER);
  };

  /** The subject of a verb cue: after it, just before it, or carried over. */
  const subjectOf = (cue: CueHit, windowStart: number): { cluster: PersonCluster | null; carried: boolean } => {
    const after = speakerAt(cue.end);
    if (after) return { cluster: after.cluster, carried: false };
    // X قال …: a mention ending right before the verb, in the same sentence.
    if (cue.first > 0 && t.starts[cue.first - 1] >= windowStart && t.onlySpaceBetween(t.ends[cue.first - 1], t.starts[cue.first])) {
      const m = mentionByEnd.get(cue.first);
      if (m) {
        const c = register(m);
        if (c) return { cluster: c, carried: false };
      }
      // أما منظمة السلام الأخضر فقالت …
      const org = orgByEnd.get(cue.first);
      if (org && !inQuote.has(org.normStart)) return { cluster: speakingOrganization(org), carried: false };
    }
    return { cluster: current(cue.gender), carried: true };
  };

  const sentenceStart = (q: RawQuote): number => {
    const line = doc.lines[q.block.line];
    // A sentence's lead is read at most MAX_SENTENCE back, so one huge line stays linear.
    const floor = Math.max(line.normStart, q.open - MAX_SENTENCE);
    let i = q.open - 1;
    for (; i >= floor; i--) {
      const c = doc.norm.charCodeAt(i);
      if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x61f) continue; // . ! ? ؟
      const next = doc.norm.charCodeAt(i + 1);
      if (!(i + 1 >= doc.norm.length || next === 0x20 || next === 0x0a)) continue;
      // A period inside an earlier quote does not end the sentence that quote sits in.
      if (q.parent === null && inQuote.has(i)) continue;
      return i + 1;
    }
    return floor;
  };

  /** The last sentence of the previous block when it ends with a colon and the quote opens its own block. */
  const leadInFromPreviousBlock = (q: RawQuote): { start: number; end: number } | null => {
    const line = doc.lines[q.block.line];
    if (doc.norm.slice(line.normStart, q.open).trim() !== '') return null;
    const k = blockIndex.get(q.block) ?? -1;
    const prev = k > 0 ? blocks[k - 1] : null;
    if (!prev || prev.kind !== 'paragraph') return null;
    const prevLine = doc.lines[prev.line];
    if (!prevLine.key.endsWith(':')) return null;
    const text = doc.norm.slice(prevLine.normStart, prevLine.normEnd);
    const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('؟ '), text.lastIndexOf('! '));
    return { start: prevLine.normStart + (cut >= 0 ? cut + 2 : 0), end: prevLine.normEnd };
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
      continue;
    }
    let start = sentenceStart(q);
    let found = cuesBetween(start, q.open);
    if (!found.length) {
      // A paragraph that opens with the quote, after one that ends "وقال الوزير:".
      const lead = leadInFromPreviousBlock(q);
      if (lead) {
        start = lead.start;
        found = cues.cuesIn(lead.start, lead.end);
      }
    }
    let result: Attribution | null = null;
    // An "according to" with no speaker after it (بحسب تصريحات الغرب) is not this quote's cue.
    while (found.length && found[found.length - 1].kind === 'according' && !speakerAt(found[found.length - 1].end)) found.pop();
    if (found.length) {
      const c = found[found.length - 1];
      if (placeholderAfter(c)) {
        // وقال [المتحدث]: the quick fix's placeholder, not yet replaced by a name.
        result = { speaker: null, cue: cueSpan(c.first, c.end, c.lemma), method: null, reason: PLACEHOLDER_REASON };
      } else if (c.kind === 'participle') {
        const verbs = found.filter((x) => x.kind === 'verb' && x.first < c.first);
        const v = verbs[verbs.length - 1];
        if (v && v.end === c.first) {
          const s = subjectOf(v, start);
          result = { speaker: s.cluster, cue: cueSpan(v.first, c.end, v.lemma), method: s.carried ? 'carry-over' : 'cue-before' };
        } else if (v) {
          const s = subjectOf(v, start);
          const between = speakerAt(v.end);
          if (between && between.end === c.first && t.onlySpaceBetween(t.ends[between.end - 1], t.starts[c.first])) result = { speaker: between.cluster, cue: cueSpan(v.first, v.end, v.lemma), method: 'cue-before' };
          else result = { speaker: s.cluster, cue: cueSpan(c.first, c.end, c.lemma), method: s.carried ? 'carry-over' : 'cue-before' };
        } else {
          // The participle's subject is the sentence's subject, or the current speaker.
          let own: PersonMention | undefined;
          for (let k = firstMentionFrom(start); k < mentions.length && mentions[k].normEnd <= t.starts[c.first]; k++) {
            if (!mentions[k].inQuote && !mentions[k].asObject) {
              own = mentions[k];
              break;
            }
          }
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
        const after = mentionByToken.get(c.end);
        const method: AttributionMethod = s.carried ? 'carry-over' : after && !after.name && after.title ? 'title-reference' : 'cue-before';
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
  }
  advanceTo(Number.MAX_SAFE_INTEGER);

  function headline(q: RawQuote): Attribution | null {
    const line = doc.lines[q.block.line];
    const from = Math.max(line.normStart, q.open - 16);
    const colon = /:\s*$/u.exec(doc.norm.slice(from, q.open));
    if (!colon) return null;
    const end = from + colon.index;
    const k = firstMentionFrom(end) - 1;
    const m = k >= 0 && mentions[k].normEnd <= end && doc.norm.slice(mentions[k].normEnd, end).trim() === '' ? mentions[k] : undefined;
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
    for (let k = qi - 1; k >= 0; k--) {
      const p = quotes[k];
      if (p.block !== q.block) break;
      const a = attributions[k];
      if (a?.speaker) return { speaker: a.speaker, cue: null, method: 'carry-over' };
    }
    return null;
  }

  registry.finalizeIds();
  return { attributions, registry, variants: registry.nameVariants(), mentions: mentions.map((m) => ({ mention: m, cluster: clusterOf.get(m) ?? null })) };
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
