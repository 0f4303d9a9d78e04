// A fixed random sample of the organizations found by grammar alone (not in the knowledge)
// in the ANT articles, with their sentence, for a reviewer to judge: the precision of the
// grammar on copy nobody annotated.
//   npx tsx test/eval/organizationSample.ts [CORPUS.jsonl.gz] [--articles N] [--sample N] [--seed S]

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { analyze } from '../../server/src/analysis';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const corpus = args.find((a) => a.endsWith('.gz')) ?? path.join('..', 'shared', 'corpus', 'ant-news.jsonl.gz');
const articles = opt('articles', 3000);
const sampleSize = opt('sample', 60);
let seed = opt('seed', 14);

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const lines = zlib.gunzipSync(fs.readFileSync(corpus)).toString('utf8').split('\n').filter(Boolean);
// Every k-th article of the news categories, so the set spreads over outlets and months.
const news = lines.map((l) => JSON.parse(l) as { id: string; category: string; text: string }).filter((a) => a.category !== 'culture' && a.category !== 'technology');
const step = Math.max(1, Math.floor(news.length / articles));
const found: { id: string; name: string; type: string | null; context: string }[] = [];
const byType = new Map<string, number>();
let all = 0;
for (let i = 0; i < news.length; i += step) {
  const a = news[i];
  const r = analyze(a.text);
  for (const o of r.organizations) {
    all++;
    if (o.known) continue;
    byType.set(o.type ?? '?', (byType.get(o.type ?? '?') ?? 0) + 1);
    const m = o.mentions[0];
    found.push({ id: a.id, name: o.name, type: o.type, context: a.text.slice(Math.max(0, m.start - 60), m.end + 40).replace(/\s+/g, ' ') });
  }
}
const sample: typeof found = [];
const pool = [...found];
while (sample.length < sampleSize && pool.length) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
console.log(`${Math.ceil(news.length / step)} articles, ${all} organizations, ${found.length} by grammar alone`);
console.log([...byType].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', '));
for (const [n, s] of sample.entries()) console.log(`${n + 1}\t${s.id}\t${s.name}\t${s.type}\t…${s.context}…`);
