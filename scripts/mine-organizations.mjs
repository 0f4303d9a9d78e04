#!/usr/bin/env node
// Mines the ANT articles for organization names, so that the organization knowledge
// comes from real copy and can be rebuilt and checked.
//
//   node scripts/mine-organizations.mjs candidates [--corpus FILE] [--min N] [--kind head|named|latin]
//     prints candidate names with the number of articles they appear in (TSV: kind, articles, name):
//       head  — a head noun (وزارة، حزب، نادي …) and the 1 to 4 words after it
//       named — the 1 to 3 words after a word that introduces a name (صحيفة، شركة، نادي …)
//       latin — runs of Latin-script words written with a capital (NATO, Financial Times)
//   node scripts/mine-organizations.mjs build [--corpus FILE] [--min N]
//     reads the reviewed list (scripts/data/organizations-reviewed.tsv), counts the articles
//     each reviewed organization appears in, and writes those seen in at least N articles
//     (default 5) to server/src/knowledge/organizations-mined.json.
//
// Matching here is deliberately plain (whole words after the usual proclitics, light
// normalization); the analysis does the real matching. The counts are evidence that a
// name is frequent in real copy, not the analysis' figures.

import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const mode = args[0];
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = opt('corpus', join(root, '..', 'shared', 'corpus', 'ant-news.jsonl.gz'));
const reviewedFile = join(root, 'scripts', 'data', 'organizations-reviewed.tsv');
const outFile = join(root, 'server', 'src', 'knowledge', 'organizations-mined.json');

/** Light normalization: no diacritics or tatweel, one alef, ى → ي. */
export function light(s) {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي');
}

const WORD = /[\p{L}\p{M}\p{N}+]+/gu;
const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'و', 'ب', 'ل', 'ف'];
const STOP = new Set(
  'في من الى إلى على عن مع خلال ان أن إن التي الذي الذين بأن بان قد لا لم هذا هذه ذلك تلك قال وقال كما حيث عند بعد قبل منذ بين او أو ثم اليوم امس أمس تم كان كانت هو هي وهو وهي له لها ما ماذا كل عام يوم الى الي'
    .split(' ')
    .map(light),
);
const HEADS = [
  'وزارة', 'هيئة', 'شركة', 'حزب', 'جماعة', 'تنظيم', 'قوة', 'قوات', 'بعثة', 'مجلس', 'اتحاد', 'نادي', 'وكالة', 'صحيفة',
  'قناة', 'منظمة', 'مفوضية', 'محكمة', 'جامعة', 'بنك', 'صندوق', 'حركة', 'جبهة', 'مجلة', 'شبكة', 'موقع', 'مرصد',
  'منتدى', 'مؤسسة', 'مركز', 'معهد', 'لجنة', 'دوري', 'مجموعة', 'تحالف', 'ميليشيا', 'ميليشيات', 'إذاعة', 'جمعية',
].map(light);
const INTRODUCERS = new Set(['صحيفة', 'وكالة', 'قناة', 'شركة', 'نادي', 'مجلة', 'موقع', 'شبكة', 'مجموعة', 'فريق', 'تلفزيون', 'إذاعة', 'منصة', 'تطبيق'].map(light));

/** The word without a proclitic when what is left is a head (لوزارة → وزارة). */
function bare(word, set) {
  if (set.has(word)) return word;
  for (const p of ['و', 'ب', 'ل', 'ف', 'وب', 'ول']) if (word.startsWith(p) && set.has(word.slice(p.length))) return word.slice(p.length);
  return null;
}

async function* articles() {
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line);
}

/** Sentences of an article as word lists (a punctuation mark ends a phrase). */
function phrases(text) {
  return light(text)
    .split(/[.,،:؛;!?؟()\[\]«»"“”\n\-–—]+/u)
    .map((p) => p.match(WORD) ?? [])
    .filter((p) => p.length);
}

async function candidates() {
  const min = Number(opt('min', 20));
  const only = opt('kind', null);
  const heads = new Set(HEADS);
  const counts = new Map();
  const seen = new Set();
  const add = (kind, name) => {
    const key = `${kind}\t${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for await (const a of articles()) {
    seen.clear();
    for (const p of phrases(a.text)) {
      for (let i = 0; i < p.length; i++) {
        const head = bare(p[i], heads);
        if (head) {
          let name = head;
          for (let j = i + 1; j < p.length && j <= i + 4 && !STOP.has(p[j]); j++) {
            name += ` ${p[j]}`;
            add('head', name);
          }
        }
        const intro = bare(p[i], INTRODUCERS);
        if (intro) {
          let name = '';
          for (let j = i + 1; j < p.length && j <= i + 3 && !STOP.has(p[j]); j++) {
            name += (name ? ' ' : '') + p[j];
            add('named', name);
          }
        }
      }
    }
    for (const m of a.text.matchAll(/\b[A-Z][A-Za-z0-9&.+-]*(?: [A-Z][A-Za-z0-9&.+-]*){0,3}/g)) add('latin', m[0]);
  }
  const rows = [...counts].filter(([k, n]) => n >= min && (!only || k.startsWith(`${only}\t`))).sort((x, y) => y[1] - x[1]);
  for (const [key, n] of rows) {
    const [kind, name] = key.split('\t');
    process.stdout.write(`${kind}\t${n}\t${name}\n`);
  }
}

/**
 * The reviewed list: one organization a line, TAB-separated: id, type, Arabic forms
 * (the usual name first, separated by |), optional abbreviations (|), optional Latin
 * acronym, optional forms that are also ordinary words (|), optional forms that are also
 * place names (|). Neither is counted here; the analysis reads them only in context.
 * Lines starting with # are comments.
 */
function readReviewed() {
  return readFileSync(reviewedFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id, type, forms, abbreviations = '', acronym = '', ambiguous = '', places = ''] = l.split('\t');
      const split = (s) => s.split('|').map((x) => x.trim()).filter(Boolean);
      return { id: id.trim(), type: type.trim(), arabic: split(forms), abbreviations: split(abbreviations), acronym: acronym.trim() || null, ambiguous: split(ambiguous), places: split(places) };
    });
}

async function build() {
  const min = Number(opt('min', 5));
  const reviewed = readReviewed();
  // Every form, as light-normalized words, filed by its first word.
  const byFirst = new Map();
  for (const [n, o] of reviewed.entries()) {
    for (const form of [...o.arabic, ...o.abbreviations, ...(o.acronym ? [o.acronym] : [])]) {
      const words = light(form).match(WORD) ?? [];
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ n, words });
      byFirst.set(words[0], list);
    }
  }
  const articleCounts = new Array(reviewed.length).fill(0);
  const seen = new Set();
  let total = 0;
  for await (const a of articles()) {
    total++;
    seen.clear();
    const words = light(a.text).match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const firsts = [w, ...PROCLITICS.filter((p) => w.startsWith(p) && w.length > p.length + 1).map((p) => (p.endsWith('ال') ? `ال${w.slice(p.length)}` : w.slice(p.length)))];
      // ل before the article drops its alef: للأمم = ل + الأمم.
      if (w.startsWith('لل') || w.startsWith('ولل')) firsts.push(`ال${w.slice(w.indexOf('لل') + 2)}`);
      for (const f of firsts) {
        for (const c of byFirst.get(f) ?? []) {
          if (seen.has(c.n)) continue;
          let k = 1;
          while (k < c.words.length && words[i + k] === c.words[k]) k++;
          if (k === c.words.length) seen.add(c.n);
        }
      }
    }
    for (const n of seen) articleCounts[n]++;
  }
  const asOf = new Date().toISOString().slice(0, 10);
  const kept = [];
  const dropped = [];
  for (const [n, o] of reviewed.entries()) {
    const entry = { id: o.id, arabic: o.arabic, ...(o.abbreviations.length ? { abbreviations: o.abbreviations } : {}), ...(o.ambiguous.length ? { ambiguousForms: o.ambiguous } : {}), ...(o.places.length ? { placeForms: o.places } : {}), acronym: o.acronym, type: o.type, antArticles: articleCounts[n], asOf };
    (articleCounts[n] >= min ? kept : dropped).push(entry);
  }
  const file = {
    $comment: `Organizations mined from the ANT articles (${total} articles) and reviewed by hand: built by \`node scripts/mine-organizations.mjs build\` from scripts/data/organizations-reviewed.tsv; kept when seen in at least ${min} articles (antArticles). Names and type only: no facts. Schema: OrganizationEntry in server/src/analysis/knowledge/schema.ts.`,
    organizations: kept,
  };
  writeFileSync(outFile, `${JSON.stringify(file, null, 0).replace(/\{"id"/g, '\n    {"id"').replace(/\]\}$/, '\n  ]\n}')}\n`);
  process.stderr.write(`${kept.length} kept, ${dropped.length} below ${min} articles: ${dropped.map((d) => `${d.id} (${d.antArticles})`).join(', ')}\n`);
}

if (mode === 'candidates') await candidates();
else if (mode === 'build') await build();
else {
  process.stderr.write('usage: node scripts/mine-organizations.mjs candidates|build [--corpus FILE] [--min N] [--kind head|named|latin]\n');
  process.exit(2);
}
