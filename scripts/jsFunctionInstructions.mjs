// Instructions by JavaScript function, from a callgrind run of node with --perf-basic-prof
// (docs/performance-log.md, session 17): cachegrind names V8's generated code "???", so
// instructionParts.sh can say how much went to optimized code or inline caches, not whose.
// Callgrind with --dump-instr=yes keeps each instruction's address; V8's perf map
// (/tmp/perf-PID.map) says which function's code, in which tier, holds it:
// "JS:*f" TurboFan, "JS:^f" Sparkplug (Ignition's handlers are shared builtins: not here).
//   node scripts/jsFunctionInstructions.mjs CALLGRIND_OUT PERF_MAP [TOP]
// prints each function's own instructions by tier, and what its Sparkplug code spent in
// the inline caches and other builtins it called (the garbage collections they set off
// included; calls of other functions left out).
// scripts/jsFunctionInstructions.sh runs the program and this on its output.
import { readFileSync } from 'node:fs';

const [outFile, mapFile, topArg] = process.argv.slice(2);
if (!outFile || !mapFile) {
  console.error('usage: node scripts/jsFunctionInstructions.mjs CALLGRIND_OUT PERF_MAP [TOP]');
  process.exit(2);
}
const top = Number(topArg ?? 40);

// The perf map: "start size name", sorted by start for a binary search.
const code = readFileSync(mapFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [start, size, ...name] = line.split(' ');
    return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(' ') };
  })
  .sort((a, b) => a.start - b.start);

function codeAt(address) {
  let lo = 0;
  let hi = code.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (code[mid].start <= address) lo = mid;
    else hi = mid - 1;
  }
  const c = code[lo];
  return c && c.start <= address && address < c.end ? c.name : null;
}

// Callgrind's format: "fn=(id) name" (the name only the first time), cost lines
// "address line cost" with addresses absolute (0x…) or relative (+n, -n, *), and a
// "calls=" line before the cost line of a call, whose cost is the callee's, inclusive.
// Builtins that run other functions' code (calls, frames, on-stack replacement, the
// runtime) would count it here: left out.
const RUNS_OTHER_CODE = /^Builtins_(Call|Construct|Baseline|InterpreterEntry|CompileLazy|CEntry)|OnStackReplacement/;
const names = new Map();
const nameOf = (value) => {
  const m = /^\((\d+)\)(?: (.*))?$/.exec(value);
  if (!m) return value;
  if (m[2] !== undefined) names.set(m[1], m[2]);
  return names.get(m[1]) ?? '?';
};
const own = new Map(); // JS function -> instructions of its own code
const called = new Map(); // JS function -> builtin -> instructions, inclusive
let callee = null;
let inCall = false;
let address = 0;
const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);

for (const line of readFileSync(outFile, 'utf8').split('\n')) {
  const c = line[0];
  if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '*') {
    const [pos, , cost] = line.split(' ');
    if (cost === undefined) continue;
    if (pos.startsWith('0x')) address = parseInt(pos, 16);
    else if (pos[0] === '+') address += Number(pos.slice(1));
    else if (pos[0] === '-') address -= Number(pos.slice(1));
    const fn = codeAt(address);
    if (inCall) {
      inCall = false;
      if (fn?.startsWith('JS:^') && callee.startsWith('Builtins_') && !callee.endsWith("'2") && !RUNS_OTHER_CODE.test(callee)) {
        if (!called.has(fn)) called.set(fn, new Map());
        add(called.get(fn), callee, Number(cost));
      }
    } else if (fn?.startsWith('JS:')) add(own, fn, Number(cost));
  } else if (line.startsWith('cfn=')) callee = nameOf(line.slice(4));
  else if (line.startsWith('fn=')) nameOf(line.slice(3));
  else if (line.startsWith('calls=')) inCall = true;
}

const millions = (n) => (n / 1e6).toFixed(1).padStart(8);
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
const byTier = { '*': 0, '^': 0 };
for (const [fn, n] of own) byTier[fn[3]] = (byTier[fn[3]] ?? 0) + n;
const builtins = new Map();
for (const m of called.values()) for (const [b, n] of m) add(builtins, b, n);
console.log(`own code: TurboFan ${millions(byTier['*'])} M, Sparkplug ${millions(byTier['^'])} M; builtins called by Sparkplug code ${millions(sum(builtins))} M`);
console.log('\nbuiltins called by Sparkplug code');
for (const [b, n] of [...builtins].sort((x, y) => y[1] - x[1]).slice(0, 12)) console.log(`${millions(n)}  ${b}`);
console.log('\nfunctions: own code, and builtins their Sparkplug code called (M instructions)');
const total = (fn) => (own.get(fn) ?? 0) + sum(called.get(fn) ?? new Map());
const fns = [...new Set([...own.keys(), ...called.keys()])].sort((a, b) => total(b) - total(a));
for (const fn of fns.slice(0, top)) console.log(`${millions(own.get(fn) ?? 0)} ${millions(sum(called.get(fn) ?? new Map()))}  ${fn}`);
