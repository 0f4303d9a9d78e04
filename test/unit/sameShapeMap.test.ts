// sameShapeMap hands out arrays of one shape whether its caller runs in the interpreter or
// optimized: optimized code that inlines Array.prototype.map makes a holey array where the
// interpreter makes a packed one, and every reader optimized on the packed ones threw its
// code away at the first holey one (attribute() was compiled five times per index worker).
// Read through V8's own test functions, in both tiers of one caller.

import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { sameShapeMap } from '../../server/src/analysis/sameShapeMap';

v8.setFlagsFromString('--allow-natives-syntax');
// Written as source text: the natives syntax is no TypeScript, and the flag must be set before it is parsed.
const natives = new Function(
  'sameShapeMap',
  `const caller = (xs) => sameShapeMap(xs, (x, i) => ({ x, i }));
   return {
     caller,
     sameMap: (a, b) => %HaveSameMap(a, b),
     prepare: () => %PrepareFunctionForOptimization(caller),
     optimizeNext: () => %OptimizeFunctionOnNextCall(caller),
     optimized: () => (%GetOptimizationStatus(caller) & 16) !== 0,
   };`,
)(sameShapeMap) as {
  caller: (xs: readonly number[]) => { x: number; i: number }[];
  sameMap: (a: unknown[], b: unknown[]) => boolean;
  prepare: () => void;
  optimizeNext: () => void;
  optimized: () => boolean;
};

describe('sameShapeMap', () => {
  it('maps like Array.prototype.map, index included', () => {
    assert.deepEqual(
      sameShapeMap([3, 5, 8], (x, i) => x * 10 + i),
      [30, 51, 82],
    );
    assert.deepEqual(
      sameShapeMap([], () => 1),
      [],
    );
  });

  it('gives arrays of one shape in the interpreter and in optimized code (empty ones, one of their own)', () => {
    natives.prepare();
    const interpreted = natives.caller([1, 2, 3]);
    const interpretedEmpty = natives.caller([]);
    assert.equal(natives.optimized(), false);
    natives.optimizeNext();
    const fromOptimized = natives.caller([1, 2, 3]);
    assert.equal(natives.optimized(), true, 'the caller was optimized');
    const fromOptimizedEmpty = natives.caller([]);
    assert.ok(natives.sameMap(fromOptimized, interpreted), 'optimized and interpreted results share their map');
    assert.ok(natives.sameMap(fromOptimizedEmpty, interpretedEmpty), 'optimized and interpreted empty results share their map');
    assert.deepEqual(fromOptimized, interpreted);
  });
});
