// pressReview.* settings of the wrong type (issue 15): whatever JSON a client sends in any
// setting (null, a number as a string, a huge array, an object where a list is expected),
// parseSettings gives every field its type and its bounds, and never throws.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, MAX_INDEX_FILE_KB, MAX_KNOWLEDGE_FILES, parseSettings, type Settings } from '../../server/src/lsp/configuration';
import { MAX_GLOBS } from '../../server/src/lsp/globLimits';

const KEYS = ['language', 'rules', 'statementMinWords', 'sourceLine', 'files', 'knowledgeFiles', 'editor', 'detectArticles', 'index'];

/** Every field of the result has its type and is within its bounds. */
function assertWellTyped(s: Settings): void {
  assert.ok(['auto', 'en', 'ar'].includes(s.language));
  assert.ok(typeof s.rules === 'object' && s.rules !== null && !Array.isArray(s.rules));
  assert.ok(Number.isInteger(s.statementMinWords) && s.statementMinWords >= 1);
  assert.ok(['auto', 'always', 'never'].includes(s.sourceLine));
  assert.ok(Array.isArray(s.files) && s.files.length <= MAX_GLOBS && s.files.every((g) => typeof g === 'string'));
  assert.ok(Array.isArray(s.knowledgeFiles) && s.knowledgeFiles.length <= MAX_KNOWLEDGE_FILES && s.knowledgeFiles.every((g) => typeof g === 'string'));
  assert.equal(typeof s.editor.inlineMarks, 'boolean');
  assert.equal(typeof s.detectArticles, 'boolean');
  assert.equal(typeof s.index.enabled, 'boolean');
  assert.ok(Number.isFinite(s.index.maxFileSizeKB) && s.index.maxFileSizeKB > 0 && s.index.maxFileSizeKB <= MAX_INDEX_FILE_KB);
}

describe('pressReview.* settings of the wrong type', () => {
  it('gives every field its type and bounds, whatever JSON is in any setting', () => {
    const section = fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }));
    const nested = fc.record({ index: fc.dictionary(fc.constantFrom('enabled', 'maxFileSizeKB'), fc.jsonValue({ maxDepth: 2 })), rules: fc.dictionary(fc.constantFrom('unattributed-quote', 'page-chrome', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 2 }), section, nested), fc.jsonValue({ maxDepth: 2 }), (raw, associations) => assertWellTyped(parseSettings(raw, associations))), { numRuns: 2000, seed: 15 });
  });

  it('falls back to the defaults for null, and for numbers and booleans written as strings of the wrong kind', () => {
    assert.deepEqual(parseSettings(null), parseSettings({}));
    assert.deepEqual(parseSettings({ language: null, rules: null, statementMinWords: null, files: null, knowledgeFiles: null, editor: null, detectArticles: null, index: null }), parseSettings({}));
    const s = parseSettings({ statementMinWords: 'three', detectArticles: 'true', index: { enabled: 'false', maxFileSizeKB: '-1' } });
    assert.equal(s.statementMinWords, DEFAULT_SETTINGS.statementMinWords);
    assert.equal(s.detectArticles, DEFAULT_SETTINGS.detectArticles);
    assert.equal(s.index.enabled, DEFAULT_SETTINGS.index.enabled);
    assert.equal(s.index.maxFileSizeKB, DEFAULT_SETTINGS.index.maxFileSizeKB);
    assert.equal(parseSettings({ statementMinWords: '4' }).statementMinWords, 4, 'a whole number written as a string is that number');
  });

  it('bounds huge arrays and sizes: 100,000 knowledge files, a 1e12 KB index limit', () => {
    const s = parseSettings({ knowledgeFiles: Array.from({ length: 100_000 }, (_, i) => `kb/${i}.json`), files: Array.from({ length: 100_000 }, (_, i) => `${i}/*.txt`), index: { maxFileSizeKB: 1e12 } });
    assert.equal(s.knowledgeFiles.length, MAX_KNOWLEDGE_FILES);
    assert.deepEqual(s.knowledgeFiles.slice(0, 2), ['kb/0.json', 'kb/1.json'], 'the first ones, in order');
    assert.equal(s.files.length, MAX_GLOBS);
    assert.equal(s.index.maxFileSizeKB, MAX_INDEX_FILE_KB);
  });
});
