// A folder's analysis in instructions (docs/performance-log.md, session 11): requires an engine
// bundle (dist/engine.js, or any bundle exporting analyze and builtinKnowledge), builds the
// built-in knowledge, then analyses the first N texts of a JSON array ROUNDS times. The
// first round reads every word for the first time (memos, compilation), as an index of
// distinct articles does; a second round over the same texts shows the steady state.
//   node bench/engineFolder.cjs ENGINE TEXTS.json N ROUNDS
// TEXTS.json, the benchmark's generated folder articles:
//   npx tsx -e "const {FolderGenerator}=require('./bench/corpus');const g=new FolderGenerator();require('fs').writeFileSync('/tmp/folder.json',JSON.stringify(Array.from({length:300},(_,i)=>g.article(i))))"
const fs = require('node:fs');
const path = require('node:path');

const [engineFile, textsFile, nArg, roundsArg] = process.argv.slice(2);
if (!engineFile || !textsFile || !/^\d+$/.test(nArg ?? '') || !/^\d+$/.test(roundsArg ?? '')) {
  console.error('usage: node bench/engineFolder.cjs ENGINE TEXTS.json N ROUNDS');
  process.exit(2);
}
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8')).slice(0, Number(nArg));
const engine = require(path.resolve(engineFile));
const knowledge = engine.builtinKnowledge();
for (let r = 0; r < Number(roundsArg); r++) for (const t of texts) engine.analyze(t, { knowledge });
