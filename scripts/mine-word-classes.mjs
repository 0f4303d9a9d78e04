#!/usr/bin/env node
// Mines the ANT articles for two word classes the name tests need, so that "is this word
// a name?" is answered from real copy rather than from a hand list:
//   corpusVerbs       — words written right after a particle that only a verb follows
//                       (قد، لقد، لم، لن، سوف and their و/ف forms), in at least 1% of their
//                       uses: نفت، يستلم، اندلع.
//   corpusCommonNouns — words written with the article often (at least --min-noun times, and
//                       at least --ratio times as often as without it): الوقت beside وقت,
//                       الشرطة beside شرطة. A common noun; a name is written bare.
//   corpusArticleWords — the other words written with the article at least --min-article
//                       times (استخدام: الاستخدام 352 times, though mostly bare in construct):
//                       Arabic words, never a transliterated name's.
//   corpusLamNouns     — three-letter words of the two classes above written under the
//                       preposition ل at least --min-lam times (لنزع، لوقف): under ب (بنزع
//                       السلاح) a preposition's object, never a name's word.
//
//   npx tsx scripts/mine-word-classes.mjs [--corpus FILE] [--min-verb N] [--min-noun N] [--ratio R] [--min-article N] [--min-lam N] [--show w1,w2]
//     writes server/src/knowledge/word-classes.json (lists sorted, so a rebuild diffs cleanly).
//
// Matching is plain (light normalization, whole words); the lists are written normalized for
// matching (normalizeForMatch), so that the knowledge build takes their 12,000 words as they
// are (the language profile's normalizedLists; test/unit/languageProfile.test.ts checks it).

import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeForMatch } from '../server/src/shared/matchText.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = opt('corpus', join(root, '..', 'shared', 'corpus', 'ant-news.jsonl.gz'));
const minVerb = Number(opt('min-verb', 2));
const minNoun = Number(opt('min-noun', 20));
const outFile = join(root, 'server', 'src', 'knowledge', 'word-classes.json');

/** Light normalization: no diacritics or tatweel, one alef, ى → ي, ة → ه. */
function light(s) {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

const WORD = /[\u0621-\u064A]+/gu;
/** Particles that only a verb follows. */
const VERB_PARTICLES = new Set(['قد', 'لقد', 'وقد', 'فقد', 'لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'سوف', 'وسوف', 'فسوف']);
/** The article with the proclitics written before it. */
const DEFINITE = /^(?:وبال|وال|بال|فال|كال|ال)(.+)$/u;
const LAM_DEFINITE = /^(?:ول|ف?ل)ل(.+)$/u;

const afterParticle = new Map();
const bare = new Map();
const definite = new Map();
const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const words = light(JSON.parse(line).text).match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && VERB_PARTICLES.has(words[i - 1]) && !w.startsWith('ال') && !VERB_PARTICLES.has(w)) inc(afterParticle, w);
    const d = DEFINITE.exec(w) ?? LAM_DEFINITE.exec(w);
    if (d && d[1].length >= 3) inc(definite, d[1]);
    else inc(bare, w);
  }
}

// A word seen after the particles at least minVerb times and in at least 1% of its uses:
// a function word (من، في) follows them now and then but is written far more often elsewhere.
const verbs = [...afterParticle].filter(([w, n]) => n >= minVerb && n >= 0.01 * ((bare.get(w) ?? 0) + (definite.get(w) ?? 0))).map(([w]) => w);
// A word written with the article at least minNoun times and at least twice as often as
// without it: a name (حماس، ترامب) is written bare.
const ratio = Number(opt('ratio', 0.15));
const commonNouns = [...definite].filter(([w, n]) => w.length >= 3 && n >= minNoun && n >= ratio * (bare.get(w) ?? 0) && bare.has(w)).map(([w]) => w);
const minArticle = Number(opt('min-article', 10));
const nouns = new Set(commonNouns);
const articleWords = [...definite].filter(([w, n]) => w.length >= 3 && n >= minArticle && bare.has(w) && !nouns.has(w)).map(([w]) => w);
// Three-letter words written under the preposition ل at least --min-lam times (لنزع، لوقف،
// لعدد) that the corpus also writes with the article (a class above): a preposition's object,
// a noun. Under ب after a name (بنزع السلاح، بوقف القتال) such a word is the verb's complement,
// not a name's word (بسام، بلال: سام and لال are written under ل rarely or not with the article).
const minLam = Number(opt('min-lam', 20));
const withArticle = new Set([...commonNouns, ...articleWords]);
const lamNouns = [...bare].filter(([w, n]) => w.length === 4 && w.startsWith('ل') && n >= minLam && withArticle.has(w.slice(1))).map(([w]) => w.slice(1));
if (args.includes('--show')) for (const w of args[args.indexOf('--show') + 1].split(',')) console.log(w, 'def', definite.get(w) ?? 0, 'bare', bare.get(w) ?? 0, 'afterParticle', afterParticle.get(w) ?? 0);
/** A list as matching reads it: normalized, each word once, sorted (a rebuild diffs cleanly). */
const normalizedList = (words) => [...new Set(words.map(normalizeForMatch))].sort();
const out = {
  $comment:
    'Mined from the ANT articles by scripts/mine-word-classes.mjs; rebuild, do not edit; written normalized for matching. corpusVerbs: words written right after a particle only a verb follows (قد، لم، لن، سوف), in at least 1% of their uses. corpusCommonNouns: words written with the article at least 20 times and at least 0.15 times as often as without it. corpusArticleWords: the other words written with the article at least 10 times (Arabic words, mostly bare in construct: استخدام). A word of the first two classes does not start or continue an unknown name; no word of the three is a quoted name\'s. corpusLamNouns: three-letter words of the last two classes also written under the preposition ل at least 20 times (لنزع، لوقف): under ب (بنزع) a preposition\'s object, no name\'s word.',
  corpusVerbs: normalizedList(verbs),
  corpusCommonNouns: normalizedList(commonNouns),
  corpusArticleWords: normalizedList(articleWords),
  corpusLamNouns: normalizedList(lamNouns),
};
writeFileSync(outFile, `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`verbs ${verbs.length}, commonNouns ${commonNouns.length}, articleWords ${articleWords.length}, lamNouns ${lamNouns.length} → ${outFile}`);
