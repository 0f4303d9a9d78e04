// Every field of a knowledge entry is checked for its type (issue 15: an "acronym" that
// was a number crashed the command line, which reads ./.press-review/ by itself, and
// stopped the server from building its index). A bad entry is a problem named by its
// path, the file's other entries load, and nothing downstream throws.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, buildKnowledge } from '../../server/src/analysis';
import { runCli } from '../support/cli';

const ARTICLE = 'قال رئيس هيئة الاختبار الدولية (هاد) أحمد المختبر إن «الهيئة مستعدة للحوار مع الجميع». وأضاف مسؤول في الهيئة أن الاجتماع تأجل.\n\nالمصدر: وكالة الاختبار\n';
const GOOD = { id: 'good-org', arabic: ['هيئة الاختبار الدولية'], abbreviations: ['هاد'], english: 'International Test Authority', type: 'test body', asOf: '2026-01-01' };
const PERSON = { id: 'tester', arabic: ['أحمد المختبر'], surnames: ['المختبر'], english: 'Ahmad Tester', wikidata: 'Q1', offices: [{ role: 'president', english: 'Head', start: '2020' }], asOf: '2026-01-01' };

/** Builds the knowledge from one user file and analyses the article with it. */
function buildAndAnalyse(data: unknown): { problems: { path: string; message: string }[]; organizations: string[] } {
  const knowledge = buildKnowledge([{ source: 'test.json', data }]);
  const a = analyze(ARTICLE, { knowledge });
  return { problems: knowledge.problems.flatMap((p) => p.problems), organizations: a.organizations.map((o) => o.id) };
}

describe('knowledge schema: the type of every field', () => {
  it('skips an organization whose acronym is a number, with a problem at its path, and keeps the rest', () => {
    const r = buildAndAnalyse({ organizations: [{ ...GOOD, id: 'bad-org', arabic: ['منظمة معطوبة'], acronym: 5 }, GOOD] });
    assert.deepEqual(r.problems, [{ path: 'organizations[0]', message: 'organization "bad-org": "acronym" must be a string or null' }]);
    assert.ok(r.organizations.includes('good-org'), r.organizations.join(', '));
  });

  // Each run builds the whole knowledge (about 0.1 s): a few dozen runs cover every field.
  it('never throws whatever any field of an organization holds: the entry loads or is named', () => {
    const fields = ['acronym', 'founded', 'seat', 'parent', 'website', 'members', 'abbreviations', 'quotedForms', 'wikidata', 'english', 'type', 'asOf'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const r = buildAndAnalyse({ organizations: [{ ...GOOD, [field]: value }] });
        assert.ok(r.organizations.includes('good-org') !== r.problems.some((p) => p.path === 'organizations[0]'), `${field}: ${JSON.stringify(r)}`);
      }),
      { numRuns: 36, seed: 15 },
    );
  });

  it('never throws whatever any field of a person or an office holds', () => {
    const fields = ['wikidata', 'surnames', 'offices', 'english', 'arabic'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), fc.anything(), (field, value, country) => {
        buildAndAnalyse({ people: [{ ...PERSON, [field]: value }] });
        buildAndAnalyse({ people: [{ ...PERSON, offices: [value, { role: 'president', english: 'Head', start: '2020', country }] }] });
      }),
      { numRuns: 16, seed: 15 },
    );
  });

  it('lets the command line analyse with a bad entry in ./.press-review/, exit 2 and name the entry', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-schema-'));
    fs.mkdirSync(path.join(dir, '.press-review'));
    fs.writeFileSync(path.join(dir, '.press-review', 'orgs.json'), JSON.stringify({ organizations: [{ ...GOOD, id: 'bad-org', arabic: ['منظمة معطوبة'], acronym: 5 }, GOOD] }));
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = await runCli(['analyze', '--format', 'json', 'a.txt'], dir);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /orgs\.json: organizations\[0\]: organization "bad-org": "acronym" must be a string or null \(entry skipped\)/);
    assert.ok(JSON.parse(r.out)[0].organizations.some((o: { id: string }) => o.id === 'good-org'));
  });
});
