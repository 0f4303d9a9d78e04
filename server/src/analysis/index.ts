// The analysis core: one function, one result type. The language server, the CLI and
// the tests all call analyze(); nothing else parses article text. Pure: no I/O, no
// editor or protocol types.

import { attribute } from './attribution';
import { findDates } from './dates';
import { addEvidence } from './evidence';
import { ArticleDocument } from './document';
import { readArticleFacts } from './articleFacts';
import { buildFindings } from './findings';
import { findingsForLanguage } from './language';
import { notText as notTextRule, notTextDraft } from './rules/not-text';
import { raise } from './rules/registry';
import { tooLargeFinding } from './sizeLimit';
import { builtinKnowledge, knowledgeFor, type Knowledge } from './knowledge';
import type { LanguageProfile } from './language/profile';
import { decideKinds, DEFAULT_KIND_OPTIONS, namesKeepTheirKind, statementOnlyByItsCue } from './kinds';
import { groupOrganizations } from './organizations';
import { withoutInvisibles } from './normalize';
import { findLinks } from './links';
import { dateFromFileName } from './articleDate';
import type { SourceLineExpectation } from './sourceLine';
import type { Analysis, Quote, QuoteKind, Speaker } from './types';
import { sameShapeMap } from './sameShapeMap';

export * from './types';
export { LineIndex } from './lineIndex';
export { workMeter } from './workMeter';
export { resolveSourceLine, SOURCE_LINE_SETTINGS, type SourceLineCounts, type SourceLineExpectation, type SourceLineSetting } from './sourceLine';
export { buildKnowledge, builtinKnowledge, knowledgeFor } from './knowledge';
export { arabicProfile } from './language/arabic';
export type { ChromeData, CueData, LanguageProfile, OrganizationGrammarData, ProfileProblem } from './language/profile';
export type { Knowledge, KnowledgeSource } from './knowledge';
export { DEFAULT_SEVERITIES, RULES, isRuleCode, ruleOf, type RuleCode } from './rules/registry';
export type { Rule, TextLanguage } from './rules/rule';
export { gapMessage, speakerGap, type SpeakerGap } from './rules/speakerGap';
export { configureFindings, RULE_SETTINGS, type RuleSetting, type RuleSettings } from './rules/settings';

export interface AnalyzeOptions {
  /** Knowledge to use; the built-in knowledge by default. */
  knowledge?: Knowledge;
  /** The language profile to read the text with when no `knowledge` is given (Arabic by default). */
  profile?: LanguageProfile;
  /** Quotes with fewer words are terms unless a colon introduces them (default 3). */
  statementMinWords?: number;
  /** A larger text (UTF-8 bytes) is not analysed: one "too-large" finding says so. No limit by default. */
  maxBytes?: number;
  /**
   * Whether the article's outlet ends its articles with a source line (المصدر: …), so that
   * an article without one is a finding. Off by default: a lone article shows no
   * convention; the editor and the CLI resolve the `auto` setting from the folder's
   * articles (sourceLine.ts).
   */
  sourceLine?: SourceLineExpectation;
  /**
   * The article's date (ISO YYYY-MM-DD) when the caller knows it (a setting, front matter,
   * an archive's record). Otherwise the dateline, then a date in the file name, is used; an
   * undated article never resolves a title to an office holder.
   */
  articleDate?: string;
  /** The file's name or path, read only for a date written in it (…-20180218.txt). */
  fileName?: string;
}

/** Share of replacement or control characters above which a text is not an article. */
const MAX_BINARY_SHARE = 0.01;

/** The characters looksBinary counts: replacement characters and controls other than tab, LF, FF, CR. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

/** Whether decoded text looks like binary data (NUL bytes, replacement characters, controls). */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // Most texts hold none of the characters counted below: one native search says so, and
  // NUL is one of them, so only the part past the sample is searched for it apart.
  if (!BINARY_CHARACTER.test(sample)) return text.length > sample.length && text.includes('\u0000', sample.length);
  if (text.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return sample.length > 0 && bad / sample.length > MAX_BINARY_SHARE;
}

function emptyAnalysis(text: string, notText: boolean): Analysis {
  return {
    text,
    notText,
    title: null,
    date: null,
    dateline: null,
    source: null,
    blocks: [],
    sections: [],
    quotes: [],
    speakers: [],
    organizations: [],
    dates: [],
    nameVariants: [],
    links: [],
    findings: notText ? [raise(notTextRule, notTextDraft(text))] : [],
  };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (looksBinary(text)) return emptyAnalysis(text, true);
  const tooLarge = options.maxBytes === undefined ? null : tooLargeFinding(text, options.maxBytes);
  if (tooLarge) return { ...emptyAnalysis(text, false), findings: [tooLarge] };
  const knowledge = options.knowledge ?? (options.profile ? knowledgeFor(options.profile) : builtinKnowledge());
  const doc = ArticleDocument.of(text, knowledge);
  const { structure, contentRanges, raw, unbalanced, orgHits, inQuote, people, mentions, cues, sentenceStarts, governors, previousBlock } = readArticleFacts(doc);

  const kindOptions = { ...DEFAULT_KIND_OPTIONS, ...(options.statementMinWords ? { statementMinWords: options.statementMinWords } : {}) };
  const decisions = decideKinds(doc, raw, kindOptions, governors);
  namesKeepTheirKind(doc, raw, decisions);
  const kinds: QuoteKind[] = sameShapeMap(decisions, (d) => d.kind);

  const articleDate = options.articleDate ?? structure.date ?? dateFromFileName(options.fileName);
  const { attributions, registry, variants } = attribute(doc, raw, kinds, orgHits, contentRanges, articleDate, { people, cues, governors, sentenceStarts, inQuote, mentions, previousBlock, onlyByCue: sameShapeMap(decisions, statementOnlyByItsCue) });

  const quotes: Quote[] = sameShapeMap(raw, (q, i) => {
    const a = attributions[i];
    const content = doc.textSpan(q.open + 1, q.close);
    const span = doc.span(q.open, q.closed ? q.close + 1 : q.close);
    const speakerId = a?.speaker ? a.speaker.id : null;
    const cueSpan = a?.cue ? doc.textSpan(a.cue.normStart, a.cue.normEnd) : null;
    const cue = cueSpan ? { start: cueSpan.start, end: cueSpan.end, text: withoutInvisibles(cueSpan.text), lemma: a!.cue!.lemma } : null;
    const quote: Quote = {
      index: i,
      span,
      content,
      mark: q.mark,
      kind: kinds[i],
      balanced: q.closed,
      nestedIn: q.parent,
      speakerId: kinds[i] === 'statement' ? speakerId : null,
      cue: kinds[i] === 'statement' ? cue : null,
      // A cue may be found with nobody to carry over: then the statement has a cue but no method.
      attribution: kinds[i] === 'statement' && speakerId ? (a?.method ?? null) : null,
      evidence: null,
    };
    if (kinds[i] === 'statement' && !speakerId) {
      quote.unattributedReason = a?.reason ?? 'no attribution cue';
      if (a?.named) quote.namedInSentence = registry.displayName(a.named);
    }
    return quote;
  });

  const quotesBySpeaker = new Map<string, number[]>();
  for (const q of quotes) {
    if (!q.speakerId) continue;
    const list = quotesBySpeaker.get(q.speakerId);
    if (list) list.push(q.index);
    else quotesBySpeaker.set(q.speakerId, [q.index]);
  }
  const speakers: Speaker[] = [];
  // Two clusters can end with one id: an unknown person's id is its shown name
  // (speakers.ts finalizeIds), and the registry may keep two clusters that show the same name.
  // The quotes are the id's, so the id is one speaker, with the later cluster's mentions.
  const listed = new Map<string, Speaker>();
  for (const c of registry.clusters) {
    const own = quotesBySpeaker.get(c.id) ?? [];
    if (!own.length) continue;
    const first = listed.get(c.id);
    if (first) {
      joinCluster(first, registry.displayName(c), registry.aliases(c), registry.mentionsOf(c));
      continue;
    }
    const speaker: Speaker = {
      id: c.id,
      name: registry.displayName(c),
      aliases: registry.aliases(c),
      role: c.role,
      roleArabic: c.roleArabic,
      kind: c.kind,
      knowledgeId: c.knowledgeId,
      mentions: registry.mentionsOf(c),
      quotes: own,
    };
    listed.set(c.id, speaker);
    speakers.push(speaker);
  }
  addEvidence(text, quotes, attributions, speakers, registry);
  // Name variants are reported for people who are in the article's speaker list or not.
  const dateRanges = contentRanges;
  const dates = findDates(doc, dateRanges, articleDate);
  const partial: Omit<Analysis, 'findings'> = {
    text,
    notText: false,
    title: structure.title,
    date: articleDate,
    dateline: structure.dateline,
    source: structure.source,
    blocks: structure.blocks,
    sections: structure.sections,
    quotes,
    speakers,
    organizations: groupOrganizations(doc, orgHits),
    dates,
    nameVariants: variants,
    links: findLinks(text),
  };
  // Findings last, as the type lists them; the object is completed, not copied.
  const analysis = partial as Analysis;
  analysis.findings = findingsForLanguage(text, buildFindings(doc, partial, unbalanced, { sourceLine: options.sourceLine ?? 'never' }));
  return analysis;
}

/** Adds another cluster of a speaker's id to it: its name and aliases as aliases, its mentions in text order. */
function joinCluster(speaker: Speaker, name: string, aliases: string[], mentions: Speaker['mentions']): void {
  for (const a of [name, ...aliases]) if (a !== speaker.name && !speaker.aliases.includes(a)) speaker.aliases.push(a);
  speaker.mentions = speaker.mentions.concat(mentions).sort((a, b) => a.start - b.start);
}
