// Attribution: walks the article in order, keeping track of people and of the current
// speaker, and ties each statement to its speaker by the first rule that applies:
//   1. a cue before the quote in its sentence (قال X: "…"، أكد X أن "…"، موضحاً أن "…"),
//      with the subject after the verb, before it, or carried over (وأضاف: "…");
//   2. a headline-style `Name: "…"`;
//   3. a cue after the quote ("…"، قال X / "…" هكذا قالت X / "…"، بحسب X);
//   4. an earlier attributed statement of the same paragraph;
// and otherwise leaves it unattributed (a quote-only paragraph is never guessed).

import type { CueHit, Gender } from './cues';
import { LineColons, type CueIndex, type Governor } from './governance';
import { readsAsSpeech } from './kinds';
import { writtenAsCommonWord } from './commonWords';
import { SubjectReader, type SubjectPhrase } from './subjects';
import { MAX_CIRCUMSTANCE_WORDS, looksCircumstantial } from './people';
import { normalizeForMatch } from './normalize';
import { PLACEHOLDER_REASON, SPEAKER_PLACEHOLDER } from './placeholder';
import type { ArticleDocument } from './document';
import { writtenForm, type OrganizationHit } from './organizations';
import type { PeopleFinder, PersonMention } from './people';
import type { Tokens } from './tokens';
import type { RawQuote } from './quotes';
import type { RangeSet } from './ranges';
import { PeopleRegistry, type PersonCluster } from './speakers';
import type { AttributionMethod, AttributionRule, Block, NameVariant, QuoteKind } from './types';
import { workMeter } from './workMeter';
import { memoOf, type WordMemo } from './wordMemo';
import { sameShapeMap } from './sameShapeMap';

export interface Attribution {
  speaker: PersonCluster | null;
  cue: { normStart: number; normEnd: number; lemma: string } | null;
  method: AttributionMethod | null;
  reason?: string;
  /** The rule that chose the speaker (evidence.ts turns it into the quote's evidence). */
  rule?: AttributionRule;
  /** For carried-over speakers: the other speakers in the running, nearest first. */
  candidates?: { cluster: PersonCluster; rule: AttributionRule }[];
}

/** What the attribution pass is given: the facts computed once for the article. */
export interface AttributionFacts {
  people: PeopleFinder;
  cues: CueIndex;
  governors: (Governor | null)[];
  inQuote: RangeSet;
  /** Every person mention of the content, in text order (PeopleFinder.find). */
  mentions: PersonMention[];
  /** The content block before a block (the lead-in paragraph of a quote-only one), or null. */
  previousBlock: (b: Block) => Block | null;
}

export interface AttributionResult {
  attributions: (Attribution | null)[];
  registry: PeopleRegistry;
  variants: NameVariant[];
  /** Every person mention with its cluster, for references and hovers. */
  mentions: { mention: PersonMention; cluster: PersonCluster | null }[];
}

/** How many mentions ahead a headline's title looks for the name of its holder. */
const LOOKAHEAD_MENTIONS = 200;
const NORMALIZED_PLACEHOLDER = normalizeForMatch(SPEAKER_PLACEHOLDER);
/** Other speakers listed for a loose attribution, and how far back they are looked for. */
const MAX_RIVALS = 3;
const RIVAL_LOOKBACK = 12;
/** The longest quoted name after a head noun (صحيفة "وول ستريت جورنال"). */
const MAX_QUOTED_NAME = 5;
/** How many words a subject before its verb may have (فصائل الجنوب السوري المعارضة تعلن). */
const SUBJECT_BEFORE_REACH = 7;
/** How many words back a title's cue looks for the subject its verbs chain on (a headline is short; a one-line file is not). */
const TITLE_REACH = 40;
/** How many words back from a carried-over cue the possessor of a speech noun is looked for. */
const SPEECH_NOUN_REACH = 30;

/** How many words a phrase coordinated with a verb's object may take (وحزب الله). */
const COORDINATED_OBJECT_WORDS = 3;
/** How many words may stand between a verb of issuing and the document it issued (أصدرت وزارة الخارجية اللبنانية، أمس الاثنين بيانا). */
const ISSUER_WORDS = 10;
/** How many words (an addressee, a day) may stand between a subject and an "according to" aside after it. */
const ASIDE_GAP = 4;

/** Organization types (knowledge `type`) that publish news: an anonymous source speaks to them. */
const NEWS_ORGANIZATION = /news|broadcast|television|channel/u;
/** The rules that read a cue's own subject (not a carry-over): an outer cue's speaker counts for an inner cue only so. */
const NAMED_BY_CUE: ReadonlySet<AttributionRule> = new Set<AttributionRule>(['subject-after-cue', 'subject-before-cue', 'relayed-source', 'according-to']);

/**
 * The mention of a name no pass found with a title: tokens [first, end) are the name, and
 * the mention starts at `from` (a description before the name, else the name itself).
 */
function nameMention(t: Tokens, first: number, end: number, knowledgeId: string | null, from = first): PersonMention {
  const name = { first, end, normStart: t.starts[first], normEnd: t.ends[end - 1] };
  return { first: from, end, normStart: t.starts[from], normEnd: name.normEnd, title: null, name, knowledgeId, inQuote: false, asObject: false };
}

export function attribute(
  doc: ArticleDocument,
  quotes: RawQuote[],
  kinds: QuoteKind[],
  orgHits: OrganizationHit[],
  contentRanges: { start: number; end: number }[],
  articleDate: string | null,
  facts: AttributionFacts,
): AttributionResult {
  const cx = new AttributionContext(doc, quotes, kinds, orgHits, contentRanges, articleDate, facts);

  for (let qi = 0; qi < quotes.length; qi++) {
    workMeter.steps++;
    const q = quotes[qi];
    advanceTo(cx, q.open);
    noteOrganizationsBefore(cx, q.open);
    if (kinds[qi] !== 'statement') continue;
    cx.resolvedAnaphor = null;
    if (q.parent !== null && cx.attributions[q.parent]) {
      // A statement nested in a statement belongs to the same speaker.
      const parent = cx.attributions[q.parent]!;
      cx.attributions[qi] = { speaker: parent.speaker, cue: null, method: parent.method, reason: parent.reason, rule: 'nested' };
      continue;
    }
    const g = cx.governors[qi];
    let result: Attribution | null = null;
    if (g && g.cue && (g.side === 'before' || g.side === 'lead-in')) {
      const start = g.sentenceStart;
      const end = g.side === 'before' ? q.open : doc.lines[cx.previousBlock(q.block)!.line].normEnd;
      let all: CueHit[] | null = null;
      const found = (): CueHit[] => (all ??= facts.cues.between(start, end));
      let c = g.cue;
      // An "according to" with no speaker after it (بحسب تصريحات الغرب) is not this quote's
      // cue; nor is a verb form right after a preposition (في رد مكتوب): a verbal noun.
      // Nor a verb of content with no document after it (وأن إصدارها جاء "بعد …": it came, no one spoke).
      const notCue = (x: CueHit): boolean => (x.kind === 'according' && !speakerAt(cx, x.end)) || (x.kind === 'verb' && (afterPreposition(cx, x) || contentWithoutDocument(cx, x)));
      if (notCue(c)) {
        // …، إن ما وصفه بـ"العدوان" جاء بعد "…": a verb after a relative ما only describes a noun.
        const rest = found().filter((x) => x !== c && !notCue(x) && !(contentWithoutDocument(cx, c) && x.first > 0 && !!doc.knowledge.lexicon.whatRelatives?.has(cx.t.text(x.first - 1))));
        c = rest.length ? rest[rest.length - 1] : c;
      }
      c = speakerBeforeAside(cx, c, found) ?? c;
      result = byCueBefore(cx, c, start, found);
      if (q.block.kind === 'title' && c.kind === 'verb' && (!result.speaker || result.rule === 'subject-after-cue')) result = inTitle(cx, q, result, c) ?? result;
      // وقالت الوكالة إن كيم قدم تقريرا … ويتطرق إلى "…": a verb inside what an earlier cue
      // reports, whose own subject is not found, is part of those words: the reporter, named
      // by its own cue, speaks.
      const reporter = result.rule === 'last-subject' && c.kind === 'verb' ? reportingCue(cx, c, found) : null;
      if (reporter) {
        const outer = byCueBefore(cx, reporter, start, found);
        if (outer.speaker && outer.rule !== undefined && NAMED_BY_CUE.has(outer.rule)) result = outer;
      }
    }
    if (!result && g?.side === 'headline') result = headline(cx, q);
    // "…"، وفق ما نقلت فرانس برس: a relay after the quote only passed on the words of the
    // paragraph's speaker (or of its line's earlier cue: وأضاف أردوغان … "…"، وفق ما نقلت), when it has one.
    if (!result && g?.side === 'after') result = (isRelay(cx, g.cue!) ? (continuation(cx, qi) ?? paragraphCue(cx, q)) : null) ?? after(cx, q, g.cue!);
    if (!result) result = continuation(cx, qi) ?? continuedParagraph(cx, qi) ?? paragraphCue(cx, q);
    if (!result) result = { speaker: null, cue: null, method: null, reason: 'no attribution cue in its sentence and no attributed statement before it in the paragraph' };
    if (result.speaker === null && !result.reason) result.reason = 'the cue has no subject and no speaker was named before it';
    // A quote that nothing introduces and nobody around it could have said, and that does
    // not read as someone speaking (نحن، لدينا، لن…), is an excerpt or a label: a term.
    // A paragraph's label that names no one introduces nothing either.
    const ungoverned = !g || (g.side === 'headline' && q.block.kind === 'paragraph');
    if (ungoverned && !result.speaker && result.reason !== PLACEHOLDER_REASON && !readsAsSpeech(doc, q)) {
      kinds[qi] = 'term';
      continue;
    }
    if (result.speaker) refineEvidence(cx, result, g?.cue?.gender ?? null);
    if (result.speaker) setSubject(cx, result.speaker);
    cx.attributions[qi] = result;
  }
  advanceTo(cx, Number.MAX_SAFE_INTEGER);

  cx.registry.finalizeIds();
  return { attributions: cx.attributions, registry: cx.registry, variants: cx.registry.nameVariants(), mentions: sameShapeMap(cx.mentions, (m) => ({ mention: m, cluster: cx.clusterOf.get(m) ?? null })) };
}

/** The state attribute()'s readers share for one article: made once a call, every field set in the constructor in one order (one shape for every article). */
class AttributionContext {
  declare readonly t: Tokens;
  declare readonly morph: ArticleDocument['knowledge']['morphology'];
  declare readonly people: PeopleFinder;
  declare readonly inQuote: RangeSet;
  declare readonly governors: (Governor | null)[];
  declare readonly orgByToken: Map<number, OrganizationHit>;
  declare readonly registry: PeopleRegistry;
  declare readonly subjects: SubjectReader;
  declare readonly colons: LineColons;
  declare readonly words: WordTests;
  declare organizationTokens: Uint8Array | null;
  declare readonly mentions: PersonMention[];
  declare readonly mentionByToken: Map<number, PersonMention>;
  declare readonly mentionByEnd: Map<number, PersonMention>;
  declare readonly clusterOf: Map<PersonMention, PersonCluster | null>;
  declare readonly attributions: (Attribution | null)[];
  declare readonly termOpens: Set<number>;
  declare readonly termOpenByClose: Map<number, number>;
  declare readonly termCloseByOpen: Map<number, number>;
  declare readonly history: PersonCluster[];
  declare readonly inHistory: Set<PersonCluster>;
  declare readonly named: PersonCluster[];
  declare mi: number;
  declare readonly verbEvents: CueHit[];
  declare vi: number;
  declare readonly sentenceStarts: number[];
  declare si: number;
  declare readonly orgByEnd: Map<number, OrganizationHit>;
  declare readonly byHead: Map<string, OrganizationHit | PersonCluster>;
  declare oi: number;
  declare readonly orgsInOrder: OrganizationHit[];
  declare readonly genericPhrases: Set<PersonCluster>;
  declare resolvedAnaphor: PersonCluster | null;
  declare readonly relayMarkers: string[][];
  declare readonly previousBlock: (b: Block) => Block | null;
  declare readonly doc: ArticleDocument;
  declare readonly quotes: RawQuote[];
  declare readonly kinds: QuoteKind[];
  declare readonly orgHits: OrganizationHit[];
  declare readonly facts: AttributionFacts;

  constructor(doc: ArticleDocument, quotes: RawQuote[], kinds: QuoteKind[], orgHits: OrganizationHit[], contentRanges: { start: number; end: number }[], articleDate: string | null, facts: AttributionFacts) {
    this.doc = doc;
    this.quotes = quotes;
    this.kinds = kinds;
    this.orgHits = orgHits;
    this.facts = facts;

    const t = doc.tokens;
    this.t = t;
    const morph = doc.knowledge.morphology;
    this.morph = morph;
    const { people, inQuote, governors } = facts;
    this.people = people;
    this.inQuote = inQuote;
    this.governors = governors;
    const orgByToken = new Map<number, OrganizationHit>();
    this.orgByToken = orgByToken;
    for (const h of orgHits) orgByToken.set(h.first, h);
    const registry = new PeopleRegistry(doc, articleDate);
    this.registry = registry;
    const subjects = new SubjectReader(doc);
    this.subjects = subjects;
    const colons = new LineColons(doc);
    this.colons = colons;
    const words = wordTests(doc.knowledge);
    this.words = words;

    // The organization in focus (for الأمين العام للمنظمة): the most mentioned known one.
    const counts = new Map<string, number>();
    for (const h of orgHits) if (h.known) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
    // (The first counted wins a tie, as a stable sort by count would have it.)
    let focus: string | null = null;
    let most = 0;
    for (const [id, n] of counts) if (n > most) [focus, most] = [id, n];
    registry.focusOrganization = focus;
    // Tokens inside an organization's name: no person's name is read there (كوكا كولا).
    // A byte per token, not a Set of token numbers: filled for every organization of the text, read rarely.
    // Made when first asked: most articles never ask (253 of 2,000 ANT ones did, no folder-benchmark one).
    this.organizationTokens = null;
    const mentions = sameShapeMap(facts.mentions, (m) => withClosingName(this, m));
    this.mentions = mentions;
    const mentionByToken = new Map<number, PersonMention>();
    this.mentionByToken = mentionByToken;
    const mentionByEnd = new Map<number, PersonMention>();
    this.mentionByEnd = mentionByEnd;
    for (const m of mentions) {
      mentionByToken.set(m.first, m);
      if (!m.inQuote) mentionByEnd.set(m.end, m);
    }
    const clusterOf = new Map<PersonMention, PersonCluster | null>();
    this.clusterOf = clusterOf;
    // Look a bounded way ahead, so a text full of unresolved titles stays linear.
    // Named first, then stored: V8 allocates a function literal written straight into a
    // property (x.f = () => …) in the old generation, and this one holds attribute()'s whole
    // scope, so until attribute() was optimized every article's objects outlived young
    // collections (see the analysis eslint rule).
    const lookahead: PeopleRegistry['lookahead'] = (title) =>
      mentions.slice(this.mi, this.mi + LOOKAHEAD_MENTIONS).find(
        (m) =>
          !m.inQuote &&
          m.name !== null &&
          m.title !== null &&
          m.title.role === title.role &&
          m.title.country === title.country &&
          m.title.organization === title.organization,
      ) ?? null;
    registry.lookahead = lookahead;

    const attributions: (Attribution | null)[] = sameShapeMap(quotes, () => null);
    this.attributions = attributions;
    // Where closed quotes that are no statement open: a quoted name can be a subject.
    const termOpens = new Set<number>();
    this.termOpens = termOpens;
    // …and where each of them closes, to read back past a quoted epithet (وباستري "المتفائل" ذكر).
    const termOpenByClose = new Map<number, number>();
    this.termOpenByClose = termOpenByClose;
    // …and the other way round, to read a quoted name into an anonymous description (مصدر من "هيئة …").
    const termCloseByOpen = new Map<number, number>();
    this.termCloseByOpen = termCloseByOpen;
    for (let qi = 0; qi < quotes.length; qi++) {
      if (kinds[qi] === 'statement' || !quotes[qi].closed) continue;
      termOpens.add(quotes[qi].open);
      termOpenByClose.set(quotes[qi].close, quotes[qi].open);
      termCloseByOpen.set(quotes[qi].open, quotes[qi].close);
    }
    // Who has been speaking, most recent last; a carried-over cue takes the latest one
    // whose gender agrees with the verb (وقالت skips a man named since).
    const history: PersonCluster[] = [];
    this.history = history;
    const inHistory = new Set<PersonCluster>();
    this.inHistory = inHistory;
    // People named outside subject position (حديث صلاح، لعقد إيمري): a carried-over cue
    // falls back on the latest of them only when no subject has spoken yet.
    const named: PersonCluster[] = [];
    this.named = named;
    this.mi = 0;
    // Speech verbs outside any statement's lead still set the current speaker: أعلن الحلف …،
    // وقال في بيان: "…" carries the alliance over.
    // Every cue of the article, found once (governance.ts); verbs set the current speaker.
    const verbEvents = facts.cues.all.filter((c) => c.kind === 'verb' || c.kind === 'according');
    this.verbEvents = verbEvents;
    this.vi = 0;
    // Where each sentence of the content starts: the subject of a sentence's opening verb
    // (وأدانت وزارة الخارجية التركية …) is a subject a later وقالت can carry over to.
    const sentenceStarts: number[] = [];
    this.sentenceStarts = sentenceStarts;
    let searched = 0;
    let stop = stopFrom(this, 0);
    for (const r of contentRanges) {
      workMeter.steps += 1 + r.end - r.start;
      sentenceStarts.push(r.start);
      if (r.start < searched || (stop >= 0 && r.start > stop)) stop = stopFrom(this, r.start);
      searched = r.start;
      for (; stop >= 0 && stop < r.end; searched = stop + 2, stop = stopFrom(this, searched)) if (!inQuote.has(stop)) sentenceStarts.push(stop + 2);
    }
    sentenceStarts.sort((a, b) => a - b);
    this.si = 0;
    const orgByEnd = new Map<number, OrganizationHit>();
    this.orgByEnd = orgByEnd;
    for (const h of orgHits) orgByEnd.set(h.end, h);

    /** Organizations and institution speakers seen so far, by their head noun (صندوق، وكاله، مفوضيه). */
    const byHead = new Map<string, PersonCluster | OrganizationHit>();
    this.byHead = byHead;
    this.oi = 0;
    const orgsInOrder = orgHits.slice().sort((a, b) => a.normStart - b.normStart);
    this.orgsInOrder = orgsInOrder;
    const genericPhrases = new Set<PersonCluster>();
    this.genericPhrases = genericPhrases;
    /** The speaker the latest definite anaphor (المصدر، الوكالة) resolved to, for the evidence. */
    this.resolvedAnaphor = null;

    /** The length in words of a relay marker (عن، على لسان) starting at token j, or 0. */
    const relayMarkers = relayMarkerWords(doc.knowledge.lexicon);
    this.relayMarkers = relayMarkers;

    const previousBlock = facts.previousBlock;
    this.previousBlock = previousBlock;
  }
}

function inOrganization(cx: AttributionContext, k: number): boolean {
  const { t, orgHits } = cx;
  if (!cx.organizationTokens) {
    cx.organizationTokens = new Uint8Array(t.count);
    for (const h of orgHits) cx.organizationTokens.fill(1, h.first, h.end);
  }
  return cx.organizationTokens[k] === 1;
}

/** Index of the first mention starting at or after a normalized offset. */
function firstMentionFrom(cx: AttributionContext, offset: number): number {
  const { mentions } = cx;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].normStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function setSubject(cx: AttributionContext, c: PersonCluster): void {
  const { history, inHistory } = cx;
  if (history[history.length - 1] !== c) history.push(c);
  inHistory.add(c);
}

function current(cx: AttributionContext, gender: Gender | null = null, except: PersonCluster | null = null): PersonCluster | null {
  const { history, named } = cx;
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k] !== except && (!gender || !history[k].gender || history[k].gender === gender)) return history[k];
  for (let k = named.length - 1; k >= 0; k--, workMeter.steps++) if (named[k] !== except && named[k].kind === 'person' && (!gender || !named[k].gender || named[k].gender === gender)) return named[k];
  return null;
}

function register(cx: AttributionContext, m: PersonMention): PersonCluster | null {
  const { registry, clusterOf, named } = cx;
  const known = clusterOf.get(m);
  if (known !== undefined) return known;
  if (m.inQuote && !m.name) {
    clusterOf.set(m, null);
    return null;
  }
  const c = registry.add(m, current(cx));
  clusterOf.set(m, c);
  if (c && !m.inQuote && !m.asObject && opensClause(cx, m.first)) setSubject(cx, c);
  else if (c && !m.inQuote && named[named.length - 1] !== c) named.push(c);
  return c;
}

/**
 * Whether a mention at token i stands where a subject stands: at the start of its line
 * or sentence, or after a clause opener (ومن جهته، بدوره). A name in the middle of a
 * clause (التقى نظيره …، طالب الرئيس بـ…) is an object or a complement: a carried-over
 * cue never lands on it.
 */
function opensClause(cx: AttributionContext, i: number): boolean {
  const { t, words, doc } = cx;
  if (i === 0) return true;
  // Mostly a single space: no string made for it.
  if (!t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) && /[.!?؟:\n]/u.test(doc.norm.slice(t.ends[i - 1], t.starts[i]))) return true;
  if (words.clauseLead.at(t, i - 1)) return i - 1 === 0 || /[.!?؟:\n،,]/u.test(doc.norm.slice(i >= 2 ? t.ends[i - 2] : 0, t.starts[i - 1]));
  return false;
}

// The first ". " at or after `searched` is `stop` (-1: none): a range with no ". " of its own
// reuses it instead of searching again past its end (3.7 M characters read for the 1 MB
// article's 580 K; a text without ". " was read to its end once per range).
function stopFrom(cx: AttributionContext, from: number): number {
  const { doc } = cx;
  const i = doc.norm.indexOf('. ', from);
  workMeter.steps += (i < 0 ? doc.norm.length : i) - from;
  return i;
}

function advanceTo(cx: AttributionContext, normOffset: number): void {
  const { t, mentions, mentionByEnd, verbEvents, sentenceStarts } = cx;
  // The token a sentence's subject must end before: found once a call, when first needed.
  let limit = -1;
  for (;;) {
    workMeter.steps++;
    if (
      cx.si < sentenceStarts.length &&
      sentenceStarts[cx.si] < normOffset &&
      (cx.mi >= mentions.length || sentenceStarts[cx.si] <= mentions[cx.mi].normStart) &&
      (cx.vi >= verbEvents.length || sentenceStarts[cx.si] <= t.starts[verbEvents[cx.vi].first])
    ) {
      const start = sentenceStarts[cx.si++];
      if (limit < 0) limit = t.indexAtOrAfter(normOffset);
      const subject = sentenceSubject(cx, start, limit, true);
      if (subject) setSubject(cx, subject);
      continue;
    }
    const m = cx.mi < mentions.length && mentions[cx.mi].normStart < normOffset ? mentions[cx.mi] : null;
    const v = cx.vi < verbEvents.length && t.starts[verbEvents[cx.vi].first] < normOffset ? verbEvents[cx.vi] : null;
    if (!m && !v) return;
    if (m && (!v || m.normStart <= t.starts[v.first])) {
      register(cx, m);
      cx.mi++;
      continue;
    }
    cx.vi++;
    // Only names, institutions and anonymous sources right after the verb count here.
    const s = speakerAt(cx, v!.end);
    if (s && t.ends[s.end - 1] <= normOffset) {
      agree(cx, v!, s.cluster);
      setSubject(cx, s.cluster);
    } else if (!s) {
      // وكان سعد الحريري أعلن …: with nobody after the verb, a name right before it is its subject.
      const m = v!.first > 0 && t.onlySpaceBetween(t.ends[v!.first - 1], t.starts[v!.first]) ? mentionByEnd.get(v!.first) : undefined;
      const c = m && !m.asObject ? register(cx, m) : null;
      if (c) setSubject(cx, c);
    }
  }
}

/** Whether a cue word stands right after a preposition (في رد، بعد إعلان): a noun there, not a verb. */
function afterPreposition(cx: AttributionContext, c: CueHit): boolean {
  const { t, doc } = cx;
  return c.first > 0 && c.first === c.end - 1 && doc.knowledge.lexicon.prepositions.has(t.text(c.first - 1)) && t.onlySpaceBetween(t.ends[c.first - 1], t.starts[c.first]);
}

function isVerbWord(cx: AttributionContext, w: string): boolean {
  const { morph, doc } = cx;
  return morph.holds(doc.knowledge.cues.verbs, w);
}

/** قالت نادية: a verb before its subject agrees with it in gender, so the person's gender is known from here on. */
function agree(cx: AttributionContext, cue: CueHit, c: PersonCluster): void {
  const { mentionByToken, doc } = cx;
  if (cue.gender && c.kind === 'person' && !c.gender) c.gender = cue.gender;
  // وقالت الناطق باسم الحكومة جمانة غنيمات: a title's masculine is the office's; a feminine
  // speech verb right before its subject says the person is a woman (جاءت استقالة X is no
  // speech; after اتهمت the name is the object).
  else if (cue.gender === 'f' && c.kind === 'person' && c.names.length > 0 && mentionByToken.has(cue.end) && !isContentVerb(cx, cue) && !baObjectLemma(doc.knowledge, cue.lemma)) c.gender = 'f';
}

/** The speaker cluster of an organization that speaks (أعلنت وزارة الدفاع، قال الكرملين). */
function speakingOrganization(cx: AttributionContext, org: OrganizationHit): PersonCluster {
  const { registry, doc } = cx;
  const span = doc.span(org.normStart, org.normEnd);
  return registry.addSpeakerByText('institution', org.id, writtenForm(doc, org), span, org.id);
}

/** The speaker whose mention starts at token j (person, institution or anonymous source). */
function speakerAt(cx: AttributionContext, j: number, knownOnly = false): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, inQuote, orgByToken, registry, subjects, words, mentionByToken, clusterOf, termOpens, termCloseByOpen, doc } = cx;
  while (j < t.count && words.afterCueFiller.at(t, j)) j++;
  if (j >= t.count || j === 0) return null;
  // The speaker stands before any quote or clause break: وقال "نعم، …" has none; but a
  // quoted name or label right after the verb is its subject (وكتبت "الخوذ البيضاء" على …).
  // Mostly a single space, which neither test below matches: no string made for it.
  const gap = t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) ? '' : doc.norm.slice(t.ends[j - 1], t.starts[j]);
  if ((/["«»“”:.()]/u.test(gap) || inQuote.has(t.starts[j])) && !(/^\s*["«“]$/u.test(gap) && termOpens.has(t.starts[j] - 1))) return null;
  // وأضاف الشيخ محمد بن راشد، وقال الملك عبد الله، العميد الركن X: honorifics before a
  // name belong to neither; the person named after them speaks, not a phrase "الشيخ".
  if (!mentionByToken.has(j) && doc.knowledge.lexicon.honorifics.has(t.text(j)) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) && (mentionByToken.has(j + 1) || doc.knowledge.lexicon.honorifics.has(t.text(j + 1)) || (people.nameLike(j + 1) && !morph.definite(t.text(j + 1))))) {
    const named = speakerAt(cx, j + 1, knownOnly);
    if (named && named.cluster.kind === 'person' && named.cluster.names.length > 0) return named;
  }
  // اتهمت السوري ناصف بركات، وقال الأمريكي جون سميث: a nationality before a name describes it.
  if (!mentionByToken.has(j) && nationalityBefore(cx, j)) {
    const c = register(cx, mentionByToken.get(j + 1)!);
    if (c) return { cluster: c, end: mentionByToken.get(j + 1)!.end };
  }
  let m = mentionByToken.get(j);
  // ونقل الكاتب عن ترامب قوله "…": after a relay verb, the name before the quote is the relayed one's.
  if (m && m.title && !m.name && !clusterOf.has(m) && !doc.knowledge.cues.relayVerbs.has(morph.withoutConjunction(t.text(j - 1)) ?? t.text(j - 1))) {
    // وقال الأمين التنفيذي لاتفاقية … بشأن تغير المناخ سايمون ستيل: the name closes the clause.
    const name = people.trailingName(m.end);
    if (name) {
      m = { ...m, end: name.end, normEnd: t.ends[name.end - 1], name: { first: name.first, end: name.end, normStart: t.starts[name.first], normEnd: t.ends[name.end - 1] }, knowledgeId: name.knowledgeId };
      mentionByToken.set(j, m);
    }
  }
  // تعرب لنظيرها الإسرائيلي: a mention with the ل of an object after a verb is not its subject
  // (after وفقا it is the source: وفقا لمديرة الصندوق).
  if (m && m.asObject && m.normStart > t.starts[j] && isVerbWord(cx, t.text(j - 1))) return null;
  if (m) {
    const c = register(cx, m);
    if (c) return { cluster: c, end: m.end };
  }
  const org = orgByToken.get(j);
  if (org) return { cluster: speakingOrganization(cx, org), end: org.end };
  const headed = headedName(cx, j);
  if (headed) return headed;
  const led = ledBody(cx, j);
  if (led) return led;
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
    // مسؤولين روس كانوا قد هددوا: an auxiliary ends the description too.
    const ends = (w: string): boolean => k.cues.verbs.has(w) || k.lexicon.anonymousEnds.has(w) || !!k.lexicon.auxiliaries?.has(w) || k.lexicon.complementizers.has(w);
    // مصدر عسكري طلب عدم ذكر اسمه، رفض كشف اسمه: the words saying it goes unnamed are no part of it.
    // The verb before عدم, or before a verbal noun (and its preposition) with اسمه/هويته.
    const marker = (n: number, owned: boolean): boolean => n < t.count && !!k.lexicon.anonymityMarkers?.has(t.text(n)) && (!owned || morph.pronounSuffix(t.text(n)) !== null);
    const unnamed = (n: number): boolean => marker(n, false) || marker(n + 1, false) || marker(n + 2, true) || (marker(n + 3, true) && k.lexicon.prepositions.has(t.text(n + 2)));
    // مسؤول أمني لرويترز، مصدر مطلع لـCNN، أحد الصحفيين قائلا: the addressee (ل + a news
    // organization or a Latin name) and a speech participle end it.
    const addressee = (n: number): boolean => {
      if (t.norm.charCodeAt(t.starts[n]) !== 0x644) return false;
      const org = orgByToken.get(n);
      // Only the news: مسؤول لحلف الناتو is the alliance's official.
      if (org) return NEWS_ORGANIZATION.test(k.organizations.get(org.id)?.type ?? '');
      return /^ل\u0640?[a-z]/u.test(t.text(n));
    };
    while (end < t.count && end - j < 7 && !/[،,:."«“]/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end])) && !ends(t.text(end)) && !unnamed(end) && !addressee(end) && !k.cues.participles.has(t.text(end))) end++;
    // مصدر من "هيئة تحرير الشام": a preposition and the quoted name of a body (a term) belong
    // to the description; مصادر رفيعة المستوى لـ"العربية": an addressee does not.
    const gapAfter = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
    const open = t.ends[end - 1] + gapAfter.search(/["«“]/u);
    const close = gapAfter.search(/["«“]/u) >= 0 && k.lexicon.prepositions.has(t.text(end - 1)) ? termCloseByOpen.get(open) : undefined;
    const quoted = close !== undefined && close - open < 60;
    if (quoted) end = t.indexAtOrAfter(close);
    // Else a lone clitic or a preposition whose object the quote cut off is no part of it.
    else while (end > j + 1 && (t.text(end - 1).length === 1 || k.lexicon.prepositions.has(t.text(end - 1)))) end--;
    // أحد المحتجين ويدعى عصام جبار: the description names its person.
    for (let n = j + 1; n < end && !knownOnly; n++) {
      if (!k.lexicon.namedVerbs?.has(t.text(n))) continue;
      const named = nameAfterDescription(cx, n);
      if (named) return named;
    }
    // With the quoted name's closing mark, so the shown description is balanced.
    const normEnd = quoted && close !== undefined ? close + 1 : t.ends[end - 1];
    const span = doc.span(t.starts[j], normEnd);
    const text = doc.text.slice(span.start, span.end);
    return { cluster: registry.addSpeakerByText('anonymous', doc.norm.slice(t.starts[j], normEnd), text, span), end };
  }
  // وصرحت هذه الشابة: a demonstrative and a definite noun point back at the latest person of that gender.
  const pointed = demonstrativeAt(cx, j);
  if (pointed) return pointed;
  // بدوره، قال محاميها: a relation with a possessive pronoun is the one who speaks.
  const relation = relationWithPossessive(cx, t.text(j));
  if (relation) {
    // وقالت زوجته لميس الخطيب، ويقول شقيقه عبد الرحمن: the name after the relation is who speaks.
    const named = relation === 'anonymous' && !knownOnly && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) ? people.nameAfterCue(j + 1) : null;
    const c = named ? register(cx, named) : null;
    if (named && c) {
      mentionByToken.set(j + 1, named);
      return { cluster: c, end: named.end };
    }
    // وأعلنت منظمته: an organization's head with a possessive is an institution.
    const span = doc.span(t.starts[j], t.ends[j]);
    return { cluster: registry.addSpeakerByText(relation, t.text(j), doc.text.slice(span.start, span.end), span), end: j + 1 };
  }
  // وقال والد نسيم: a relation in construct with a name is the one who speaks.
  if (k.lexicon.relationNouns?.has(t.text(j)) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) {
    const of = mentionByToken.get(j + 1);
    const end = of && !of.title && of.name ? of.end : people.nameLike(j + 1) && !morph.definite(t.text(j + 1)) ? j + 2 : -1;
    // وأضاف أبو ردينة: أبو before an indefinite name opens a kunya or family name, a person's name.
    if (end > 0 && k.lexicon.kunyaHeads?.has(t.text(j)) && !morph.definite(t.text(j + 1))) {
      const m = nameMention(t, j, end, null);
      mentionByToken.set(j, m);
      const c = register(cx, m);
      if (c) return { cluster: c, end };
    }
    if (end > 0) {
      const span = doc.span(t.starts[j], t.ends[end - 1]);
      return { cluster: registry.addSpeakerByText('anonymous', doc.norm.slice(t.starts[j], t.ends[end - 1]), doc.text.slice(span.start, span.end), span), end };
    }
  }
  // وقالت روسيا، وقالت الحكومة، وأضاف التقرير، وقال المحققون، قوات الجيش اليمني.
  const phrase = subjects.phraseAt(j);
  if (phrase) {
    // المسؤول الطبي بافل كورنيافكا، أحد المحتجين ويدعى عصام جبار: a description followed by
    // a name is that named person, not an anonymous source.
    // A group is many people: only ويدعى names one of them (عناصر من التنظيم بإعدام ستة أشخاص names no one).
    const named = (phrase.type === 'anonymous' || phrase.type === 'group') && !knownOnly ? nameAfterDescription(cx, phrase.end, phrase.type === 'group') : null;
    if (named) return named;
    // وقال القاضي، تشارلز هادون، إن / المتحدث، جون كيربي، إن: the name set off by commas after a description.
    const apposed = (phrase.type === 'anaphor' || phrase.type === 'anonymous' || (phrase.type === 'institution' && phrase.end === phrase.first + 1)) && !knownOnly ? nameInApposition(cx, phrase.end) : null;
    if (apposed) return apposed;
    const c = phraseSpeaker(cx, phrase);
    if (c) return { cluster: c, end: phrase.end };
  }
  // After a verb that is no speech verb, only a speaker found above: وتركز رؤية شي على …
  // is no one named رؤية شي.
  if (knownOnly) return null;
  // A bare name after a cue verb: وقال زاس:
  const named = people.nameAfterCue(j);
  if (named) {
    mentionByToken.set(j, named);
    const c = register(cx, named);
    if (c) return { cluster: c, end: named.end };
  }
  // An unknown name closed by an apposition or إن/أن: وقال كريم حداد الخبير الاقتصادي إن.
  const unknown = subjects.nameClosedAt(j, (i) => people.nameLike(i));
  if (unknown) {
    const m = nameMention(t, unknown.first, unknown.end, null);
    mentionByToken.set(j, m);
    const c = register(cx, m);
    if (c) return { cluster: c, end: unknown.end };
  }
  return describedNameAt(cx, j) ?? bodyWithUnknownName(cx, j);
}

/**
 * وقالت شركة كومكاست إن، تقول لجنة خبراء إنها: an organization's head before an unknown
 * name of one or two words closed like a subject (إن، a comma, a colon), or before an
 * indefinite collective (خبراء), is a body that speaks, though no list knows it.
 */
function bodyWithUnknownName(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, people, registry, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!lx.organizationHeads.has(t.text(j)) || j + 1 >= t.count || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  let end = -1;
  if (lx.collectiveHeads.has(t.text(j + 1)) && !lx.organizationHeads.has(t.text(j + 1))) {
    // لجنة خبراء إنها: the collective then the clause.
    if (j + 2 < t.count && (lx.complementizers.has(t.text(j + 2)) || /^\s*[،,:]/u.test(doc.norm.slice(t.ends[j + 1], t.starts[j + 2])))) end = j + 2;
  } else {
    // The name's words are written as nothing else (not أنباء، أمن); a quote right after
    // them is the body's quoted name (وكالة أنباء "فارس"), not its words.
    const name = subjects.nameClosedAt(j + 1, (i) => people.nameLike(i) && !mentionByToken.has(i) && !writtenAsCommonWord(doc.knowledge, t.text(i)));
    if (name && name.end - name.first <= 2 && !/["«“]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end]))) end = name.end;
  }
  if (end < 0) return null;
  const span = doc.span(t.starts[j], t.ends[end - 1]);
  return { cluster: registry.addSpeakerByText('institution', doc.norm.slice(t.starts[j], t.ends[end - 1]), doc.text.slice(span.start, span.end), span), end };
}

/**
 * صحيفة "واشنطن بوست"، وكالة "يونهاب"، هيئة "بي بي سي": a head noun of a named body and
 * the name in quote marks after it; the body speaks (its organization when one was found).
 * شركة نستله: a body's head noun right before an organization found without it speaks as
 * that organization.
 */
function headedName(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, inQuote, orgByToken, registry, words, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!words.bodyHead.at(t, j) || j + 1 >= t.count) return null;
  const w = t.text(j);
  const org = orgByToken.get(j + 1);
  const gap = doc.norm.slice(t.ends[j], t.starts[j + 1]);
  if (org && lx.organizationHeads.has(w) && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return { cluster: speakingOrganization(cx, org), end: org.end };
  if (!/^\s*["«“]\s*$/u.test(gap)) return null;
  if (org) return { cluster: speakingOrganization(cx, org), end: org.end };
  let end = j + 1;
  while (end < t.count && end - j <= MAX_QUOTED_NAME && inQuote.has(t.starts[end]) && t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) end++;
  if (end - j > MAX_QUOTED_NAME || end >= t.count || !/["»”]/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end]))) return null;
  const span = doc.span(t.starts[j + 1], t.ends[end - 1]);
  const key = doc.norm.slice(t.starts[j + 1], t.ends[end - 1]);
  return { cluster: registry.addSpeakerByText('institution', key, doc.text.slice(span.start, span.end), span), end };
}

/** Whether token j is a definite nationality (السوري) right before a person's name mention. */
function nationalityBefore(cx: AttributionContext, j: number): boolean {
  const { t, morph, mentionByToken, doc } = cx;
  if (j + 1 >= t.count || !morph.definite(t.text(j)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return false;
  const m = mentionByToken.get(j + 1);
  return !!m && !m.title && !!m.name && !m.inQuote && doc.knowledge.countryAdjectiveIndex.match(t, j, false)?.end === j + 1;
}

/**
 * إدارة ترامب، حكومة نتنياهو: a body's head noun in construct with a person's name is
 * that person's body, an institution of its own, not the person nor another إدارة.
 */
function ledBody(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, registry, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const w = t.text(j);
  if (j + 1 >= t.count || morph.definite(w) || !(lx.collectiveHeads.has(w) || lx.organizationHeads.has(w)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  const m = mentionByToken.get(j + 1);
  if (!m || m.title || !m.name || m.inQuote) return null;
  const span = doc.span(t.starts[j], t.ends[m.end - 1]);
  const key = doc.norm.slice(t.starts[j], t.ends[m.end - 1]);
  return { cluster: registry.addSpeakerByText('institution', key, doc.text.slice(span.start, span.end), span), end: m.end };
}

/**
 * A description that nothing above reads, closed by the name of the one it describes
 * (وقال منسق الأمم المتحدة الإقليمي … في سوريا بانوس مومتزيس الاثنين إن): that person.
 * The name must end the clause: a complementizer, a time word, a colon or a quote follows.
 */
function describedNameAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const head = t.text(j);
  // متحدثا باللغة الفرنسية: a circumstance, not a description.
  if (subjects.stopsAt(j) || /^(?:لل|بال|كال)/u.test(head) || looksCircumstantial(head)) return null;
  const name = closingName(cx, j + 1) ?? nameAfterComma(cx, j);
  if (!name || name.end >= t.count || /^[بلك]?ال/u.test(t.text(name.first))) return null;
  for (let k = name.first; k < name.end; k++) if (doc.knowledge.countryAdjectiveIndex.hasWord(t.text(k))) return null;
  const next = t.text(name.end);
  // … لمكافحة الإرهاب، ناثان سيلز، للصحافيين، إنه: a comma ends an apposition, and an addressee ends the subject.
  const closed = /[:"«“]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end])) || (name.first > j + 1 && /^\s*[،,]/u.test(doc.norm.slice(t.ends[name.first - 1], t.starts[name.first])) && /^\s*[،,]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end]))) || lx.complementizers.has(next) || lx.timeWords.has(next) || lx.notSubjects.has(next) || lx.anonymousEnds.has(next) || circumstanceBeforeClause(cx, name.end);
  if (!closed) return null;
  for (let k = j; k < name.first; k++) if (lx.relativePronouns?.has(t.text(k)) || lx.complementizers.has(t.text(k))) return null;
  const m = nameMention(t, name.first, name.end, name.knowledgeId, j);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end: name.end } : null;
}

/**
 * في بيان إن، على تويتر إن، خلال مؤتمر صحفي: a prepositional phrase of a few words between
 * a name and the complementizer (or colon) of its verb ends the name as surely as إن does.
 */
function circumstanceBeforeClause(cx: AttributionContext, k: number): boolean {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (k >= t.count || !lx.prepositions.has(t.text(k))) return false;
  for (let n = k + 1; n < t.count && n - k <= MAX_CIRCUMSTANCE_WORDS; n++) {
    const gap = doc.norm.slice(t.ends[n - 1], t.starts[n]);
    if (/^\s*:/u.test(gap)) return true;
    if (!t.onlySpaceBetween(t.ends[n - 1], t.starts[n])) return false;
    if (lx.complementizers.has(t.text(n))) return true;
  }
  return false;
}

/**
 * A title that opens its clause, then a description, then the name and the speech verb
 * (الرئيس التنفيذي لشركة كوكا كولا جيمس كوينسي قال …): the mention is the named person.
 */
function withClosingName(cx: AttributionContext, m: PersonMention): PersonMention {
  const { t, doc } = cx;
  if (!m.title || m.name || m.inQuote) return m;
  if (m.first > 0 && !/[.!?؟:\n،,]/u.test(doc.norm.slice(t.ends[m.first - 1], t.starts[m.first]))) return m;
  const name = closingName(cx, m.end);
  if (!name || name.end >= t.count || !doc.knowledge.cues.verbs.has(t.text(name.end))) return m;
  return { ...m, end: name.end, normEnd: t.ends[name.end - 1], name: { first: name.first, end: name.end, normStart: t.starts[name.first], normEnd: t.ends[name.end - 1] }, knowledgeId: name.knowledgeId };
}

/** The name that closes a clause from token `from` on (people.trailingName), outside any organization's name, of two words at least. */
function closingName(cx: AttributionContext, from: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { people } = cx;
  const name = people.trailingName(from);
  if (!name) return null;
  let first = name.first;
  for (let k = name.first; k < name.end; k++) if (inOrganization(cx, k)) first = k + 1;
  if (name.end - first < 2) return null;
  return first === name.first ? name : { first, end: name.end, knowledgeId: null };
}

/** وقال مستشار الأمن القومي الأمريكي، جون بولتون "…": a description, a comma, and the name in apposition. */
function nameAfterComma(cx: AttributionContext, j: number): { first: number; end: number; knowledgeId: string | null } | null {
  const { t, people, subjects, doc } = cx;
  let k = j + 1;
  while (k < t.count && k - j < 10 && t.onlySpaceBetween(t.ends[k - 1], t.starts[k]) && !subjects.stopsAt(k)) k++;
  if (k >= t.count || !/^\s*[،,]\s*$/u.test(doc.norm.slice(t.ends[k - 1], t.starts[k]))) return null;
  const name = subjects.nameClosedAt(k, (i) => people.nameLike(i));
  return name && name.end - name.first >= 2 ? { first: name.first, end: name.end, knowledgeId: null } : null;
}

/** هذه الشابة، هذا الرجل at token j: the latest person whose gender is the demonstrative's. */
function demonstrativeAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, subjects, history, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const w = t.text(j);
  const gender = lx.demonstrativesFeminine?.has(w) ? 'f' : lx.demonstrativesMasculine?.has(w) ? 'm' : null;
  if (!gender || j + 1 >= t.count || !morph.definite(t.text(j + 1)) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  let end = j + 2;
  while (end < t.count && morph.definite(t.text(end)) && !subjects.stopsAt(end) && t.onlySpaceBetween(t.ends[end - 1], t.starts[end])) end++;
  // وقالت هذه المصادر: a demonstrative before an anonymous head points at the latest anonymous source.
  if (lx.anonymousHeads.has(t.text(j + 1).slice(2))) {
    const source = latestAnonymous(cx);
    return source ? { cluster: source, end } : null;
  }
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k].kind === 'person' && history[k].gender === gender) return { cluster: history[k], end };
  return null;
}

/**
 * Whether a word is a relation noun with a possessive pronoun (محاميها، زوجته، والدهم):
 * 'anonymous' for a person, 'institution' for an organization's head (منظمته), else null.
 */
function relationWithPossessive(cx: AttributionContext, w: string): 'anonymous' | 'institution' | null {
  const { doc } = cx;
  const lx = doc.knowledge.lexicon;
  // Each pronoun ends in ه، ا or م: most words stop here, before the expression runs.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x647 && last !== 0x627 && last !== 0x645) return null;
  const m = /^(.{2,}?)(هما|هم|ها|ه)$/u.exec(w);
  if (!m) return null;
  const [, stem, pronoun] = m;
  for (const [nouns, kind] of [[lx.relationNouns, 'anonymous'], [lx.organizationHeads, 'institution']] as const) {
    if (!nouns) continue;
    // زوجته: the feminine ending is written ت before a pronoun.
    if (stem.endsWith('ت') && nouns.has(stem.slice(0, -1) + 'ه')) return kind;
    // محاميه is also محامية (a lawyer) once normalized: a bare ه counts only when it cannot be that ending.
    if (nouns.has(stem) && (pronoun !== 'ه' || !nouns.has(w))) return kind;
  }
  return null;
}

/** A name of two words or more right after a description (or after ويدعى), closed like a subject. */
function nameAfterDescription(cx: AttributionContext, end: number, onlyAfterNamedVerb = false): { cluster: PersonCluster; end: number } | null {
  const { t, people, subjects, doc } = cx;
  let k = end;
  if (k < t.count && doc.knowledge.lexicon.namedVerbs?.has(t.text(k)) && t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) k++;
  else if (onlyAfterNamedVerb) return null;
  if (k >= t.count || !t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) return null;
  const unknown = subjects.nameClosedAt(k, (i) => people.nameLike(i));
  if (!unknown || unknown.end - unknown.first < 2) return null;
  const m = nameMention(t, unknown.first, unknown.end, null);
  const c = register(cx, m);
  return c ? { cluster: c, end: unknown.end } : null;
}

/**
 * A name of two words or more right after a comma at token `end`, closed by a comma, a
 * colon or إن/أن: an apposition naming the one just described (المتحدث، جون كيربي، إن).
 */
function nameInApposition(cx: AttributionContext, end: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, doc } = cx;
  if (end >= t.count || !/^\s*[،,]\s*$/u.test(doc.norm.slice(t.ends[end - 1], t.starts[end]))) return null;
  const name = people.nameAt(end, true);
  if (!name || name.end - name.first < 2 || name.end >= t.count) return null;
  // …، مساء الجمعة، / …، فمن المرجح، …: a time word or a preposition is no name's.
  const lx = doc.knowledge.lexicon;
  for (let k = name.first; k < name.end; k++) if (lx.timeWords.has(t.text(k)) || lx.prepositions.has(morph.withoutConjunction(t.text(k)) ?? t.text(k))) return null;
  if (!(/^\s*[،,:]/u.test(doc.norm.slice(t.ends[name.end - 1], t.starts[name.end])) || doc.knowledge.lexicon.complementizers.has(t.text(name.end)))) return null;
  const m = nameMention(t, name.first, name.end, name.knowledgeId);
  const c = register(cx, m);
  return c ? { cluster: c, end: name.end } : null;
}

// The head noun without its article, proclitics read off (للمنظمة → منظمه).
function headOf(cx: AttributionContext, word: string): string {
  const { morph } = cx;
  return morph.withoutArticle(word) ?? sameShapeMap(morph.stems(word), (w) => morph.withoutArticle(w)).find((w) => w !== null) ?? word;
}

function noteOrganizationsBefore(cx: AttributionContext, offset: number): void {
  const { t, inQuote, byHead, orgsInOrder } = cx;
  for (; cx.oi < orgsInOrder.length && orgsInOrder[cx.oi].normStart < offset; cx.oi++) {
    workMeter.steps++;
    const h = orgsInOrder[cx.oi];
    if (!inQuote.has(h.normStart)) byHead.set(headOf(cx, t.text(h.first)), h);
  }
}

/** The speaker a noun phrase names: a country, a document, a group, or an anaphor resolved backward. */
function phraseSpeaker(cx: AttributionContext, p: SubjectPhrase): PersonCluster | null {
  const { t, morph, registry, byHead, genericPhrases, doc } = cx;
  // وفقا للتقرير: the ل of "according to" is not part of the name (التقرير).
  const lam = t.text(p.first).startsWith('لل') ? 1 : 0;
  // والمحتجون: the conjunction is not part of the name either.
  const skip = lam || (t.text(p.first).startsWith('وال') ? 1 : 0);
  const span = doc.span(t.starts[p.first] + skip, t.ends[p.end - 1]);
  const text = (lam ? 'ا' : '') + doc.text.slice(span.start, span.end);
  const key = (lam ? 'ا' : '') + doc.norm.slice(t.starts[p.first] + skip, t.ends[p.end - 1]);
  if (p.type === 'country') return registry.addSpeakerByText('institution', `country:${p.country}`, text, span, `country:${p.country}`, 'f');
  if (p.type === 'anaphor') {
    // المصدر، الأخيرة: the latest speaker of the same gender (an anonymous one for المصدر).
    const gender = t.text(p.first).endsWith('ه') ? 'f' : 'm';
    const back = p.head.startsWith('مصدر') || p.head.startsWith('مصادر') ? latestAnonymous(cx) : current(cx, gender);
    if (back) cx.resolvedAnaphor = back;
    return back ?? registry.addSpeakerByText('anonymous', key, text, span);
  }
  if (p.end - p.first <= 2 && p.type !== 'document') {
    // الصندوق، الوكالة، المفوضية العليا: the organization or institution of that head named before.
    const earlier = byHead.get(p.head);
    if (earlier) return (cx.resolvedAnaphor = 'kind' in earlier ? earlier : speakingOrganization(cx, earlier));
  }
  const c = registry.addSpeakerByText(p.kind, key, text, span, undefined, p.type === 'group' ? null : undefined);
  if (p.type === 'institution') {
    byHead.set(p.head, c);
    // Any definite noun after a speech verb speaks (وقالت الحكومة); after another verb
    // only one whose head names a body that can speak.
    const lx = doc.knowledge.lexicon;
    if (!(lx.institutionHeads.has(morph.article + p.head) || lx.organizationHeads.has(p.head) || lx.collectiveHeads.has(p.head))) genericPhrases.add(c);
  } else if (p.type === 'document') genericPhrases.add(c);
  return c;
}

function latestAnonymous(cx: AttributionContext): PersonCluster | null {
  const { history } = cx;
  for (let k = history.length - 1; k >= 0; k--, workMeter.steps++) if (history[k].kind === 'anonymous') return history[k];
  return null;
}

/** وفقا للتقرير / بحسب للوكالة: the ل of "according to" is written on the source's word. */
function lamPhraseAt(cx: AttributionContext, c: CueHit): { cluster: PersonCluster; end: number } | null {
  const { t, subjects } = cx;
  const j = c.lemma.endsWith(' ل') && c.end === c.first + 1 ? c.end : c.end - 1;
  if (j >= t.count || !t.text(j).startsWith('لل')) return null;
  const phrase = subjects.phraseAt(j, true);
  const cluster = phrase ? phraseSpeaker(cx, phrase) : null;
  return cluster && phrase ? { cluster, end: phrase.end } : null;
}

function relayMarkerAt(cx: AttributionContext, j: number): number {
  const { t, relayMarkers } = cx;
  for (const words of relayMarkers) if (words.every((w, k) => j + k < t.count && t.text(j + k) === w && (k === 0 || t.onlySpaceBetween(t.ends[j + k - 1], t.starts[j + k])))) return words.length;
  return 0;
}

/** Whether the quick fix's speaker placeholder stands right after a cue. */
function placeholderAfter(cx: AttributionContext, cue: CueHit): boolean {
  const { t, doc } = cx;
  const from = t.ends[cue.end - 1];
  return doc.norm.slice(from, from + NORMALIZED_PLACEHOLDER.length + 2).trimStart().startsWith(NORMALIZED_PLACEHOLDER);
}

/**
 * تصريحات أخرى لجونسون … قال فيها، حديث صلاح لقناة …، حيث قال: a person named right after
 * a noun of speech, earlier in the same sentence, is the one a subjectless verb quotes.
 */
function speechNounPossessor(cx: AttributionContext, verb: number): PersonCluster | null {
  const { t, morph, inQuote, registry, mentionByToken, doc } = cx;
  const nouns = doc.knowledge.lexicon.speechNouns;
  if (!nouns) return null;
  const noun = (k: number): boolean => k >= 0 && nouns.has(morph.withoutConjunction(t.text(k)) ?? t.text(k));
  for (let k = verb - 1; k >= 1 && verb - k <= SPEECH_NOUN_REACH; k--) {
    if (!t.onlySpaceBetween(t.ends[k], t.starts[k + 1]) && /[.!?؟:\n]/u.test(doc.norm.slice(t.ends[k], t.starts[k + 1]))) break;
    // تصريحات أخرى لجونسون: one word may qualify the noun.
    if (!(noun(k - 1) || (noun(k - 2) && !mentionByToken.has(k - 1) && t.onlySpaceBetween(t.ends[k - 2], t.starts[k - 1])))) continue;
    const m = mentionByToken.get(k);
    if (m && !m.inQuote && m.name) return register(cx, m);
    // حديث صلاح، لجونسون: a surname named before, bare or with the ل of possession.
    const w = t.text(k);
    const known = registry.personBySurname(w) ?? (w.startsWith('ل') && w.length > 3 ? registry.personBySurname(w.slice(1)) : null);
    if (known && !inQuote.has(t.starts[k])) return known;
  }
  return null;
}

/** The nearest definite plural of people (المتظاهرين، المحتجون) between a sentence start and token `before`, not after a preposition. */
function pluralBefore(cx: AttributionContext, start: number, before: number): PersonCluster | null {
  const { t, morph, inQuote, subjects, doc } = cx;
  for (let k = before - 1; k >= 0 && t.starts[k] >= start && before - k <= SPEECH_NOUN_REACH; k--) {
    if (inQuote.has(t.starts[k]) || (k > 0 && doc.knowledge.lexicon.prepositions.has(t.text(k - 1)))) continue;
    const phrase = subjects.phraseAt(k);
    if (phrase && phrase.type === 'group' && phrase.first === k && morph.definite(t.text(k))) return phraseSpeaker(cx, phrase);
  }
  return null;
}

/**
 * وجاء في البيان الختامي: "…"، ورد في تقرير للأمم المتحدة، جاء في بيان وزارة الخارجية:
 * a verb of content speaks through the document after في; a document in construct with
 * an organization is that organization's.
 */
function isContentVerb(cx: AttributionContext, cue: CueHit): boolean {
  const { t, morph, doc } = cx;
  const w = t.text(cue.first);
  const verbs = doc.knowledge.lexicon.contentVerbs;
  return cue.end === cue.first + 1 && cue.end < t.count && !!verbs && morph.holds(verbs, w);
}

/**
 * A verb of content (جاء) followed neither by في nor by a resumptive (فيه): no document holds
 * the words. Read as its lemma says (وردت الفتاة is و + ردت, she replied).
 */
function contentWithoutDocument(cx: AttributionContext, cue: CueHit): boolean {
  const { t, doc } = cx;
  if (!isContentVerb(cx, cue) || !doc.knowledge.lexicon.contentVerbs?.has(normalizeForMatch(cue.lemma))) return false;
  const lx = doc.knowledge.lexicon;
  const next = t.text(cue.end);
  return !(lx.inPrepositions?.has(next) || lx.resumptives?.has(next));
}

function sourceAfterIn(cx: AttributionContext, cue: CueHit): PersonCluster | null {
  const { t, morph, orgByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!isContentVerb(cx, cue)) return null;
  // … بقوله حسبما جاء في الكتاب: after "as" the document only says where the words were read.
  if (cue.first > 0 && lx.asRelatives?.has(t.text(cue.first - 1))) return null;
  const j = cue.end + 1;
  if (j >= t.count || !lx.inPrepositions?.has(t.text(cue.end)) || !t.onlySpaceBetween(t.ends[cue.end], t.starts[j])) return null;
  const head = t.text(j);
  if (lx.documentHeads.has(head) && j + 1 < t.count && t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) {
    const author = orgByToken.get(j + 1);
    if (author) return speakingOrganization(cx, author);
  }
  const noArticle = morph.withoutArticle(head);
  if (!(lx.documentHeads.has(head) || (noArticle !== null && lx.documentHeads.has(noArticle)))) return null;
  // وجاء في بيان أصدرته الوزارة: the subject of the relative verb that issued the document.
  if (lx.documentHeads.has(head) && j + 2 < t.count && issuingVerb(cx, t.text(j + 1), true)) {
    const issuer = speakerAt(cx, j + 2)?.cluster;
    if (issuer) return issuer;
  }
  return speakerAt(cx, j)?.cluster ?? null;
}

/** A verb of issuing a document (lexicon.issueVerbs: أصدرت), with its object pronoun when `relative` (أصدرته). */
function issuingVerb(cx: AttributionContext, word: string, relative: boolean): boolean {
  const { morph, doc } = cx;
  const verbs = doc.knowledge.lexicon.issueVerbs;
  if (!verbs) return false;
  const bare = morph.conjunction(word) !== null && !verbs.has(word) ? (morph.withoutConjunction(word) ?? word) : word;
  const suffix = doc.knowledge.morphology.pronounSuffix(bare);
  return relative ? suffix !== null && verbs.has(bare.slice(0, -suffix.length)) : verbs.has(bare);
}

/**
 * أصدرت وزارة الخارجية، أمس، بيانا جاء فيه: when the sentence's opening subject is not
 * found, the subject right after the verb that issued the document before the cue.
 */
function issuerBefore(cx: AttributionContext, cue: CueHit, windowStart: number): PersonCluster | null {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const noun = cue.first - 1;
  if (noun < 1 || !(lx.documentHeads.has(t.text(noun)) || lx.documentHeads.has(t.text(noun).replace(/ا$/u, '')))) return null;
  for (let v = noun - 1; v >= 0 && noun - v <= ISSUER_WORDS && t.starts[v] >= windowStart; v--) {
    if (/[.!?؟:\n]/u.test(doc.norm.slice(t.ends[v], t.starts[v + 1]))) return null;
    if (issuingVerb(cx, t.text(v), false)) return speakerAt(cx, v + 1)?.cluster ?? null;
  }
  return null;
}

/** The subject of a verb cue: after it, just before it, or carried over. */
function subjectOf(cx: AttributionContext, cue: CueHit, windowStart: number): { cluster: PersonCluster | null; carried: boolean; rule: AttributionRule } {
  const { t, morph, inQuote, mentionByEnd, termOpenByClose, orgByEnd, doc } = cx;
  const source = sourceAfterIn(cx, cue);
  if (source) return { cluster: source, carried: false, rule: 'subject-after-cue' };
  // أصدرت الوزارة بيانا جاء فيه: the document's issuer, the subject of the sentence's opening verb.
  if (isContentVerb(cx, cue) && doc.knowledge.lexicon.resumptives?.has(t.text(cue.end))) {
    const issuer = sentenceSubject(cx, windowStart, cue.first, true);
    if (issuer) return { cluster: issuer, carried: false, rule: 'sentence-subject' };
    const issuedBy = issuerBefore(cx, cue, windowStart);
    if (issuedBy) return { cluster: issuedBy, carried: false, rule: 'sentence-subject' };
  }
  const after = speakerAt(cx, cue.end);
  // وصف الرئيس الأمريكي، دونالد ترامب، بأنه "…"، اتهم إيران وحزب الله بـ"…": the one
  // phrase between such a verb and its بـ is the object; the subject is left unsaid.
  const object = after && objectBeforeBa(cx, cue, after.end) ? after.cluster : null;
  if (after && !object) {
    agree(cx, cue, after.cluster);
    return { cluster: after.cluster, carried: false, rule: 'subject-after-cue' };
  }
  // X قال …: a mention ending right before the verb, in the same sentence.
  if (cue.first > 0 && t.starts[cue.first - 1] >= windowStart && t.onlySpaceBetween(t.ends[cue.first - 1], t.starts[cue.first])) {
    // وكان الرئيس الأمريكي دونالد ترامب قد قال: the auxiliary قد stands between the mention and its verb.
    const fronted = mentionByEnd.get(beforeAuxiliaries(cx, cue.first, windowStart));
    // …أوساط مقربة من ماكرون قد قالت: a name after a preposition is no subject.
    const m = mentionByEnd.get(cue.first) ?? (fronted && !fronted.asObject && !fronted.inQuote ? fronted : undefined);
    if (m) {
      const c = register(cx, m);
      if (c) return { cluster: c, carried: false, rule: 'subject-before-cue' };
    }
    // أما منظمة السلام الأخضر فقالت …
    const org = orgByEnd.get(cue.first);
    if (org && !inQuote.has(org.normStart)) return { cluster: speakingOrganization(cx, org), carried: false, rule: 'subject-before-cue' };
    // وماكرون يؤكد / والحكومة تقول: a subject that opens the clause right before the verb.
    const before = subjectBefore(cx, cue.first, windowStart);
    if (before) return { cluster: before, carried: false, rule: 'subject-before-cue' };
    const antecedent = antecedentOf(cx, cue.first, windowStart);
    if (antecedent) return { cluster: antecedent, carried: false, rule: 'relative-antecedent' };
  }
  // وباستري "المتفائل" ذكر أن …: a quoted epithet between the subject and its verb.
  const epithet = cue.first > 0 ? /^\s*["»”]\s+$/u.exec(doc.norm.slice(t.ends[cue.first - 1], t.starts[cue.first])) : null;
  const epithetOpen = epithet ? termOpenByClose.get(t.ends[cue.first - 1] + epithet[0].search(/["»”]/u)) : undefined;
  if (epithetOpen !== undefined) {
    const k = t.indexAtOrAfter(epithetOpen) - 1;
    if (k >= 0 && t.starts[k] >= windowStart && t.onlySpaceBetween(t.ends[k], epithetOpen)) {
      // فمنظمة "هيومن رايتس ووتش" نددت: after a body's head noun the quote is the name, not an epithet.
      const head = morph.withoutConjunction(t.text(k)) ?? t.text(k);
      const m = mentionByEnd.get(k + 1);
      const c = doc.knowledge.lexicon.nameHeads.has(head) || doc.knowledge.lexicon.organizationHeads.has(head) ? null : ((m ? register(cx, m) : null) ?? subjectBefore(cx, k + 1, windowStart));
      if (c) return { cluster: c, carried: false, rule: 'subject-before-cue' };
    }
  }
  // وكانت الرئاسة السودانية، قالت / أمينة بابي، والدة الطفلة، قالت: a subject set off by commas.
  const fronted = subjectBeforeComma(cx, cue.first, windowStart);
  if (fronted) return { cluster: fronted, carried: false, rule: 'subject-before-cue' };
  // ونقلت ميرور تصريحات لجونسون قال فيها …: the one whose words the sentence names.
  const possessor = speechNounPossessor(cx, cue.first);
  if (possessor && (!cue.gender || !possessor.gender || possessor.gender === cue.gender)) return { cluster: possessor, carried: false, rule: 'relayed-source' };
  // وأدانت وزارة الخارجية التركية القرار، وقالت إنه …: the subject of the sentence's opening verb.
  const opens = cue.first > t.indexAtOrAfter(windowStart) + 1;
  const opening = opens ? sentenceSubject(cx, windowStart, cue.first, true) : null;
  if (opening && opening !== object && (!cue.gender || !opening.gender || opening.gender === cue.gender)) return { cluster: opening, carried: true, rule: 'sentence-subject' };
  // تتحدث شيران عن طفولتها … وتقول: a verb joined by و to the sentence's opening verb
  // shares its subject, a name no list knows too.
  const joinedVerb = opens && !opening && morph.conjunction(t.text(cue.first)) !== null ? joinedVerbSubject(cx, windowStart, cue.first) : null;
  if (joinedVerb && joinedVerb !== object && (!cue.gender || !joinedVerb.gender || joinedVerb.gender === cue.gender)) return { cluster: joinedVerb, carried: true, rule: 'sentence-subject' };
  return { cluster: current(cx, cue.gender, object), carried: true, rule: 'last-subject' };
}

/**
 * Whether a verb whose object comes before its بـ (lexicon.baObjectVerbs: وصف، اتهم) has
 * its بـ or بأن right after the one name ending at `end` (or after one phrase coordinated
 * with it by و): that name is then the verb's object, not its subject. A verb carrying its
 * object as a pronoun (وصفتها إسرائيل بأنها) has its subject there.
 */
function objectBeforeBa(cx: AttributionContext, cue: CueHit, end: number): boolean {
  const { t, orgByToken, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (!baObjectLemma(doc.knowledge, cue.lemma) || cue.end !== cue.first + 1) return false;
  // The verb as the cue table spells it: a leading و is read off only when what is left
  // is a form of the cue (ووصفها), never from the root (وصفها is و-ص-ف + ها).
  const word = t.text(cue.first);
  const verbs = doc.knowledge.cues.verbs;
  const verb = doc.knowledge.morphology.readings(word).find((r) => verbs.get(r.stem) === cue.lemma)?.stem ?? word;
  const suffix = doc.knowledge.morphology.pronounSuffix(verb);
  if (suffix && verb.length - suffix.length >= 3) return false;
  // Only one name that is the whole phrase: an organization or a country, or a person set
  // off by a comma (دونالد ترامب، بأنه); a phrase the readers ran on (ووصف الجيران العائلة
  // بأنها، ووصف الرئيس فلاديمير بوتين الاتهامات بأنها) holds the subject and the object both.
  const j0 = cue.end;
  const m = mentionByToken.get(j0) ?? (nationalityBefore(cx, j0) ? mentionByToken.get(j0 + 1) : undefined);
  // A comma, or a bracket with the person's age (ناصف بركات (47 عاما) بـ), closes the name.
  const closer = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
  const named = m ? m.end === end && /[،,(]/u.test(closer) : (orgByToken.get(j0)?.end ?? doc.knowledge.countryNameIndex.match(t, j0, false)?.end) === end;
  if (!named) return false;
  let j = end;
  // Past the bracket: the token after its closing mark.
  if (m && closer.includes('(')) {
    while (j < t.count && j - end < COORDINATED_OBJECT_WORDS + 2 && !doc.norm.slice(t.ends[j - 1], t.starts[j]).includes(')')) j++;
    if (j >= t.count || j - end >= COORDINATED_OBJECT_WORDS + 2) return false;
    const w = t.text(j);
    return w === 'ب' || (w.startsWith('ب') && w.length > 2) || (w.startsWith('ب') && lx.complementizers.has(w));
  }
  if (j < t.count && t.text(j).startsWith('و') && !lx.complementizers.has(t.text(j).slice(1))) {
    j++;
    while (j < t.count && j < end + COORDINATED_OBJECT_WORDS && !t.text(j).startsWith('ب')) j++;
  }
  if (j >= t.count || /[.:"«“]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j]))) return false;
  const w = t.text(j);
  return w === 'ب' || (w.startsWith('ب') && lx.complementizers.has(w));
}

/**
 * The subject of a sentence's opening verb: the sentence starts with clause openers
 * (و، وقد، كما، ثم…) and a verb, and the subject follows the verb. Read only when it
 * ends before `limit` (the token of the cue that needs it).
 */
function sentenceSubject(cx: AttributionContext, start: number, limit: number, strict = false): PersonCluster | null {
  const { t, inQuote, orgByToken, words, mentionByToken, genericPhrases } = cx;
  let j = t.indexAtOrAfter(start);
  while (j < limit && words.opener.at(t, j)) j++;
  if (j + 1 >= limit || inQuote.has(t.starts[j])) return null;
  if (strict) {
    // Only a word that can be a verb opens the sentence: not a preposition, a noun with
    // the article, a number or a name the people pass knows.
    if (words.noVerb.at(t, j) || mentionByToken.has(j) || orgByToken.has(j)) return null;
    // ويبقى لصلاح …، اعترفت باستخدامها …: a word with a preposition's clitic is no subject.
    const next = t.norm.charCodeAt(t.starts[j + 1]);
    if ((next === 0x644 || next === 0x628 || next === 0x643) && !mentionByToken.has(j + 1) && !orgByToken.has(j + 1)) return null;
  }
  const s = speakerAt(cx, j + 1, strict);
  if (!s || s.end > limit) return null;
  return strict && genericPhrases.has(s.cluster) ? null : s.cluster;
}

/** Whether real copy writes the word, or the word after its conjunction, as a verb or a common noun (knowledge word-classes). */
function verbOrCommonNoun(cx: AttributionContext, x: string): boolean {
  const { morph, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const y = morph.withoutConjunction(x);
  return lx.corpusVerbs.has(x) || lx.corpusCommonNouns.has(x) || (y !== null && (lx.corpusVerbs.has(y) || lx.corpusCommonNouns.has(y)));
}

/**
 * تتحدث شيران عن طفولتها … وتقول: an unknown name after the sentence's opening verb, for
 * a cue joined to that verb by و (they share the subject). The opening word must be a
 * word real copy writes after قد/لم/لن (a verb), and no word of the name one it writes as
 * a verb or, with the article, as a common noun (knowledge word-classes).
 */
function joinedVerbSubject(cx: AttributionContext, start: number, limit: number): PersonCluster | null {
  const { t, morph, people, inQuote, orgByToken, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  let j = t.indexAtOrAfter(start);
  while (j < limit && (lx.clauseOpeners.has(t.text(j)) || lx.auxiliaries?.has(t.text(j)))) j++;
  if (j + 1 >= limit || inQuote.has(t.starts[j]) || !t.onlySpaceBetween(t.ends[j], t.starts[j + 1])) return null;
  const w = t.text(j);
  const verb = (x: string): boolean => lx.corpusVerbs.has(x) || doc.knowledge.cues.verbs.has(x);
  const afterConjunction = morph.withoutConjunction(w);
  if (!(verb(w) || (afterConjunction !== null && verb(afterConjunction)))) return null;
  const name = subjects.nameClosedAt(j + 1, (i) => people.nameLike(i) && !verbOrCommonNoun(cx, t.text(i)) && !mentionByToken.has(i) && !orgByToken.has(i));
  if (!name || name.end > limit) return null;
  const m = nameMention(t, name.first, name.end, null);
  mentionByToken.set(name.first, m);
  return register(cx, m);
}

/** X، الذي قال …: the antecedent of a relative pronoun right before the cue. */
function antecedentOf(cx: AttributionContext, verb: number, windowStart: number): PersonCluster | null {
  const { t, inQuote, mentionByEnd, orgByEnd, doc } = cx;
  const rel = verb - 1;
  if (rel < 1 || !doc.knowledge.lexicon.relativePronouns?.has(t.text(rel).replace(/^و/u, ''))) return null;
  const before = rel;
  const m = mentionByEnd.get(before);
  if (m && t.starts[m.first] >= windowStart) return register(cx, m);
  const org = orgByEnd.get(before);
  if (org && !inQuote.has(org.normStart)) return speakingOrganization(cx, org);
  // مسؤول أمني، الذي قال: an anonymous source or a phrase of up to four words.
  for (let k = Math.max(0, before - 4); k < before; k++) {
    if (t.starts[k] < windowStart) continue;
    const s = speakerAt(cx, k);
    if (s && s.end === before) return s.cluster;
  }
  return null;
}

/**
 * The subject of a verb that a comma separates from it: a phrase that opens its clause and
 * ends at the comma, maybe followed by one apposition between commas (X، والدة Y، قالت).
 */
function subjectBeforeComma(cx: AttributionContext, verb: number, windowStart: number): PersonCluster | null {
  const { t, morph, people, inQuote, orgByToken, registry, subjects, mentionByToken, doc } = cx;
  const aux = doc.knowledge.lexicon.auxiliaries;
  // X، وقال: a verb with its conjunction goes on the clause before; it has no fronted subject.
  if (morph.conjunction(t.text(verb)) !== null) return null;
  let e = verb;
  for (let segment = 0; segment < 2; segment++) {
    if (e < 2 || t.starts[e - 1] < windowStart || !/^\s*[،,]\s*$/u.test(doc.norm.slice(t.ends[e - 1], t.starts[e]))) return null;
    let s = e - 1;
    while (s > 0 && e - s < SUBJECT_BEFORE_REACH && t.starts[s - 1] >= windowStart && t.onlySpaceBetween(t.ends[s - 1], t.starts[s]) && !opensClause(cx, s)) s--;
    if (inQuote.has(t.starts[s])) return null;
    if (!opensClause(cx, s)) {
      e = s;
      continue;
    }
    const w = t.text(s);
    const from = aux?.has(w) || (w.startsWith('و') && aux?.has(w.slice(1))) ? s + 1 : s;
    if (from >= e) return null;
    const m = mentionByToken.get(from);
    if (m && m.end === e && !m.inQuote && !m.asObject) return register(cx, m);
    const org = orgByToken.get(from);
    if (org && org.end === e) return speakingOrganization(cx, org);
    const phrase = subjects.phraseAt(from, false, from === s);
    if (phrase && phrase.end === e && phrase.type !== 'anaphor') return phraseSpeaker(cx, phrase);
    // أمينة بابي، …: two or three words that all read as names.
    if (e - from < 2 || e - from > 3) return null;
    for (let k = from; k < e; k++) if (!people.nameLike(k) || (morph.definite(t.text(k)) || morph.definite(morph.withoutConjunction(t.text(k)) ?? ''))) return null;
    const span = doc.span(t.starts[from], t.ends[e - 1]);
    return registry.addSpeakerByText('person', doc.norm.slice(t.starts[from], t.ends[e - 1]), doc.text.slice(span.start, span.end), span);
  }
  return null;
}

/**
 * The latest speech verb or "according to" before cue `c` in its sentence with an إن/أن
 * between them, the cue whose report holds `c`; none when a person or a body is named
 * between that إن/أن and `c` (أن النائب العام طارق صعب قال: that one may be c's subject).
 */
function reportingCue(cx: AttributionContext, c: CueHit, found: () => CueHit[]): CueHit | null {
  const { t, orgByToken, mentionByToken, doc } = cx;
  const earlier = found().filter((x) => x.first < c.first && (x.kind === 'verb' || x.kind === 'according'));
  const x = earlier[earlier.length - 1];
  if (!x) return null;
  let k = x.end;
  while (k < c.first && !doc.knowledge.lexicon.complementizers.has(t.text(k))) k++;
  if (k >= c.first) return null;
  for (let j = k + 1; j < c.first; j++) if (mentionByToken.has(j) || orgByToken.has(j)) return null;
  return x;
}

/** Where the auxiliaries (قد، كان) right before token `verb` start, within the window: `verb` when there are none. */
function beforeAuxiliaries(cx: AttributionContext, verb: number, windowStart: number): number {
  const { t, doc } = cx;
  const aux = doc.knowledge.lexicon.auxiliaries;
  let k = verb;
  while (k > 1 && aux?.has(t.text(k - 1)) && t.starts[k - 2] >= windowStart && t.onlySpaceBetween(t.ends[k - 2], t.starts[k - 1])) k--;
  return k;
}

/** Whether tokens [from, to) are one short adverbial: a preposition and up to two words, or a time word, with nothing but spaces. */
function adverbialBetween(cx: AttributionContext, from: number, to: number): boolean {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!t.onlySpaceBetween(t.ends[k - 1], t.starts[k])) return false;
  if (!t.onlySpaceBetween(t.ends[to - 1], t.starts[to])) return false;
  const w = t.text(from);
  return to - from === 1 ? lx.timeWords.has(w) : lx.prepositions.has(w);
}

/** One to three words that open their clause and end right before token `verb`, read as its subject. */
function subjectBefore(cx: AttributionContext, verb: number, windowStart: number): PersonCluster | null {
  const { t, morph, people, inQuote, registry, subjects, doc } = cx;
  // كانوا قد هددوا: auxiliaries between the subject and its verb.
  const aux = doc.knowledge.lexicon.auxiliaries;
  const cueVerb = verb;
  while (verb > 1 && aux?.has(t.text(verb - 1)) && t.onlySpaceBetween(t.ends[verb - 2], t.starts[verb - 1])) verb--;
  // يذكر أن مسؤولين روس هددوا: a subject right after أن/إن opens its clause.
  for (let k = Math.max(0, verb - 4); k < verb - 1; k++) {
    if (t.starts[k] < windowStart || !doc.knowledge.lexicon.complementizers.has(t.text(k))) continue;
    const s = speakerAt(cx, k + 1);
    if (s && s.end === verb) return s.cluster;
  }
  // والمحتجون يؤكدون، فصائل الجنوب السوري المعارضة تعلن: a noun phrase that opens the
  // clause and ends right before the verb is its subject.
  let open = verb - 1;
  while (open > 0 && verb - open < SUBJECT_BEFORE_REACH && t.starts[open - 1] >= windowStart && t.onlySpaceBetween(t.ends[open - 1], t.starts[open]) && !opensClause(cx, open)) open--;
  if (opensClause(cx, open) && !inQuote.has(t.starts[open])) {
    // وكانت إيران أكدت: an auxiliary opens the clause before its subject.
    const w = t.text(open);
    const isAuxiliary = (x: string): boolean => !!aux?.has(x) || (x.startsWith('و') && !!aux?.has(x.slice(1)));
    const from = isAuxiliary(w) ? open + 1 : open;
    const phrase = from < verb ? subjects.phraseAt(from, false, from === open) : null;
    if (phrase && phrase.end === verb && phrase.type !== 'anaphor') return phraseSpeaker(cx, phrase);
    // وكانت المصادر في البداية قد قالت: between an auxiliary's subject and the قد of its verb,
    // a short adverbial (a preposition and its noun, a time word) belongs to neither.
    const before = from > open ? w : from > 0 ? t.text(from - 1) : '';
    if (phrase && isAuxiliary(before) && verb < cueVerb && adverbialBetween(cx, phrase.end, verb)) return phraseSpeaker(cx, phrase);
  }
  let first = verb - 1;
  while (first > 0 && verb - first < 3 && t.starts[first - 1] >= windowStart && t.onlySpaceBetween(t.ends[first - 1], t.starts[first]) && !opensClause(cx, first)) first--;
  if (!opensClause(cx, first) || inQuote.has(t.starts[first])) return null;
  // وكان بيكير أعلن، وكانت واشنطن قد كشفت: the auxiliary opens the clause, the subject follows it.
  // Not ما (هذا ما جعله يقول): a relative, whose verb has no subject before it.
  const opener = morph.withoutConjunction(t.text(first)) ?? t.text(first);
  const afterAuxiliary = first + 1 < verb && !!aux?.has(opener) && !doc.knowledge.lexicon.whatRelatives?.has(opener);
  if (afterAuxiliary) first++;
  const word = t.text(first);
  // وكانت أوصافه تقول: a noun with a possessive is no name.
  if (afterAuxiliary && morph.pronounSuffix(word) !== null) return null;
  const bare = word.startsWith('و') && word.length > 3 && !afterAuxiliary ? word.slice(1) : word;
  const skip = bare === word ? 0 : 1;
  const country = doc.knowledge.countryNameIndex.match(t, first, false) ?? (skip ? doc.knowledge.countryNameIndex.match(t, first, true) : null);
  const span = doc.span(t.starts[first] + skip, t.ends[verb - 1]);
  const text = doc.text.slice(span.start, span.end);
  const key = doc.norm.slice(t.starts[first] + skip, t.ends[verb - 1]);
  if (country && country.end === verb) return registry.addSpeakerByText('institution', `country:${country.value}`, text, span, `country:${country.value}`, 'f');
  for (let k = first; k < verb; k++) if (!(k === first ? people.nameLikeText(bare) : people.nameLike(k))) return null;
  if (morph.definite(bare)) return null;
  return registry.addSpeakerByText('person', key, text, span);
}

/**
 * روسيا تدعو الغرب إلى "…" وتحذر من "…"، تركيا تعتقل جنديين.. وتتحدث عن "…": a headline
 * puts its subject first and chains its verbs on it with و. The subject of a title's cue
 * verb is the phrase that opens its clause right before the verb, or before the bare verb
 * its و-joined verbs go back to; none when that bare verb has no such subject. `own` is
 * true when the subject stands right before the cue itself.
 */
function titleSubject(cx: AttributionContext, cue: CueHit, lineStart: number): { cluster: PersonCluster; own: boolean } | null {
  const { t, morph, inQuote, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const verbs = doc.knowledge.cues.verbs;
  const verb = (w: string): boolean => verbs.has(w) || lx.corpusVerbs.has(w);
  const lineFirst = t.indexAtOrAfter(lineStart);
  for (let v = cue.first; v > lineFirst && cue.first - v <= TITLE_REACH; v--) {
    workMeter.steps++;
    if (inQuote.has(t.starts[v])) continue;
    const w = t.text(v);
    const bare = morph.withoutConjunction(w);
    const joined = bare !== null && !verb(w) && verb(bare);
    if (v !== cue.first && !verb(w) && !joined) continue;
    if (joined) continue;
    const s = frontedSubject(cx, v, lineStart);
    if (!s || (cue.gender && s.gender && s.gender !== cue.gender)) return null;
    return { cluster: s, own: v === cue.first };
  }
  return null;
}

/** The subject that opens its clause and ends right before the verb at token `v`: a person, an organization, a country or a phrase. */
function frontedSubject(cx: AttributionContext, v: number, windowStart: number): PersonCluster | null {
  const { t, inQuote, mentionByEnd, orgByEnd, doc } = cx;
  if (t.starts[v - 1] < windowStart || !t.onlySpaceBetween(t.ends[v - 1], t.starts[v])) return null;
  // ماذا قال القذافي، هل نقل النظام: a question puts no subject before its verb.
  let open = v - 1;
  while (open > 0 && v - open < SUBJECT_BEFORE_REACH && t.starts[open - 1] >= windowStart && !opensClause(cx, open)) open--;
  if (doc.knowledge.lexicon.interrogatives?.has(t.text(open))) return null;
  const m = mentionByEnd.get(v);
  if (m && !m.inQuote && !m.asObject && opensClause(cx, m.first)) return register(cx, m);
  const org = orgByEnd.get(v);
  if (org && !inQuote.has(org.normStart) && opensClause(cx, org.first)) return speakingOrganization(cx, org);
  return subjectBefore(cx, v, windowStart);
}

function cueSpan(cx: AttributionContext, first: number, end: number, lemma: string): Attribution['cue'] {
  const { t } = cx;
  return ({ normStart: t.starts[first], normEnd: t.ends[end - 1], lemma });
}

function isRelay(cx: AttributionContext, c: CueHit): boolean {
  const { t, words } = cx;
  return c.kind === 'verb' && words.relayVerb.at(t, c.first);
}

/** ونقلت رويترز عن مسؤول أوروبي قوله: the words are the one's after عن (else the relay's subject's). */
function relayOf(cx: AttributionContext, c: CueHit): { speaker: PersonCluster | null; rule: AttributionRule } {
  const { t } = cx;
  const source = speakerAt(cx, c.end);
  let j = source ? source.end : c.end;
  let marker = 0;
  // Counted from the end of the relaying source: a long one (الموقع الإخباري لوزارة النفط
  // الإيرانية على الإنترنت (شانا) عن أردبيلي) still has its عن within reach.
  const reach = j + 8;
  while (j < t.count && j < reach && !(marker = relayMarkerAt(cx, j))) j++;
  const relayed = marker ? speakerAt(cx, j + marker) : null;
  if (relayed) return { speaker: relayed.cluster, rule: 'relayed-source' };
  return source ? { speaker: source.cluster, rule: 'subject-after-cue' } : { speaker: current(cx), rule: 'last-subject' };
}

/**
 * وقال المصدر، وفق ما نقلت وكالة سانا، إن …؛ وقال لودريان، بحسب ما ذكرت رويترز، إن: an
 * "according to" aside after a speech verb and its subject only says who passed the words
 * on; the earlier verb governs the quote. An aside that opens the sentence, or that relays
 * someone after عن, keeps it.
 */
function speakerBeforeAside(cx: AttributionContext, c: CueHit, found: () => CueHit[]): CueHit | null {
  const { t, doc } = cx;
  const lx = doc.knowledge.lexicon;
  const according = doc.knowledge.cues.accordingTo;
  let opener = c.first;
  if (c.kind === 'verb') {
    const p = c.first - 1;
    if (p >= 1 && lx.whatRelatives?.has(t.text(p)) && according.mayStartWith(t.text(p - 1))) opener = p - 1;
    else if (p >= 0 && lx.asRelatives?.has(t.text(p)) && according.mayStartWith(t.text(p))) opener = p;
    else return null;
    if (isRelay(cx, c) && relayOf(cx, c).rule === 'relayed-source') return null;
  } else if (c.kind === 'according') {
    // نقلا عن X relays X's words; وفق أوزمجو names a person as the source: both are the quote's.
    if (relayMarkerAt(cx, c.end - 1)) return null;
    const source = speakerAt(cx, c.end);
    if (!source || source.cluster.kind === 'person') return null;
  } else return null;
  let v: CueHit | null = null;
  // وجاء تقدم القوات، بحسب المرصد، …: a verb of content has no speaking subject.
  for (const x of found()) if (x.kind === 'verb' && x.end <= opener && !isRelay(cx, x) && !isContentVerb(cx, x)) v = x;
  if (!v) return null;
  if (/["«»“”]/u.test(doc.norm.slice(t.ends[v.end - 1], t.starts[opener]))) return null;
  for (let k = v.end; k < opener; k++) if (lx.complementizers.has(t.text(k))) return null;
  // وقال، وفق ما نقلت عنه الوكالة، إن: the aside right after the verb, whose subject is carried.
  if (opener === v.end) return v;
  const subject = speakerAt(cx, v.end);
  return subject && subject.end <= opener && opener - subject.end <= ASIDE_GAP ? v : null;
}

/** Who said a statement whose governing cue is before it (or in the lead-in paragraph). */
function byCueBefore(cx: AttributionContext, c: CueHit, start: number, found: () => CueHit[]): Attribution {
  const { t, mentions, mentionByToken, doc } = cx;
  if (placeholderAfter(cx, c)) {
    // وقال [المتحدث]: the quick fix's placeholder, not yet replaced by a name.
    return { speaker: null, cue: cueSpan(cx, c.first, c.end, c.lemma), method: null, reason: PLACEHOLDER_REASON };
  }
  if (c.kind === 'participle') {
    const verbs = found().filter((x) => x.kind === 'verb' && x.first < c.first);
    const v = verbs[verbs.length - 1];
    if (v && v.end === c.first) {
      const s = subjectOf(cx, v, start);
      return { speaker: s.cluster, cue: cueSpan(cx, v.first, c.end, v.lemma), method: s.carried ? 'carry-over' : 'cue-before', rule: s.rule };
    }
    // ونقلت الوكالة عن X قوله: "…"، مشيرا إلى أن "…": the relayed one goes on speaking.
    if (v && isRelay(cx, v)) {
      const r = relayOf(cx, v);
      if (r.rule === 'relayed-source') return { speaker: r.speaker, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before', rule: r.rule };
    }
    if (v) {
      const s = subjectOf(cx, v, start);
      const between = speakerAt(cx, v.end);
      if (between && between.end === c.first && t.onlySpaceBetween(t.ends[between.end - 1], t.starts[c.first])) return { speaker: between.cluster, cue: cueSpan(cx, v.first, v.end, v.lemma), method: 'cue-before', rule: 'subject-after-cue' };
      return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: s.carried ? 'carry-over' : 'cue-before', rule: s.rule };
    }
    // … المتظاهرين يسلمون على القوى الأمنية، قائلين: a plural participle agrees with the
    // nearest definite plural of people before it, not with a singular subject.
    const plural = /ين$/u.test(t.text(c.first)) ? pluralBefore(cx, start, c.first) : null;
    if (plural) return { speaker: plural, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before' };
    // The participle's subject is the sentence's subject: the words after its opening
    // verb (وقد كتب 18 عضوا … قائلين، وانتقد بالطيب … قائلا), else the current speaker.
    const opening = sentenceSubject(cx, start, c.first);
    if (opening) return { speaker: opening, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'cue-before', rule: 'sentence-subject' };
    let own: PersonMention | undefined;
    for (let k = firstMentionFrom(cx, start); k < mentions.length && mentions[k].normEnd <= t.starts[c.first]; k++) {
      workMeter.steps++;
      if (!mentions[k].inQuote && !mentions[k].asObject) {
        own = mentions[k];
        break;
      }
    }
    const cluster: PersonCluster | null = own ? register(cx, own) : current(cx, c.gender);
    return { speaker: cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: own ? 'cue-before' : 'carry-over', rule: own ? 'participle-subject' : 'last-subject' };
  }
  if (isRelay(cx, c)) {
    const r = relayOf(cx, c);
    return { speaker: r.speaker, cue: cueSpan(cx, c.first, c.end, c.lemma), method: r.rule === 'last-subject' ? 'carry-over' : 'cue-before', rule: r.rule };
  }
  if (c.kind === 'verb') {
    const s = subjectOf(cx, c, start);
    const after = mentionByToken.get(c.end);
    const method: AttributionMethod = s.carried ? 'carry-over' : after && !after.name && after.title ? 'title-reference' : 'cue-before';
    return { speaker: s.cluster, cue: cueSpan(cx, withClauseOpener(doc, c, start), c.end, c.lemma), method, rule: s.rule };
  }
  if (c.kind === 'according') {
    const source = speakerAt(cx, c.end) ?? lamPhraseAt(cx, c);
    return { speaker: source ? source.cluster : current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: source ? 'according-to' : 'carry-over', rule: source ? 'according-to' : 'last-subject' };
  }
  return { speaker: current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' };
}

/**
 * What the return sites cannot see: a subject that was a definite anaphor resolved
 * backward, a carry-over that reached past every subject to a name in another position,
 * and the other speakers a loose rule had in the running.
 */
function refineEvidence(cx: AttributionContext, r: Attribution, gender: Gender | null): void {
  const { inHistory } = cx;
  const direct: (AttributionRule | undefined)[] = ['subject-after-cue', 'subject-before-cue', 'cue-after', 'according-to'];
  if (r.speaker === cx.resolvedAnaphor && direct.includes(r.rule)) r.rule = 'anaphor';
  if (r.rule === 'last-subject' && r.speaker && !inHistory.has(r.speaker)) r.rule = 'last-named';
  if (r.rule === 'anaphor' || r.rule === 'last-subject' || r.rule === 'last-named' || r.rule === 'sentence-subject' || r.rule === 'paragraph-cue') r.candidates = rivals(cx, r.speaker, gender);
}

/** Up to three other speakers a carried-over cue could have meant, latest first (a bounded look back). */
function rivals(cx: AttributionContext, chosen: PersonCluster | null, gender: Gender | null): { cluster: PersonCluster; rule: AttributionRule }[] {
  const { history, named } = cx;
  const out: { cluster: PersonCluster; rule: AttributionRule }[] = [];
  const seen = new Set<PersonCluster | null>([chosen]);
  const take = (list: PersonCluster[], rule: AttributionRule): void => {
    for (let k = list.length - 1; k >= Math.max(0, list.length - RIVAL_LOOKBACK) && out.length < MAX_RIVALS; k--) {
      workMeter.steps++;
      const c = list[k];
      if (seen.has(c) || (gender && c.gender && c.gender !== gender)) continue;
      seen.add(c);
      out.push({ cluster: c, rule });
    }
  };
  take(history, 'last-subject');
  take(named, 'last-named');
  return out;
}

/** A title's cue with no subject takes the subject its verbs chain on; one that opens the cue's own clause outranks a noun after the verb (its object). */
function inTitle(cx: AttributionContext, q: RawQuote, r: Attribution, c: CueHit): Attribution | null {
  const { doc } = cx;
  const s = titleSubject(cx, c, doc.lines[q.block.line].normStart);
  if (!s || (r.speaker && !s.own)) return null;
  return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: s.own ? 'cue-before' : 'carry-over', rule: s.own ? 'subject-before-cue' : 'sentence-subject' };
}

/** `X: … "…"` in a headline: the speaker is the phrase before the colon. */
function headline(cx: AttributionContext, q: RawQuote): Attribution | null {
  const { t, morph, people, inQuote, registry, colons, mentions, mentionByToken, orgByEnd, doc } = cx;
  const line = doc.lines[q.block.line];
  const colonAt = colons.of(q.block.line);
  if (colonAt < 0 || colonAt >= q.open) return null;
  const k = firstMentionFrom(cx, colonAt) - 1;
  let m = k >= 0 && mentions[k].normEnd <= colonAt && doc.norm.slice(mentions[k].normEnd, colonAt).trim() === '' ? mentions[k] : undefined;
  // روحاني متحدثا عن ترامب: the name before the colon is an object; the headline's first name speaks.
  if (m && m.asObject) {
    const lead = mentionByToken.get(t.indexAtOrAfter(line.normStart));
    m = lead && !lead.asObject && lead.normEnd <= colonAt ? lead : undefined;
  }
  const lineFirst = t.indexAtOrAfter(line.normStart);
  // A paragraph's label is one speaker, the whole phrase before the colon.
  const label = q.block.kind === 'paragraph';
  // نوفيتشوك: "…"، الحرب السورية: "…": words that do not read as speech under a label are
  // a topic's excerpt unless a person or a body the article knows is the label.
  const knownOnly = label && !readsAsSpeech(doc, q);
  if (m && !m.inQuote && (!label || m.first === lineFirst || m !== mentions[k])) {
    const c = register(cx, m);
    if (c) return { speaker: c, cue: null, method: 'headline', rule: 'headline' };
  }
  // الأمم المتحدة: …، روحاني متحدثا عن ترامب: … — an organization or a country before the colon.
  const last = t.indexBefore(colonAt);
  if (last < 0) return null;
  const org = orgByEnd.get(last + 1);
  if (org && !inQuote.has(org.normStart) && (!label || org.first === lineFirst)) return { speaker: speakingOrganization(cx, org), cue: null, method: 'headline', rule: 'headline' };
  if (knownOnly) return null;
  const country = doc.knowledge.countryNameIndex.match(t, lineFirst, false);
  if (country && country.end === last + 1) {
    const span = doc.span(t.starts[lineFirst], t.ends[last]);
    return { speaker: registry.addSpeakerByText('institution', `country:${country.value}`, doc.text.slice(span.start, span.end), span, `country:${country.value}`, 'f'), cue: null, method: 'headline', rule: 'headline' };
  }
  // … وبوتين: ترامب "محق"، كتاب عالميون: "…": the phrase that opens the last clause before
  // the colon, read as a subject is read after a verb, when it ends at the colon.
  // وأخبرونا :، وتحت عنوان: — a paragraph's label opens with no conjunction (a name the people pass knows aside).
  if (label && morph.conjunction(t.text(lineFirst)) !== null && !doc.knowledge.personIndex.hasWord(t.text(lineFirst))) return null;
  const segment = label ? lineFirst : clauseAfterBreak(cx, lineFirst, last);
  const phrase = segment >= 0 ? labelAt(cx, segment, last + 1) : null;
  if (phrase) return { speaker: phrase, cue: null, method: 'headline', rule: 'headline' };
  // أردوغان لميركل: "…"، البحرين عن اقتراب مقاتلات …: — a speaker that opens the line,
  // then the one spoken to or the matter after a preposition: the speaker says the words.
  const opener = openingSpeaker(cx, lineFirst, last + 1);
  if (opener) return { speaker: opener, cue: null, method: 'headline', rule: 'headline' };
  if (label) {
    const named = nameLabel(cx, lineFirst, last + 1);
    return named ? { speaker: named, cue: null, method: 'headline', rule: 'headline' } : null;
  }
  // عبد الله المطلق: …، وزراء إعلام الدول الأربع: … — a short headline before its colon
  // names who speaks, known or not.
  const words = last + 1 - lineFirst;
  const lead = doc.norm.slice(line.normStart, colonAt);
  if (words >= 1 && words <= 5 && !/["«»“”\d]/u.test(lead)) {
    const span = doc.span(t.starts[lineFirst], t.ends[last]);
    const kind = [...Array(words).keys()].every((k) => people.nameLike(lineFirst + k) || people.familyName(lineFirst + k)) ? 'person' : 'institution';
    return { speaker: registry.addSpeakerByText(kind, doc.norm.slice(t.starts[lineFirst], t.ends[last]), doc.text.slice(span.start, span.end), span), cue: null, method: 'headline', rule: 'headline' };
  }
  return null;
}

/** The first token after the last clause break (.. ، .) between `first` and `last`, or `first`. */
function clauseAfterBreak(cx: AttributionContext, first: number, last: number): number {
  const { t, doc } = cx;
  for (let j = last; j > first; j--) {
    if (last - j > TITLE_REACH) return -1;
    workMeter.steps++;
    if (!t.onlySpaceBetween(t.ends[j - 1], t.starts[j]) && /[.،,؛!?؟]/u.test(doc.norm.slice(t.ends[j - 1], t.starts[j]))) return j;
  }
  return first;
}

/** The one speaker written from token j to token `end`, a colon after it: a person, an organization or a phrase that speaks. */
function labelAt(cx: AttributionContext, j: number, end: number): PersonCluster | null {
  const { t, morph, inQuote, orgByToken, subjects, mentionByToken } = cx;
  const m = mentionByToken.get(j);
  if (m && m.end === end && !m.inQuote && !m.asObject) return register(cx, m);
  const org = orgByToken.get(j);
  if (org && org.end === end && !inQuote.has(org.normStart)) return speakingOrganization(cx, org);
  const phrase = subjects.phraseAt(j, false, morph.conjunction(t.text(j)) !== null);
  return phrase && phrase.end === end && phrase.type !== 'anaphor' ? phraseSpeaker(cx, phrase) : null;
}

/** A person, organization or country that opens the line at `first` and is followed, before `end`, by a preposition. */
function openingSpeaker(cx: AttributionContext, first: number, end: number): PersonCluster | null {
  const { t, morph, inQuote, orgByToken, registry, mentionByToken, doc } = cx;
  const m = mentionByToken.get(first);
  const org = m ? undefined : orgByToken.get(first);
  const country = m || org ? null : doc.knowledge.countryNameIndex.match(t, first, false);
  const after = m ? m.end : org ? org.end : country ? country.end : -1;
  if (after < 0 || after >= end || !t.onlySpaceBetween(t.ends[after - 1], t.starts[after])) return null;
  const w = t.text(after);
  const lx = doc.knowledge.lexicon;
  // لميركل، للمصريين: a ل written on the next word is the preposition of the one spoken to.
  if (!(lx.prepositions.has(w) || (w.startsWith('ل') && w.length > 3 && !morph.definite(w) && !lx.corpusVerbs.has(w)))) return null;
  if (m) return m.inQuote || m.asObject ? null : register(cx, m);
  if (org) return inQuote.has(org.normStart) ? null : speakingOrganization(cx, org);
  const span = doc.span(t.starts[first], t.ends[country!.end - 1]);
  return registry.addSpeakerByText('institution', `country:${country!.value}`, doc.text.slice(span.start, span.end), span, `country:${country!.value}`, 'f');
}

/**
 * جهاد: "…"، الخاطر: "…": one to three words that all read as a person's name and none
 * as a common noun or a verb of the corpus (سؤال: "…" names no one), a paragraph's label.
 */
function nameLabel(cx: AttributionContext, first: number, end: number): PersonCluster | null {
  const { t, morph, people, registry, doc } = cx;
  const lx = doc.knowledge.lexicon;
  if (end - first < 1 || end - first > 3) return null;
  for (let k = first; k < end; k++) {
    const w = t.text(k);
    if (!(people.nameLike(k) || people.familyName(k)) || lx.corpusCommonNouns.has(w) || lx.corpusVerbs.has(w) || lx.corpusCommonNouns.has(morph.withoutArticle(w) ?? w)) return null;
  }
  const span = doc.span(t.starts[first], t.ends[end - 1]);
  return registry.addSpeakerByText('person', doc.norm.slice(t.starts[first], t.ends[end - 1]), doc.text.slice(span.start, span.end), span);
}

function after(cx: AttributionContext, q: RawQuote, c: CueHit): Attribution | null {
  if (c.kind === 'self') return { speaker: current(cx), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' };
  // "…"، تضيف فريدة: one word after the verb that names a person named before is that person.
  // A name that closes the sentence is read first: the readers of a description take the
  // clause after وهي for a name (تقول رمز وهي ترش البقدونس).
  const s = (c.kind === 'verb' ? closingNameAfter(cx, c.end) : null) ?? speakerAt(cx, c.end) ?? knownNameAt(cx, c.end);
  if (!s) return c.kind === 'verb' && !subjectUnread(cx, c) ? { speaker: current(cx, c.gender), cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'last-subject' } : null;
  return { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: c.kind === 'according' ? 'according-to' : 'cue-after', rule: c.kind === 'according' ? 'according-to' : 'cue-after' };
}

/** A single word at token j that names a person named before (registry.namesKnownPerson), as that person. */
function knownNameAt(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, inQuote, registry, mentionByToken } = cx;
  if (j >= t.count || inQuote.has(t.starts[j]) || !registry.namesKnownPerson(t.text(j))) return null;
  const m = nameMention(t, j, j + 1, null);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end: j + 1 } : null;
}

/**
 * "…"، تقول رمز بشارات. / "…"، تقول سمية نصار وهي أم …: after a verb that follows the quote,
 * one to three words that read as a name, none a word real copy writes as a verb or as a
 * common noun (knowledge word-classes), ending the sentence or followed by وهي/وهو (and she/he
 * is …): the one who speaks, named there.
 */
function closingNameAfter(cx: AttributionContext, j: number): { cluster: PersonCluster; end: number } | null {
  const { t, morph, people, inQuote, subjects, mentionByToken, doc } = cx;
  const lx = doc.knowledge.lexicon;
  // A common noun after the ب/ل of a circumstance (بأسف، بألم) is none either; nor a two-letter word (لي).
  const common = (i: number): boolean => {
    const x = t.text(i);
    return x.length < 3 || verbOrCommonNoun(cx, x) || (/^[بلك]/u.test(x) && lx.corpusCommonNouns.has(x.slice(1)));
  };
  let end = j;
  while (end < t.count && end - j < 3 && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) && !inQuote.has(t.starts[end]) && people.nameLike(end) && !morph.definite(t.text(end)) && !common(end) && !looksCircumstantial(t.text(end)) && !subjects.stopsAt(end)) end++;
  if (end === j) return null;
  const gap = end < t.count ? doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
  const closed = end >= t.count || /^\s*(?:[.!?؟]|\n)/u.test(gap) || (/^ +$/u.test(gap) && !!lx.clauseSubjectPronouns?.has(t.text(end)));
  if (!closed) return null;
  const m = nameMention(t, j, end, null);
  mentionByToken.set(j, m);
  const c = register(cx, m);
  return c ? { cluster: c, end } : null;
}

/**
 * Whether words that no reader took for a speaker stand right after a verb: its subject is
 * written there ("…"، وفق ما نقل موقع إذاعة …) and a carried-over speaker would be wrong.
 * A clause break, a preposition or an addressee (وفق ما قال للمحققين) leaves it unsaid.
 */
function subjectUnread(cx: AttributionContext, c: CueHit): boolean {
  const { t, words, doc } = cx;
  if (c.end >= t.count || !t.onlySpaceBetween(t.ends[c.end - 1], t.starts[c.end])) return false;
  const w = t.text(c.end);
  const lx = doc.knowledge.lexicon;
  // لـ/بـ written on the next word (للمحققين، بألم) open a complement, not a subject.
  return !(lx.prepositions.has(w) || lx.timeWords.has(w) || lx.complementizers.has(w) || words.afterCueFiller.at(t, c.end) || (/^[لب]/u.test(w) && w.length > 3));
}

/**
 * A quote with no cue of its own in a paragraph whose earlier sentence has a speech
 * verb (كما قال X إن …. وفي هذا الإطار «…»): the paragraph is X's.
 */
function paragraphCue(cx: AttributionContext, q: RawQuote): Attribution | null {
  const { doc, facts } = cx;
  const line = doc.lines[q.block.line];
  const found = facts.cues.between(line.normStart, q.open).filter((c) => c.kind === 'verb');
  const c = found[found.length - 1];
  if (!c) return null;
  const s = subjectOf(cx, c, line.normStart);
  return s.cluster && !s.carried ? { speaker: s.cluster, cue: cueSpan(cx, c.first, c.end, c.lemma), method: 'carry-over', rule: 'paragraph-cue' } : null;
}

/**
 * A paragraph that opens with a quote continuing the previous paragraph's unclosed
 * quote (a long quotation run over several paragraphs) keeps that quote's speaker.
 */
function continuedParagraph(cx: AttributionContext, qi: number): Attribution | null {
  const { attributions, previousBlock, doc, quotes } = cx;
  const q = quotes[qi];
  const line = doc.lines[q.block.line];
  if (doc.norm.slice(line.normStart, q.open).trim() !== '') return null;
  const prev = previousBlock(q.block);
  if (!prev) return null;
  for (let k = qi - 1; k >= 0 && quotes[k].block === prev; k--) {
    workMeter.steps++;
    if (quotes[k].parent !== null) continue;
    const a = attributions[k];
    if (!a?.speaker) return null;
    if (!quotes[k].closed) return { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'continued-quote' };
    // وتقول كاترينا: "…". ¶ "…": a paragraph that opens with a quote right after a
    // paragraph ending on a speaker's direct speech (after a colon, right after the cue,
    // or a quote paragraph itself) goes on with that speaker's words. Reported words
    // (قال X إن العلاقات "…") end there: the next quote is nobody's until named.
    const prevLine = doc.lines[prev.line];
    const rest = doc.norm.slice(quotes[k].close + 1, prevLine.normEnd);
    const lead = doc.norm.slice(prevLine.normStart, quotes[k].open);
    const direct = /:\s*$/u.test(lead) || lead.trim() === '' || (!!a.cue && doc.norm.slice(a.cue.normEnd, quotes[k].open).trim() === '');
    return direct && /^[\s.!?؟…]*$/u.test(rest) && readsAsSpeech(doc, q) ? { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'quote-paragraph' } : null;
  }
  return null;
}

function continuation(cx: AttributionContext, qi: number): Attribution | null {
  const { attributions, quotes } = cx;
  const q = quotes[qi];
  for (let k = qi - 1; k >= 0; k--) {
    workMeter.steps++;
    const p = quotes[k];
    if (p.block !== q.block) break;
    const a = attributions[k];
    if (a?.speaker) return { speaker: a.speaker, cue: null, method: 'carry-over', rule: 'same-paragraph' };
  }
  return null;
}


const baObjectLemmasOf = new WeakMap<ArticleDocument['knowledge'], Map<string, boolean>>();

/**
 * Whether a cue's lemma is a verb whose object comes before its بـ (lexicon.baObjectVerbs),
 * remembered per lemma and knowledge: normalizing the lemma at every verb cost 2-3 % of
 * attribute() on the 1 MB article, and the cue table has only so many lemmas.
 */
function baObjectLemma(k: ArticleDocument['knowledge'], lemma: string): boolean {
  let known = baObjectLemmasOf.get(k);
  if (!known) baObjectLemmasOf.set(k, (known = new Map()));
  let yes = known.get(lemma);
  if (yes === undefined) known.set(lemma, (yes = !!k.lexicon.baObjectVerbs?.has(normalizeForMatch(lemma))));
  return yes;
}

const relayMarkersOf = new WeakMap<object, string[][]>();

/** The relay markers (عن، على لسان) of a lexicon as word lists, split once per lexicon. */
function relayMarkerWords(lexicon: ArticleDocument['knowledge']['lexicon']): string[][] {
  let words = relayMarkersOf.get(lexicon);
  if (!words) relayMarkersOf.set(lexicon, (words = [...(lexicon.relayMarkers ?? [])].map((m) => m.split(' '))));
  return words;
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

/** Per-word tests of the subject readers, remembered by word id (wordMemo.ts) for each knowledge. */
interface WordTests {
  /** A clause opener or an auxiliary (و، وقد، كان) before a sentence's verb. */
  opener: WordMemo;
  /** A word that cannot be a sentence's opening verb: the article, a number, a preposition, a subject stop, a time word (after و/ف). */
  noVerb: WordMemo;
  /** A filler the speaker may follow a cue after (lexicon.afterCueFillers). */
  afterCueFiller: WordMemo;
  /** A head noun of a named body (صحيفة، وكالة، منظمة): lexicon.nameHeads or organizationHeads. */
  bodyHead: WordMemo;
  /** A relay verb (نقل، نقلت), after و/ف too. */
  relayVerb: WordMemo;
  /** A word after which a subject opens its clause when a break precedes the word: a clause opener, و، أما. */
  clauseLead: WordMemo;
}

const wordTestsOf = new WeakMap<ArticleDocument['knowledge'], WordTests>();

/** The word tests of a knowledge, made once per knowledge; at module level so that no memo keeps an article alive. */
function wordTests(k: ArticleDocument['knowledge']): WordTests {
  let tests = wordTestsOf.get(k);
  if (!tests) {
    tests = {
      opener: memoOf(k, 'attribution.opener', (k, w) => k.lexicon.clauseOpeners.has(w) || !!k.lexicon.auxiliaries?.has(w)),
      noVerb: memoOf(k, 'attribution.noOpeningVerb', (k, w) => {
        const lx = k.lexicon;
        const m = k.morphology;
        const bare = m.conjunction(w) !== null && w.length > 3 ? (m.withoutConjunction(w) ?? w) : w;
        return m.definite(bare) || /^\d/u.test(bare) || lx.prepositions.has(bare) || lx.subjectStops.has(bare) || lx.timeWords.has(bare);
      }),
      afterCueFiller: memoOf(k, 'attribution.afterCueFiller', (k, w) => !!k.lexicon.afterCueFillers?.has(w)),
      bodyHead: memoOf(k, 'attribution.bodyHead', (k, w) => k.lexicon.nameHeads.has(w) || k.lexicon.organizationHeads.has(w)),
      relayVerb: memoOf(k, 'attribution.relayVerb', (k, w) => k.cues.relayVerbs.has(k.morphology.withoutConjunction(w) ?? w)),
      clauseLead: memoOf(k, 'attribution.clauseLead', (k, w) => k.lexicon.clauseOpeners.has(w) || w === 'و' || w === 'اما' || w === 'واما'),
    };
    wordTestsOf.set(k, tests);
  }
  return tests;
}
