// The time of every analysis of one article in a fresh process, for when V8 has optimized the
// analysis (docs/performance-log.md, session 22): builds the built-in knowledge, analyses the
// article once, then N more times, and prints the median of each BUCKET runs, of the first
// 1,000 (what the bench's 1 KB figure takes) and of all, in ms, and the CPU of all the process's
// threads over the N runs (TurboFan compiles on its own thread).
//   node bench/withV8Flags.cjs "FLAGS" bench/engineSeries.cjs ENGINE ARTICLE N [BUCKET=100]
// ENGINE: a bundle from scripts/engine-bundle.mjs; FLAGS: the product's (compileSettings.ts) or "".
const fs = require('node:fs');
const path = require('node:path');

const [engineFile, articleFile, nArg, bucketArg = '100'] = process.argv.slice(2);
if (!engineFile || !articleFile || !/^\d+$/.test(nArg ?? '') || !/^\d+$/.test(bucketArg)) {
  console.error('usage: node bench/engineSeries.cjs ENGINE ARTICLE N [BUCKET]');
  process.exit(2);
}
const { analyze, builtinKnowledge } = require(path.resolve(engineFile));
const knowledge = builtinKnowledge();
const bytes = fs.readFileSync(articleFile);
const n = Number(nArg);
const bucket = Number(bucketArg);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cpu0 = process.cpuUsage();
analyze(bytes.toString('utf8'), { knowledge });
const times = [];
for (let i = 0; i < n; i++) {
  const t0 = process.hrtime.bigint();
  analyze(bytes.toString('utf8'), { knowledge });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const cpu = process.cpuUsage(cpu0);
const buckets = [];
for (let i = 0; i < n; i += bucket) buckets.push(median(times.slice(i, i + bucket)).toFixed(3));
console.log(`medians of ${bucket}: ${buckets.join(' ')}`);
console.log(`first 1,000: ${median(times.slice(0, 1000)).toFixed(3)} ms; all ${n}: ${median(times).toFixed(3)} ms; CPU of the process ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
