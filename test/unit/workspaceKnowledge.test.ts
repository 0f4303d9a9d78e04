// The workspace's knowledge (server/src/lsp/workspaceKnowledge.ts) is built again only when
// its files changed: a reload for a setting, with the same files or none, keeps the one built.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspaceKnowledge } from '../../server/src/lsp/workspaceKnowledge';

describe('the workspace knowledge', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-knowledge-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the one last built while its files are the same, and built again when one changes', () => {
    const targets = [path.join(dir, '.press-review')];
    const none = loadWorkspaceKnowledge(targets, 'en').knowledge;
    assert.equal(loadWorkspaceKnowledge(targets, 'en').knowledge, none, 'no knowledge file: the same knowledge');
    fs.mkdirSync(targets[0]);
    const file = path.join(targets[0], 'people.json');
    fs.writeFileSync(file, JSON.stringify({ people: [{ id: 'person:x', arabic: ['سامي الكاتب'], surnames: ['الكاتب'], english: 'Sami al-Katib', offices: [], asOf: '2026-01-01' }] }));
    const one = loadWorkspaceKnowledge(targets, 'en').knowledge;
    assert.notEqual(one, none);
    assert.ok(one.people.has('person:x'));
    assert.equal(loadWorkspaceKnowledge(targets, 'en').knowledge, one);
    fs.writeFileSync(file, JSON.stringify({ people: [{ id: 'person:y', arabic: ['سامي الكاتب'], surnames: ['الكاتب'], english: 'Sami al-Katib', offices: [], asOf: '2026-01-01' }] }));
    const changed = loadWorkspaceKnowledge(targets, 'en').knowledge;
    assert.notEqual(changed, one);
    assert.ok(changed.people.has('person:y') && !changed.people.has('person:x'));
  });

  it('is built each time from a file nested too deep to key it by (JSON.parse reads 100,000 brackets, JSON.stringify overflows)', () => {
    const target = path.join(dir, '.press-review');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'deep.json'), `{"organizations": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const first = loadWorkspaceKnowledge([target], 'en');
    assert.equal(first.knowledge.problems.length, 1);
    assert.notEqual(loadWorkspaceKnowledge([target], 'en').knowledge, first.knowledge);
  });
});
