// The bench's large sizes in its order, for the 10 MB article (docs/performance-log.md, session 19):
//   node bench/largeArticleRuns.cjs ENGINE ARTICLE_1MB ARTICLE_10MB N1 N10
// analyses the 1 MB article N1 times (what the bench has optimized by then), then the 10 MB
// one N10 times, printing each 10 MB run's time, CPU, page faults and the heap used after it.
// Instructions of 10 MB runs: `scripts/instructions.sh bench/largeArticleRuns.cjs … 10 3`
// minus `… 10 1`; deoptimizations: `node --trace-deopt bench/largeArticleRuns.cjs …`.
const fs = require('node:fs');
const path = require('node:path');

const [engineFile, oneMb, tenMb, n1, n10] = process.argv.slice(2);
if (!engineFile || !oneMb || !tenMb || !/^\d+$/.test(n1 ?? '') || !/^\d+$/.test(n10 ?? '')) {
  console.error('usage: node bench/largeArticleRuns.cjs ENGINE ARTICLE_1MB ARTICLE_10MB N1 N10');
  process.exit(2);
}
const engine = require(path.resolve(engineFile));
const knowledge = engine.builtinKnowledge();
const small = fs.readFileSync(oneMb, 'utf8');
for (let i = 0; i < Number(n1); i++) engine.analyze(small, { knowledge });
const large = fs.readFileSync(tenMb, 'utf8');
for (let i = 0; i < Number(n10); i++) {
  const before = process.resourceUsage();
  const t0 = performance.now();
  engine.analyze(large, { knowledge });
  const ms = performance.now() - t0;
  const after = process.resourceUsage();
  const cpu = (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`10 MB run ${i + 1}: ${ms.toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms, ${after.minorPageFault - before.minorPageFault} page faults, heap ${heap.toFixed(0)} MB`);
}
