// The places the dev gold itself calls doubtful (../shared/corpus/dev/DOUBTS.md), as
// article → set of 1-based lines. Two kinds of entries are read:
// - the annotator's notes, under a heading that names the article (`## 01_arabiya_economy`):
//   every `line N`, `lines N, M`, `lines N–M`, `line N/M` and `LN` in its bullets;
// - the adjudication passes: bullets `- 01_arabiya_economy, L3, …` under an
//   `## Ambiguous …` heading (the "Changed" and "Gold right" lists are settled, not doubtful).

export type Doubts = Map<string, Set<number>>;

const ARTICLE_HEADING = /^##\s+(\d{2}_[A-Za-z0-9]+_[A-Za-z0-9]+)\s*$/;
const ADJUDICATED = /^-\s+(\d{2}_[A-Za-z0-9]+_[A-Za-z0-9]+),\s*L(\d+)/;
/** `line 5`, `lines 5, 6, 10`, `lines 18–22`, `line 4/7`, `lines 10 and 11`. */
const LINE_LIST = /\blines?\s+(\d+(?:\s*(?:,|\/|–|-|and)\s*\d+)*)/g;
const L_REF = /\bL(\d+)\b/g;

function lineNumbers(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*(?:,|\/|and)\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      // A range longer than an article is a typo; keep its ends only.
      if (to >= from && to - from <= 50) for (let l = from; l <= to; l++) out.push(l);
      else out.push(from, to);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
  }
  return out;
}

export function parseDoubts(markdown: string): Doubts {
  const doubts: Doubts = new Map();
  const add = (article: string, lines: number[]): void => {
    const set = doubts.get(article) ?? new Set<number>();
    for (const l of lines) set.add(l);
    doubts.set(article, set);
  };
  let article: string | null = null;
  let ambiguous = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#')) {
      const m = ARTICLE_HEADING.exec(line);
      article = m ? m[1] : null;
      ambiguous = /^##\s+Ambiguous/i.test(line);
      continue;
    }
    if (!line.startsWith('-')) continue;
    if (ambiguous) {
      const m = ADJUDICATED.exec(line);
      if (m) add(m[1], [Number(m[2])]);
      continue;
    }
    if (!article) continue;
    for (const m of line.matchAll(LINE_LIST)) add(article, lineNumbers(m[1]));
    for (const m of line.matchAll(L_REF)) add(article, [Number(m[1])]);
  }
  return doubts;
}
