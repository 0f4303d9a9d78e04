// A window of warm analyses between two markers, for instruction counts of exactly those
// analyses (docs/performance-log.md, session 19):
//   node bench/engineWindow.cjs ENGINE ARTICLE WARM EXTRA
// builds the built-in knowledge, analyses ARTICLE WARM times, calls v8.getHeapCodeStatistics()
// (the marker), analyses it EXTRA times more, and calls the marker again.
// scripts/windowInstructions.sh dumps valgrind's counters at each marker, so the knowledge,
// the WARM analyses and Node's start are left out without a second run to subtract.
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');

const [engineFile, articleFile, warmArg, extraArg] = process.argv.slice(2);
if (!engineFile || !articleFile || !/^\d+$/.test(warmArg ?? '') || !/^\d+$/.test(extraArg ?? '')) {
  console.error('usage: node bench/engineWindow.cjs ENGINE ARTICLE WARM EXTRA');
  process.exit(2);
}
const engine = require(path.resolve(engineFile));
const knowledge = engine.builtinKnowledge();
const text = fs.readFileSync(articleFile, 'utf8');
for (let i = 0; i < Number(warmArg); i++) engine.analyze(text, { knowledge });
v8.getHeapCodeStatistics();
for (let i = 0; i < Number(extraArg); i++) engine.analyze(text, { knowledge });
v8.getHeapCodeStatistics();
