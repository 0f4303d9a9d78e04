// The state attribute() reads and updates for one article (AttributionContext: tokens,
// mentions, organizations, the subject history and the reading cursors), made once a call,
// and the per-knowledge word tests and relay markers it uses. The attribution's readers are
// functions taking it, so that V8 compiles each of them on its own (as one 1,400-line
// function of closures, attribute() was the largest compile of the analysis).

import type { Tokens } from '../tokens';
import type { ArticleDocument } from '../document';
import type { PeopleFinder, PersonMention } from '../people';
import type { RangeSet } from '../ranges';
import { type Governor, LineColons } from '../governance';
import type { OrganizationHit } from '../organizations';
import { PeopleRegistry, type PersonCluster } from '../speakers';
import { SubjectReader } from '../subjects';
import type { CueHit } from '../cues';
import type { Block, QuoteKind } from '../types';
import type { RawQuote } from '../quotes';
import { sameShapeMap } from '../sameShapeMap';
import { workMeter } from '../workMeter';
import { memoOf, type WordMemo } from '../wordMemo';
import type { Attribution, AttributionFacts } from '../attribution';
import { relationWithPossessive, withClosingName } from './speakerAt';
import { stopFrom } from './subjectHistory';

/** How many mentions ahead a headline's title looks for the name of its holder. */
const LOOKAHEAD_MENTIONS = 200;

/** The state attribute()'s readers share for one article: made once a call, every field set in the constructor in one order (one shape for every article). */
export class AttributionContext {
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
  /** Where each entry of history and of named was read (a normalized offset): a cue carries over only what was read before it. */
  declare readonly historyAt: number[];
  declare readonly namedAt: number[];
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
  /** The spokesman and the spokeswoman introduced last (spokesperson.ts), or null. */
  declare latestSpokesman: PersonCluster | null;
  declare latestSpokeswoman: PersonCluster | null;
  /** Sources read as written after an "according to" (unreadSubject.ts): they enter no subject history. */
  declare readonly unreadSources: Set<PersonCluster>;
  declare readonly relayMarkers: string[][];
  declare readonly previousBlock: (b: Block) => Block | null;
  declare readonly doc: ArticleDocument;
  declare readonly quotes: RawQuote[];
  declare readonly kinds: QuoteKind[];
  declare readonly orgHits: OrganizationHit[];
  declare readonly facts: AttributionFacts;

  // Loops by index, not for-of: an iterator closed in a try/finally per loop made this
  // constructor's bytecode, and what V8 compiles of it, 1.7 times as long (docs/performance-log.md, session 13).
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
    for (let i = 0; i < orgHits.length; i++) orgByToken.set(orgHits[i].first, orgHits[i]);
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
    for (let i = 0; i < orgHits.length; i++) if (orgHits[i].known) counts.set(orgHits[i].id, (counts.get(orgHits[i].id) ?? 0) + 1);
    // (The first counted wins a tie, as a stable sort by count would have it.)
    let focus: string | null = null;
    let most = 0;
    counts.forEach((n, id) => {
      if (n > most) {
        focus = id;
        most = n;
      }
    });
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
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
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
    this.historyAt = [];
    this.namedAt = [];
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
    for (let i = 0; i < contentRanges.length; i++) {
      const r = contentRanges[i];
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
    for (let i = 0; i < orgHits.length; i++) orgByEnd.set(orgHits[i].end, orgHits[i]);

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
    this.latestSpokesman = null;
    this.latestSpokeswoman = null;
    this.unreadSources = new Set();

    // The relay markers (عن، على لسان) as word lists (relayMarkerAt).
    const relayMarkers = relayMarkerWords(doc.knowledge.lexicon);
    this.relayMarkers = relayMarkers;

    const previousBlock = facts.previousBlock;
    this.previousBlock = previousBlock;
  }
}

const relayMarkersOf = new WeakMap<object, string[][]>();

/** The relay markers (عن، على لسان) of a lexicon as word lists, split once per lexicon. */
function relayMarkerWords(lexicon: ArticleDocument['knowledge']['lexicon']): string[][] {
  let words = relayMarkersOf.get(lexicon);
  if (!words) relayMarkersOf.set(lexicon, (words = [...(lexicon.relayMarkers ?? [])].map((m) => m.split(' '))));
  return words;
}

/** Per-word tests of the subject readers, remembered by word id (wordMemo.ts) for each knowledge. */
interface WordTests {
  /** A clause opener or an auxiliary (و، وقد، كان) before a sentence's verb. */
  opener: WordMemo;
  /** A word that cannot be a sentence's opening verb: the article, a number, a preposition, a subject stop, a time word (after و/ف). */
  noVerb: WordMemo;
  /** A filler the speaker may follow a cue after (lexicon.afterCueFillers), or the verb's object: a particle with its pronoun (قال لهم، أشار إليها). */
  afterCueFiller: WordMemo;
  /** A head noun of a named body (صحيفة، وكالة، منظمة): lexicon.nameHeads or organizationHeads. */
  bodyHead: WordMemo;
  /** A relay verb (نقل، نقلت), after و/ف too. */
  relayVerb: WordMemo;
  /** A word after which a subject opens its clause when a break precedes the word: a clause opener, و، أما. */
  clauseLead: WordMemo;
  /** A spokesperson's noun (lexicon.spokespersonHeads), with or without the article and proclitics. */
  spokesperson: WordMemo;
  /** A relation or a body's head with a possessive pronoun (محاميها، منظمته): speakerAt reads which only then (a regular expression on most words ending in ه، ا، م). */
  possessiveRelation: WordMemo;
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
      afterCueFiller: memoOf(k, 'attribution.afterCueFiller', (k, w) => !!k.lexicon.afterCueFillers?.has(w) || k.morphology.particleWithPronoun(w, k.lexicon.prepositions, true)),
      bodyHead: memoOf(k, 'attribution.bodyHead', (k, w) => k.lexicon.nameHeads.has(w) || k.lexicon.organizationHeads.has(w)),
      relayVerb: memoOf(k, 'attribution.relayVerb', (k, w) => k.cues.relayVerbs.has(k.morphology.withoutConjunction(w) ?? w)),
      clauseLead: memoOf(k, 'attribution.clauseLead', (k, w) => k.lexicon.clauseOpeners.has(w) || w === 'و' || !!k.lexicon.topicParticles?.has(w)),
      spokesperson: memoOf(k, 'attribution.spokesperson', (k, w) => {
        const heads = k.lexicon.spokespersonHeads;
        return !!heads && k.morphology.stems(w).some((s) => heads.has(k.morphology.withoutArticle(s) ?? s));
      }),
      // With ه taken as written: the written letter is read only for the words this lets through.
      possessiveRelation: memoOf(k, 'attribution.possessiveRelation', (k, w) => relationWithPossessive(k, w, true) !== null),
    };
    wordTestsOf.set(k, tests);
  }
  return tests;
}
