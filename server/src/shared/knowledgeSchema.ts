// The schema of knowledge files: the built-in ones under server/src/knowledge/ and the
// user's `.press-review/*.json` in a workspace share it. Arabic strings are written as
// in print; matching normalizes them.

export interface OrganizationEntry {
  /** Stable slug, e.g. "csto". */
  id: string;
  /** Arabic names, the usual full name first. */
  arabic: string[];
  /** Arabic short forms and transliterated acronyms (الناتو، ناتو، أوبك). */
  abbreviations?: string[];
  /**
   * Forms that name the organization only when written inside quote marks, because
   * unquoted they are ordinary words ("الأمن الجماعي" = CSTO, الأمن الجماعي = collective security).
   */
  quotedForms?: string[];
  /**
   * Forms that are also ordinary words or places (ليفربول the city, المنار a lighthouse):
   * they name the organization only in an article that names it by another form too.
   */
  ambiguousForms?: string[];
  /**
   * Forms that are also place names (برشلونة the city): they name the organization in an
   * article that names it otherwise, or names another organization of the same type.
   */
  placeForms?: string[];
  /** English name; left out where nobody checked it (mined entries). */
  english?: string | null;
  acronym?: string | null;
  /** What it is, in English ("military alliance", "news agency", …). */
  type: string;
  /** Year or ISO date of foundation. */
  founded?: string;
  /** Headquarters, in English ("Moscow, Russia"). */
  seat?: string;
  /** Member states in English, only where the list is short. */
  members?: string[];
  /** Id of the organization this one is an organ of. */
  parent?: string;
  /** Wikidata item, e.g. "Q188531". */
  wikidata?: string;
  website?: string;
  /** Mined entries: in how many ANT articles the mining script saw it (evidence, not a fact shown). */
  antArticles?: number;
  /** The date the facts above are as of (YYYY-MM-DD). */
  asOf: string;
}

export interface OfficeTerm {
  /** Role id (see RoleEntry), e.g. "foreign-minister". */
  role: string;
  /** Country id (see CountryEntry) for national offices. */
  country?: string;
  /** Organization id for offices of an organization. */
  organization?: string;
  /** The office in English, e.g. "Foreign Minister of Russia". */
  english: string;
  start: string;
  /** null while in office. */
  end: string | null;
}

export interface PersonEntry {
  id: string;
  /** Full-name spellings, the usual one first. */
  arabic: string[];
  /** Surname spellings that refer to the person alone (لافروف). */
  surnames: string[];
  english: string;
  /** Wikidata item, e.g. "Q7747" (a person added from the editor may have none). */
  wikidata?: string;
  offices: OfficeTerm[];
  asOf: string;
}

export interface RoleEntry {
  id: string;
  /** Title nouns as written before a country or organization (وزير الخارجية، رئيس الدبلوماسية). */
  arabic: string[];
  english: string;
}

/**
 * A kind of ministry, combined with a country to name a national ministry:
 * وزارة الخارجية الروسية = Ministry of Foreign Affairs of Russia.
 */
export interface MinistryEntry {
  id: string;
  /** The ministry's name before the country (وزارة الخارجية). */
  arabic: string[];
  /** Short institutional forms used as speakers (الخارجية). */
  short?: string[];
  /** English name before "of <Country>" (Ministry of Foreign Affairs). */
  english: string;
}

export interface CountryEntry {
  id: string;
  /** ISO 3166-1 alpha-2 code (ZW), for the built-in list (scripts/build-countries.mjs). */
  iso?: string;
  english: string;
  /** Names (روسيا، روسيا الاتحادية). */
  arabic: string[];
  /** Adjectives after a title (الروسي، الروسية). */
  adjectives: string[];
  /** Built by scripts/build-countries.mjs from CLDR and ANT, not curated by hand: a rebuild remakes it. */
  generated?: boolean;
}

/** One knowledge file: any subset of the lists. */
export interface KnowledgeFile {
  asOf?: string;
  organizations?: OrganizationEntry[];
  people?: PersonEntry[];
  roles?: RoleEntry[];
  countries?: CountryEntry[];
  ministries?: MinistryEntry[];
}

export interface KnowledgeProblem {
  /** JSON path of the offending entry, e.g. "organizations[3].english". */
  path: string;
  message: string;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** An optional field: absent, or of the type `check` accepts. */
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);

/** The first optional string field of `e` that holds something else, as a problem message. */
function wrongStrings(e: Record<string, unknown>, fields: string[], what: string): string | null {
  const bad = fields.find((f) => !optional(e[f], isString));
  return bad ? `${what}: "${bad}" must be a non-empty string` : null;
}

/**
 * Checks a parsed knowledge file and returns the valid entries plus a problem for each
 * invalid one, so that one bad entry never discards a whole file.
 */
export function validateKnowledgeFile(data: unknown): { file: KnowledgeFile; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const file: KnowledgeFile = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ path: '', message: 'a knowledge file must be a JSON object with "organizations", "people", "roles" or "countries" lists' });
    return { file, problems };
  }
  const obj = data as Record<string, unknown>;
  const known = new Set(['$comment', '$schema', 'asOf', 'organizations', 'people', 'roles', 'countries', 'ministries']);
  for (const key of Object.keys(obj)) if (!known.has(key)) problems.push({ path: key, message: `unknown field "${key}"` });
  if (obj.asOf !== undefined && !isString(obj.asOf)) problems.push({ path: 'asOf', message: '"asOf" must be a date string' });
  else if (obj.asOf !== undefined) file.asOf = obj.asOf as string;

  const list = <T>(key: string, check: (e: Record<string, unknown>, path: string) => string | null): T[] | undefined => {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      problems.push({ path: key, message: `"${key}" must be a list` });
      return undefined;
    }
    const out: T[] = [];
    value.forEach((entry, i) => {
      const path = `${key}[${i}]`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        problems.push({ path, message: 'an entry must be an object' });
        return;
      }
      const error = check(entry as Record<string, unknown>, path);
      if (error) problems.push({ path, message: error });
      else out.push(entry as T);
    });
    return out;
  };

  file.organizations = list<OrganizationEntry>('organizations', (e) => {
    if (!isString(e.id)) return '"id" must be a non-empty string';
    if (!isStringArray(e.arabic) || e.arabic.length === 0) return `organization "${e.id}": "arabic" must be a non-empty list of names`;
    if (e.abbreviations !== undefined && !isStringArray(e.abbreviations)) return `organization "${e.id}": "abbreviations" must be a list of strings`;
    if (e.quotedForms !== undefined && !isStringArray(e.quotedForms)) return `organization "${e.id}": "quotedForms" must be a list of strings`;
    if (e.placeForms !== undefined && !isStringArray(e.placeForms)) return `organization "${e.id}": "placeForms" must be a list of strings`;
    if (e.ambiguousForms !== undefined && !isStringArray(e.ambiguousForms)) return `organization "${e.id}": "ambiguousForms" must be a list of strings`;
    // Only the built-in mined entries go without an English name; a workspace entry names it.
    if (!isString(e.english)) return `organization "${e.id}": "english" is required`;
    if (!isString(e.type)) return `organization "${e.id}": "type" is required`;
    if (e.members !== undefined && !isStringArray(e.members)) return `organization "${e.id}": "members" must be a list of strings`;
    if (e.wikidata !== undefined && !(isString(e.wikidata) && /^Q\d+$/.test(e.wikidata))) return `organization "${e.id}": "wikidata" must look like Q12345`;
    if (!isString(e.asOf)) return `organization "${e.id}": "asOf" (the date its facts are as of) is required`;
    // Every other field is read as text too: a number or an object there once crashed the index.
    if (!optional(e.acronym, (v) => v === null || isString(v))) return `organization "${e.id}": "acronym" must be a string or null`;
    return wrongStrings(e, ['founded', 'seat', 'parent', 'website'], `organization "${e.id}"`);
  });
  file.people = list<PersonEntry>('people', (e) => {
    if (!isString(e.id)) return '"id" must be a non-empty string';
    if (!isStringArray(e.arabic) || e.arabic.length === 0) return `person "${e.id}": "arabic" must be a non-empty list of names`;
    if (!isStringArray(e.surnames)) return `person "${e.id}": "surnames" must be a list of strings`;
    if (!isString(e.english)) return `person "${e.id}": "english" is required`;
    if (!optional(e.wikidata, (v) => isString(v) && /^Q\d+$/.test(v))) return `person "${e.id}": "wikidata" must look like Q12345`;
    if (!Array.isArray(e.offices)) return `person "${e.id}": "offices" must be a list`;
    for (const o of e.offices as Record<string, unknown>[]) {
      if (typeof o !== 'object' || o === null || Array.isArray(o)) return `person "${e.id}": every office must be an object`;
      if (!isString(o.role) || !isString(o.english) || !isString(o.start)) return `person "${e.id}": every office needs "role", "english" and "start"`;
      if (o.end !== null && o.end !== undefined && !isString(o.end)) return `person "${e.id}": an office's "end" must be a date or null`;
      const bad = wrongStrings(o, ['country', 'organization'], `person "${e.id}": an office`);
      if (bad) return bad;
    }
    if (!isString(e.asOf)) return `person "${e.id}": "asOf" is required`;
    return null;
  });
  file.roles = list<RoleEntry>('roles', (e) => {
    if (!isString(e.id) || !isStringArray(e.arabic) || !isString(e.english)) return 'a role needs "id", "arabic" (list) and "english"';
    return null;
  });
  file.countries = list<CountryEntry>('countries', (e) => {
    if (!isString(e.id) || !isString(e.english) || !isStringArray(e.arabic) || !isStringArray(e.adjectives)) return 'a country needs "id", "english", "arabic" (list) and "adjectives" (list)';
    return null;
  });
  file.ministries = list<MinistryEntry>('ministries', (e) => {
    if (!isString(e.id) || !isStringArray(e.arabic) || !isString(e.english)) return 'a ministry needs "id", "arabic" (list) and "english"';
    if (e.short !== undefined && !isStringArray(e.short)) return `ministry "${e.id}": "short" must be a list of strings`;
    return null;
  });
  return { file, problems };
}
