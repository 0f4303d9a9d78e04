// A 64-bit checksum of bytes for the code cache (codeCache.ts): it names a cache by its
// source and finds a cache file damaged on disk. Not cryptographic (the cache is read only
// from a folder no one else may write to). Written here rather than taken from node:crypto
// because loading crypto costs about 51 M instructions (valgrind, Node 20), half of what
// the cache saves an index worker, which loads no crypto otherwise (the server's LSP
// library does); zlib's crc32 needs Node 20.15.

import { wasmWordLanes } from './checksumWasm';

/** From this many bytes on, the words go through WebAssembly (checksumWasm.ts): below, its set-up (1.5 M instructions) costs more than it saves. */
export const WASM_FROM_BYTES = 64 * 1024;

/**
 * Two FNV-1a lanes over the bytes read as 32-bit words (then the last one to three bytes),
 * with the length: each step is a one-to-one map of a lane for a given word, so two inputs
 * of one length that differ in a single word always differ in their checksum. `wasm` false
 * keeps to JavaScript (the result is the same).
 */
export function checksum(bytes: Uint8Array, wasm = bytes.length >= WASM_FROM_BYTES): string {
  const whole = bytes.length & ~3;
  let a = 0x811c9dc5 ^ bytes.length;
  let b = 0x3c6ef372;
  let from = 0;
  const done = wasm ? wasmWordLanes(bytes, a, b) : undefined;
  if (done) ({ a, b, end: from } = done);
  // An Int32Array view needs an aligned start; otherwise the words are copied (Uint8Array.from:
  // a Buffer's slice would be a view of its whole pool, not a copy).
  const rest = bytes.subarray(from, whole);
  const words = rest.byteOffset % 4 === 0 ? new Int32Array(rest.buffer, rest.byteOffset, rest.length >>> 2) : new Int32Array(Uint8Array.from(rest).buffer);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ w, 0x5bd1e995);
  }
  for (let i = whole; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x5bd1e995);
  }
  return hex(a) + hex(b);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
