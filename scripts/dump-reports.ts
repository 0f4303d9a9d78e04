// The JSON reports (analyze --format json) of the seeds, the dev set and the first N ANT
// articles, one line each, into OUT: a speed change keeps them byte-identical, checked by
// dumping before and after and comparing the files (cmp). Reads ../shared as the eval does.
// It also keeps every report as the workspace index does (lsp/keptReport.ts, BATCH to a
// group as a worker) and checks that each reads back as its JSON text parses, and writes
// the same text again (the same keys in the same order).
//   N=1500 npx tsx scripts/dump-reports.ts OUT
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import { analyze, builtinKnowledge } from '../server/src/analysis';
import { BATCH } from '../server/src/lsp/indexWorkers';
import { keepReports, readKeptReport, reportBytes } from '../server/src/lsp/keptReport';
import { toJsonReport } from '../server/src/report/jsonReport';
import { sharedObject } from '../test/support/sharedObject';

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
let group: { json: string; bytes: Uint8Array }[] = [];
let differ = 0;
const checkKept = (): void => {
  const kept = keepReports(group.map((r) => r.bytes));
  group.forEach((r, i) => {
    const read = readKeptReport(kept[i]);
    if (!isDeepStrictEqual(read, JSON.parse(r.json)) || JSON.stringify(read) !== r.json || sharedObject(read) !== null) {
      if (++differ <= 5) console.error(`kept report differs: ${r.json.slice(0, 200)}`);
    }
  });
  group = [];
};
for (const [name, text] of texts) {
  const analysis = analyze(text, { knowledge });
  const json = JSON.stringify(toJsonReport(name, analysis));
  fs.writeSync(fd, json + '\n');
  group.push({ json, bytes: reportBytes(name, analysis) });
  if (group.length === BATCH) checkKept();
}
if (group.length) checkKept();
fs.closeSync(fd);
console.log(`${texts.length} texts -> ${out}; kept reports that read back otherwise: ${differ}`);
if (differ) process.exitCode = 1;
