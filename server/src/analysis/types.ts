// The result types of the analysis core. Everything here is plain data in terms of
// the original text: offsets are UTF-16 code-unit offsets into the text as given
// (BOM, CRLF and all), half-open [start, end). Line/column conversion happens at the
// edges (CLI, LSP) through LineIndex.

export interface Span {
  start: number;
  end: number;
}

/** A piece of the original text with its range. */
export interface TextSpan extends Span {
  text: string;
}

export type BlockKind = 'title' | 'dateline' | 'heading' | 'paragraph' | 'source' | 'chrome';

/** One non-blank line of the article, classified. */
export interface Block extends TextSpan {
  kind: BlockKind;
  /** 0-based line number of the block. */
  line: number;
  /** Index of the section the block belongs to, or null before the first heading. */
  section: number | null;
  /** For chrome blocks: which chrome pattern matched. */
  chromeRule?: string;
}

export interface Section {
  heading: TextSpan;
  /** 0-based line of the heading. */
  line: number;
  /** From the heading to the end of the last block before the next heading or chrome. */
  span: Span;
}

export type QuoteKind = 'statement' | 'term' | 'title';
export type QuoteMarkStyle = 'straight' | 'curly' | 'guillemet';

/** How a statement was tied to its speaker. */
export type AttributionMethod =
  | 'cue-before' // قال X: "…"
  | 'cue-after' // "…"، قال X
  | 'according-to' // بحسب X / وفقا لـ X
  | 'carry-over' // وأضاف: "…" (speaker from the preceding text)
  | 'title-reference' // الوزير الروسي: "…" resolved to the person named earlier
  | 'headline'; // X: "…" / X: … in a title line

/**
 * Which rule of attribution.ts chose a statement's speaker (a closed list; the hover and
 * the JSON report name it). Rules are listed from the most direct reading to the loosest.
 */
export type AttributionRule =
  | 'subject-after-cue' // قال X: "…" (the subject after the verb, or after بحسب/قائلا's verb)
  | 'subject-before-cue' // وماكرون يؤكد / أما الحكومة فقالت: the subject before the verb
  | 'relative-antecedent' // X، الذي قال …
  | 'sentence-subject' // وأدانت X القرار، وقالت …: the subject of the sentence's opening verb
  | 'participle-subject' // انتقد X … قائلا: the first name of the participle's sentence
  | 'relayed-source' // نقلت رويترز عن X قوله
  | 'according-to' // بحسب X / وفقا لـ X
  | 'cue-after' // "…"، قال X
  | 'headline' // X: "…" in a title line
  | 'anaphor' // المصدر، الأخيرة، الوكالة: a definite anaphor resolved backward
  | 'last-subject' // وأضاف: "…": carried over to the latest subject whose gender agrees
  | 'last-named' // وأضاف: "…" with no subject yet: the latest person named elsewhere
  | 'paragraph-cue' // an earlier speech verb of the same paragraph
  | 'same-paragraph' // an earlier attributed statement of the same paragraph
  | 'continued-quote' // a paragraph continuing the previous paragraph's unclosed quote
  | 'quote-paragraph' // a paragraph opening with a quote after a paragraph ending on the speaker's quote
  | 'nested'; // a statement quoted inside a statement

/**
 * How sure an attribution is. `weak` ones (see evidence.ts for the bands and the dev-set
 * counts behind them) are shown as "probably X" with the other candidates, never as a
 * confident name, and never as an unattributed-quote warning.
 */
export type AttributionConfidence = 'strong' | 'weak';

/** Another speaker the attribution considered (weak attributions only). */
export interface AttributionCandidate {
  /** Speaker id when the candidate is in Analysis.speakers, else null. */
  speakerId: string | null;
  name: string;
  rule: AttributionRule;
}

/** Why a statement got its speaker: the rule, the cue, how far, how sure. */
export interface AttributionEvidence {
  rule: AttributionRule;
  /** The cue word that governs the statement, if any (the same as Quote.cue). */
  cue: Cue | null;
  /**
   * Between the quote and its nearest evidence (the cue when there is one, else the
   * speaker's latest mention before the quote): words, sentence ends and line breaks.
   * Null when neither is written before or after the quote.
   */
  distance: { words: number; sentences: number; paragraphs: number } | null;
  confidence: AttributionConfidence;
  /** For weak attributions: up to three other speakers considered, nearest first. */
  candidates: AttributionCandidate[];
}

/** A cue word: its range covers the written word; its text is the word as shown. */
export interface Cue extends Span {
  /**
   * The written word without the invisible characters a page leaves in it (وقا‹ZWSP›ل is shown
   * وقال; shared/matchText.ts withoutInvisibles), as names are shown: no reader sees them.
   */
  text: string;
  /** The cue word as listed in the lexicon (normalized, no clitics), e.g. "قال". */
  lemma: string;
}

export interface Quote {
  index: number;
  /** The whole quote including its marks (or up to where it was recovered). */
  span: Span;
  /** The quoted content between the marks. */
  content: TextSpan;
  mark: QuoteMarkStyle;
  kind: QuoteKind;
  /** False when the closing (or opening) mark is missing and the span was recovered. */
  balanced: boolean;
  /** Index of the enclosing quote, or null. */
  nestedIn: number | null;
  /** Speaker id (see Speaker.id), statements only. */
  speakerId: string | null;
  cue: Cue | null;
  attribution: AttributionMethod | null;
  /** Why a statement has no speaker, for hovers and diagnostics. */
  unattributedReason?: string;
  /** For a statement with no speaker: the subject of its sentence, named before it, whom a reader may take as the speaker (speakerGap). */
  namedInSentence?: string;
  /** For an attributed statement: why this speaker and how sure (null otherwise). */
  evidence: AttributionEvidence | null;
}

export type SpeakerKind = 'person' | 'institution' | 'anonymous';

export interface SpeakerMention extends TextSpan {
  /** name: a written name; title: a role/title-only reference. */
  via: 'name' | 'title';
}

export interface Speaker {
  id: string;
  /** Fullest form of the name as written in the article. */
  name: string;
  /** Every other reference used in this article. */
  aliases: string[];
  /** Role in English when known (e.g. "Foreign Minister of Russia"). */
  role: string | null;
  /** Role as written in the article, in Arabic. */
  roleArabic: string | null;
  kind: SpeakerKind;
  /** Id of the people-knowledge entry, when matched. */
  knowledgeId: string | null;
  mentions: SpeakerMention[];
  /** Indexes into Analysis.quotes of the statements attributed to this speaker. */
  quotes: number[];
}

export interface OrganizationMention extends TextSpan {
  /** The form without a leading proclitic. */
  form: string;
}

export interface Organization {
  /** Knowledge id, or "unknown:<normalized name>" for unknown organizations. */
  id: string;
  /** The form at its first mention, without a leading proclitic. */
  name: string;
  english: string | null;
  acronym: string | null;
  /** False for organizations found only through a generic head noun (منظمة…، وكالة…). */
  known: boolean;
  /** What it is: the knowledge entry's type, or the kind its head noun says (ministry, newspaper…). */
  type: string | null;
  mentions: OrganizationMention[];
}

export interface DateMention extends TextSpan {
  /** ISO date YYYY-MM-DD, or null when the year is missing. */
  date: string | null;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named with the date. */
  weekday: number | null;
  /** Whether the named weekday matches the calendar; null when no weekday is named. */
  weekdayCorrect: boolean | null;
}

/** A rule's code (rules/registry.ts lists the rules). */
export type FindingCode = import('./rules/registry').RuleCode;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A fix the user may prefer (quick fix "preferred" flag). */
  preferred?: boolean;
}

export interface RelatedInfo {
  span: Span;
  message: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  span: Span;
  /** Message in English and in Arabic; the edge picks by the user's UI language. */
  message: string;
  messageAr: string;
  related: RelatedInfo[];
  fixes: Fix[];
}

export interface NameVariant {
  speakerId: string;
  canonical: string;
  variant: string;
  /** Where the variant is written. */
  span: Span;
}

export interface SourceLine extends TextSpan {
  /** The source as written after "المصدر:" (e.g. "تاس"). */
  source: string;
}

/** A web address written in the text. */
export interface Link extends TextSpan {
  /** The address to open (www. addresses get https://). */
  target: string;
}

export interface Analysis {
  /** The text analysed, exactly as given. */
  text: string;
  /** True when the input is not an article text at all (binary). */
  notText: boolean;
  title: TextSpan | null;
  /** ISO date from the dateline, or null. */
  date: string | null;
  dateline: TextSpan | null;
  source: SourceLine | null;
  blocks: Block[];
  sections: Section[];
  quotes: Quote[];
  speakers: Speaker[];
  organizations: Organization[];
  dates: DateMention[];
  nameVariants: NameVariant[];
  /** Web addresses in the text. */
  links: Link[];
  findings: Finding[];
}
