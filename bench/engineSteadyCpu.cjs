// CPU milliseconds of an engine's rounds over the same texts once it is warm, one process
// per build and flag set (docs/performance-log.md, session 15): prints the TIMED rounds' times.
//   node bench/engineSteadyCpu.cjs ENGINE TEXTS.json N WARM TIMED
const fs = require('node:fs');
const path = require('node:path');

const [engineFile, textsFile, nArg, warmArg, timedArg] = process.argv.slice(2);
if (!engineFile || !textsFile || ![nArg, warmArg, timedArg].every((a) => /^\d+$/.test(a ?? ''))) {
  console.error('usage: node bench/engineSteadyCpu.cjs ENGINE TEXTS.json N WARM TIMED');
  process.exit(2);
}
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8')).slice(0, Number(nArg));
const engine = require(path.resolve(engineFile));
const knowledge = engine.builtinKnowledge();
for (let r = 0; r < Number(warmArg); r++) for (const t of texts) engine.analyze(t, { knowledge });
const times = [];
for (let r = 0; r < Number(timedArg); r++) {
  const before = process.cpuUsage();
  for (const t of texts) engine.analyze(t, { knowledge });
  const used = process.cpuUsage(before);
  times.push(Math.round((used.user + used.system) / 1000));
}
console.log(JSON.stringify(times));
