// The attribution cue table (server/src/knowledge/cues.json), learned from the language:
//   npx tsx scripts/mine-cues.ts --mine [--limit N]  mine ../shared/corpus/ant-news.jsonl.gz into
//                                                   scripts/cues/counts.json and list the candidates
//                                                   no reviewed entry covers yet
//   npx tsx scripts/mine-cues.ts                     build cues.json from scripts/cues/reviewed.json
//                                                   and scripts/cues/inflection.json
//   npx tsx scripts/mine-cues.ts --check             fail if cues.json is not what the build writes
// docs/language-data.md tells the review in between.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeForMatch } from '../server/src/analysis/normalize';
import { buildCues, cuesText, type CuesFile, type Inflection, type Reviewed } from './cues/build';
import { cueCandidates, mineCorpus, proclitic, type CueCounts, type FormCounts } from './cues/mine';

const ROOT = path.resolve(__dirname, '..');
const FILES = {
  reviewed: path.join(ROOT, 'scripts', 'cues', 'reviewed.json'),
  inflection: path.join(ROOT, 'scripts', 'cues', 'inflection.json'),
  counts: path.join(ROOT, 'scripts', 'cues', 'counts.json'),
  cues: path.join(ROOT, 'server', 'src', 'knowledge', 'cues.json'),
  corpus: path.join(process.env.PRESS_REVIEW_SHARED ?? path.join(ROOT, '..', 'shared'), 'corpus', 'ant-news.jsonl.gz'),
};
/** Candidates seen introducing a quote fewer times are not kept in counts.json. */
const MIN_CUE_COUNT = 5;

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** The cues.json text the reviewed list and the inflection table give. */
export function expectedCuesText(): string {
  return cuesText(buildCues(readJson<Reviewed>(FILES.reviewed), readJson<Inflection>(FILES.inflection)));
}

const cueCount = (c: FormCounts): number => c.lead + c.before + c.after;

/** Normalized forms a reviewed entry covers: kept forms, rejected and verbal-noun candidates. */
function coveredForms(cues: CuesFile, reviewed: Reviewed): Set<string> {
  const forms = [
    ...cues.verbs.flatMap((v) => v.forms),
    ...cues.participles.flatMap((p) => p.forms),
    ...cues.quoteVerbs.flatMap((v) => v.forms),
    ...cues.accordingTo.map((a) => a.split(' ')[0]),
    ...reviewed.rejected.map((r) => r.form),
    ...reviewed.verbalNouns.map((n) => n.form),
  ];
  return new Set(forms.map(normalizeForMatch));
}

/** Per lemma, how often its forms (with و/ف) introduce a quote in the corpus counts. */
function attestation(cues: CuesFile, counts: CueCounts): { lemma: string; cue: number; unseen: string[] }[] {
  const seen = (form: string): number => {
    const f = normalizeForMatch(form);
    return [f, `و${f}`, `ف${f}`].reduce((n, x) => n + (counts[x] ? cueCount(counts[x]) + (counts[x].governs ?? 0) : 0), 0);
  };
  return [...cues.verbs, ...cues.quoteVerbs, ...cues.participles].map((e) => ({
    lemma: e.lemma,
    cue: e.forms.reduce((n, f) => n + seen(f), 0),
    unseen: e.forms.filter((f) => seen(f) === 0),
  }));
}

/**
 * Candidates no reviewed entry covers (و/ف read off when that reaches a covered form), by how
 * often they introduce a quote weighted by how much of their use that is: a cue word, not a
 * preposition or a name that merely stands near quotes.
 */
function unreviewed(counts: CueCounts, covered: Set<string>, top: number): [string, FormCounts][] {
  const weight = (c: FormCounts): number => ((cueCount(c) + (c.governs ?? 0)) ** 2) / Math.max(1, c.total);
  return Object.entries(counts)
    .filter(([w]) => !covered.has(w) && !covered.has(proclitic(w) ?? w))
    .sort(([a, x], [b, y]) => weight(y) - weight(x) || a.localeCompare(b))
    .slice(0, top);
}

function report(cues: CuesFile, reviewed: Reviewed): void {
  const forms = cues.verbs.reduce((n, v) => n + v.forms.length, 0);
  console.log(`${cues.verbs.length} verbs (${forms} forms), ${cues.participles.length} participles, ${cues.ambiguousForms.length} ambiguous forms, ${cues.relayVerbs.length} relay forms`);
  if (!fs.existsSync(FILES.counts)) return;
  const counts = readJson<CueCounts>(FILES.counts);
  const rare = attestation(cues, counts).filter((a) => a.cue < MIN_CUE_COUNT);
  if (rare.length) console.log(`lemmas seen introducing a quote fewer than ${MIN_CUE_COUNT} times: ${rare.map((a) => `${a.lemma} (${a.cue})`).join('، ')}`);
  const open = unreviewed(counts, coveredForms(cues, reviewed), 40);
  console.log(`\nthe most frequent candidates not reviewed yet (lead/before/after/governs/total):`);
  for (const [w, c] of open) console.log(`  ${w.padEnd(16)} ${c.lead}/${c.before}/${c.after}/${c.governs ?? 0}/${c.total}`);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--mine')) {
    const at = argv.indexOf('--limit');
    const limit = at >= 0 ? Number(argv[at + 1]) : Infinity;
    if (!fs.existsSync(FILES.corpus)) {
      console.error(`mine-cues: no corpus at ${FILES.corpus}`);
      return 2;
    }
    const { articles, counts } = await mineCorpus(FILES.corpus, { limit });
    const kept = cueCandidates(counts, MIN_CUE_COUNT);
    fs.writeFileSync(FILES.counts, `${JSON.stringify(kept, null, 0).replace(/\},"/g, '},\n"')}\n`);
    console.log(`${articles} articles mined, ${Object.keys(kept).length} candidates written to ${path.relative(ROOT, FILES.counts)}`);
    report(buildCues(readJson<Reviewed>(FILES.reviewed), readJson<Inflection>(FILES.inflection)), readJson<Reviewed>(FILES.reviewed));
    return 0;
  }
  const expected = expectedCuesText();
  if (argv.includes('--check')) {
    const actual = fs.existsSync(FILES.cues) ? fs.readFileSync(FILES.cues, 'utf8') : '';
    if (actual === expected) return 0;
    console.error(`mine-cues: ${path.relative(ROOT, FILES.cues)} differs from what scripts/cues/reviewed.json builds; run npx tsx scripts/mine-cues.ts`);
    return 1;
  }
  fs.writeFileSync(FILES.cues, expected);
  console.log(`wrote ${path.relative(ROOT, FILES.cues)}`);
  report(JSON.parse(expected) as CuesFile, readJson<Reviewed>(FILES.reviewed));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`mine-cues: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
}
