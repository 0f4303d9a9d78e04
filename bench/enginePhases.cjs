// The engine's start-up by phase, for instruction counts (docs/performance-log.md, session 10):
//   node bench/enginePhases.cjs ENGINE ARTICLE STOP
// runs up to STOP: 0 Node's start only, 1 require the engine (dist/engine.js or any bundle
// exporting analyze and builtinKnowledge), 2 build the built-in knowledge, 3 analyse the
// article, 4 analyse it once more. A phase costs the difference of two stops, e.g.
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node bench/enginePhases.cjs dist/engine.js seeds/003_39a2c00878abc77a.txt 3
const fs = require('node:fs');
const path = require('node:path');

const [engineFile, articleFile, stopArg] = process.argv.slice(2);
if (!engineFile || !articleFile || !/^[0-4]$/.test(stopArg ?? '')) {
  console.error('usage: node bench/enginePhases.cjs ENGINE ARTICLE STOP(0-4)');
  process.exit(2);
}
const stop = Number(stopArg);
const text = fs.readFileSync(articleFile, 'utf8');
if (stop >= 1) {
  const engine = require(path.resolve(engineFile));
  if (stop >= 2) {
    const knowledge = engine.builtinKnowledge();
    for (let i = 3; i <= stop; i++) engine.analyze(text, { knowledge });
  }
}
