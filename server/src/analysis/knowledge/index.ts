// Knowledge compiled for matching: a language profile's data (the Arabic one by default,
// language/arabic.ts) plus any user files, merged by id (a user entry with a built-in id
// overrides it), with normalized phrase indexes.

import { arabicProfile, LEXICON_LISTS } from '../language/arabic';
import { compileCalendar, noCalendar, type Calendar } from '../dates';
import { compileSpelling, noSpelling, type Spelling } from '../spelling';
import type { ChromeData, CueData, LanguageProfile, OrganizationGrammarData } from '../language/profile';
import { lightNormalize, normalizeForMatch } from '../normalize';
import { compiledAtOnce } from '../regExpTier';
import { FormsOf, morphologyFor, type Morphology } from '../morphology';
import { PhraseIndex } from './phraseIndex';
import { roleForms } from './roleForms';
import {
  validateKnowledgeFile,
  type CountryEntry,
  type KnowledgeProblem,
  type MinistryEntry,
  type OrganizationEntry,
  type PersonEntry,
  type RoleEntry,
} from '../../shared/knowledgeSchema';

export * from '../../shared/knowledgeSchema';
export { PhraseIndex } from './phraseIndex';

export interface ChromePattern {
  id: string;
  description: string;
  re: RegExp;
  /** Chrome only above the article's first paragraph (a site section label); below it, text. */
  onlyBeforeBody: boolean;
  /** Strings one of which is in every line the pattern matches (empty: none required). */
  requires: string[];
}

export interface CueLexicon {
  /** normalized verb form → lemma */
  verbs: Map<string, string>;
  /** normalized participle form → lemma */
  participles: Map<string, string>;
  /** بحسب X, وفقا لـ X … (normalized, tokenized) */
  accordingTo: PhraseIndex<string>;
  /** حسب قوله … pointing at the current speaker */
  selfAccordingTo: PhraseIndex<string>;
  /** Verb forms that are also nouns or prepositions (بين، ذكر): cues only when confirmed. */
  ambiguousForms: Set<string>;
  /** Verbs that relay someone else's words (نقلت رويترز عن مسؤول قوله). */
  relayVerbs: Set<string>;
  /** normalized form → lemma of the verbs that are cues only when a quote opens their clause (يعتقد أن "…"). */
  quoteVerbs: Map<string, string>;
  /** Verb forms that are also a common noun (طالب student), normalized. */
  nounForms: Set<string>;
  /** normalized form → the preposition its speech sense governs, and what says it is another verb (يعد بـ). */
  governedForms: Map<string, GovernedForm>;
}

/** A verb form that speaks only with the preposition it governs (يعد بـ promises; يُعد is considered), normalized. */
export interface GovernedForm {
  preposition: string;
  notAfter: Set<string>;
  notGoverning: Set<string>;
}

/** The shape of the related-story teasers that close an article (chrome.json, "teasers"). */
export interface TeaserShape {
  /** The lede forms (a weekday between commas, a this-day-in-history item). */
  lede: RegExp[];
  /** A paragraph that continues a story (و, يذكر، كما …): never a teaser. */
  continuation: RegExp;
  minRun: number;
  minBodyLines: number;
  minChars: number;
  maxChars: number;
}

/** Word lists used by the grammar rules; see server/src/knowledge/lexicon.json. */
export interface Lexicon {
  [list: string]: Set<string>;
}

export interface Knowledge {
  organizations: Map<string, OrganizationEntry>;
  people: Map<string, PersonEntry>;
  roles: Map<string, RoleEntry>;
  countries: Map<string, CountryEntry>;
  ministries: Map<string, MinistryEntry>;
  /** Organization names and abbreviations → organization id. */
  organizationIndex: PhraseIndex<string>;
  /** Full names and surnames → person id. */
  personIndex: PhraseIndex<string>;
  /** Role titles → role id. */
  roleIndex: PhraseIndex<string>;
  /** Country names → country id. */
  countryNameIndex: PhraseIndex<string>;
  /** Country adjectives → country id. */
  countryAdjectiveIndex: PhraseIndex<string>;
  /** Ministry names (وزارة الخارجية) → ministry id. */
  ministryIndex: PhraseIndex<string>;
  /** Short institutional forms (الخارجية) → ministry id. */
  ministryShortIndex: PhraseIndex<string>;
  /** Organization forms that count only inside quote marks → organization id. */
  quotedOrganizationIndex: PhraseIndex<string>;
  /** Organization forms that are also ordinary words or places → organization id (which, the entry says). */
  ambiguousOrganizationIndex: PhraseIndex<string>;
  /** Word lists of the organization grammar (organization-grammar.json), normalized. */
  organizationGrammar: OrganizationGrammar;
  cues: CueLexicon;
  chrome: ChromePattern[];
  /**
   * The chrome patterns that require no string, as one expression: most lines match none,
   * and one test says so. Null when they cannot be joined (then every line tries every pattern).
   */
  anyChrome: RegExp | null;
  /** Whether a line holds a string some pattern requires (null when none requires one): the other patterns are tried only then. */
  chromeGate: RegExp | null;
  teasers: TeaserShape;
  /** Month and weekday names and the date grammar's expressions (dates.ts). */
  calendar: Calendar;
  /** How a foreign name is spelt two ways (spelling.ts), for the name-variant rule. */
  spelling: Spelling;
  lexicon: Lexicon;
  /** How words carry clitics (و، ب، ل، ال…): every lexicon lookup reads a word through it. */
  morphology: Morphology;
  /** Every written form (with proclitics) of a word that can open a title: a cheap pre-test. */
  titleOpeners: FormsOf;
  /** Name stops and prepositions with hamza and ى kept (see lightNormalize): على ≠ علي, أمام ≠ إمام. */
  nameStopsLight: Set<string>;
  /** lexicon.nounEndings as written (ة kept apart from ه): endings only a noun takes. */
  nounEndingsWritten: string[];
  /** English name of an organization id (known, ministry:…, institution:…), or null. */
  organizationEnglish(id: string): string | null;
  /** Problems found in user knowledge files, by file. */
  problems: { source: string; problems: KnowledgeProblem[] }[];
}

export interface OrganizationGrammar {
  /** Head noun → the kind of organization it opens (وزارة → ministry). */
  heads: Map<string, string>;
  /** The proclitics an indefinite head may carry (لوزارة، وبهيئة): the morphology's chains without the article, none first. */
  headProclitics: readonly string[];
  /** Heads that may name the organization in quote marks after them (قناة "المنار") → kind. */
  quotedNameHeads: Map<string, string>;
  /** Definite heads that make a name with a relational adjective (المحكمة العليا). */
  definiteHeads: Map<string, string>;
  /** Adjectives that make a name after a definite head though not relational (العليا). */
  rankAdjectives: Set<string>;
  /** Adjectives that describe rather than name after a definite head, unless a complement follows (الدولية). */
  vagueAdjectives: Set<string>;
  /** National institutions named by a country adjective (الشرطة الهندية) → kind. */
  nationalInstitutions: PhraseIndex<string>;
  /** Complements that make a generic phrase of any head (بعثة حفظ السلام). */
  genericComplements: PhraseIndex<string>;
  /** A head and the word after it with which it is the ordinary noun (مركز الشرطة، جهاز الكمبيوتر). */
  ordinarySenses: PhraseIndex<string>;
  /** Words that still belong to a name at its end (بالخارج). */
  nameTails: PhraseIndex<string>;
  /** States and places whose names read like an organization's (الاتحاد السوفيتي، قناة السويس). */
  notOrganizations: PhraseIndex<string>;
  /** Words that end a name found by grammar (الحاكم، المعارض، titles, ordinals). */
  nameStops: Set<string>;
  /** Ordinal adjectives (الأولى): they end a name, except after a noun they complete (rankedNouns). */
  ordinals: Set<string>;
  /** Nouns an ordinal completes inside a name: الدرجة (دوري الدرجة الأولى). */
  rankedNouns: Set<string>;
  /** Nouns an organization is named for after ل, as they follow it (الأنباء in للأنباء, كرة in لكرة القدم). */
  complementNouns: Set<string>;
  /** Heads whose complement may be a proper name written bare (جامعة بنسلفانيا، بنك باركليز). */
  properNameHeads: Set<string>;
  /** Heads whose name takes no complement after و (ألوية العمالقة والمقاومة التهامية: two groups). */
  unconjoinedHeads: Set<string>;
  /** By national institution, the nouns before it with which it is the office (انتخابات الرئاسة). */
  officeSenses: Map<string, Set<string>>;
}

export interface KnowledgeSource {
  /** Where the file came from (a path or "built-in"), for messages. */
  source: string;
  /** The parsed JSON. */
  data: unknown;
}

function mergeById<T extends { id: string }>(into: Map<string, T>, entries: T[] | undefined): void {
  for (const e of entries ?? []) into.set(e.id, e);
}

function compileCues(data: CueData, morphology: Morphology): CueLexicon {
  const verbs = new Map<string, string>();
  for (const v of data.verbs) for (const f of v.forms) verbs.set(normalizeForMatch(f), v.lemma);
  const participles = new Map<string, string>();
  for (const p of data.participles) for (const f of p.forms) participles.set(normalizeForMatch(f), p.lemma);
  const quoteVerbs = new Map<string, string>();
  for (const v of data.quoteVerbs ?? []) for (const f of v.forms) quoteVerbs.set(normalizeForMatch(f), v.lemma);
  const governedForms = new Map<string, GovernedForm>();
  for (const g of data.governedForms ?? []) {
    const governed = { preposition: normalizeForMatch(g.preposition), notAfter: new Set(g.notAfter.map(normalizeForMatch)), notGoverning: new Set(g.notGoverning.map(normalizeForMatch)) };
    for (const f of g.forms) governedForms.set(normalizeForMatch(f), governed);
  }
  const accordingTo = new PhraseIndex<string>(morphology);
  for (const a of data.accordingTo) accordingTo.add(a, a);
  const selfAccordingTo = new PhraseIndex<string>(morphology);
  for (const a of data.selfAccordingTo) selfAccordingTo.add(a, a);
  return {
    verbs,
    participles,
    accordingTo,
    selfAccordingTo,
    ambiguousForms: new Set(data.ambiguousForms.map(normalizeForMatch)),
    relayVerbs: new Set(data.relayVerbs.map(normalizeForMatch)),
    quoteVerbs,
    nounForms: new Set((data.nounForms ?? []).map(normalizeForMatch)),
    governedForms,
  };
}

function compileOrganizationGrammar(data: OrganizationGrammarData, morphology: Morphology): OrganizationGrammar {
  const kinds = (entries: Record<string, string[]>): Map<string, string> => {
    const out = new Map<string, string>();
    for (const [kind, words] of Object.entries(entries)) for (const w of words) out.set(normalizeForMatch(w), kind);
    return out;
  };
  const nationalInstitutions = new PhraseIndex<string>(morphology);
  for (const [kind, words] of Object.entries(data.nationalInstitutions)) for (const w of words) nationalInstitutions.add(w, kind);
  const phrases = (words: string[]): PhraseIndex<string> => {
    const index = new PhraseIndex<string>(morphology);
    for (const w of words) index.add(w, w);
    return index;
  };
  return {
    heads: kinds(data.heads),
    headProclitics: morphology.bareProclitics,
    genericComplements: phrases(data.genericComplements),
    ordinarySenses: phrases(Object.entries(data.ordinarySenses).flatMap(([head, words]) => words.map((w) => `${head} ${w}`))),
    nameTails: phrases(data.nameTails),
    notOrganizations: phrases(data.notOrganizations),
    quotedNameHeads: kinds(data.quotedNameHeads),
    definiteHeads: kinds(data.definiteHeads),
    rankAdjectives: new Set(data.rankAdjectives.map(normalizeForMatch)),
    vagueAdjectives: new Set(data.vagueAdjectives.map(normalizeForMatch)),
    nationalInstitutions,
    nameStops: new Set([...data.nameStops, ...data.ordinals].map(normalizeForMatch)),
    ordinals: new Set(data.ordinals.map(normalizeForMatch)),
    rankedNouns: new Set(data.rankedNouns.map(normalizeForMatch)),
    complementNouns: new Set(data.complementNouns.map(normalizeForMatch)),
    properNameHeads: new Set(data.properNameHeads.map(normalizeForMatch)),
    unconjoinedHeads: new Set(data.unconjoinedHeads.map(normalizeForMatch)),
    officeSenses: new Map(Object.entries(data.officeSenses).map(([institution, nouns]) => [normalizeForMatch(institution), new Set(nouns.map(normalizeForMatch))])),
  };
}

function compileTeasers(data: ChromeData['teasers']): TeaserShape {
  // A profile without teasers: every paragraph continues its story, none is a teaser.
  if (!data) return { lede: [], continuation: /^/u, minRun: Number.MAX_SAFE_INTEGER, minBodyLines: 0, minChars: 0, maxChars: 0 };
  return {
    lede: data.patterns.map((p) => new RegExp(p.pattern, 'u')),
    continuation: new RegExp(data.continuation.pattern, 'u'),
    minRun: data.minRun,
    minBodyLines: data.minBodyLines,
    minChars: data.minChars,
    maxChars: data.maxChars,
  };
}

function compileChrome(data: ChromeData): ChromePattern[] {
  return data.patterns.map((p) => ({ id: p.id, description: p.description, re: new RegExp(p.pattern, 'u'), onlyBeforeBody: p.onlyBeforeBody === true, requires: p.requires ?? [] }));
}

/** Never matches: the join of no patterns. */
const NO_LINE = /(?!)/u;

/**
 * A cookie sentence, a breadcrumb or a floating phrase is searched for along the line, a
 * cost every paragraph paid; a test for their required strings is one scan, and few lines pass it.
 */
function chromeTests(chrome: ChromePattern[]): { anyChrome: RegExp | null; chromeGate: RegExp | null } {
  const free = chrome.filter((p) => !p.requires.length);
  const required = chrome.flatMap((p) => p.requires);
  return {
    anyChrome: free.length ? joinPatterns(free.map((p) => p.re.source)) : NO_LINE,
    chromeGate: required.length ? compiledAtOnce(new RegExp(required.map(escapeForPattern).join('|'), 'u')) : null,
  };
}

function escapeForPattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One expression that matches where any of the patterns does (each keeps its own anchors). */
function joinPatterns(patterns: string[]): RegExp | null {
  // Group numbers or names would clash once joined; the patterns are only tested, never captured from.
  if (patterns.some((p) => /\\[1-9k]|\(\?<[A-Za-z]/.test(p))) return null;
  try {
    return compiledAtOnce(new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u'));
  } catch {
    return null;
  }
}

function compileLexicon(data: Record<string, string[]>, normalizedLists: readonly string[] = []): Lexicon {
  const out: Lexicon = {};
  // Every list the grammar reads exists, empty when the profile has no words for it.
  for (const key of LEXICON_LISTS) out[key] = new Set();
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    out[key] = new Set(normalizedLists.includes(key) ? value : value.map((w) => normalizeForMatch(String(w))));
  }
  return out;
}

/**
 * Builds the knowledge from a language profile (Arabic by default) and the given user
 * files. Invalid user entries are reported in `problems` and skipped; the profile's
 * knowledge always stays.
 */
export function buildKnowledge(userFiles: KnowledgeSource[] = [], profile: LanguageProfile = arabicProfile()): Knowledge {
  const organizations = new Map<string, OrganizationEntry>();
  const people = new Map<string, PersonEntry>();
  const roles = new Map<string, RoleEntry>();
  const countries = new Map<string, CountryEntry>();
  const ministries = new Map<string, MinistryEntry>();
  const morphology = morphologyFor(profile.morphology);
  mergeById(ministries, profile.ministries);
  mergeById(organizations, profile.organizations);
  mergeById(people, profile.people);
  mergeById(roles, profile.roles);
  mergeById(countries, profile.countries);

  const problems: Knowledge['problems'] = [];
  for (const user of userFiles) {
    const { file, problems: found } = validateKnowledgeFile(user.data);
    if (found.length) problems.push({ source: user.source, problems: found });
    mergeById(organizations, file.organizations);
    mergeById(people, file.people);
    mergeById(roles, file.roles);
    mergeById(countries, file.countries);
    mergeById(ministries, file.ministries);
  }

  const organizationIndex = new PhraseIndex<string>(morphology);
  const quotedOrganizationIndex = new PhraseIndex<string>(morphology);
  const ambiguousOrganizationIndex = new PhraseIndex<string>(morphology);
  for (const o of organizations.values()) {
    for (const name of o.ambiguousForms ?? []) ambiguousOrganizationIndex.add(name, o.id);
    for (const name of o.placeForms ?? []) ambiguousOrganizationIndex.add(name, o.id);
    for (const name of o.quotedForms ?? []) quotedOrganizationIndex.add(name, o.id);
    for (const name of o.arabic) organizationIndex.add(name, o.id);
    for (const name of o.abbreviations ?? []) organizationIndex.add(name, o.id);
    if (o.acronym && /^[A-Za-z]{2,}$/.test(o.acronym)) organizationIndex.add(o.acronym, o.id);
  }
  const personIndex = new PhraseIndex<string>(morphology);
  for (const p of people.values()) {
    for (const name of p.arabic) personIndex.add(name, p.id);
    for (const name of p.surnames) personIndex.add(name, p.id);
  }
  const compiledLexicon = compileLexicon(profile.lexicon, profile.normalizedLists);
  // Each role's forms with those the morphology derives (السفيرة from سفير), once for the index and the title openers.
  const titlesByRole = new Map([...roles.values()].map((r) => [r.id, roleForms(r.arabic, morphology, compiledLexicon)]));
  const roleIndex = new PhraseIndex<string>(morphology);
  // Every listed form first: a form derived for one role never takes a form another role lists.
  for (const r of roles.values()) for (const title of r.arabic) roleIndex.add(title, r.id);
  for (const [id, titles] of titlesByRole) for (const title of titles) roleIndex.add(title, id);
  const countryNameIndex = new PhraseIndex<string>(morphology);
  const countryAdjectiveIndex = new PhraseIndex<string>(morphology);
  for (const c of countries.values()) {
    for (const name of c.arabic) countryNameIndex.add(name, c.id);
    for (const adj of c.adjectives) countryAdjectiveIndex.add(adj, c.id);
  }

  const ministryIndex = new PhraseIndex<string>(morphology);
  const ministryShortIndex = new PhraseIndex<string>(morphology);
  for (const m of ministries.values()) {
    for (const name of m.arabic) ministryIndex.add(name, m.id);
    for (const name of m.short ?? []) ministryShortIndex.add(name, m.id);
  }

  const chrome = compileChrome(profile.chrome);
  const lexicon = profile.lexicon;
  return {
    organizations,
    people,
    roles,
    countries,
    ministries,
    organizationIndex,
    personIndex,
    roleIndex,
    countryNameIndex,
    countryAdjectiveIndex,
    ministryIndex,
    ministryShortIndex,
    quotedOrganizationIndex,
    ambiguousOrganizationIndex,
    organizationGrammar: compileOrganizationGrammar(profile.organizationGrammar, morphology),
    cues: compileCues(profile.cues, morphology),
    chrome,
    ...chromeTests(chrome),
    teasers: compileTeasers(profile.chrome.teasers),
    calendar: profile.calendar ? compileCalendar(profile.calendar) : noCalendar(),
    spelling: profile.spelling ? compileSpelling(profile.spelling) : noSpelling(),
    lexicon: compiledLexicon,
    morphology,
    organizationEnglish: (id: string): string | null => {
      const known = organizations.get(id);
      if (known) return known.english ?? null;
      const [kind, what, country] = id.split(':');
      const c = countries.get(country)?.english;
      if (kind === 'ministry' && c) return `${ministries.get(what)?.english ?? what} of ${c}`;
      return null;
    },
    titleOpeners: new FormsOf(
      morphology,
      new Set(
        [...titlesByRole.values()]
          .flatMap((titles) => titles.map((a) => a.split(' ')[0]))
          .concat([...(lexicon.counterpart ?? []), ...(lexicon.genericMinister ?? [])].map(normalizeForMatch)),
      ),
    ),
    nameStopsLight: new Set([...(lexicon.nameStops ?? []), ...(lexicon.prepositions ?? [])].map(lightNormalize)),
    nounEndingsWritten: (lexicon.nounEndings ?? []).map(lightNormalize),
    problems,
  };
}

const compiled = new WeakMap<LanguageProfile, Knowledge>();

/** A profile's knowledge without user files, compiled once per profile. */
export function knowledgeFor(profile: LanguageProfile): Knowledge {
  let k = compiled.get(profile);
  if (!k) compiled.set(profile, (k = buildKnowledge([], profile)));
  return k;
}

/** The built-in (Arabic) knowledge, compiled once. */
export function builtinKnowledge(): Knowledge {
  return knowledgeFor(arabicProfile());
}
