// One index worker's start, for instruction counts (docs/performance-log.md, session 14): starts
// DIST/indexWorker.js as the server does (no knowledge files), sends it one article, and
// exits at its answer. CACHE is a code cache folder a server of the same DIST and node
// flags wrote (PRESS_REVIEW_CODE_CACHE), or - for none.
//   scripts/instructions.sh bench/workerStart.cjs DIST CACHE ARTICLE
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const [dist, cache, article] = process.argv.slice(2);
if (!dist || !cache || !article) {
  console.error('usage: node bench/workerStart.cjs DIST CACHE|- ARTICLE');
  process.exit(2);
}
const file = path.resolve(article);
const workerData = { knowledgeSources: [], statementMinWords: undefined, analysisMaxBytes: undefined, codeCacheFolder: cache === '-' ? undefined : path.resolve(cache) };
const worker = new Worker(path.resolve(dist, 'indexWorker.js'), { workerData });
worker.on('message', () => process.exit(0));
worker.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
worker.postMessage({ id: 1, file, uri: `file://${file}`, maxBytes: 1 << 20, byContent: false });
