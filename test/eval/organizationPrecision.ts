// Organization recall and precision on a folder of gold-annotated real articles (the dev
// set: NAME.txt + NAME.gold.json with organizations[{name, english, acronym, aliases}]).
// Recall counts a gold organization found when any of its forms is among the names,
// English names, acronyms or mention texts the analysis reports (as ../shared/tools/score.py
// does). Precision counts a reported organization right when one of its forms is a gold
// form, or when a reviewer judged it a real organization the gold left out
// (test/fixtures/orgJudgements.json); an unjudged one counts as wrong.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';

export interface OrgJudgement {
  file: string;
  name: string;
  verdict: 'real' | 'wrong';
  why: string;
}

export interface ReportedOrg {
  file: string;
  name: string;
  type: string | null;
  status: 'gold' | 'real' | 'wrong' | 'unjudged';
}

export interface OrgMeasure {
  goldTotal: number;
  goldFound: number;
  reported: ReportedOrg[];
}

/** score.py's normalization: no diacritics, one alef, ي for ى, ه for ة, no punctuation. */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u200c-\u200f\u202a-\u202e\u00a0]/g, ' ')
    .replace(/["«»“”„'.,،:؛;!?؟()[\]\-–—…]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

interface GoldOrg {
  name: string;
  english?: string | null;
  acronym?: string | null;
  aliases?: string[];
  other_forms?: string[];
}

export function measureOrganizations(devDir: string, judgements: OrgJudgement[]): OrgMeasure {
  const judged = new Map(judgements.map((j) => [`${j.file}\u0000${norm(j.name)}`, j.verdict]));
  const out: OrgMeasure = { goldTotal: 0, goldFound: 0, reported: [] };
  for (const file of fs.readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort()) {
    const goldFile = path.join(devDir, file.replace(/\.txt$/, '.gold.json'));
    if (!fs.existsSync(goldFile)) continue;
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { organizations: GoldOrg[] };
    const a = analyze(fs.readFileSync(path.join(devDir, file), 'utf8'));
    const formsOf = (o: { name: string; english: string | null; acronym: string | null; mentions: { text: string }[] }): Set<string> =>
      new Set([o.name, o.english, o.acronym, ...o.mentions.map((m) => m.text)].filter((f): f is string => !!f).map(norm));
    const reportedForms = new Set<string>();
    for (const o of a.organizations) for (const f of formsOf(o)) reportedForms.add(f);
    const goldForms = new Set<string>();
    for (const g of gold.organizations) {
      const forms = [g.name, g.english, g.acronym, ...(g.aliases ?? []), ...(g.other_forms ?? [])].filter((f): f is string => !!f).map(norm);
      out.goldTotal++;
      if (forms.some((f) => reportedForms.has(f))) out.goldFound++;
      for (const f of forms) goldForms.add(f);
    }
    for (const o of a.organizations) {
      const inGold = [...formsOf(o)].some((f) => goldForms.has(f));
      const verdict = judged.get(`${file}\u0000${norm(o.name)}`);
      out.reported.push({ file, name: o.name, type: o.type, status: inGold ? 'gold' : (verdict ?? 'unjudged') });
    }
  }
  return out;
}

export function precisionOf(m: OrgMeasure): { right: number; total: number } {
  return { right: m.reported.filter((r) => r.status === 'gold' || r.status === 'real').length, total: m.reported.length };
}

export function loadJudgements(file = path.join(__dirname, '..', 'fixtures', 'orgJudgements.json')): OrgJudgement[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { judgements: OrgJudgement[] }).judgements;
}

// As a script: npm run eval:organizations [-- DEV_DIR]
if (require.main === module) {
  const devDir = process.argv[2] ?? path.join('..', 'shared', 'corpus', 'dev');
  const m = measureOrganizations(devDir, loadJudgements());
  const p = precisionOf(m);
  for (const r of m.reported.filter((x) => x.status !== 'gold')) console.log(`${r.status.padEnd(8)} ${r.file}  ${r.name}  (${r.type ?? '?'})`);
  console.log(`organization recall    ${(m.goldFound / m.goldTotal).toFixed(3)}  ${m.goldFound}/${m.goldTotal}`);
  console.log(`organization precision ${(p.right / p.total).toFixed(3)}  ${p.right}/${p.total}  (in the gold ${m.reported.filter((r) => r.status === 'gold').length}, judged real ${m.reported.filter((r) => r.status === 'real').length}, judged wrong ${m.reported.filter((r) => r.status === 'wrong').length}, unjudged ${m.reported.filter((r) => r.status === 'unjudged').length})`);
}
