// A language profile: everything the analysis knows about the language of the articles it
// reads, as data. The passes read it through the compiled Knowledge (knowledge/index.ts),
// never from a JSON file of their own, so that a second language is a second profile
// (docs/architecture.md, "Add a language"), not a fork of the analysis.

import type { SpellingModel } from '../spelling';
import type { CountryEntry, MinistryEntry, OrganizationEntry, PersonEntry, RoleEntry } from '../../shared/knowledgeSchema';

/** Words that tie a quote to its speaker (knowledge/cues.json for Arabic). */
export interface CueData {
  /** Speech verbs: a lemma and every written form (persons, genders, tenses, clitics). */
  verbs: { lemma: string; forms: string[] }[];
  /** Participles that continue a speech (قائلا، مضيفة). */
  participles: { lemma: string; forms: string[] }[];
  /** "According to" phrases followed by the source (بحسب، وفقا لـ). */
  accordingTo: string[];
  /** "According to" phrases that point at the current speaker (حسب قوله). */
  selfAccordingTo: string[];
  /** Verb forms that are also nouns or prepositions: cues only when confirmed. */
  ambiguousForms: string[];
  /** Verbs that relay someone else's words (نقلت رويترز عن مسؤول قوله). */
  relayVerbs: string[];
  /** Verbs of opinion or expectation (يعتقد، يتوقع): cues only when a quote opens their clause. */
  quoteVerbs?: { lemma: string; forms: string[] }[];
  /** Verb forms that are also a common noun (طالب student): the noun after a subject pronoun or before their feminine. */
  nounForms?: string[];
  /** Verb forms whose speech sense shows only in the preposition they govern (يعد بـ promises; يُعد is considered). */
  governedForms?: { preposition: string; forms: string[]; notAfter: string[]; notGoverning: string[] }[];
}

/** Head nouns and word lists of the organization grammar (knowledge/organization-grammar.json). */
export interface OrganizationGrammarData {
  heads: Record<string, string[]>;
  quotedNameHeads: Record<string, string[]>;
  definiteHeads: Record<string, string[]>;
  rankAdjectives: string[];
  vagueAdjectives: string[];
  nationalInstitutions: Record<string, string[]>;
  genericComplements: string[];
  ordinarySenses: Record<string, string[]>;
  nameTails: string[];
  notOrganizations: string[];
  nameStops: string[];
  ordinals: string[];
  rankedNouns: string[];
  complementNouns: string[];
  properNameHeads: string[];
  /** Heads whose name takes no complement after و: a word after و is another party (ألوية العمالقة والمقاومة). */
  unconjoinedHeads: string[];
  officeSenses: Record<string, string[]>;
}

/** Page chrome left over from scraping (knowledge/chrome.json). */
export interface ChromeData {
  /** `requires`: strings (normalized) one of which is in every line the pattern matches; a line with none is not tried against it. */
  patterns: { id: string; description: string; pattern: string; onlyBeforeBody?: boolean; requires?: string[] }[];
  /** The related-story teasers that close an article: their lede forms and the run they make (none when left out). */
  teasers?: {
    patterns: { id: string; description: string; pattern: string }[];
    /** A paragraph that continues a story: never a teaser. */
    continuation: { id: string; description: string; pattern: string };
    minRun: number;
    minBodyLines: number;
    minChars: number;
    maxChars: number;
  };
}

/** Month and weekday names and the words of the date grammar (knowledge/calendar.json). */
export interface CalendarData {
  /** Month number (1 = January) and every name it is written with (يناير، كانون الثاني). */
  months: { month: number; names: string[] }[];
  /** Weekday number (0 = Sunday) and its names; the first is written with the article (الجمعة). */
  weekdays: { day: number; names: string[] }[];
  /** Words that may stand before a weekday and belong to its phrase (اليوم، مساء يوم). */
  weekdayLeads: string[];
  /** Words between a day number and its month (14 من يناير). */
  dayMonthLinks: string[];
  /** Words before a year (عام 2022). */
  yearWords: string[];
  /** Words that join a weekday to its date (الموافق), and the prepositions after them. */
  weekdayDateLinks: string[];
  weekdayDatePrepositions: string[];
  /** A dateline's time: the word before the hour, half-day markers, zone names, the word before a zone. */
  hourWords: string[];
  halfDayMarkers: string[];
  timeZones: string[];
  timeZoneWords: string[];
}

/** How short words are written onto the words they govern (knowledge/morphology.json). */
export interface MorphologyData {
  /** The definite article written on a noun (ال), or '' for a language without one. */
  article: string;
  /** Prefix chains in the order readings are tried; a chain ending with the article keeps it on the stem. */
  proclitics: string[];
  /** A preposition that swallows the article's first letter (لل = ل + ال). */
  articleContractions: { written: string; prefix: string }[];
  /** Object and possessive pronouns written at a word's end. */
  objectPronouns: string[];
  /** Other pronouns a particle carries (لنا، عنكم): with the object pronouns, what makes a particle + pronoun. */
  particlePronouns?: string[];
  /** The normalized ending of a feminine noun or adjective. */
  feminineEnding: string;
  /** The feminine ending as written before normalization (ة): a word so written ends in no object pronoun. */
  writtenFeminineEnding?: string;
  /** The first letter of a third-person present verb, by gender. */
  presentPrefixes: { m: string; f: string };
  /** The third-person singular object pronoun of each gender (ه، ها): whom عنه or عنها points back at. */
  pronounGenders?: { m: string; f: string };
  /** Endings of a plural verb or noun. */
  pluralEndings: string[];
  /** How a sound plural or dual ends in construct (before its genitive) and alone: ي / ين. */
  constructEndings?: { construct: string; absolute: string }[];
  /** Endings of an indefinite noun or adjective in the accusative (طفلا). */
  caseEndings?: string[];
  /** The proclitics that are conjunctions (و، ف), read off before a cue or grammar word is looked up. */
  conjunctions?: string[];
  /** The one-letter proclitics that are prepositions, by what they mark: to (ل), by (ب), like (ك). */
  prepositionProclitics?: { to: string; by: string; like: string };
  /** How the feminine ending is written before a pronoun ending (ت). */
  feminineBeforePronoun?: string;
  /** The prefix of the future on a present verb (س: سيكون). */
  futurePrefix?: string;
  /** The first letters of a first-person present verb (ا، ن: سأعود، سنعود). */
  firstPersonPrefixes?: string[];
}

export interface LanguageProfile {
  /** The language's code (ar). */
  id: string;
  /** Its name in English, for messages. */
  name: string;
  /**
   * The grammar's word lists by name (knowledge/lexicon.json for Arabic): clause openers,
   * complementizers, prepositions, title and institution heads, anaphors… A list a
   * profile leaves out is empty (LEXICON_LISTS names every list the passes read).
   */
  lexicon: Record<string, string[]>;
  /**
   * The lexicon lists written already normalized for matching (mined lists, written by
   * their miner): the knowledge build takes their words as they are instead of normalizing
   * thousands of words at every build. A test holds each such list to it.
   */
  normalizedLists?: readonly string[];
  /** Clitics and endings; a profile without one reads every word as itself. */
  morphology?: MorphologyData;
  cues: CueData;
  organizationGrammar: OrganizationGrammarData;
  chrome: ChromeData;
  /** Dates and weekdays; a profile without one finds no dates. */
  calendar?: CalendarData;
  /** How a foreign name is spelt two ways (name-variant); a profile without one sees no variants. */
  spelling?: SpellingModel;
  roles: RoleEntry[];
  countries: CountryEntry[];
  ministries: MinistryEntry[];
  people: PersonEntry[];
  /** Built-in organizations; a later entry with an id already seen replaces it (mined names first, checked ones after). */
  organizations: OrganizationEntry[];
}

/** Where a profile's data breaks its schema: a path in the data and what is wrong. */
export interface ProfileProblem {
  path: string;
  message: string;
}
