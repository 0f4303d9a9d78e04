// packedMap hands out arrays of one shape whether its caller runs in the interpreter or
// optimized: optimized code that inlines Array.prototype.map makes a holey array where the
// interpreter makes a packed one, and every reader optimized on the packed ones threw its
// code away at the first holey one (attribute() was compiled five times per index worker).
// Read through V8's own test functions, in both tiers of one caller.

import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { packedMap } from '../../server/src/analysis/packedMap';

v8.setFlagsFromString('--allow-natives-syntax');
// Written as source text: the natives syntax is no TypeScript, and the flag must be set before it is parsed.
const natives = new Function(
  'packedMap',
  `const caller = (xs) => packedMap(xs, (x, i) => ({ x, i }));
   return {
     caller,
     holey: (a) => %HasHoleyElements(a),
     prepare: () => %PrepareFunctionForOptimization(caller),
     optimizeNext: () => %OptimizeFunctionOnNextCall(caller),
     optimized: () => (%GetOptimizationStatus(caller) & 16) !== 0,
   };`,
)(packedMap) as {
  caller: (xs: readonly number[]) => { x: number; i: number }[];
  holey: (a: unknown[]) => boolean;
  prepare: () => void;
  optimizeNext: () => void;
  optimized: () => boolean;
};

describe('packedMap', () => {
  it('maps like Array.prototype.map, index included', () => {
    assert.deepEqual(
      packedMap([3, 5, 8], (x, i) => x * 10 + i),
      [30, 51, 82],
    );
    assert.deepEqual(
      packedMap([], () => 1),
      [],
    );
  });

  it('gives a packed array in the interpreter and in optimized code alike', () => {
    natives.prepare();
    const interpreted = natives.caller([1, 2, 3]);
    assert.equal(natives.optimized(), false);
    assert.equal(natives.holey(interpreted), false);
    natives.caller([4]);
    natives.optimizeNext();
    const fromOptimized = natives.caller([1, 2, 3]);
    assert.equal(natives.optimized(), true, 'the caller was optimized');
    assert.equal(natives.holey(fromOptimized), false);
    assert.deepEqual(fromOptimized, interpreted);
  });
});
