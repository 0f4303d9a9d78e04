// Attribution: walks the article in order, keeping track of people and of the current
// speaker, and ties each statement to its speaker by the first rule that applies:
//   1. a cue before the quote in its sentence (قال X: "…"، أكد X أن "…"، موضحاً أن "…"),
//      with the subject after the verb, before it, or carried over (وأضاف: "…");
//   2. a headline-style `Name: "…"`;
//   3. a cue after the quote ("…"، قال X / "…" هكذا قالت X / "…"، بحسب X);
//   4. an earlier attributed statement of the same paragraph;
// and otherwise leaves it unattributed (a quote-only paragraph is never guessed).

import type { PeopleRegistry, PersonCluster } from './speakers';
import type { AttributionMethod, AttributionRule, Block, NameVariant, QuoteKind } from './types';
import type { PeopleFinder, PersonMention } from './people';
import { cueAfter, type CueIndex, type Governor } from './governance';
import type { RangeSet } from './ranges';
import type { ArticleDocument } from './document';
import type { RawQuote } from './quotes';
import type { OrganizationHit } from './organizations';
import { workMeter } from './workMeter';
import type { CueHit } from './cues';
import { PLACEHOLDER_REASON } from './placeholder';
import { readsAsSpeech } from './kinds';
import { sameShapeMap } from './sameShapeMap';
import { AttributionContext } from './attribution/context';
import { advanceTo, noteOrganizationsBefore, setSubject } from './attribution/subjectHistory';
import { accordingSourceAt } from './attribution/accordingSource';
import { afterPreposition, contentWithoutDocument, reportingCue, sentenceSubject } from './attribution/cueSubject';
import { after, byCueBefore, colonLeadIn, continuation, continuedParagraph, cueSpan, headline, inTitle, isRelay, NAMED_BY_CUE, paragraphCue, pointedBackVerb, refineEvidence, reportingVerbOfParagraph, sentenceSubjectNamed, speakerBeforeAside } from './attribution/statement';

export interface Attribution {
  speaker: PersonCluster | null;
  cue: { normStart: number; normEnd: number; lemma: string } | null;
  method: AttributionMethod | null;
  reason?: string;
  /** For a statement with no speaker: the subject of its sentence, named before it, whom a reader may take as the speaker. */
  named?: PersonCluster;
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
  /** Where the sentence of each quote starts (quoteSentenceStarts). */
  sentenceStarts: Int32Array;
  inQuote: RangeSet;
  /** Every person mention of the content, in text order (PeopleFinder.find). */
  mentions: PersonMention[];
  /** The content block before a block (the lead-in paragraph of a quote-only one), or null. */
  previousBlock: (b: Block) => Block | null;
  /** Per quote: a statement only because a cue governs it (kinds.ts, statementOnlyByItsCue). */
  onlyByCue: boolean[];
}

export interface AttributionResult {
  attributions: (Attribution | null)[];
  registry: PeopleRegistry;
  variants: NameVariant[];
  /** Every person mention with its cluster, for references and hovers. */
  mentions: { mention: PersonMention; cluster: PersonCluster | null }[];
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
      const notCue = (x: CueHit): boolean => (x.kind === 'according' && !accordingSourceAt(cx, x, false)) || (x.kind === 'verb' && (afterPreposition(cx, x) || contentWithoutDocument(cx, x)));
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
      // by its own cue, speaks. When the verb finds no one at all and the reporter has no
      // subject written either (وأضافت أن تغيير الاسم يعد "…"), the reporter's carry-over speaks.
      const reporter = (result.rule === 'last-subject' || !result.speaker) && c.kind === 'verb' ? reportingCue(cx, c, found) : null;
      if (reporter) {
        const outer = byCueBefore(cx, reporter, start, found);
        const carried = !result.speaker && doc.knowledge.lexicon.complementizers.has(cx.t.text(reporter.end));
        if (outer.speaker && ((outer.rule !== undefined && NAMED_BY_CUE.has(outer.rule)) || carried)) result = outer;
      }
    }
    // تعتبر "ميغ-35" … تجعلها "واحدة من أفضل المقاتلات"، وفقا لوكالة سبوتنيك: a cue before
    // the quote that names no one leaves the words to a source written right after them, by
    // an "according to" or a verb that words point back from (وفق ما قال، كما تقول، هكذا قال);
    // not a verb that opens a clause of its own ("…"، ووصفت الحادثة) nor a relay.
    if (result && !result.speaker && g?.side === 'before') {
      const next = cueAfter(doc, q, facts.cues.finder, g.sentenceStart);
      const pointed = next && (next.kind === 'according' || next.first > cx.t.indexAtOrAfter(q.close + 1)) && !isRelay(cx, next);
      const written = pointed ? after(cx, q, next) : null;
      if (written?.speaker && written.rule !== 'last-subject') result = written;
    }
    if (!result && g?.side === 'headline') result = headline(cx, q);
    // "…"، وفق ما نقلت فرانس برس: a relay after the quote only passed on the words of the
    // paragraph's speaker (or of its line's earlier cue: وأضاف أردوغان … "…"، وفق ما نقلت), when it has one.
    if (!result && g?.side === 'after') result = (isRelay(cx, g.cue!) ? (continuation(cx, qi) ?? paragraphCue(cx, q)) : null) ?? after(cx, q, g.cue!);
    if (!result) result = continuation(cx, qi) ?? continuedParagraph(cx, qi) ?? paragraphCue(cx, q);
    // ووجه نتنياهو كلامه لظريف: "…"، وخاطب أردوغان الحاضرين: "…": no cue, but a colon says words
    // follow, and the subject of the sentence's opening verb says them; not after a noun of
    // speech (ونسبت الوكالة إلى باقري قوله: the words are the possessor's) or of a title (عنوان:).
    if (!result && !g && q.block.kind === 'paragraph' && colonIntroducesWords(cx, q)) {
      const subject = sentenceSubject(cx, facts.sentenceStarts[qi], cx.t.indexAtOrAfter(q.open), true);
      if (subject) result = { speaker: subject, cue: null, method: 'headline', rule: 'sentence-subject' };
    }
    // "…"، وفقا لوام / طبقا للمصادر: a cue after the quote whose source no rule reads still
    // attributes the words; the quote keeps it (unresolved-speaker, not unattributed-quote).
    if (!result && g?.side === 'after' && g.cue) result = { speaker: null, cue: cueSpan(cx, g.cue.first, g.cue.end, g.cue.lemma), method: null, reason: 'the cue after it names no speaker the review could tell' };
    if (!result && q.block.kind === 'paragraph') result = reportingVerbOfParagraph(cx, qi) ?? sentenceSubjectNamed(cx, qi) ?? colonLeadIn(cx, qi) ?? pointedBackVerb(cx, q);
    if (!result) result = { speaker: null, cue: null, method: null, reason: 'no attribution cue in its sentence and no attributed statement before it in the paragraph' };
    if (result.speaker === null && !result.reason) result.reason = 'the cue has no subject and no speaker was named before it';
    // A quote that nothing introduces and nobody around it could have said, and that does
    // not read as someone speaking (نحن، لدينا، لن…), is an excerpt or a label: a term.
    // A paragraph's label that names no one introduces nothing either.
    // So is a word or two that only its cue made a statement, when the cue names no one.
    const ungoverned = !g || (g.side === 'headline' && q.block.kind === 'paragraph') || facts.onlyByCue[qi];
    if (ungoverned && !result.speaker && result.reason !== PLACEHOLDER_REASON && !readsAsSpeech(doc, q)) {
      kinds[qi] = 'term';
      continue;
    }
    if (result.speaker) refineEvidence(cx, result, g?.cue?.gender ?? null);
    // Read where its cue stands (a cue after the quote: at the quote), so that a later verb's
    // reported clause (قد أكدت أن …، مشيرة إلى أن) does not hide the speaker from it.
    if (result.speaker && !cx.unreadSources.has(result.speaker)) setSubject(cx, result.speaker, Math.min(result.cue?.normStart ?? q.open, q.open));
    cx.attributions[qi] = result;
  }
  advanceTo(cx, Number.MAX_SAFE_INTEGER);

  cx.registry.finalizeIds();
  return { attributions: cx.attributions, registry: cx.registry, variants: cx.registry.nameVariants(), mentions: sameShapeMap(cx.mentions, (m) => ({ mention: m, cluster: cx.clusterOf.get(m) ?? null })) };
}

/** A colon right before the quote, after a word that is no noun of speech or of a title (قوله:، بعنوان:). */
function colonIntroducesWords(cx: AttributionContext, q: RawQuote): boolean {
  const { t, doc, morph } = cx;
  const first = t.indexAtOrAfter(q.open);
  if (first < 1) return false;
  const gap = doc.norm.slice(t.ends[first - 1], q.open).trim();
  if (gap !== ':' && gap !== '\uff1a') return false;
  const w = t.text(first - 1);
  const suffix = morph.pronounSuffix(w);
  const bare = morph.withoutArticle(w) ?? (suffix ? w.slice(0, -suffix.length) : w);
  const lx = doc.knowledge.lexicon;
  return !(lx.speechNouns && (morph.isFormOf(w, lx.speechNouns) || morph.isFormOf(bare, lx.speechNouns))) && !morph.isFormOf(w, lx.titleHeads);
}
