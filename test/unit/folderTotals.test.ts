import { strict as assert } from 'node:assert';
import type { ArticleSummary } from '../../server/src/lsp/articleSummary';
import { FolderTotals } from '../../server/src/lsp/folderTotals';

/** A summary with the given statements per speaker and mentions per organization. */
function summary(uri: string, speakers: Record<string, number>, organizations: Record<string, number>): ArticleSummary {
  return {
    uri,
    title: null,
    hasSource: false,
    speakers: Object.entries(speakers).map(([id, quotes]) => ({ id, name: id, aliases: [], role: null, kind: 'person', quotes, mentions: new Uint32Array(4), searchKey: id })),
    organizations: Object.entries(organizations).map(([id, n]) => ({ id, name: id, english: null, acronym: null, known: true, mentions: new Uint32Array(4 * n), searchKey: id })),
  };
}

describe('folder totals (the "in this folder" line of hovers)', () => {
  it('adds up statements and mentions, and counts only the articles where they occur', () => {
    const t = new FolderTotals();
    t.add(summary('a', { lavrov: 3, zas: 0 }, { nato: 2 }));
    t.add(summary('b', { lavrov: 1 }, { nato: 1, csto: 4 }));
    assert.deepEqual(t.speaker('lavrov'), { count: 4, articles: 2 });
    assert.deepEqual(t.speaker('zas'), { count: 0, articles: 0 }, 'a speaker with no statement adds no article');
    assert.deepEqual(t.organization('nato'), { count: 3, articles: 2 });
    assert.deepEqual(t.organization('csto'), { count: 4, articles: 1 });
    assert.deepEqual(t.speaker('nobody'), { count: 0, articles: 0 });
  });

  it('takes an article back out when it is removed or replaced by a newer summary', () => {
    const t = new FolderTotals();
    const first = summary('a', { lavrov: 3 }, { nato: 2 });
    t.add(first);
    t.add(summary('b', { lavrov: 1 }, {}));
    t.remove(first);
    t.add(summary('a', { lavrov: 1 }, {}));
    assert.deepEqual(t.speaker('lavrov'), { count: 2, articles: 2 });
    assert.deepEqual(t.organization('nato'), { count: 0, articles: 0 });
  });

  it('counts per directory the articles and those with a source line, as they come and go', () => {
    const t = new FolderTotals();
    const withSource = (uri: string, hasSource: boolean): ArticleSummary => ({ ...summary(uri, {}, {}), hasSource });
    const a = withSource('file:///news/a.txt', true);
    t.add(a);
    t.add(withSource('file:///news/b.txt', true));
    t.add(withSource('file:///news/c.txt', false));
    t.add(withSource('file:///news/old/d.txt', true));
    t.add(withSource('untitled:Untitled-1', true));
    assert.deepEqual(t.sourceLines('/news'), { withSource: 2, articles: 3 });
    assert.deepEqual(t.sourceLines('/news/old'), { withSource: 1, articles: 1 }, 'a subfolder is its own directory');
    t.remove(a);
    t.add(withSource('file:///news/a.txt', false));
    assert.deepEqual(t.sourceLines('/news'), { withSource: 1, articles: 3 });
    t.remove(withSource('file:///news/old/d.txt', true));
    assert.equal(t.sourceLines('/news/old'), undefined, 'a directory with no article left is forgotten');
  });

  it('hands out copies, so a caller cannot change the totals', () => {
    const t = new FolderTotals();
    t.add(summary('a', { lavrov: 3 }, {}));
    t.speaker('lavrov').count = 99;
    assert.equal(t.speaker('lavrov').count, 3);
  });
});
