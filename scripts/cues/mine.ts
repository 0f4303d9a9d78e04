// Mines the ANT articles for the words that introduce quotes, as normalized forms
// (no diacritics, alef/ya/ta marbuta unified) with counts. The proclitics و ف stay on the
// counted word and come off when forms are grouped into lemmas (mine-cues.ts): only the
// lemmas tell وقال (و + قال) from وصف (a verb of its own). Counts:
// - `lead`: the first word of the clause that ends in `:` or `إن/أن` right before a quote
//   mark (وقال الوزير إن "…" → قال), the place of a VSO speech verb;
// - `before`: the word just before that `:` / `إن/أن` (قائلا: "…"، قوله: "…"، مضيفا أن "…");
// - `after`: the word after a closing quote and a comma ("…"، قال الوزير → قال);
// - `governs`: the first word of a clause that runs straight into a quote, with no colon or
//   إن/أن (وندد بـ"الهجوم"، هدد "بالقصاص"): short quotes under a speech verb, but also names
//   after a noun (ونشرت مجلة "تايم"), so it is shown to the reviewer and not summed with the rest;
// - `total`: every occurrence in the same articles, so a reviewer sees how often a word is a cue.

import * as fs from 'node:fs';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import mining from './mining.json';

export interface FormCounts {
  lead: number;
  before: number;
  after: number;
  governs: number;
  total: number;
}

export type CueCounts = Record<string, FormCounts>;

const OPENERS = new Set(['«', '“']);
const CLOSERS = new Set(['»', '”']);
const COMPLEMENTIZERS = new Set(mining.complementizers);
const CLAUSE_OPENERS = new Set(mining.clauseOpeners);
/** Clause boundaries a cue does not reach over. */
const BOUNDARY = /[.،,؛;!?؟()\n"«»“”]/u;
const WORD = /[\u0621-\u064a]+/gu;

/** The word without the conjunction و/ف in front, or null when none can come off. */
export function proclitic(word: string): string | null {
  return /^[وف]/u.test(word) && word.length >= 4 ? word.slice(1) : null;
}

const withoutProclitic = (word: string): string => proclitic(word) ?? word;

function bump(counts: CueCounts, word: string, k: keyof FormCounts): void {
  const c = (counts[word] ??= { lead: 0, before: 0, after: 0, governs: 0, total: 0 });
  c[k]++;
}

/** Opening and closing quote positions of one line: «» “” by shape, straight quotes by turns. */
function quoteMarks(line: string): { open: number[]; close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  let straightOpen = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (OPENERS.has(ch)) open.push(i);
    else if (CLOSERS.has(ch)) close.push(i);
    else if (ch === '"') {
      (straightOpen ? close : open).push(i);
      straightOpen = !straightOpen;
    }
  }
  return { open, close };
}

/** Counts the cue candidates of one normalized line into `counts`. */
export function countLine(line: string, counts: CueCounts): void {
  for (const m of line.matchAll(WORD)) bump(counts, m[0], 'total');
  const { open, close } = quoteMarks(line);
  for (const q of open) {
    // The clause before the quote, back to the previous boundary.
    let from = q - 1;
    while (from >= 0 && /\s/u.test(line[from])) from--;
    const colon = line[from] === ':';
    const clauseEnd = colon ? from : from + 1;
    let start = clauseEnd - 1;
    while (start >= 0 && !BOUNDARY.test(line[start]) && line[start] !== ':') start--;
    const words = [...line.slice(start + 1, clauseEnd).matchAll(WORD)].map((m) => m[0]);
    if (!words.length || words.length > 12) continue;
    let cut = words.length;
    let governed = false;
    if (!colon) {
      // إن "…" or أن + up to two words + "…" (أن الوضع "خطير").
      const at = words.findIndex((w, i) => i >= words.length - 3 && COMPLEMENTIZERS.has(withoutProclitic(w)));
      if (at < 0) governed = true;
      else cut = at;
    }
    let lead = 0;
    while (lead < cut - 1 && CLAUSE_OPENERS.has(withoutProclitic(words[lead]))) lead++;
    if (cut === 0 || CLAUSE_OPENERS.has(withoutProclitic(words[lead]))) continue;
    if (governed) {
      if (words.length <= 4) bump(counts, words[lead], 'governs');
      continue;
    }
    bump(counts, words[lead], 'lead');
    bump(counts, words[cut - 1], 'before');
  }
  for (const q of close) {
    const rest = /^\s*[،,]\s*([\u0621-\u064a]+)/u.exec(line.slice(q + 1));
    if (rest) bump(counts, rest[1], 'after');
  }
}

export interface MineOptions {
  /** At most this many articles (a quick run). */
  limit?: number;
}

/** Counts over every article of an ANT jsonl.gz file, read as a stream. */
export async function mineCorpus(file: string, options: MineOptions = {}): Promise<{ articles: number; counts: CueCounts }> {
  const counts: CueCounts = Object.create(null) as CueCounts;
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let articles = 0;
  for await (const json of lines) {
    if (!json.trim()) continue;
    let text: unknown;
    try {
      text = (JSON.parse(json) as { text?: unknown }).text;
    } catch {
      continue;
    }
    if (typeof text !== 'string') continue;
    for (const line of normalizeForMatch(text).split('\n')) countLine(line, counts);
    if (++articles >= (options.limit ?? Infinity)) break;
  }
  lines.close();
  input.destroy();
  return { articles, counts };
}

/** The forms seen introducing a quote at least `min` times, most frequent first. */
export function cueCandidates(counts: CueCounts, min: number): CueCounts {
  const cue = (c: FormCounts): number => c.lead + c.before + c.after + c.governs;
  const kept = Object.entries(counts).filter(([, c]) => cue(c) >= min);
  kept.sort(([a, x], [b, y]) => cue(y) - cue(x) || a.localeCompare(b));
  return Object.fromEntries(kept);
}
