#!/usr/bin/env node
// Mines the ANT articles for the word classes the name tests need, so that "is this word
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
//   corpusPersonTitles — definite nouns that, right after a speech verb (cues.json), are
//                       followed by a person's name (after at most two definite adjectives)
//                       at least --min-title times and in at least --title-ratio of their
//                       uses there: وقال المدرب الإيطالي فابيو كابيلو، قالت القاضية X إن.
//                       A name here is two to four words the corpus writes as nothing else
//                       (none of the classes above, never with the article, no grammar word)
//                       closed by a comma, a colon, a quote, a bracket or a grammar word.
//
//   corpusGivenNames   — words that open a person's name after a title (the titles above, the
//                       first words of roles.json's titles; a second reading of the corpus)
//                       at least --min-given times and --given-ratio times as often as they go
//                       on one: مايكل، جون، دونالد (not ترامب).
//   A word opening with و، ب، ف or ك and the article is read as the article and its stem only
//   when the corpus writes the stem with the article alone too (--proclitic-ratio of the word's
//   uses, at least once): فالنسيا، بالتيمور، فالفيردي are names, not ف/ب + النسيا، التيمور.
//
//   npx tsx scripts/mine-word-classes.mjs [--corpus FILE] [--min-verb N] [--min-noun N] [--ratio R] [--min-article N] [--min-lam N] [--min-title N] [--title-ratio R] [--min-given N] [--given-ratio R] [--proclitic-ratio R] [--show w1,w2] [--titles] [--given] [--unsplit]
//     writes server/src/knowledge/word-classes.json (lists sorted, so a rebuild diffs cleanly).
//
// Matching is plain (light normalization, whole words); the lists are written normalized for
// matching (normalizeForMatch), so that the knowledge build takes their 12,000 words as they
// are (the language profile's normalizedLists; test/unit/languageProfile.test.ts checks it).

import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
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

const knowledgeDir = join(root, 'server', 'src', 'knowledge');
const readKnowledge = (file) => JSON.parse(readFileSync(join(knowledgeDir, file), 'utf8'));
/**
 * The speech verbs' forms as written after و/ف (cues.json; not the ambiguous ones, nor the
 * forms with an object pronoun, after which a definite noun is no subject).
 */
const cues = readKnowledge('cues.json');
const ambiguous = new Set(cues.ambiguousForms.map(light));
const speechVerbs = new Set();
for (const verb of cues.verbs) {
  const forms = new Set(verb.forms.map(light));
  for (const f of forms) {
    if (ambiguous.has(f) || [...forms].some((g) => g !== f && /^(?:ه|ها|هم)$/u.test(f.slice(g.length)) && f.startsWith(g))) continue;
    for (const p of ['', 'و', 'ف']) speechVerbs.add(p + f);
  }
}
/** Grammar words (lexicon.json), never a name's: prepositions, complementizers, time words, relatives… */
const lexicon = readKnowledge('lexicon.json');
const grammarWords = new Set(
  ['nameStops', 'prepositions', 'timeWords', 'notSubjects', 'complementizers', 'subjectStops', 'relativePronouns', 'anonymousEnds', 'honorifics'].flatMap((list) => lexicon[list].map(light)),
);
/** The tokens a speech verb and a definite word open (words and the marks that close a name), read once the classes are known. */
const TOKEN = /[\u0621-\u064A]+|[،,:"«“(]/gu;
const afterSpeech = [];

const afterParticle = new Map();
/** Every word as written, counted once the corpus is read: whether a proclitic reading holds needs them all. */
const written = new Map();
const bare = new Map();
const definite = new Map();
const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const text = light(JSON.parse(line).text);
  const words = text.match(WORD) ?? [];
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i + 1 < tokens.length; i++) if (speechVerbs.has(tokens[i]) && tokens[i + 1].startsWith('ال')) afterSpeech.push(tokens.slice(i + 1, i + 9));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && VERB_PARTICLES.has(words[i - 1]) && !w.startsWith('ال') && !VERB_PARTICLES.has(w)) inc(afterParticle, w);
    inc(written, w);
  }
}
// A word is the article and a stem when it opens with the article, or with a proclitic and the
// article whose stem the corpus also writes with the article alone at least --proclitic-ratio
// times as often (بالحكومة: الحكومة). Else the proclitic is a name's first letters (فالنسيا،
// بالتيمور: no النسيا, التيمور), and the name must not land among the common nouns.
const procliticRatio = Number(opt('proclitic-ratio', 0.005));
const unsplit = [];
for (const [w, n] of written) {
  const d = DEFINITE.exec(w);
  const stem = d?.[1] ?? LAM_DEFINITE.exec(w)?.[1];
  // لل is ل and the article (للحكومة): its stem lost the article's alef, nothing to compare.
  const name = d !== null && !w.startsWith('ال') && (written.get('ال' + d[1]) ?? 0) < Math.max(1, procliticRatio * n);
  if (stem !== undefined && stem.length >= 3 && !name) inc(definite, stem, n);
  else inc(bare, w, n);
  if (name && stem.length >= 3) unsplit.push([w, n]);
}
if (args.includes('--unsplit')) for (const [w, n] of unsplit.sort((a, b) => b[1] - a[1])) console.log(n, w, written.get('ال' + DEFINITE.exec(w)[1]) ?? 0);

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
// corpusPersonTitles: the definite word after a speech verb, when a name follows it (after at
// most two definite adjectives: المدرب الإيطالي فابيو كابيلو), in enough of its uses there.
const nonNames = new Set([...verbs, ...commonNouns, ...articleWords]);
const writtenWithArticle = (w) => (definite.get(w) ?? 0) > 0.02 * Math.max(1, bare.get(w) ?? 0);
/** A word the corpus writes as nothing but a name: no class above, no grammar word, not with the article, not a proclitic on a word that is. */
const nameWord = (w) =>
  w !== undefined && w.length >= 2 && !/^[،,:"«“(]/u.test(w) && !w.startsWith('ال') && !grammarWords.has(w) && !nonNames.has(w) && !writtenWithArticle(w) && !(/^[بلوف]/u.test(w) && (nonNames.has(w.slice(1)) || w.startsWith('ال', 1) || writtenWithArticle(w.slice(1))));
const titleUses = new Map();
const titleNamed = new Map();
for (const o of afterSpeech) {
  const head = o[0];
  inc(titleUses, head);
  let j = 1;
  while (j < 3 && o[j]?.startsWith('ال') && !grammarWords.has(o[j])) j++;
  if (!nameWord(o[j]) || !nameWord(o[j + 1])) continue;
  let e = j + 2;
  while (e < j + 4 && nameWord(o[e])) e++;
  if (e < o.length && (/^[،,:"«“(]/u.test(o[e]) || grammarWords.has(o[e]))) inc(titleNamed, head);
}
// A title and its feminine (القاضي، القاضية) are one noun: their counts are pooled.
const masculine = (w) => (w.endsWith('ه') && titleUses.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
const pooledUses = new Map();
const pooledNamed = new Map();
for (const [w, n] of titleUses) pooledUses.set(masculine(w), (pooledUses.get(masculine(w)) ?? 0) + n);
for (const [w, n] of titleNamed) pooledNamed.set(masculine(w), (pooledNamed.get(masculine(w)) ?? 0) + n);
const minTitle = Number(opt('min-title', 4));
const titleRatio = Number(opt('title-ratio', 0.08));
const keptTitle = (w) => (pooledNamed.get(masculine(w)) ?? 0) >= minTitle && pooledNamed.get(masculine(w)) >= titleRatio * pooledUses.get(masculine(w));
const personTitles = [...titleNamed.keys()].filter(keptTitle);
// corpusGivenNames: the words that open a person's name after a title (the titles above and the
// first words of roles.json's titles, then at most two definite words: وزير الخارجية الأمريكي مايك
// بومبيو) far more often than they go on one (مايكل، جون; not ترامب): a second reading of the
// corpus, once the titles are known. After a name's first word, one of them starts a person's name.
const titleWords = new Set([...personTitles, ...readKnowledge('roles.json').roles.flatMap((r) => r.arabic.map((f) => light(f).split(' ')[0]))]);
const givenUses = new Map();
const laterUses = new Map();
const again = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of again) {
  if (!line.trim()) continue;
  const tokens = light(JSON.parse(line).text).match(TOKEN) ?? [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!titleWords.has(tokens[i])) continue;
    let j = i + 1;
    while (j < i + 3 && tokens[j].startsWith('ال') && !grammarWords.has(tokens[j])) j++;
    if (!nameWord(tokens[j]) || !nameWord(tokens[j + 1])) continue;
    let e = j + 2;
    while (e < j + 4 && nameWord(tokens[e])) e++;
    if (e < tokens.length && (/^[،,:"«“(]/u.test(tokens[e]) || grammarWords.has(tokens[e]))) for (let x = j; x < e; x++) inc(x === j ? givenUses : laterUses, tokens[x]);
  }
}
const minGiven = Number(opt('min-given', 10));
const givenRatio = Number(opt('given-ratio', 5));
/** A name under the preposition ل (لترامب، للرئيس) or a common noun with a pronoun (ولايته، عمرها): not a name's own word. */
const underLam = (w) => w.startsWith('لل') || (w.startsWith('ل') && (givenUses.has(w.slice(1)) || laterUses.has(w.slice(1))));
const withPronoun = (w) => /(?:ته|ها)$/u.test(w) && (definite.has(`${w.slice(0, -2)}ه`) || definite.has(w.slice(0, -2)));
const givenNames = [...givenUses].filter(([w, n]) => n >= minGiven && n >= givenRatio * (laterUses.get(w) ?? 0) && !underLam(w) && !withPronoun(w)).map(([w]) => w);
if (args.includes('--given')) for (const w of givenNames.sort((a, b) => givenUses.get(b) - givenUses.get(a))) console.log(givenUses.get(w), laterUses.get(w) ?? 0, w);
if (args.includes('--titles')) for (const [w, n] of [...pooledNamed].sort((a, b) => b[1] - a[1])) if (n >= 2) console.log(n, pooledUses.get(w), (n / pooledUses.get(w)).toFixed(2), w, keptTitle(w) ? 'KEPT' : '');
if (args.includes('--show')) for (const w of args[args.indexOf('--show') + 1].split(',')) console.log(w, 'def', definite.get(w) ?? 0, 'bare', bare.get(w) ?? 0, 'afterParticle', afterParticle.get(w) ?? 0);
/** A list as matching reads it: normalized, each word once, sorted (a rebuild diffs cleanly). */
const normalizedList = (words) => [...new Set(words.map(normalizeForMatch))].sort();
const out = {
  $comment:
    'Mined from the ANT articles by scripts/mine-word-classes.mjs; rebuild, do not edit; written normalized for matching. corpusVerbs: words written right after a particle only a verb follows (قد، لم، لن، سوف), in at least 1% of their uses. corpusCommonNouns: words written with the article at least 20 times and at least 0.15 times as often as without it (a word opening with و، ب، ف or ك and the article counts as the article and its stem only when the corpus writes the stem with the article alone too: not فالنسيا). corpusArticleWords: the other words written with the article at least 10 times (Arabic words, mostly bare in construct: استخدام). A word of the first two classes does not start or continue an unknown name; no word of the three is a quoted name\'s. corpusLamNouns: three-letter words of the last two classes also written under the preposition ل at least 20 times (لنزع، لوقف): under ب (بنزع) a preposition\'s object, no name\'s word. corpusPersonTitles: definite words that, right after a speech verb, a person\'s name follows (after at most two definite adjectives) at least 4 times and in at least 8% of their uses there, a title and its feminine counted together (القاضي، القاضية): a title no role lists, whose name after it speaks. corpusGivenNames: words that open a person\'s name after a title (these titles or the first word of a role\'s) at least 10 times and at least 5 times as often as they go on one (مايكل، جون): after an organization\'s first word, one of them followed by a name\'s word starts a person.',
  corpusVerbs: normalizedList(verbs),
  corpusCommonNouns: normalizedList(commonNouns),
  corpusArticleWords: normalizedList(articleWords),
  corpusLamNouns: normalizedList(lamNouns),
  corpusPersonTitles: normalizedList(personTitles),
  corpusGivenNames: normalizedList(givenNames),
};
writeFileSync(outFile, `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`verbs ${verbs.length}, commonNouns ${commonNouns.length}, articleWords ${articleWords.length}, lamNouns ${lamNouns.length}, personTitles ${personTitles.length}, givenNames ${givenNames.length} → ${outFile}`);
