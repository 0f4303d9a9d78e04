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

  it('are Arabic and Latin letters and digits, and nothing past a string or outside UTF-16', () => {
    for (const ch of 'ءاقيaZ09éж') assert.ok(isWordCode(ch.charCodeAt(0)), ch);
    for (const ch of ' .،؟«_٠\u064b\u200c') assert.ok(!isWordCode(ch.charCodeAt(0)), ch);
    for (const c of [NaN, -1, 0x10000, 0x1f600]) assert.ok(!isWordCode(c), String(c));
  });
});
