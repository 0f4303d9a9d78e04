// The checksum's loop over 32-bit words (checksum.ts) in WebAssembly, for the code cache's
// large inputs: engine.js (210 KB) and its cache (390 KB) are checksummed by every process
// that loads the engine with its cache. The same loop in JavaScript runs mostly before V8
// optimizes it, about 35 instructions a byte (23 M of the command line's cache-writing run);
// this one, set up and run, about 5 M (docs/performance-log.md, session 17, the command line).
// The module is tiny and put together below from its parts, its loop's step written once for
// the four words of a block; test/unit/checksum.test.ts checks that it gives what the
// JavaScript loop gives.

/**
 * The module, in its text form:
 *   (module
 *     (import "x" "m" (memory 1))
 *     (func (export "lanes") (param $end i32) (param $a i32) (param $b i32) (result i32)
 *       (local $p i32) (local $w i32)
 *       (block $done (loop $next
 *         (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
 *         ;; for each word of the block, at offsets 0, 4, 8 and 12 from $p (pushWordStep):
 *         (local.set $w (i32.load offset=K (local.get $p)))
 *         (local.set $a (i32.mul (i32.xor (local.get $a) (local.get $w)) (i32.const 0x01000193)))
 *         (local.set $b (i32.mul (i32.xor (local.get $b) (local.get $w)) (i32.const 0x5bd1e995)))
 *         (local.set $p (i32.add (local.get $p) (i32.const 16)))
 *         (br $next)))
 *       (i32.store (local.get $end) (local.get $b))
 *       (local.get $a)))
 * Lane b goes back through the memory: a function of two results is called through a
 * wrapper that V8 compiles with TurboFan (1 M instructions), one of one result is not.
 */
function moduleBytes(): Uint8Array {
  // Arrays pushed to with all their bytes at once, not spread into: the set-up runs once a
  // process, in the interpreter (two checksums of 210 and 386 KB, module made and run: 4.2 M
  // instructions, 4.0 M with the whole module written out, 5.1 M with spreads).
  // Locals: 0 $end, 1 $a, 2 $b, 3 $p, 4 $w.
  const body = [
    0x01, 0x02, 0x7f, // two i32 locals: $p, $w
    0x02, 0x40, 0x03, 0x40, // block $done, loop $next
    0x20, 0x03, 0x20, 0x00, 0x4f, 0x0d, 0x01, // br_if $done ($p >= $end)
  ];
  for (let offset = 0; offset < BLOCK; offset += 4) pushWordStep(body, offset);
  body.push(
    0x20, 0x03, 0x41, BLOCK, 0x6a, 0x21, 0x03, // $p += BLOCK
    0x0c, 0x00, 0x0b, 0x0b, // br $next, end loop, end block
    0x20, 0x00, 0x20, 0x02, 0x36, 0x02, 0x00, // store $b at $end
    0x20, 0x01, 0x0b, // $a, end
  );
  const head = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    0x01, 0x08, 0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, // type section: (i32 i32 i32) -> i32
    0x02, 0x08, 0x01, 0x01, 0x78, 0x01, 0x6d, 0x02, 0x00, 0x01, // import section: "x" "m", a memory of 1 page or more
    0x03, 0x02, 0x01, 0x00, // function section: one function of that type
    0x07, 0x09, 0x01, 0x05, 0x6c, 0x61, 0x6e, 0x65, 0x73, 0x00, 0x00, // export section: "lanes"
    0x0a, // code section
  ];
  const bodySize = leb128(body.length);
  return Uint8Array.from(head.concat(leb128(1 + bodySize.length + body.length), 0x01, bodySize, body));
}

/** Appends the loop's step for the word at `offset` bytes from $p (under 64: one byte of LEB128). */
function pushWordStep(body: number[], offset: number): void {
  body.push(
    0x20, 0x03, 0x28, 0x02, offset, 0x21, 0x04, // $w = load offset ($p)
    0x20, 0x01, 0x20, 0x04, 0x73, 0x41, 0x93, 0x83, 0x80, 0x08, 0x6c, 0x21, 0x01, // $a = ($a ^ $w) * 0x01000193
    0x20, 0x02, 0x20, 0x04, 0x73, 0x41, 0x95, 0xd3, 0xc7, 0xde, 0x05, 0x6c, 0x21, 0x02, // $b = ($b ^ $w) * 0x5bd1e995
  );
}

/** A size as WebAssembly writes it (unsigned LEB128, up to 16,383). */
function leb128(n: number): number[] {
  return n < 0x80 ? [n] : [(n & 0x7f) | 0x80, n >> 7];
}

/** Bytes a call of the module takes at a time (its loop reads 16 at once). */
const BLOCK = 16;
const PAGE = 65_536;

type Lanes = (end: number, a: number, b: number) => number;
/** What is used here of WebAssembly's JavaScript interface (the project's TypeScript libraries do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}
/** WebAssembly, missing under node --jitless. */
let wasm: WebAssemblyApi | undefined;
/** The compiled module; null where WebAssembly is missing or fails, or where words are not little-endian. */
let compiled: object | null | undefined;

/** Whether this machine stores words little-endian, as WebAssembly reads them: the JavaScript loop's Int32Array reads them as the machine stores them. */
const littleEndian = (): boolean => new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Runs both lanes of the checksum over the whole 16-byte blocks at the start of `bytes`,
 * from the lanes' values `a` and `b`: the lanes after them, and how many bytes they took.
 * Undefined where WebAssembly cannot run here (the caller's JavaScript loop does it all).
 * The memory is made for the call and dropped with it.
 */
export function wasmWordLanes(bytes: Uint8Array, a: number, b: number): { a: number; b: number; end: number } | undefined {
  if (compiled === undefined) {
    try {
      wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
      compiled = wasm && littleEndian() ? new wasm.Module(moduleBytes()) : null;
    } catch {
      compiled = null;
    }
  }
  if (!compiled || !wasm) return undefined;
  const end = bytes.length - (bytes.length % BLOCK);
  try {
    // The bytes, then 4 for lane b.
    const memory = new wasm.Memory({ initial: Math.ceil((end + 4) / PAGE) });
    new Uint8Array(memory.buffer).set(bytes.subarray(0, end));
    const lanes = new wasm.Instance(compiled, { x: { m: memory } }).exports.lanes as Lanes;
    const aAfter = lanes(end, a, b);
    return { a: aAfter, b: new Int32Array(memory.buffer, end, 1)[0], end };
  } catch {
    return undefined;
  }
}
