// The Arabic profile: the built-in data files under server/src/knowledge/, loaded once and
// checked against the profile schema. The files stay where they are (the cue miner and
// the organization miner write them, people add entries); this module is the only place
// the analysis imports them from.

import builtinOrganizations from '../../knowledge/organizations.json';
import minedOrganizations from '../../knowledge/organizations-mined.json';
import organizationGrammar from '../../knowledge/organization-grammar.json';
import builtinPeople from '../../knowledge/people.json';
import builtinRoles from '../../knowledge/roles.json';
import builtinCountries from '../../knowledge/countries.json';
import builtinMinistries from '../../knowledge/ministries.json';
import builtinCues from '../../knowledge/cues.json';
import builtinChrome from '../../knowledge/chrome.json';
import builtinLexicon from '../../knowledge/lexicon.json';
import wordClasses from '../../knowledge/word-classes.json';
import builtinCalendar from '../../knowledge/calendar.json';
import builtinSpelling from '../../knowledge/spelling.json';
import builtinMorphology from '../../knowledge/morphology.json';
import { validateSpellingModel, type SpellingModel } from '../spelling';
import type { KnowledgeFile } from '../../shared/knowledgeSchema';
import type { CalendarData, ChromeData, CueData, LanguageProfile, MorphologyData, OrganizationGrammarData, ProfileProblem } from './profile';
import { checkCalendar, checkChrome, checkCues, checkLexicon, checkMorphology, checkOrganizationGrammar } from './schema';

/** The names of the Arabic grammar's word lists: the lists every profile's lexicon is read for. */
export const LEXICON_LISTS: readonly string[] = [...Object.keys(builtinLexicon), ...Object.keys(wordClasses)].filter((k) => !k.startsWith('$'));

/** The mined word classes' lists (word-classes.json), written normalized for matching. */
const WORD_CLASS_LISTS: readonly string[] = Object.keys(wordClasses).filter((k) => !k.startsWith('$'));

/** The grammar tables' problems against the profile schema (none for the files as shipped; a test holds it). */
export function arabicProblems(): ProfileProblem[] {
  return [...checkLexicon(builtinLexicon), ...checkLexicon(wordClasses, 'word-classes'), ...checkMorphology(builtinMorphology), ...checkCues(builtinCues), ...checkOrganizationGrammar(organizationGrammar), ...checkChrome(builtinChrome), ...checkCalendar(builtinCalendar), ...spellingProblems(builtinSpelling)];
}

/** The spelling model's problem, if its shape is wrong (spelling.ts checks it). */
function spellingProblems(data: unknown): ProfileProblem[] {
  try {
    validateSpellingModel(data);
    return [];
  } catch (e) {
    return [{ path: 'spelling', message: (e as Error).message }];
  }
}

/**
 * True in the engine bundle, whose build checked these tables against the schema and fails
 * on a problem (scripts/esbuildSettings.mjs, engineKnowledge); undeclared elsewhere. The
 * check read 14,000 words at every engine start (11 M instructions, docs/performance-log.md,
 * session 16) for files that cannot change after the build.
 */
declare const PRESS_REVIEW_PROFILE_CHECKED: boolean | undefined;

let profile: LanguageProfile | undefined;

/** The Arabic profile, loaded once. Throws, naming every problem, if a grammar table breaks the schema. */
export function arabicProfile(): LanguageProfile {
  if (profile) return profile;
  // Written out, not through a constant: esbuild then leaves the check out of the bundle.
  if (typeof PRESS_REVIEW_PROFILE_CHECKED === 'undefined' || !PRESS_REVIEW_PROFILE_CHECKED) {
    const problems = arabicProblems();
    if (problems.length) throw new Error(`the Arabic language data breaks its schema: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const lexicon: Record<string, string[]> = {};
  // The grammar's lists, then the word classes mined from real copy (scripts/mine-word-classes.mjs: what is no name).
  for (const name of LEXICON_LISTS) lexicon[name] = (builtinLexicon as unknown as Record<string, string[]>)[name] ?? (wordClasses as unknown as Record<string, string[]>)[name];
  profile = {
    id: 'ar',
    name: 'Arabic',
    lexicon,
    // scripts/mine-word-classes.mjs writes them normalized (test/unit/languageProfile.test.ts checks).
    normalizedLists: WORD_CLASS_LISTS,
    morphology: builtinMorphology as MorphologyData,
    cues: builtinCues as CueData,
    organizationGrammar: organizationGrammar as OrganizationGrammarData,
    chrome: builtinChrome as ChromeData,
    calendar: builtinCalendar as CalendarData,
    spelling: builtinSpelling as SpellingModel,
    roles: (builtinRoles as KnowledgeFile).roles ?? [],
    countries: (builtinCountries as KnowledgeFile).countries ?? [],
    ministries: (builtinMinistries as KnowledgeFile).ministries ?? [],
    people: (builtinPeople as KnowledgeFile).people ?? [],
    // Mined names first: a hand-checked built-in entry with the same id wins.
    organizations: [...((minedOrganizations as KnowledgeFile).organizations ?? []), ...((builtinOrganizations as KnowledgeFile).organizations ?? [])],
  };
  return profile;
}
