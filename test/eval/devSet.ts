// The dev corpus (../shared/corpus/dev: 41 published articles with gold) scored in-process:
// analyze() → the CLI's JSON report → score.py's rules (devScore.ts), per article, per outlet
// and in total, with the quotes on the lines DOUBTS.md lists scored apart.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalyzeOptions } from '../../server/src/analysis';
import { toJsonReport, type JsonReport } from '../../server/src/report/jsonReport';
import { addCounts, emptyCounts, scoreReport, type DevCounts, type DevGold } from './devScore';
import { parseDoubts, type Doubts } from './doubts';

/** The shared ground truth, beside the project checkout; PRESS_REVIEW_SHARED overrides it. */
export function sharedDir(root: string): string {
  return process.env.PRESS_REVIEW_SHARED ?? path.join(root, '..', 'shared');
}

export interface DevArticleScore {
  /** File name without extension (01_arabiya_economy). */
  article: string;
  /** The part after the number: arabiya, bbc, cnn, f24, sky, np. */
  outlet: string;
  /** Quotes on lines DOUBTS.md does not list, plus the article-level figures (sections, organizations). */
  clean: DevCounts;
  /** Quotes on the lines DOUBTS.md lists. */
  doubtful: DevCounts;
  /** clean + doubtful: what score.py reports. */
  all: DevCounts;
}

export interface DevSetScore {
  articles: DevArticleScore[];
  outlets: { outlet: string; clean: DevCounts; doubtful: DevCounts; all: DevCounts }[];
  total: { clean: DevCounts; doubtful: DevCounts; all: DevCounts };
}

export const outletOf = (article: string): string => article.split('_')[1] ?? article;

export function readDoubts(devDir: string): Doubts {
  const file = path.join(devDir, 'DOUBTS.md');
  return fs.existsSync(file) ? parseDoubts(fs.readFileSync(file, 'utf8')) : new Map();
}

/** A dev article analysed: its gold, the JSON report the CLI would print, and the lines DOUBTS.md lists. */
export interface AnalysedDevArticle {
  article: string;
  gold: DevGold;
  report: JsonReport;
  doubtful: ReadonlySet<number>;
}

/** Every dev article with gold, in file-name order, analysed once. */
export function analyseDevSet(devDir: string, options: AnalyzeOptions = {}): AnalysedDevArticle[] {
  const doubts = readDoubts(devDir);
  return fs
    .readdirSync(devDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((g) => {
      const article = g.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(fs.readFileSync(path.join(devDir, g), 'utf8')) as DevGold;
      const textFile = path.join(devDir, `${article}.txt`);
      const report = toJsonReport(textFile, analyze(fs.readFileSync(textFile, 'utf8'), options));
      return { article, gold, report, doubtful: doubts.get(article) ?? new Set<number>() };
    });
}

export function scoreDevSet(devDir: string, options: AnalyzeOptions = {}): DevSetScore {
  const articles = analyseDevSet(devDir, options).map(({ article, gold, report, doubtful }): DevArticleScore => {
    const clean = scoreReport(gold, report, { lines: (l) => !doubtful.has(l) });
    const unsure = scoreReport(gold, report, { lines: (l) => doubtful.has(l), articleLevel: false });
    return { article, outlet: outletOf(article), clean, doubtful: unsure, all: addCounts(clean, unsure) };
  });
  const sum = (xs: DevArticleScore[], k: 'clean' | 'doubtful' | 'all'): DevCounts => xs.map((x) => x[k]).reduce(addCounts, emptyCounts());
  const outletNames = [...new Set(articles.map((a) => a.outlet))];
  return {
    articles,
    outlets: outletNames.map((outlet) => {
      const xs = articles.filter((a) => a.outlet === outlet);
      return { outlet, clean: sum(xs, 'clean'), doubtful: sum(xs, 'doubtful'), all: sum(xs, 'all') };
    }),
    total: { clean: sum(articles, 'clean'), doubtful: sum(articles, 'doubtful'), all: sum(articles, 'all') },
  };
}
