// The character tables built at load by ranges (analysis/evidence.ts) read the word
// characters from WORD_CODE_RANGES: the ranges must be exactly what isWordCode accepts.

import { strict as assert } from 'node:assert';
import { WORD_CODE_RANGES, isWordCode } from '../../server/src/shared/matchText';

describe('the word characters', () => {
  it('are the same by range as by isWordCode, for every UTF-16 unit', () => {
    const inRanges = (c: number): boolean => WORD_CODE_RANGES.some(([from, to]) => c >= from && c <= to);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (inRanges(c) !== isWordCode(c)) differ.push(c);
    assert.deepEqual(differ, []);
  });
});
