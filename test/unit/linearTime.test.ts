// The analysis takes time linear in the length of the text, whatever the text: k copies
// of an article cost about k times one copy, and so do the shapes that used to cost the
// square of their size (a paragraph of thousands of quotes with no full stop, quotes
// nested thousands deep, a date followed by a run of spaces…; test/support/textShapes.ts).
// Proven by counting the steps of the analysis's loops (server/src/analysis/workMeter.ts),
// which no load on the machine can change, and so is what the server derives from an
// analysis (its outline, diagnostics and hover count their steps on the same meter).
// Nothing here is timed. A regular expression's own backtracking is judged by recheck in
// regexes.test.ts. See test/support/scaling.ts.

import { strict as assert } from 'node:assert';
import { analyze, builtinKnowledge, type Analysis } from '../../server/src/analysis';
import { Converter } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { describeGrowth, workGrowth } from '../support/scaling';
import { SHAPES } from '../support/textShapes';

/**
 * Bounded looks (600 characters back to a quote's sentence start, 30 words back to a
 * speech noun) cost less on a text shorter than their bound, so a short text would make
 * linear work look super-linear; from this length on they are full, and what grows
 * faster than the text is a real super-linear path.
 */
const COUNTED_MIN_LENGTH = 4000;

/** The shape's n, doubled until one copy of the text is COUNTED_MIN_LENGTH long. */
function countedN(shape: { make: (n: number) => string; n: number }): number {
  let n = shape.n;
  while (shape.make(n).length < COUNTED_MIN_LENGTH) n *= 2;
  return n;
}

describe('analysis work is linear in the length of the text (steps counted)', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: 16 times the text costs at most 20 times the steps`, function () {
      this.timeout(120000);
      const g = workGrowth(shape.make, countedN(shape), (text) => analyze(text));
      if (process.env.PRESS_REVIEW_SHOW_GROWTH) console.log(`      ${describeGrowth(g)}`);
      assert.ok(g.ok, describeGrowth(g));
    });
  }
});

/**
 * What the server derives from one analysis: outline, diagnostics, and a hover at the end of
 * the text, its worst case: hover stops at the first mention under the cursor, and at the
 * end it looks at every mention before it settles on the last quote or nothing.
 */
function serverFeatures({ text, analysis }: { text: string; analysis: Analysis }): unknown[] {
  const convert = new Converter(text);
  return [documentSymbols(analysis, convert), toDiagnostics(analysis, convert, 'untitled:x', { rules: {}, language: 'en' }), hoverAt(analysis, convert, text.length, builtinKnowledge())];
}

describe('so is what the server derives from it: outline, diagnostics, hover (steps counted, the analysis made beforehand)', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: 16 times the text costs at most 20 times the steps`, function () {
      this.timeout(120000);
      const make = (n: number) => {
        const text = shape.make(n);
        return { text, analysis: analyze(text) };
      };
      const g = workGrowth(make, countedN(shape), serverFeatures);
      if (process.env.PRESS_REVIEW_SHOW_GROWTH) console.log(`      ${describeGrowth(g)}`);
      assert.ok(g.ok, describeGrowth(g));
    });
  }
});
