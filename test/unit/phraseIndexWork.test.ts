// Building the knowledge is linear in the number of phrases, even when they all share a
// first word (issue 15: 100,000 organizations named "منظمة …" took 55 s, each addition
// scanning and splicing the list of its first word). Checked by counting the array
// elements that list scans and splices touch while adding, and by the order that the
// lazy sort must keep.

import { strict as assert } from 'node:assert';
import { PhraseIndex } from '../../server/src/analysis/knowledge/phraseIndex';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import { Tokens } from '../../server/src/analysis/tokens';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';
import { seed, seedFiles } from '../support/article';

const arabicMorphology = builtinKnowledge().morphology;

const tokenize = (text: string): Tokens => Tokens.of(normalizeForMatch(text));

/** The i-th of as many different made-up words as needed (Arabic letters only). */
function word(i: number): string {
  const letters = 'بتثجحخدذرسشصضطظعغفقكلمنهوي';
  let s = '';
  for (let k = i; k > 0 || s === ''; k = Math.floor(k / letters.length)) s += letters[k % letters.length];
  return s;
}

describe('phrase index with many phrases sharing a first word', () => {
  it('adds each phrase without scanning the others (array operations counted)', () => {
    const counts = (n: number): number => {
      let touched = 0;
      const proto = Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
      const saved = { some: proto.some, findIndex: proto.findIndex, splice: proto.splice };
      // Count the elements every list scan or splice could touch while adding.
      for (const name of ['some', 'findIndex', 'splice'] as const) {
        proto[name] = function (this: unknown[], ...args: unknown[]) {
          touched += this.length;
          return saved[name].apply(this, args);
        };
      }
      try {
        const index = new PhraseIndex<number>(arabicMorphology);
        for (let i = 0; i < n; i++) index.add(`منظمة ${word(i)} ${word(i + 1)}`, i);
      } finally {
        Object.assign(proto, saved);
      }
      return touched;
    };
    const small = counts(500);
    const large = counts(8000);
    // Quadratic work touches 256 times as much at 16 times the phrases; linear about 16.
    assert.ok(large <= 32 * Math.max(small, 1000), `${small} then ${large} elements touched`);
  });

  it('still matches the longest phrase first, and the first added among equals', () => {
    const index = new PhraseIndex<string>(arabicMorphology);
    index.add('منظمة التعاون', 'short');
    index.add('منظمة التعاون الاسلامي', 'long');
    index.add('منظمة التعاون الاسلامي', 'duplicate');
    index.add('منظمة الصحة', 'other');
    const tokens = tokenize('منظمة التعاون الاسلامي');
    assert.equal(index.match(tokens, 0)?.value, 'long');
    assert.equal(index.match(tokenize('منظمة التعاون'), 0)?.value, 'short');
    assert.ok(index.hasPhrase('منظمه التعاون الاسلامي'));
    assert.ok(!index.hasWord('منظمه'));
    index.add('منظمة', 'one word');
    assert.ok(index.hasWord('منظمه'));
    assert.equal(index.match(tokenize('منظمة التعاون الاسلامي'), 0)?.value, 'long');
    assert.equal(index.count, 4);
  });

  it('reads a first word\'s proclitics once, and forgets it when a phrase is added', () => {
    const index = new PhraseIndex<string>(arabicMorphology);
    index.add('وزير الخارجية', 'minister');
    const internals = PhraseIndex.prototype as unknown as { readCandidates: (w: string) => unknown };
    const saved = internals.readCandidates;
    let reads = 0;
    internals.readCandidates = function (this: unknown, w: string) {
      reads++;
      return saved.call(this, w);
    };
    try {
      const tokens = tokenize('قال وزير الخارجية ثم قال وزير الخارجية وبوزير الخارجية');
      assert.equal(index.match(tokens, 1)?.value, 'minister');
      assert.equal(index.match(tokens, 5)?.value, 'minister');
      assert.equal(reads, 1, 'the second وزير is answered from its word id');
      const withPrefix = index.match(tokens, 7);
      assert.deepEqual([withPrefix?.value, withPrefix?.prefix], ['minister', 'وب']);
      // A phrase added later is found at a word already read.
      index.add('وزير', 'one word');
      assert.equal(index.match(tokenize('وزير الدفاع'), 0)?.value, 'one word');
    } finally {
      internals.readCandidates = saved;
    }
  });
});

describe('phrase index: may a phrase start at a token', () => {
  it('answers through its word memo exactly as mayStartWith on the token word, for every word of the seeds', () => {
    const k = builtinKnowledge();
    let yes = 0;
    let asked = 0;
    for (const file of seedFiles()) {
      const t = tokenize(seed(file));
      for (const index of [k.organizationIndex, k.quotedOrganizationIndex, k.personIndex]) {
        // Twice: the first answer is computed, the second read from the memo.
        for (let round = 0; round < 2; round++) {
          for (let i = 0; i < t.count; i++) {
            const expected = index.mayStartWith(t.text(i));
            assert.equal(index.mayStartAt(t, i), expected, t.text(i));
            asked++;
            if (expected) yes++;
          }
        }
      }
    }
    assert.ok(asked > 1000 && yes > 0 && yes < asked, `${yes} of ${asked} words may start a name`);
  });
});
