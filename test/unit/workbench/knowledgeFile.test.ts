// "Add Speaker / Organization to Workspace Knowledge" writes entries the server accepts
// (the built-in schema) and leaves the rest of the user's file as it was.

import { strict as assert } from 'node:assert';
import { buildKnowledge } from '../../../server/src/analysis';
import { validateKnowledgeFile } from '../../../server/src/shared/knowledgeSchema';
import { insertEntry, organizationEntry, personEntry, slug } from '../../../client/src/model/knowledgeFile';
import { article } from '../../support/article';

const ministry = organizationEntry({ arabic: ['وكالة الأنباء الوطنية', 'الوكالة الوطنية'], english: 'National News Agency', type: 'news agency', asOf: '2026-11-24' });

describe('workspace knowledge entries', () => {
  it('makes organization and person entries the schema accepts', () => {
    const person = personEntry({ arabic: ['سيرغي لافروف', 'لافروف'], english: 'Sergey Lavrov', wikidata: 'Q157467', asOf: '2026-11-24' });
    assert.deepEqual(validateKnowledgeFile({ organizations: [ministry], people: [person] }).problems, []);
    assert.equal(ministry.id, 'national-news-agency');
    assert.deepEqual(person.arabic, ['سيرغي لافروف'], 'full names only');
    assert.deepEqual(person.surnames, ['لافروف'], 'the last word of the full name, once');
    assert.equal(person.wikidata, 'Q157467');
    assert.equal(personEntry({ arabic: ['فلان'], english: 'Someone', wikidata: ' ', asOf: '2026-11-24' }).wikidata, undefined, 'an empty Wikidata id is left out');
  });

  it('slugs English names to lower-case ASCII ids', () => {
    assert.equal(slug('Ministry of Foreign Affairs (Russia)'), 'ministry-of-foreign-affairs-russia');
    assert.equal(slug('Société Générale'), 'societe-generale');
    assert.equal(slug('وزارة'), '');
  });

  it('creates a new file with the entry', () => {
    const r = insertEntry(undefined, 'organizations', ministry);
    assert.ok(r.ok);
    const data = JSON.parse(r.text);
    assert.deepEqual(data.organizations, [ministry]);
    assert.deepEqual(validateKnowledgeFile(data).problems, []);
    assert.ok(r.text.slice(r.offset).startsWith('{'), 'the offset points at the new entry');
  });

  it('appends to an existing list and leaves every other byte of the file as it was', () => {
    const before = '{\n  "asOf": "2026-01-01",\n  "organizations": [\n    {"id": "x", "arabic": ["منظمة س"], "english": "X", "type": "t", "asOf": "2026-01-01"}\n  ],\n  "people": []\n}\n';
    const r = insertEntry(before, 'organizations', ministry);
    assert.ok(r.ok);
    const [edit] = r.edits;
    assert.equal(r.edits.length, 1);
    assert.equal(edit.length, 0, 'an insertion only');
    assert.equal(r.text.slice(0, edit.offset), before.slice(0, edit.offset));
    assert.equal(r.text.slice(edit.offset + edit.content.length), before.slice(edit.offset));
    const data = JSON.parse(r.text);
    assert.deepEqual(data.organizations.map((o: { id: string }) => o.id), ['x', 'national-news-agency']);
    assert.deepEqual(data.people, []);
  });

  it('adds the list when the file has none, and gives a taken id a suffix', () => {
    const r = insertEntry('{"people": []}', 'organizations', ministry);
    assert.ok(r.ok);
    assert.equal(JSON.parse(r.text).organizations[0].id, 'national-news-agency');
    const again = insertEntry(r.text, 'organizations', { ...ministry, arabic: ['وكالة أخرى'] });
    assert.ok(again.ok);
    assert.equal(again.id, 'national-news-agency-2');
  });

  it('follows the file\'s own line breaks and indentation', () => {
    const r = insertEntry('{\r\n\t"organizations": []\r\n}\r\n', 'organizations', ministry);
    assert.ok(r.ok);
    assert.ok(!/[^\r]\n/.test(r.text), 'CRLF only');
    assert.match(r.text, /\r\n\t\t\{\r\n\t\t\t"id": "national-news-agency"/);
    const empty = insertEntry('{}', 'organizations', ministry);
    assert.ok(empty.ok);
    assert.deepEqual(JSON.parse(empty.text), { organizations: [ministry] });
  });

  it('refuses a name that is already there (diacritics aside) and a file that is not a JSON object', () => {
    const existing = insertEntry(undefined, 'organizations', ministry);
    assert.ok(existing.ok);
    const twice = insertEntry(existing.text, 'organizations', { ...ministry, id: 'other', arabic: ['وَكالة الأنباء الوطنية'] });
    assert.deepEqual(twice, { ok: false, reason: 'an entry with this name is already there', existingId: 'national-news-agency' });
    assert.equal(insertEntry('[1, 2]', 'organizations', ministry).ok, false);
    assert.equal(insertEntry('{"organizations": {}}', 'organizations', ministry).ok, false);
    assert.equal(insertEntry('{ broken', 'organizations', ministry).ok, false);
  });

  it('is knowledge the analysis then uses: the new organization is found in an article', () => {
    const r = insertEntry(undefined, 'organizations', ministry);
    assert.ok(r.ok);
    const knowledge = buildKnowledge([{ source: '.press-review/organizations.json', data: JSON.parse(r.text) }]);
    assert.deepEqual(knowledge.problems, []);
    const a = article(['عنوان', '', 'ذكرت وكالة الأنباء الوطنية أن الاجتماع سيعقد غدا.'], { knowledge });
    assert.ok(a.organizations.some((o) => o.id === 'national-news-agency' && o.english === 'National News Agency'));
  });
});
