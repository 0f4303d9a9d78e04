// Semantic tokens are linear in quote nesting (issue 15: 80 KB of nested « took 196 s,
// and every other request waited). Proven by counting the steps of the work, never by
// a clock: 16 times the nesting may cost at most about 16 times the steps (a heap adds
// a logarithm), where the old walk-up-and-filter cost 256 times as many.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { Converter } from '../../server/src/lsp/convert';
import { flatten, semanticTokens, type WorkCounter } from '../../server/src/lsp/semanticTokens';
import { nestedQuotes } from '../support/badInputs';

function steps(text: string): { steps: number; tokens: number } {
  const work: WorkCounter = { steps: 0 };
  const data = semanticTokens(analyze(text), new Converter(text), work).data;
  return { steps: work.steps, tokens: data.length / 5 };
}

describe('semantic tokens on deep nesting', function () {
  this.timeout(120000);

  it('does work about linear in the nesting depth of quotes', () => {
    const small = steps(nestedQuotes(250));
    const large = steps(nestedQuotes(4000));
    assert.ok(small.steps > 250, `counted ${small.steps} steps`);
    // Every quote still shows: two pieces of each, around the quote it holds.
    assert.ok(large.tokens >= 2 * 4000, `${large.tokens} tokens`);
    const ratio = large.steps / small.steps;
    assert.ok(ratio < 32, `16× the nesting took ${ratio.toFixed(1)}× the steps (linear ≈ 16, quadratic ≈ 256)`);
  });

  it('paints the innermost span of the highest layer, the first of equal ones', () => {
    const quote = (start: number, end: number, layer: number, type = 0) => ({ start, end, type, modifiers: 0, layer });
    // Outer quote 0–10 holds a quote 2–8 holding a speaker 4–6 (layer 1002); a twin of the inner quote loses to the first.
    const pieces = flatten([quote(0, 10, 0), quote(2, 8, 1, 1), quote(2, 8, 1, 2), quote(4, 6, 1002, 3)]);
    assert.deepEqual(
      pieces.map((p) => [p.start, p.end, p.type]),
      [
        [0, 2, 0],
        [2, 4, 1],
        [4, 6, 3],
        [6, 8, 1],
        [8, 10, 0],
      ],
    );
  });
});
