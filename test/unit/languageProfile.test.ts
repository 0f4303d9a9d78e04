// Spec: the analysis reads its language from a profile (server/src/analysis/language/), not
// from JSON files of its own, so that a second language is a new profile, not a fork.
// A toy English profile written here makes analyze() attribute English statements with no
// change to the analysis code.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, arabicProfile, buildKnowledge, type LanguageProfile } from '../../server/src/analysis';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import { arabicProblems, LEXICON_LISTS } from '../../server/src/analysis/language/arabic';
import { checkCalendar, checkChrome, checkCues, checkLexicon, checkOrganizationGrammar } from '../../server/src/analysis/language/schema';
import { ROOT, seed } from '../support/article';

/** A few English words: two speech verbs, "according to", pronouns that are no names. */
const TOY: LanguageProfile = {
  id: 'en',
  name: 'English (toy)',
  lexicon: { clauseOpeners: ['and', 'then'], complementizers: ['that'], subjectStops: ['she', 'he'] },
  cues: {
    verbs: [
      { lemma: 'say', forms: ['said', 'says'] },
      { lemma: 'add', forms: ['added'] },
    ],
    participles: [],
    accordingTo: ['according to'],
    selfAccordingTo: [],
    ambiguousForms: [],
    relayVerbs: [],
  },
  organizationGrammar: { heads: {}, quotedNameHeads: {}, definiteHeads: {}, rankAdjectives: [], vagueAdjectives: [], nationalInstitutions: {}, genericComplements: [], ordinarySenses: {}, nameTails: [], notOrganizations: [], nameStops: [], ordinals: [], rankedNouns: [], complementNouns: [], properNameHeads: [], unconjoinedHeads: [], officeSenses: {} },
  chrome: { patterns: [] },
  roles: [],
  countries: [],
  ministries: [],
  people: [{ id: 'jane-doe', arabic: ['Jane Doe'], surnames: ['Doe'], english: 'Jane Doe', offices: [], asOf: '2026-01-01' }],
  organizations: [],
};

const ENGLISH = [
  'Talks resume',
  '',
  'Jane Doe said: "We will not accept any conditions before the talks begin."',
  '',
  'She added: "The door stays open for everyone who wants peace."',
  '',
  '"Nothing is agreed until everything is agreed," said Doe.',
  '',
].join('\n');

describe('language profiles', () => {
  it('a toy English profile attributes English statements, with no change to the analysis code', () => {
    const a = analyze(ENGLISH, { profile: TOY });
    assert.deepEqual(
      a.quotes.map((q) => [q.kind, q.speakerId, q.cue?.text, q.evidence?.rule]),
      [
        ['statement', 'jane-doe', 'said', 'subject-before-cue'],
        ['statement', 'jane-doe', 'added', 'last-subject'],
        ['statement', 'jane-doe', 'said', 'cue-after'],
      ],
    );
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jane Doe'], '"She" is no speaker: the profile lists it as no subject');
  });

  it('the same English text read with the Arabic profile has no speech in it: the words came from the profile', () => {
    const a = analyze(ENGLISH);
    assert.equal(a.quotes.length, 3);
    assert.deepEqual(a.speakers, []);
    assert.ok(a.quotes.every((q) => q.speakerId === null));
  });

  it("dates are read with the profile's calendar: an English weekday that does not match its date, fixed in English", () => {
    const english = (m: string, i: number) => ({ month: i + 1, names: [m] });
    const calendar = {
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(english),
      weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((names, day) => ({ day, names: [names] })),
      weekdayLeads: ['on'],
      dayMonthLinks: ['of'],
      yearWords: [],
      weekdayDateLinks: [],
      weekdayDatePrepositions: [],
      hourWords: [],
      halfDayMarkers: ['am', 'pm'],
      timeZones: ['gmt'],
      timeZoneWords: [],
    };
    const text = `${ENGLISH}The talks began on Thursday 14 January 2022 in Geneva.\n`;
    const withCalendar = analyze(text, { profile: { ...TOY, calendar } });
    assert.deepEqual(withCalendar.dates.map((d) => [d.date, d.weekdayCorrect]), [['2022-01-14', false]]);
    const finding = withCalendar.findings.find((f) => f.code === 'weekday-mismatch');
    assert.ok(finding, 'the weekday is checked');
    assert.equal(finding.fixes?.[0]?.edits[0]?.newText, 'Friday', 'the fix writes the weekday in the profile\'s language');
    assert.deepEqual(analyze(text, { profile: TOY }).dates, [], 'a profile without a calendar finds no dates');
  });

  it('the Arabic profile is the default: an article reads the same with it named or not', () => {
    const text = seed('000');
    assert.deepEqual(analyze(text, { profile: arabicProfile() }), analyze(text));
  });

  it('the Arabic grammar tables hold their schema', () => {
    assert.deepEqual(arabicProblems(), []);
  });

  it('the lists a profile says are written normalized are taken as they are, and the Arabic profile\'s are (the mined word classes)', () => {
    const lists = arabicProfile().normalizedLists ?? [];
    assert.deepEqual([...lists].sort(), ['corpusArticleWords', 'corpusCommonNouns', 'corpusGivenNames', 'corpusLamNouns', 'corpusPersonTitles', 'corpusVerbs']);
    for (const name of lists) {
      const words = arabicProfile().lexicon[name];
      // corpusLamNouns holds the three-letter words among the others, corpusPersonTitles the titles of people, corpusGivenNames their first names: classes of their own size.
      assert.ok(words.length > (name === 'corpusPersonTitles' ? 40 : name === 'corpusLamNouns' || name === 'corpusGivenNames' ? 100 : 1000), name);
      assert.deepEqual(words.filter((w) => normalizeForMatch(w) !== w), [], `${name} as scripts/mine-word-classes.mjs writes it`);
    }
    // أعلن normalizes to اعلن: declared normalized, the list keeps the word as written.
    const toy = (normalizedLists?: string[]): LanguageProfile => ({ ...TOY, lexicon: { ...TOY.lexicon, corpusVerbs: ['أعلن'] }, normalizedLists });
    assert.deepEqual([...buildKnowledge([], toy()).lexicon.corpusVerbs], ['اعلن']);
    assert.deepEqual([...buildKnowledge([], toy(['corpusVerbs'])).lexicon.corpusVerbs], ['أعلن']);
  });

  it('the schema names what is wrong and where', () => {
    assert.deepEqual(checkCues({ verbs: [{ lemma: '', forms: [] }], participles: [], accordingTo: ['بحسب'], selfAccordingTo: [], ambiguousForms: 'قال', relayVerbs: [] }), [
      { path: 'cues.verbs[0].lemma', message: 'must be a non-empty string' },
      { path: 'cues.verbs[0].forms', message: 'must be a non-empty list of words' },
      { path: 'cues.ambiguousForms', message: 'must be a list of non-empty strings' },
    ]);
    assert.deepEqual(checkLexicon({ $comment: 'x', prepositions: ['في', ''] }), [{ path: 'lexicon.prepositions', message: 'must be a list of non-empty strings' }]);
    assert.equal(checkChrome({ patterns: [{ id: 'x', description: 'y', pattern: '(' }] })[0].path, 'chrome.patterns[0].pattern');
    assert.equal(checkOrganizationGrammar({ heads: [] }).length > 0, true);
    assert.deepEqual(checkCalendar({ months: [{ month: 13, names: ['x'] }], weekdays: [{ day: 0, names: [] }] }).slice(0, 2), [
      { path: 'calendar.months[0].month', message: 'must be a whole number from 1 to 12' },
      { path: 'calendar.weekdays[0].names', message: 'must be a list of one or more non-empty strings' },
    ]);
  });

  it('every word list the analysis reads is a list of the profile (a profile that leaves one out gets it empty)', () => {
    const dir = path.join(ROOT, 'server', 'src', 'analysis');
    const read = new Set<string>();
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/\b(?:lexicon|lx)\.([a-zA-Z]+)\b/g)) read.add(m[1]);
      }
    };
    walk(dir);
    assert.ok(read.size > 20, `${read.size} lists read`);
    const missing = [...read].filter((name) => !LEXICON_LISTS.includes(name) && name !== 'json');
    assert.deepEqual(missing, []);
  });

  it('no analysis file imports a language data file but the Arabic profile', () => {
    const dir = path.join(ROOT, 'server', 'src', 'analysis');
    const importing: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && /from '[./]*\/knowledge\/[\w-]+\.json'/.test(fs.readFileSync(p, 'utf8'))) importing.push(path.relative(dir, p));
      }
    };
    walk(dir);
    assert.deepEqual(importing, [path.join('language', 'arabic.ts')]);
  });
});
