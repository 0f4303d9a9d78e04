// Prints the dev-set scores (devSet.ts) as text tables: per article, per outlet, in total.

import { summarize, type DevCounts } from './devScore';
import type { DevSetScore } from './devSet';

const pct = (hit: number, of: number): string => (of ? (hit / of).toFixed(2) : '—');
const frac = (hit: number, of: number): string => `${hit}/${of}`;

const HEAD =
  `${'article'.padEnd(30)}${'quotes'.padStart(10)}${'prec'.padStart(7)}${'kind'.padStart(9)}${'attrib'.padStart(9)}` +
  `${'flags'.padStart(7)}${'false'.padStart(7)}${'sect'.padStart(7)}${'orgs'.padStart(8)}   ${'doubtful: attrib'.padStart(16)}${'kind'.padStart(9)}`;

function row(name: string, c: DevCounts, d: DevCounts): string {
  return (
    `${name.padEnd(30)}${frac(c.matched, c.goldQuotes).padStart(10)}${pct(c.matched, c.predictedQuotes).padStart(7)}` +
    `${frac(c.kindRight, c.matched).padStart(9)}${frac(c.attributionRight, c.statements).padStart(9)}` +
    `${String(c.flags).padStart(7)}${String(c.falseFlags).padStart(7)}${frac(c.sectionsRight, c.sectionsGold).padStart(7)}` +
    `${frac(c.organizationsFound, c.organizationsGold).padStart(8)}   ${frac(d.attributionRight, d.statements).padStart(16)}` +
    `${frac(d.kindRight, d.matched).padStart(9)}`
  );
}

function summaryLine(label: string, c: DevCounts): string {
  const s = summarize(c);
  return (
    `${label.padEnd(26)} attribution ${s.attribution.toFixed(3)} (${c.attributionRight}/${c.statements})  kind ${s.kind.toFixed(3)}  ` +
    `quote recall ${s.quoteRecall.toFixed(3)}  precision ${s.quotePrecision.toFixed(3)}  flags ${s.flags} (false ${s.falseFlags})  ` +
    `sections ${s.sectionRecall.toFixed(3)}/${s.sectionPrecision.toFixed(3)}  orgs recall ${s.organizationRecall.toFixed(3)}`
  );
}

export function printDevSet(name: string, score: DevSetScore): void {
  console.log(`\n${name} — score.py's rules; quotes on the lines DOUBTS.md lists are in the "doubtful" columns`);
  console.log(HEAD);
  for (const a of score.articles) console.log(row(a.article, a.clean, a.doubtful));
  console.log('\nper outlet (clean | doubtful)');
  console.log(HEAD.replace('article', 'outlet '));
  for (const o of score.outlets) console.log(row(o.outlet, o.clean, o.doubtful));
  console.log(row('total', score.total.clean, score.total.doubtful));
  console.log('');
  console.log(summaryLine('total, doubtful included', score.total.all));
  console.log(summaryLine('total, doubtful left out', score.total.clean));
  console.log(summaryLine('doubtful places only', score.total.doubtful));
}
