// The code cache's checksum (server/src/node/checksum.ts): it must tell a damaged cache
// file from a sound one and one source from another, at any alignment of the bytes.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { checksum, WASM_FROM_BYTES } from '../../server/src/node/checksum';
import { wasmWordLanes } from '../../server/src/node/checksumWasm';

/** Bytes that are not all alike (a linear congruential sequence). */
function sample(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe('the code cache checksum', () => {
  it('is 16 hex digits, the same for the same bytes', () => {
    const bytes = sample(1_003);
    assert.match(checksum(bytes), /^[0-9a-f]{16}$/);
    assert.equal(checksum(bytes), checksum(Uint8Array.from(bytes)));
  });

  it('reads bytes that start off a 4-byte boundary as it reads them aligned', () => {
    const bytes = sample(1_003);
    for (let offset = 1; offset < 4; offset++) {
      const shifted = new Uint8Array(bytes.length + offset);
      shifted.set(bytes, offset);
      assert.equal(checksum(shifted.subarray(offset)), checksum(bytes), `offset ${offset}`);
    }
  });

  it('reads an unaligned Node Buffer (whose slice is a view, not a copy) as its own bytes', () => {
    const bytes = sample(1_003);
    for (let offset = 1; offset < 4; offset++) {
      const shifted = Buffer.alloc(bytes.length + offset, 0x5a);
      shifted.set(bytes, offset);
      assert.equal(checksum(shifted.subarray(offset)), checksum(bytes), `offset ${offset}`);
    }
  });

  it('changes with any one byte changed, in the words and in the last bytes', () => {
    const bytes = sample(1_027);
    const sound = checksum(bytes);
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        bytes[i] ^= flip;
        assert.notEqual(checksum(bytes), sound, `byte ${i} ^ ${flip}`);
        bytes[i] ^= flip;
      }
    }
    assert.equal(checksum(bytes), sound);
  });

  it('changes with the length, even by trailing zeros, and with two words swapped', () => {
    const bytes = sample(64);
    const longer = new Uint8Array(68);
    longer.set(bytes);
    assert.notEqual(checksum(longer), checksum(bytes));
    assert.notEqual(checksum(longer.subarray(0, 65)), checksum(bytes));
    assert.notEqual(checksum(new Uint8Array(0)), checksum(new Uint8Array(4)));
    const swapped = Uint8Array.from(bytes);
    swapped.set(bytes.subarray(0, 4), 4);
    swapped.set(bytes.subarray(4, 8), 0);
    assert.notEqual(checksum(swapped), checksum(bytes));
  });

  it('gives through WebAssembly what it gives in JavaScript, at any length and alignment', () => {
    const bytes = sample(70_000);
    const done = wasmWordLanes(bytes, 1, 2);
    assert.ok(done, 'WebAssembly runs here');
    assert.equal(done.end, 70_000 - (70_000 % 16));
    for (const length of [0, 3, 4, 15, 16, 17, 31, 32, 33, 1_027, 65_535, 65_536, 65_537, 69_999]) {
      for (let offset = 0; offset < 4; offset++) {
        const part = bytes.subarray(offset, offset + length);
        assert.equal(checksum(part, true), checksum(part, false), `length ${length}, offset ${offset}`);
      }
    }
    // Past a page of the module's memory, lane b (kept after the bytes) on a new page.
    const large = sample(3 * 65_536 - 4);
    assert.equal(checksum(large), checksum(large, false));
    assert.ok(WASM_FROM_BYTES <= large.length, 'the large input goes through WebAssembly by default');
  });

  it('gives the same without WebAssembly (node --jitless)', function () {
    this.timeout(30_000);
    const script = `const { checksum } = require(${JSON.stringify(require.resolve('../../server/src/node/checksum'))});
      const bytes = new Uint8Array(${WASM_FROM_BYTES + 7}).map((_, i) => (i * 2654435761) >>> 24);
      process.stdout.write(typeof WebAssembly + ' ' + checksum(bytes));`;
    const [kind, result] = execFileSync(process.execPath, ['--jitless', '--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split(' ');
    assert.equal(kind, 'undefined', 'no WebAssembly there');
    const bytes = new Uint8Array(WASM_FROM_BYTES + 7).map((_, i) => (i * 2654435761) >>> 24);
    assert.equal(result, checksum(bytes));
  });
});
