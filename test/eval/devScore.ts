// Scores one JSON report (the shape `press-review analyze --format json` prints) against a
// dev-corpus gold file with the SAME rules as ../shared/tools/score.py, so that the figures
// `npm run eval` prints in-process are the figures the issues quote. Keep the two in step:
// every rule below names the line of score.py it follows.

import type { JsonReport } from '../../server/src/report/jsonReport';

/** A dev gold file (../shared/corpus/dev/*.gold.json); only the fields score.py reads. */
export interface DevGold {
  file: string;
  quotes: { text: string; line: number; kind: 'statement' | 'term' | 'title'; speaker: string | null; cue: string | null }[];
  speakers: { name: string; aliases?: string[] }[];
  sections: { heading: string; line: number }[];
  organizations: { name: string; english?: string | null; acronym?: string | null; aliases?: string[]; other_forms?: string[] }[];
}

/** The counts score.py keeps per article; they sum over articles. */
export interface DevCounts {
  goldQuotes: number;
  predictedQuotes: number;
  matched: number;
  kindRight: number;
  statements: number;
  attributionRight: number;
  unattributedGold: number;
  unattributedFound: number;
  /** Gold names a speaker, we give none. */
  falseNull: number;
  /** Statements we leave without a speaker (what the unattributed-quote rule reports). */
  flags: number;
  /** Flags where the gold names a speaker or sees no statement. */
  falseFlags: number;
  sectionsGold: number;
  sectionsPredicted: number;
  sectionsRight: number;
  organizationsGold: number;
  organizationsFound: number;
}

export const emptyCounts = (): DevCounts => ({
  goldQuotes: 0,
  predictedQuotes: 0,
  matched: 0,
  kindRight: 0,
  statements: 0,
  attributionRight: 0,
  unattributedGold: 0,
  unattributedFound: 0,
  falseNull: 0,
  flags: 0,
  falseFlags: 0,
  sectionsGold: 0,
  sectionsPredicted: 0,
  sectionsRight: 0,
  organizationsGold: 0,
  organizationsFound: 0,
});

export function addCounts(a: DevCounts, b: DevCounts): DevCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof DevCounts)[]) out[k] = a[k] + b[k];
  return out;
}

// score.py: DIAC, norm().
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
const INVISIBLE = /[\u200c-\u200f\u202a-\u202e\u00a0]/g;
const PUNCTUATION = /["«»“”„'.,،:؛;!?؟()[\]\-–—…]/g;

export function scoreNorm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFC')
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(INVISIBLE, ' ')
    .replace(PUNCTUATION, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

// score.py: STOP, tokens(). Name tokens of three letters or more, without the article or و.
const STOP = new Set(
  'رئيس وزير وزيره وزراء الخارجيه الخارجية الروسي الامين العام امين عام الرئيس نائب المتحدث باسم جمهوريه دوله الدوله منظمه حلف مجلس الوزير السيد قال وزاره في من'.split(' '),
);
const PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و'];

export function nameTokens(name: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (let t of scoreNorm(name).split(' ')) {
    const p = PREFIXES.find((x) => t.startsWith(x) && t.length - x.length >= 3);
    if (p) t = t.slice(p.length);
    if (t.length >= 3 && !STOP.has(t)) out.add(t);
  }
  return out;
}

type Quote = JsonReport['quotes'][number];

// score.py: speaker_names().
function speakerNames(report: JsonReport, q: Quote): string[] {
  const names = [q.speaker ?? ''];
  for (const s of report.speakers) {
    if ((q.speakerId && s.id === q.speakerId) || (q.speaker && s.name === q.speaker)) names.push(s.name, ...s.aliases);
  }
  return names;
}

// score.py: gold_speaker_tokens().
function goldSpeakerTokens(gold: DevGold, name: string): Set<string> {
  const toks = nameTokens(name);
  for (const s of gold.speakers) {
    if (scoreNorm(s.name) !== scoreNorm(name)) continue;
    for (const a of [s.name, ...(s.aliases ?? [])]) for (const t of nameTokens(a)) toks.add(t);
  }
  return toks;
}

export interface ScoreOptions {
  /** Which quotes (by 1-based line) to score; sections and organizations are scored only when `articleLevel`. */
  lines?: (line: number) => boolean;
  articleLevel?: boolean;
  /** Told of every matched gold statement we gave a speaker, and whether the speaker is right. */
  onAttributed?: (quote: Quote, right: boolean) => void;
  /** Told of every error: the gold quote, the quote it matched (null if none), what is wrong (--errors lists them; a quote may have a kind and a speaker error). */
  onVerdict?: (gold: GoldQuote, quote: Quote | null, verdict: Verdict) => void;
}

export type GoldQuote = DevGold['quotes'][number];
/** missed (no quote matched); kind (statement or not, wrong); speaker (a wrong one, or one where the gold has none); noSpeaker (none given, gold has one). */
export type Verdict = 'missed' | 'kind' | 'speaker' | 'noSpeaker';

/** score.py: score_doc(), restricted to the quotes on the lines `lines` accepts. */
export function scoreReport(gold: DevGold, report: JsonReport, options: ScoreOptions = {}): DevCounts {
  const keep = options.lines ?? (() => true);
  const articleLevel = options.articleLevel ?? true;
  const res = emptyCounts();
  const gq = gold.quotes.filter((g) => keep(g.line));
  const pq = report.quotes.filter((p) => keep(p.line));
  res.goldQuotes = gq.length;
  res.predictedQuotes = pq.length;
  const used = new Set<number>();
  const matched = new Map<number, DevGold['quotes'][number]>();
  for (const g of gq) {
    const gt = scoreNorm(g.text).slice(0, 30);
    let hit: number | null = null;
    for (let i = 0; i < pq.length; i++) {
      const p = pq[i];
      if (used.has(i) || p.line !== g.line) continue;
      const pt = scoreNorm(p.text);
      if (pt.startsWith(gt.slice(0, 20)) || (gt.startsWith(pt.slice(0, 20)) && pt.length >= 2)) {
        hit = i;
        break;
      }
    }
    const goldStatement = g.kind === 'statement';
    if (goldStatement) {
      res.statements++;
      if (g.speaker === null) res.unattributedGold++;
    }
    const verdict = options.onVerdict ?? ((): void => undefined);
    if (hit === null) {
      verdict(g, null, 'missed');
      continue;
    }
    used.add(hit);
    matched.set(hit, g);
    const p = pq[hit];
    res.matched++;
    const kindRight = (p.kind === 'statement') === goldStatement;
    if (kindRight) res.kindRight++;
    else verdict(g, p, 'kind');
    if (!goldStatement) continue;
    // score.py scores a statement's speaker whatever kind we gave it.
    if (g.speaker === null) {
      if (!p.speaker) {
        res.unattributedFound++;
        res.attributionRight++;
      } else {
        options.onAttributed?.(p, false);
        verdict(g, p, 'speaker');
      }
      continue;
    }
    if (!p.speaker) {
      res.falseNull++;
      verdict(g, p, 'noSpeaker');
      continue;
    }
    const want = goldSpeakerTokens(gold, g.speaker);
    const right = speakerNames(report, p).some((n) => [...nameTokens(n)].some((t) => want.has(t)));
    if (right) res.attributionRight++;
    else verdict(g, p, 'speaker');
    options.onAttributed?.(p, right);
  }
  pq.forEach((p, i) => {
    if (p.kind !== 'statement' || p.speaker) return;
    res.flags++;
    const g = matched.get(i);
    if (!g || g.kind !== 'statement' || g.speaker !== null) res.falseFlags++;
  });
  if (!articleLevel) return res;

  const gs = new Set(gold.sections.map((s) => s.line));
  const ps = new Set(report.sections.map((s) => s.line));
  res.sectionsGold = gs.size;
  res.sectionsPredicted = ps.size;
  res.sectionsRight = [...gs].filter((l) => ps.has(l)).length;

  const forms = new Set<string>();
  for (const o of report.organizations) {
    for (const f of [o.name, o.english, o.acronym]) if (f) forms.add(scoreNorm(f).toLowerCase());
    for (const m of o.mentions) forms.add(scoreNorm(m.text).toLowerCase());
  }
  for (const o of gold.organizations) {
    res.organizationsGold++;
    const names = [o.name, o.english, o.acronym, ...(o.other_forms ?? []), ...(o.aliases ?? [])];
    if (names.some((f) => f && forms.has(scoreNorm(f).toLowerCase()))) res.organizationsFound++;
  }
  return res;
}

const ratio = (a: number, b: number): number => (b ? a / b : 1);

/** score.py's TOTAL line, from summed counts. */
export interface DevSummary {
  quoteRecall: number;
  quotePrecision: number;
  kind: number;
  attribution: number;
  unattributedRecall: number;
  falseUnattributed: number;
  flags: number;
  falseFlags: number;
  sectionRecall: number;
  sectionPrecision: number;
  organizationRecall: number;
}

export function summarize(c: DevCounts): DevSummary {
  return {
    quoteRecall: ratio(c.matched, c.goldQuotes),
    quotePrecision: ratio(c.matched, c.predictedQuotes),
    kind: ratio(c.kindRight, c.matched),
    attribution: ratio(c.attributionRight, c.statements),
    unattributedRecall: ratio(c.unattributedFound, c.unattributedGold),
    falseUnattributed: c.falseNull,
    flags: c.flags,
    falseFlags: c.falseFlags,
    sectionRecall: ratio(c.sectionsRight, c.sectionsGold),
    sectionPrecision: ratio(c.sectionsRight, c.sectionsPredicted),
    organizationRecall: ratio(c.organizationsFound, c.organizationsGold),
  };
}
