// The schema of a language profile's grammar tables (lexicon, cues, organization grammar,
// page chrome, calendar), checked when a profile is loaded: a list that is not a list of words, a
// cue without forms or a chrome pattern that does not compile is named with its path
// instead of failing somewhere in the middle of an analysis. People, roles, countries,
// ministries and organizations have their own schema (shared/knowledgeSchema.ts).

import type { ProfileProblem } from './profile';

type Problems = ProfileProblem[];

const isWordList = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim() !== '');

function wordList(v: unknown, path: string, problems: Problems): void {
  if (!isWordList(v)) problems.push({ path, message: 'must be a list of non-empty strings' });
}

function wordLists(v: unknown, path: string, problems: Problems): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problems.push({ path, message: 'must be an object of word lists' });
    return;
  }
  for (const [key, list] of Object.entries(v)) if (!key.startsWith('$')) wordList(list, `${path}.${key}`, problems);
}

function object(v: unknown, path: string, problems: Problems): Record<string, unknown> | null {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  problems.push({ path, message: 'must be an object' });
  return null;
}

/** Problems in a lexicon: every field but `$comment` is a list of words. */
export function checkLexicon(data: unknown, path = 'lexicon'): Problems {
  const problems: Problems = [];
  wordLists(data, path, problems);
  return problems;
}

/** Problems in a morphology: words where words are expected, contractions with both parts. */
export function checkMorphology(data: unknown, path = 'morphology'): Problems {
  const problems: Problems = [];
  const o = object(data, path, problems);
  if (!o) return problems;
  for (const key of ['article', 'feminineEnding']) if (typeof o[key] !== 'string') problems.push({ path: `${path}.${key}`, message: 'must be a string' });
  if (o.writtenFeminineEnding !== undefined && typeof o.writtenFeminineEnding !== 'string') problems.push({ path: `${path}.writtenFeminineEnding`, message: 'must be a string' });
  for (const key of ['proclitics', 'objectPronouns', 'pluralEndings']) wordList(o[key], `${path}.${key}`, problems);
  const contractions = o.articleContractions;
  if (!Array.isArray(contractions)) problems.push({ path: `${path}.articleContractions`, message: 'must be a list of { written, prefix }' });
  else
    contractions.forEach((c: unknown, i) => {
      const entry = object(c, `${path}.articleContractions[${i}]`, problems);
      if (entry && (typeof entry.written !== 'string' || !entry.written || typeof entry.prefix !== 'string')) problems.push({ path: `${path}.articleContractions[${i}]`, message: 'needs a non-empty written form and a prefix' });
    });
  for (const key of ['feminineBeforePronoun', 'futurePrefix']) if (o[key] !== undefined && typeof o[key] !== 'string') problems.push({ path: `${path}.${key}`, message: 'must be a string' });
  for (const key of ['caseEndings', 'conjunctions', 'firstPersonPrefixes', 'particlePronouns']) if (o[key] !== undefined) wordList(o[key], `${path}.${key}`, problems);
  if (o.constructEndings !== undefined && !(Array.isArray(o.constructEndings) && o.constructEndings.every((e: unknown) => typeof e === 'object' && e !== null && typeof (e as Record<string, unknown>).construct === 'string' && typeof (e as Record<string, unknown>).absolute === 'string')))
    problems.push({ path: `${path}.constructEndings`, message: 'must be a list of { construct, absolute }' });
  if (o.prepositionProclitics !== undefined) {
    const clitics = object(o.prepositionProclitics, `${path}.prepositionProclitics`, problems);
    if (clitics && !['to', 'by', 'like'].every((key) => typeof clitics[key] === 'string' && (clitics[key] as string).length === 1)) problems.push({ path: `${path}.prepositionProclitics`, message: 'needs one letter each for to, by and like' });
  }
  if (o.pronounGenders !== undefined) {
    const genders = object(o.pronounGenders, `${path}.pronounGenders`, problems);
    if (genders && (typeof genders.m !== 'string' || typeof genders.f !== 'string')) problems.push({ path: `${path}.pronounGenders`, message: 'needs an m and an f pronoun' });
  }
  const present = object(o.presentPrefixes, `${path}.presentPrefixes`, problems);
  if (present && (typeof present.m !== 'string' || typeof present.f !== 'string')) problems.push({ path: `${path}.presentPrefixes`, message: 'needs an m and an f prefix' });
  return problems;
}

/** Problems in a cue table. */
export function checkCues(data: unknown, path = 'cues'): Problems {
  const problems: Problems = [];
  const o = object(data, path, problems);
  if (!o) return problems;
  for (const key of ['verbs', 'participles', 'quoteVerbs']) {
    const list = o[key];
    if (key === 'quoteVerbs' && list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ path: `${path}.${key}`, message: 'must be a list of { lemma, forms }' });
      continue;
    }
    list.forEach((e: unknown, i) => {
      const entry = object(e, `${path}.${key}[${i}]`, problems);
      if (!entry) return;
      if (typeof entry.lemma !== 'string' || entry.lemma === '') problems.push({ path: `${path}.${key}[${i}].lemma`, message: 'must be a non-empty string' });
      if (!isWordList(entry.forms) || entry.forms.length === 0) problems.push({ path: `${path}.${key}[${i}].forms`, message: 'must be a non-empty list of words' });
    });
  }
  for (const key of ['accordingTo', 'selfAccordingTo', 'ambiguousForms', 'relayVerbs']) wordList(o[key], `${path}.${key}`, problems);
  if (o.nounForms !== undefined) wordList(o.nounForms, `${path}.nounForms`, problems);
  if (o.governedForms !== undefined) {
    if (!Array.isArray(o.governedForms)) problems.push({ path: `${path}.governedForms`, message: 'must be a list of { preposition, forms, notAfter, notGoverning }' });
    else
      o.governedForms.forEach((e: unknown, i) => {
        const entry = object(e, `${path}.governedForms[${i}]`, problems);
        if (!entry) return;
        if (typeof entry.preposition !== 'string' || entry.preposition === '') problems.push({ path: `${path}.governedForms[${i}].preposition`, message: 'must be a non-empty string' });
        for (const key of ['forms', 'notAfter', 'notGoverning']) wordList(entry[key], `${path}.governedForms[${i}].${key}`, problems);
      });
  }
  return problems;
}

/** Problems in an organization grammar. */
export function checkOrganizationGrammar(data: unknown, path = 'organizationGrammar'): Problems {
  const problems: Problems = [];
  const o = object(data, path, problems);
  if (!o) return problems;
  for (const key of ['heads', 'quotedNameHeads', 'definiteHeads', 'nationalInstitutions', 'ordinarySenses', 'officeSenses']) wordLists(o[key], `${path}.${key}`, problems);
  for (const key of ['rankAdjectives', 'vagueAdjectives', 'genericComplements', 'nameTails', 'notOrganizations', 'nameStops', 'ordinals', 'rankedNouns', 'complementNouns', 'properNameHeads', 'unconjoinedHeads']) wordList(o[key], `${path}.${key}`, problems);
  return problems;
}

/** Problems in the page chrome patterns: each has an id, a description and a pattern that compiles. */
export function checkChrome(data: unknown, path = 'chrome'): Problems {
  const problems: Problems = [];
  const o = object(data, path, problems);
  if (!o) return problems;
  if (!Array.isArray(o.patterns)) return [...problems, { path: `${path}.patterns`, message: 'must be a list' }];
  o.patterns.forEach((p: unknown, i) => {
    checkPattern(p, `${path}.patterns[${i}]`, problems);
    const requires = (p as { requires?: unknown } | null)?.requires;
    if (requires !== undefined && !(isWordList(requires) && requires.length > 0)) problems.push({ path: `${path}.patterns[${i}].requires`, message: 'must be a list of one or more non-empty strings' });
  });
  if (o.teasers === undefined) return problems;
  const teasers = object(o.teasers, `${path}.teasers`, problems);
  if (!teasers) return problems;
  if (!Array.isArray(teasers.patterns)) problems.push({ path: `${path}.teasers.patterns`, message: 'must be a list' });
  else teasers.patterns.forEach((p: unknown, i) => checkPattern(p, `${path}.teasers.patterns[${i}]`, problems));
  checkPattern(teasers.continuation, `${path}.teasers.continuation`, problems);
  for (const key of ['minRun', 'minBodyLines', 'minChars', 'maxChars']) {
    if (typeof teasers[key] !== 'number' || !(Number(teasers[key]) >= 0)) problems.push({ path: `${path}.teasers.${key}`, message: 'must be a number, 0 or more' });
  }
  return problems;
}

/** Problems in a calendar: months 1–12 and weekdays 0–6, each with names; the grammar's word lists. */
export function checkCalendar(data: unknown, path = 'calendar'): Problems {
  const problems: Problems = [];
  const o = object(data, path, problems);
  if (!o) return problems;
  const numbered = (key: string, field: string, min: number, max: number): void => {
    const list = o[key];
    if (!Array.isArray(list)) return void problems.push({ path: `${path}.${key}`, message: 'must be a list' });
    list.forEach((e: unknown, i) => {
      const entry = object(e, `${path}.${key}[${i}]`, problems);
      if (!entry) return;
      const n = entry[field];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) problems.push({ path: `${path}.${key}[${i}].${field}`, message: `must be a whole number from ${min} to ${max}` });
      if (!isWordList(entry.names) || entry.names.length === 0) problems.push({ path: `${path}.${key}[${i}].names`, message: 'must be a list of one or more non-empty strings' });
    });
  };
  numbered('months', 'month', 1, 12);
  numbered('weekdays', 'day', 0, 6);
  for (const key of ['weekdayLeads', 'dayMonthLinks', 'yearWords', 'weekdayDateLinks', 'weekdayDatePrepositions', 'hourWords', 'halfDayMarkers', 'timeZones', 'timeZoneWords']) wordList(o[key], `${path}.${key}`, problems);
  return problems;
}

/** A named pattern: an id, a description, and a pattern that compiles. */
function checkPattern(p: unknown, at: string, problems: Problems): void {
  const e = object(p, at, problems);
  if (!e) return;
  if (typeof e.id !== 'string' || typeof e.description !== 'string') problems.push({ path: at, message: 'needs an id and a description' });
  try {
    new RegExp(String(e.pattern), 'u');
  } catch (err) {
    problems.push({ path: `${at}.pattern`, message: `does not compile: ${(err as Error).message}` });
  }
}
