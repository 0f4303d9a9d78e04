// Scores one analysis against its gold annotation. Every figure is a ratio in [0, 1]
// with its counts, so totals can be summed over files (micro-averages).

import { LineIndex, type Analysis } from '../../server/src/analysis';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import type { GoldArticle, PartialGold } from './gold';

export interface Ratio {
  hit: number;
  of: number;
}

export interface Scores {
  quoteRecall: Ratio;
  quotePrecision: Ratio;
  kindAccuracy: Ratio;
  attributionAccuracy: Ratio;
  cueAccuracy: Ratio;
  unattributedRecall: Ratio;
  sectionRecall: Ratio;
  sectionPrecision: Ratio;
  organizationRecall: Ratio;
  organizationPrecision: Ratio;
  organizationLineRecall: Ratio;
  unbalancedRecall: Ratio;
  unbalancedPrecision: Ratio;
  nameVariantRecall: Ratio;
  nameVariantPrecision: Ratio;
  weekdayAccuracy: Ratio;
  speakerRecall: Ratio;
  speakerPrecision: Ratio;
  boilerplateRecall: Ratio;
  boilerplatePrecision: Ratio;
  titleDateSource: Ratio;
}

export const FIGURES: (keyof Scores)[] = [
  'quoteRecall',
  'quotePrecision',
  'kindAccuracy',
  'attributionAccuracy',
  'cueAccuracy',
  'unattributedRecall',
  'sectionRecall',
  'sectionPrecision',
  'organizationRecall',
  'organizationPrecision',
  'organizationLineRecall',
  'unbalancedRecall',
  'unbalancedPrecision',
  'nameVariantRecall',
  'nameVariantPrecision',
  'weekdayAccuracy',
  'speakerRecall',
  'speakerPrecision',
  'boilerplateRecall',
  'boilerplatePrecision',
  'titleDateSource',
];

const norm = (s: string): string => normalizeForMatch(s).replace(/["«»“”]/g, '').replace(/\s+/g, ' ').trim();
/** Cues compare without diacritics and without the proclitics و ف (gold README). */
const normCue = (s: string): string => norm(s).replace(/^[وف](?=\S{3,})/u, '');
const ratio = (hit: number, of: number): Ratio => ({ hit, of });
const setScores = (gold: Set<string>, ours: Set<string>): [Ratio, Ratio] => {
  let hit = 0;
  for (const g of gold) if (ours.has(g)) hit++;
  return [ratio(hit, gold.size), ratio([...ours].filter((o) => gold.has(o)).length, ours.size)];
};

/** Whether our speaker name denotes the gold speaker (same name, or one of its listed aliases). */
function sameSpeaker(ours: string | null, gold: string | null, goldArticle: GoldArticle): boolean {
  if (ours === null || gold === null) return ours === gold;
  if (norm(ours) === norm(gold)) return true;
  const entry = goldArticle.speakers.find((s) => norm(s.name) === norm(gold));
  return !!entry && entry.aliases.some((a) => norm(a) === norm(ours));
}

/** Scores an analysis; a gold file that annotates only quotes (test/fixtures/articles) is scored on those. */
export function score(a: Analysis, goldIn: GoldArticle | PartialGold): Scores {
  const full = 'sections' in goldIn;
  const gold: GoldArticle = {
    title: null,
    date: null,
    boilerplate_lines: [],
    source_line: null,
    sections: [],
    unbalanced_quote_lines: [],
    speakers: [],
    name_variants: [],
    organizations: [],
    weekday_mentions: [],
    ...goldIn,
  };
  const lines = new LineIndex(a.text);
  const lineOf = (offset: number): number => lines.position(offset).line + 1;
  const speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));

  // Quotes: matched by line and the first 40 characters of their content, in order.
  const ours = a.quotes.map((q) => ({ q, line: lineOf(q.content.start), key: q.content.text.slice(0, 40), used: false }));
  let matched = 0;
  let kindHit = 0;
  let statements = 0;
  let attrHit = 0;
  let cueHit = 0;
  let unattributedGold = 0;
  let unattributedHit = 0;
  for (const g of gold.quotes) {
    const m = ours.find((o) => !o.used && o.line === g.line && o.key === g.text);
    if (g.kind === 'statement') {
      statements++;
      if (g.speaker === null) unattributedGold++;
    }
    if (!m) continue;
    m.used = true;
    matched++;
    if (m.q.kind === g.kind) kindHit++;
    if (g.kind === 'statement') {
      const speaker = m.q.speakerId ? (speakerName.get(m.q.speakerId) ?? null) : null;
      if (m.q.kind === 'statement' && sameSpeaker(speaker, g.speaker, gold)) attrHit++;
      if (m.q.kind === 'statement' && normCue(m.q.cue?.text ?? '') === normCue(g.cue ?? '')) cueHit++;
      if (g.speaker === null && speaker === null) unattributedHit++;
    }
  }

  const [sectionRecall, sectionPrecision] = setScores(
    new Set(gold.sections.map((s) => `${s.line}|${norm(s.heading)}`)),
    new Set(a.sections.map((s) => `${s.line + 1}|${norm(s.heading.text)}`)),
  );
  const [unbalancedRecall, unbalancedPrecision] = setScores(
    new Set(gold.unbalanced_quote_lines.map(String)),
    new Set(a.findings.filter((f) => f.code === 'unbalanced-quote').map((f) => String(lineOf(f.span.start)))),
  );
  const [nameVariantRecall, nameVariantPrecision] = setScores(
    new Set(gold.name_variants.map((v) => `${v.line}|${norm(v.variant)}`)),
    new Set(a.nameVariants.map((v) => `${lineOf(v.span.start)}|${norm(v.variant)}`)),
  );
  const [speakerRecall, speakerPrecision] = setScores(new Set(gold.speakers.map((s) => norm(s.name))), new Set(a.speakers.map((s) => norm(s.name))));
  const [boilerplateRecall, boilerplatePrecision] = setScores(
    new Set(gold.boilerplate_lines.map(String)),
    new Set(a.blocks.filter((b) => b.kind === 'chrome').map((b) => String(b.line + 1))),
  );

  // Organizations: a gold organization is found when one of ours shares its acronym,
  // English name or one of its forms; precision counts our known organizations.
  let orgHit = 0;
  let lineHit = 0;
  let lineOf_ = 0;
  const usedOrgs = new Set<string>();
  for (const g of gold.organizations) {
    const forms = new Set([g.name, ...g.other_forms].map(norm));
    const o = a.organizations.find(
      (x) =>
        (g.acronym && x.acronym && x.acronym.toLowerCase() === g.acronym.toLowerCase()) ||
        (x.english && norm(x.english) === norm(g.english)) ||
        forms.has(norm(x.name)) ||
        x.mentions.some((m) => forms.has(norm(m.form))),
    );
    lineOf_ += g.lines.length;
    if (!o) continue;
    orgHit++;
    usedOrgs.add(o.id);
    const ourLines = new Set(o.mentions.map((m) => lineOf(m.start)));
    lineHit += g.lines.filter((l) => ourLines.has(l)).length;
  }
  const reported = a.organizations.length;

  let weekdayHit = 0;
  for (const w of gold.weekday_mentions) {
    const d = a.dates.find((x) => lineOf(x.start) === w.line && x.weekdayCorrect !== null);
    if (d && d.weekdayCorrect === w.weekday_correct) weekdayHit++;
  }
  const falseWeekdays = a.dates.filter((d) => d.weekdayCorrect !== null && !gold.weekday_mentions.some((w) => w.line === lineOf(d.start))).length;

  let tds = 0;
  if ((a.title?.text ?? null) === gold.title) tds++;
  if (a.date === gold.date) tds++;
  if ((a.source?.source ?? null) === (gold.source_line?.source ?? null) && (a.source ? lineOf(a.source.start) : null) === (gold.source_line?.line ?? null)) tds++;

  const onlyFull = (r: Ratio): Ratio => (full ? r : ratio(0, 0));
  return {
    quoteRecall: ratio(matched, gold.quotes.length),
    quotePrecision: ratio(matched, a.quotes.length),
    kindAccuracy: ratio(kindHit, matched),
    attributionAccuracy: ratio(attrHit, statements),
    cueAccuracy: ratio(cueHit, statements),
    unattributedRecall: ratio(unattributedHit, unattributedGold),
    sectionRecall: onlyFull(sectionRecall),
    sectionPrecision: onlyFull(sectionPrecision),
    organizationRecall: onlyFull(ratio(orgHit, gold.organizations.length)),
    organizationPrecision: onlyFull(ratio(usedOrgs.size, reported)),
    organizationLineRecall: onlyFull(ratio(lineHit, lineOf_)),
    unbalancedRecall: onlyFull(unbalancedRecall),
    unbalancedPrecision: onlyFull(unbalancedPrecision),
    nameVariantRecall: onlyFull(nameVariantRecall),
    nameVariantPrecision: onlyFull(nameVariantPrecision),
    weekdayAccuracy: onlyFull(ratio(weekdayHit, gold.weekday_mentions.length + falseWeekdays)),
    speakerRecall: onlyFull(speakerRecall),
    speakerPrecision: onlyFull(speakerPrecision),
    boilerplateRecall: onlyFull(boilerplateRecall),
    boilerplatePrecision: onlyFull(boilerplatePrecision),
    titleDateSource: onlyFull(ratio(tds, 3)),
  };
}

export function value(r: Ratio): number {
  return r.of === 0 ? 1 : r.hit / r.of;
}

export function add(a: Scores, b: Scores): Scores {
  const out = {} as Scores;
  for (const k of FIGURES) out[k] = ratio(a[k].hit + b[k].hit, a[k].of + b[k].of);
  return out;
}
