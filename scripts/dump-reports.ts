// The JSON reports (analyze --format json) of the seeds, the dev set and the first N ANT
// articles, one line each, into OUT: a speed change keeps them byte-identical, checked by
// dumping before and after and comparing the files (cmp). Reads ../shared as the eval does.
//   N=1500 npx tsx scripts/dump-reports.ts OUT
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { analyze, builtinKnowledge } from '../server/src/analysis';
import { toJsonReport } from '../server/src/report/jsonReport';

const out = process.argv[2];
if (!out) {
  console.error('usage: N=1500 npx tsx scripts/dump-reports.ts OUT');
  process.exit(2);
}
const shared = path.resolve(__dirname, '..', '..', 'shared');
const antCount = Number(process.env.N ?? 1500);

const texts: [string, string][] = [];
for (const folder of ['seeds', 'corpus/dev']) {
  const dir = path.join(shared, folder);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) texts.push([`${folder}/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]);
}
const lines = zlib.gunzipSync(fs.readFileSync(path.join(shared, 'corpus', 'ant-news.jsonl.gz'))).toString('utf8').split('\n');
let ant = 0;
for (let i = 0; i < lines.length && ant < antCount; i++) {
  if (!lines[i].trim()) continue;
  const text: unknown = JSON.parse(lines[i]).text;
  if (typeof text !== 'string') continue;
  texts.push([`ant/${i}`, text]);
  ant++;
}

const knowledge = builtinKnowledge();
const fd = fs.openSync(out, 'w');
for (const [name, text] of texts) fs.writeSync(fd, JSON.stringify(toJsonReport(name, analyze(text, { knowledge }))) + '\n');
fs.closeSync(fd);
console.log(`${texts.length} texts -> ${out}`);
