#!/usr/bin/env node
// Builds server/src/knowledge/countries.json: every ISO 3166-1 country, named from checked
// sources rather than from memory, so that a title's country (الرئيس السابق لزيمبابوي) is read
// for every country a newsroom writes about, not only the ~70 once listed by hand.
//
//   Which countries: ISO 3166-1 (the iso-codes package's iso_3166-1.json, kept by Debian from
//     the ISO list: `apt-get install iso-codes`), 249 codes.
//   Their names: CLDR (Unicode's locale data, carried by Node's ICU): Intl.DisplayNames in
//     Arabic (long and short styles) and English.
//   The curated entries already in countries.json stay as they are (spellings, short forms,
//     adjectives); the script only gives them their ISO code.
//   For the new countries, the spellings and the nationality adjectives (نسبة: -ي / -ية) that
//     real copy writes: candidates are made from CLDR's name by the letters Arabic writes a
//     foreign name with (a long vowel written or not, غ / ج / ك / ق for g; ال before a name
//     written without it, never taken off one written with it), only for names of at least
//     MIN_VARIED_LETTERS letters, plus the few forms of EXTRA_CANDIDATES. CLDR's own names are
//     kept; any other candidate only when at least MIN_ARTICLES ANT articles write it
//     (proclitics و ف ب ل ك read off). Five articles, not one: one article or two are a typo or
//     one writer's habit; five are copy from several desks.
//     Adjectives are listed with the article (الزيمبابوي، الزيمبابوية) as the index reads
//     them; the readers take the bare form through the article (people.ts indefiniteNationality).
//   Ambiguity: a form that real copy mostly uses as something else (مالي financial, المالية
//     finance, بليز the footballer Blaise Matuidi) is left out; AMBIGUOUS lists each with what
//     the reading of its ANT uses found (`--kwic FORM` prints a spread of 30). A country left
//     with no name (Mali, Belize, Jersey) is not listed: its title reads as before.
//
//   node scripts/build-countries.mjs [--corpus FILE] [--iso FILE] [--min-articles N] [--dry] [--kwic FORM]
//   (npm run build:countries)
//     rewrites server/src/knowledge/countries.json (curated entries first, in their order,
//     then the new ones by ISO code) and prints the forms kept and left out with their counts.

import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpusFile = opt('--corpus', join(root, '..', 'shared', 'corpus', 'ant-news.jsonl.gz'));
const isoFile = opt('--iso', '/usr/share/iso-codes/json/iso_3166-1.json');
const MIN_ARTICLES = Number(opt('--min-articles', '5'));
const kwic = opt('--kwic', null);
const outFile = join(root, 'server', 'src', 'knowledge', 'countries.json');

/**
 * Forms real copy uses mostly as something else, measured on ANT (articles writing the form;
 * the sense read on a sample of 30 uses, `--kwic`). Left out of the list.
 */
const AMBIGUOUS = {
  مالي: 'Mali, but مالي is "financial" (دعم مالي، فساد مالي): 10 of 15 uses read; 286 articles',
  المالي: '"the financial" (المدير المالي), not Malian: 635 articles',
  الماليه: '"finance" (وزارة المالية): 1,440 articles',
  بليز: 'Belize, but the footballer Blaise Matuidi in 27 of 28 articles',
  جيرسي: 'Jersey, but New Jersey (نيو جيرسي) or Jersey Shore in 4 of 6 articles',
  انغيلا: 'a spelling of Anguilla, but Angela Merkel (أنغيلا ميركل) in all 30 of its uses read; 228 articles',
  اندرا: 'a spelling of Andorra, but Andhra (Pradesh) or part of a word in all 6 articles',
  البرتقال: 'a spelling of Portugal (البرتغال), but the orange (عصير البرتقال) in all 30 of its uses read; 29 articles',
  النيجري: "Niger's adjective, but every one of its 5 articles means Nigerian (الرئيس النيجري محمد بخاري)",
  النيجريه: "Niger's adjective, written for Nigerian as النيجري is (5 articles)",
};

/** Spellings CLDR's name cannot be turned into by letters alone; each still needs MIN_ARTICLES. */
const EXTRA_CANDIDATES = {
  CD: ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية', 'الكونغو الديموقراطية', 'جمهورية الكونغو الديموقراطية'],
  TL: ['تيمور الشرقية'],
  CZ: ['جمهورية التشيك', 'التشيك'],
  DK: ['الدنمارك', 'الدنمرك'],
  NZ: ['نيوزيلاندا'],
  SZ: ['سوازيلاند'],
  MK: ['مقدونيا'],
  CV: ['كابو فيردي'],
  CI: ['كوت ديفوار'],
  VA: ['الفاتيكان'],
  BA: ['البوسنة'],
};

// Normalization for counting, as the matcher reads (shared/matchText.ts): diacritics and
// tatweel dropped, alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي unified.
function norm(s) {
  return s
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}
const words = (text) => norm(text).match(/[\u0621-\u064A]+/g) ?? [];

// --- the countries and their CLDR names
const iso = JSON.parse(readFileSync(isoFile, 'utf8'))['3166-1'];
const arLong = new Intl.DisplayNames(['ar'], { type: 'region' });
const arShort = new Intl.DisplayNames(['ar'], { type: 'region', style: 'short' });
const en = new Intl.DisplayNames(['en'], { type: 'region' });

/** CLDR's Arabic names of a code, as copy writes a name: ميانمار (بورما) is two names, تيمور - ليشتي one. */
function cldrNames(code) {
  const out = new Set();
  for (const raw of [arLong.of(code), arShort.of(code)]) {
    // ميانمار (بورما): another name of a one-word name; جزر كوكوس (كيلينغ): a word of a longer name's.
    const m = /^(.*?)\s*\((.*)\)$/.exec(raw);
    const parts = m ? (m[1].includes(' ') ? [m[1]] : [m[1], m[2]]) : [raw];
    for (const p of parts) {
      if (p.includes(' - ')) {
        // الكونغو - كينشاسا: the second part is a capital, not the country; the first part is
        // the ISO short name's only where ISO names the country so (Congo is CG's).
        const [first] = p.split(' - ');
        if (code === 'TL') out.add(p.replace(' - ', ' '));
        else if (iso.find((c) => c.alpha_2 === code)?.name === en.of('CG').split(' - ')[0]) out.add(first);
      } else if (!/منطقة إدارية خاصة/.test(p)) out.add(p);
    }
  }
  return [...out];
}

const english = (code) => {
  const c = iso.find((e) => e.alpha_2 === code);
  const name = en.of(code);
  // CLDR's Congo - Kinshasa names a capital: ISO's name instead, in reading order.
  const plain = name.includes(' - ') ? (c.common_name ?? c.name).replace(/^(.*), (.*)$/, '$2 $1') : name;
  return plain.replace(/ & /g, ' and ');
};

// --- candidate forms of a new country
const VOWELS = ['ا', 'و', 'ي'];
/** The letters a name needs before its spellings are varied (see wordVariants). */
const MIN_VARIED_LETTERS = 6;
const G = ['غ', 'ج', 'ك', 'ق'];
/** Spellings of one word a writer may choose for a foreign name: one letter's difference. */
function wordVariants(w, definite) {
  const out = new Set([w]);
  // A definite name keeps its article: bare, it is a construct (برتغال رونالدو) or a person's
  // name (سلفادور دالي، ديفيد كاميرون), as the ANT uses read showed.
  const bare = definite ? w.slice(2) : w;
  // With the article only where that is not the نسبة (التشيلي is Chilean, not Chile).
  if (!definite && bare.length >= 4 && !bare.endsWith('ي')) out.add('ال' + bare);
  // A shorter name is one letter away from common words (بنما / بينما while, بوتان / بوتن
  // Putin, غانا / كانا were): only a long name's letters vary.
  if (bare.length < MIN_VARIED_LETTERS) return [...out];
  const article = definite ? 'ال' : '';
  for (let i = 1; i < bare.length; i++) {
    for (const v of VOWELS) out.add(article + bare.slice(0, i) + v + bare.slice(i));
    if (VOWELS.includes(bare[i]) && i < bare.length - 1) out.add(article + bare.slice(0, i) + bare.slice(i + 1));
  }
  for (let i = 0; i < bare.length; i++) if (G.includes(bare[i])) for (const g of G) out.add(article + bare.slice(0, i) + g + bare.slice(i + 1));
  return [...out].filter((x) => x.replace(/^ال/, '').length >= 3);
}
/** Whether a name is written with the article (السنغال), told apart from a name of ال- letters (ألبانيا) before normalization. */
const definite = (name) => /^ال/.test(name.replace(/[\u064B-\u0652\u0640]/g, ''));
function nameCandidates(name) {
  const ws = words(name);
  if (ws.length === 1) return wordVariants(ws[0], definite(name));
  // A name of several words: variants of its last foreign word only (جزر سليمان، غينيا بيساو).
  const last = ws.length - 1;
  return [ws.join(' '), ...wordVariants(ws[last], false).map((v) => [...ws.slice(0, last), v].join(' '))];
}
/** نسبة of a one-word name: غانا → غاني، نيجيريا → نيجيري، السنغال → سنغالي، زيمبابوي → زيمبابوي. */
function adjectiveCandidates(name) {
  const ws = words(name);
  if (ws.length !== 1) return [];
  const bare = definite(name) ? ws[0].slice(2) : ws[0];
  const stems = new Set();
  if (bare.endsWith('يا')) stems.add(bare.slice(0, -1));
  if (bare.endsWith('ا')) stems.add(bare.slice(0, -1) + 'ي');
  if (bare.endsWith('ه')) stems.add(bare.slice(0, -1) + 'ي');
  if (bare.endsWith('ي')) stems.add(bare);
  if (bare.endsWith('و')) stems.add(bare + 'ي').add(bare.slice(0, -1) + 'ي');
  if (!/[ايوه]$/.test(bare)) stems.add(bare + 'ي');
  return [...stems].flatMap((s) => ['ال' + s, 'ال' + s + 'ه']);
}

// --- the corpus: in how many articles each phrase is written
async function countArticles(phrases) {
  const byFirst = new Map();
  for (const p of phrases) {
    const ws = p.split(' ');
    if (!byFirst.has(ws[0])) byFirst.set(ws[0], []);
    byFirst.get(ws[0]).push(ws);
  }
  const counts = new Map(phrases.map((p) => [p, 0]));
  const surfaces = new Map(); // phrase → its written forms (hamza, ة) → uses
  const samples = [];
  const rl = createInterface({ input: createReadStream(corpusFile).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const { text, id } = JSON.parse(line);
    const raw = text.replace(/[\u064B-\u0652\u0670\u0640]/g, '').match(/[\u0621-\u064A]+/g) ?? [];
    const ws = raw.map(norm);
    const seen = new Set();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      for (const first of [w, /^[وفبلك]/.test(w) ? w.slice(1) : null]) {
        const list = first && byFirst.get(first);
        if (!list) continue;
        for (const p of list) {
          let ok = true;
          for (let k = 1; k < p.length && ok; k++) ok = ws[i + k] === p[k];
          if (!ok) continue;
          const key = p.join(' ');
          seen.add(key);
          const written = [first === w ? raw[i] : raw[i].slice(1), ...raw.slice(i + 1, i + p.length)].join(' ');
          const bySurface = surfaces.get(key) ?? new Map();
          surfaces.set(key, bySurface.set(written, (bySurface.get(written) ?? 0) + 1));
          if (kwic && norm(kwic) === key && samples.length < 400) samples.push(`${id}: ${ws.slice(Math.max(0, i - 8), i + p.length + 8).join(' ')}`);
        }
      }
    }
    for (const key of seen) counts.set(key, counts.get(key) + 1);
  }
  return { counts, samples, surfaces };
}

// --- build
const current = JSON.parse(readFileSync(outFile, 'utf8'));
const curated = current.countries.filter((c) => !c.generated);
const curatedForms = new Set(curated.flatMap((c) => [...c.arabic, ...c.adjectives].map(norm)));
const curatedCode = new Map();
for (const c of iso) {
  const names = cldrNames(c.alpha_2).map(norm);
  const hit = curated.find((e) => e.iso === c.alpha_2 || e.english === en.of(c.alpha_2) || e.english === c.name || e.arabic.some((a) => names.includes(norm(a))));
  if (hit) curatedCode.set(hit.id, c.alpha_2);
}
const unmatched = curated.filter((c) => !curatedCode.has(c.id)).map((c) => c.id);
if (unmatched.length) throw new Error(`curated entries with no ISO code: ${unmatched.join(', ')}`);
const taken = new Set(curatedCode.values());

const fresh = iso.filter((c) => !taken.has(c.alpha_2)).sort((a, b) => a.alpha_2.localeCompare(b.alpha_2));
const plan = fresh.map((c) => {
  const names = cldrNames(c.alpha_2);
  const extra = EXTRA_CANDIDATES[c.alpha_2] ?? [];
  const nameForms = new Set([...names, ...extra].flatMap(nameCandidates));
  const adjForms = new Set([...names, ...extra].flatMap(adjectiveCandidates));
  return { c, names, extra, nameForms: [...nameForms], adjForms: [...adjForms] };
});
const all = new Set(plan.flatMap((p) => [...p.nameForms, ...p.adjForms]));
if (kwic) all.add(norm(kwic));
const { counts, samples, surfaces } = await countArticles([...all]);
/** A kept form as copy writes it most (the list holds real spellings; the index normalizes them). */
function written(form, listed) {
  const own = listed.find((n) => norm(n) === form);
  if (own) return own;
  const uses = [...(surfaces.get(form) ?? new Map())].sort((a, b) => b[1] - a[1]);
  return uses.length ? uses[0][0] : form;
}
if (kwic) {
  console.log(`${kwic}: ${counts.get(norm(kwic))} articles`);
  for (const s of samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 30)) === 0).slice(0, 30)) console.log(s);
  process.exit(0);
}

// A form is one country's: curated forms and every CLDR name are claimed before any variant,
// so that a variant never takes another country's name (غينيا's كينيا).
const owner = new Map();
for (const f of curatedForms) owner.set(f, 'curated');
for (const p of plan) for (const n of p.names) if (!owner.has(norm(n))) owner.set(norm(n), p.c.alpha_2);
const kept = new Set();
const report = [];
const generated = [];
for (const p of plan) {
  const cldr = new Set(p.names.map(norm));
  const keep = (f, isName) => {
    const n = norm(f);
    if (owner.has(n) && owner.get(n) !== p.c.alpha_2) return false;
    if (kept.has(n)) return false;
    if (AMBIGUOUS[n]) {
      report.push(`  left out ${f} (${p.c.alpha_2}): ${AMBIGUOUS[n]}`);
      return false;
    }
    // CLDR's own names are checked facts and kept; other candidates need the corpus.
    const ok = (isName && cldr.has(n)) || counts.get(n) >= MIN_ARTICLES;
    if (ok) {
      owner.set(n, p.c.alpha_2);
      kept.add(n);
    }
    return ok;
  };
  // CLDR's spelling first (it is the country's name), then the attested ones, most written first.
  const byUse = (a, b) => (cldr.has(b) ? 1 : 0) - (cldr.has(a) ? 1 : 0) || counts.get(b) - counts.get(a);
  const arabic = p.nameForms.map(norm).sort(byUse).filter((f) => keep(f, true));
  const adjectives = p.adjForms.sort((a, b) => counts.get(b) - counts.get(a)).filter((f) => keep(f, false));
  const spelled = (f) => written(f, [...p.names, ...p.extra]);
  const entry = {
    id: english(p.c.alpha_2).toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, ''),
    iso: p.c.alpha_2,
    english: english(p.c.alpha_2),
    arabic: arabic.map(spelled),
    adjectives: adjectives.map((f) => written(f, [])),
    generated: true,
  };
  if (!entry.arabic.length) {
    report.push(`  no name kept for ${p.c.alpha_2}`);
    continue;
  }
  generated.push(entry);
  report.push(`${p.c.alpha_2} ${entry.english}: ${arabic.map((f) => `${f} ${counts.get(f)}`).join('، ')} | ${adjectives.map((f) => `${f} ${counts.get(f)}`).join('، ')}`);
}
console.log(report.join('\n'));

const asOf = new Date().toISOString().slice(0, 10);
const out = {
  $comment:
    `Countries as they follow a role title: by name (رئيس بيلاروس) or by adjective (الرئيس البيلاروسي). Schema: CountryEntry in server/src/shared/knowledgeSchema.ts. ` +
    `Every ISO 3166-1 country as of ${asOf} (iso-codes ${isoVersion()}), named by CLDR ${process.versions.cldr} (Node's ICU): the hand-curated entries first, then the "generated" ones ` +
    `built by scripts/build-countries.mjs, whose other spellings and adjectives are those at least ${MIN_ARTICLES} ANT articles write; forms mostly used as something else are left out (the script's AMBIGUOUS).`,
  countries: [
    ...curated.map((c) => ({ id: c.id, iso: curatedCode.get(c.id), english: c.english, arabic: c.arabic, adjectives: c.adjectives })),
    ...generated,
  ],
};
/** One entry on a line, spaced as the curated lines were written. */
function entryJson(c) {
  return '{' + Object.entries(c).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v).replace(/","/g, '", "')}`).join(', ') + '}';
}
function isoVersion() {
  try {
    return /^Version: (.*)$/m.exec(readFileSync('/var/lib/dpkg/status', 'utf8').split('\n\n').find((s) => s.startsWith('Package: iso-codes\n')))[1];
  } catch {
    return 'unknown version';
  }
}
const json =
  '{\n  "$comment": ' + JSON.stringify(out.$comment) + ',\n  "countries": [\n' + out.countries.map((c) => '    ' + entryJson(c)).join(',\n') + '\n  ]\n}\n';
if (!args.includes('--dry')) writeFileSync(outFile, json);
console.log(`${curated.length} curated + ${generated.length} generated countries${args.includes('--dry') ? ' (dry run)' : ''}`);
