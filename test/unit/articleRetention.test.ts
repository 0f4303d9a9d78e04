// The analysis keeps nothing of an article once analyze() has returned. The per-word memos
// (wordMemo.ts) live as long as their knowledge and keep the test function they were made
// with: a test written as a closure inside a per-article function held that function's
// scope, so the document and tokens of the article that first made the memo stayed
// reachable for the life of the process, whatever their size. Proven with a weak
// reference to each document and a full collection, on a knowledge of its own so that
// this test's first article is the one the memos are made for.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze } from '../../server/src/analysis';
import { ArticleDocument } from '../../server/src/analysis/document';
import { knowledgeFor } from '../../server/src/analysis/knowledge';
import { arabicProfile } from '../../server/src/analysis/language/arabic';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Articles with organizations, speech verbs and statements: every memo of the analysis is made. */
const ARTICLES = ['arabiya_nato.txt', 'ahram_iraq.txt'].map((f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'articles', f), 'utf8'));

describe('article retention', () => {
  it('keeps no document alive after analyze() returns, the first one included', async () => {
    // A knowledge no other test used: its memos are made by this test's first article.
    const knowledge = knowledgeFor({ ...arabicProfile() });
    const documents: WeakRef<ArticleDocument>[] = [];
    const of = ArticleDocument.of;
    ArticleDocument.of = (text, k) => {
      const doc = of.call(ArticleDocument, text, k);
      documents.push(new WeakRef(doc));
      return doc;
    };
    try {
      for (const text of ARTICLES) assert.ok(analyze(text, { knowledge }).quotes.length > 0);
    } finally {
      ArticleDocument.of = of;
    }
    assert.equal(documents.length, ARTICLES.length);
    // A weak reference holds its target until the current job ends, and V8's background
    // compilation of a function keeps what its feedback points at until the job is done
    // (in a long suite the first article's objects can be in such a job): so collect again a
    // few times, a job later each. A real leak stays reachable through every round.
    let kept: number[] = [];
    for (let round = 0; round < 10; round++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      collectGarbage();
      kept = documents.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0);
      if (kept.length === 0) break;
    }
    assert.deepEqual(kept, [], `documents still reachable after the analysis: ${kept.join(', ')}`);
  });
});
