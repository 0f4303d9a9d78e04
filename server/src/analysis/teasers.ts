// Related-story teasers that close an article: CNN Arabic appends the ledes of four or
// five other stories after the body. Each is a whole paragraph, so nothing in one line
// tells it from body text; the run does: several paragraphs at the end that each open a
// story (none continues one with و, يذكر، كما …), most in the lede's form (a weekday
// between commas), after the body. The shape is data (chrome.json, "teasers").
// They stay paragraphs for the analysis (their quotes and organizations are real text);
// the page-chrome rule reports them as one finding with a fix that removes them.

import type { ArticleDocument } from './document';
import type { Block } from './types';

/** The paragraphs of the teaser run that closes the article, in text order; empty when there is none. */
export function relatedTeasers(doc: ArticleDocument, blocks: readonly Block[]): Block[] {
  const shape = doc.knowledge.teasers;
  const key = (b: Block): string => doc.lines[b.line].key;
  const opensAStory = (b: Block): boolean => {
    const k = key(b);
    return k.length >= shape.minChars && k.length <= shape.maxChars && !shape.continuation.test(k);
  };
  const ledeShaped = (b: Block): boolean => shape.lede.some((re) => re.test(key(b)));

  const run: Block[] = [];
  let i = blocks.length - 1;
  for (; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === 'chrome') continue;
    if (b.kind !== 'paragraph' || !opensAStory(b)) break;
    run.push(b);
  }
  run.reverse();
  // The first teaser has the lede's form: a body paragraph that happens to open no story stays body.
  while (run.length && !ledeShaped(run[0])) run.shift();
  if (run.length < shape.minRun) return [];
  if (2 * run.filter(ledeShaped).length < run.length) return [];
  const firstLine = run[0].line;
  const body = blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.line < firstLine).length;
  return body >= shape.minBodyLines ? run : [];
}
