// Spec: the hover says how far back an attribution's evidence is in words an Arabic reader
// expects: Arabic counts a noun in several forms (one, two, three to ten, eleven and up),
// not "قبل 1 فقرة".

import { strict as assert } from 'node:assert';
import type { AttributionEvidence } from '../../server/src/analysis';
import { distanceText } from '../../server/src/lsp/evidenceText';

function evidenceAt(paragraphs: number, sentences: number): AttributionEvidence {
  return { rule: 'last-subject', cue: null, confidence: 'weak', candidates: [], distance: { words: 40, sentences, paragraphs } };
}

describe('how far back the evidence is', () => {
  it('counts paragraphs in the Arabic forms of one, two, a few and many', () => {
    assert.deepEqual(
      [1, 2, 3, 10, 11, 100].map((n) => distanceText(evidenceAt(n, 0)).ar),
      ['قبل فقرة', 'قبل فقرتين', 'قبل 3 فقرات', 'قبل 10 فقرات', 'قبل 11 فقرة', 'قبل 100 فقرة'],
    );
  });

  it('counts sentences when the evidence is in the same paragraph', () => {
    assert.deepEqual(
      [1, 2, 5, 12].map((n) => distanceText(evidenceAt(0, n)).ar),
      ['قبل جملة', 'قبل جملتين', 'قبل 5 جمل', 'قبل 12 جملة'],
    );
    assert.equal(distanceText(evidenceAt(0, 2)).en, '2 sentences back');
  });

  it('says paragraphs in English, singular for one', () => {
    assert.equal(distanceText(evidenceAt(1, 3)).en, '1 paragraph back');
    assert.equal(distanceText(evidenceAt(4, 0)).en, '4 paragraphs back');
  });

  it('says nothing when the evidence is in the same sentence', () => {
    assert.deepEqual(distanceText(evidenceAt(0, 0)), { en: '', ar: '' });
  });
});
