// Helpers for the workbench's unit tests: articles as the client receives them from the
// server (pressReview/articleReport), built here with the same function the server uses.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, LineIndex, type RuleSettings } from '../../server/src/analysis';
import type { ReviewedArticle } from '../../server/src/protocol';
import { toReviewedArticle } from '../../server/src/report/reviewedArticle';
import type { Location } from '../../client/src/model/locations';
import { ROOT, seed, seedFiles } from './article';

export function reviewed(name: string, text: string): ReviewedArticle {
  const file = path.join(ROOT, 'test-articles', name);
  return toReviewedArticle(pathToFileURL(file).toString(), file, analyze(text));
}

/** The seeds as the server reports them, with the given pressReview.rules.* settings. */
export function reviewedSeeds(rules: RuleSettings = {}): ReviewedArticle[] {
  return seedFiles().map((f) => {
    const file = path.join(ROOT, 'seeds', f);
    return toReviewedArticle(pathToFileURL(file).toString(), file, analyze(seed(f.slice(0, 3))), { rules });
  });
}

/** The article's path as the views name it (relative to the repository here). */
export const relative = (a: ReviewedArticle): string => path.relative(ROOT, a.report.file);

/** The text a location covers in an article. */
export function textAt(text: string, l: Location): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offset(l.start), lines.offset(l.end));
}
