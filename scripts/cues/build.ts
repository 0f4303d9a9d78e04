// Builds server/src/knowledge/cues.json from the reviewed cue list (reviewed.json) and the
// inflection table (inflection.json): every reviewed lemma in every third person, gender,
// number and tense, by rule. Nothing here depends on the corpus, so the file can be checked
// (and rebuilt) without it.

export interface InflectionClass {
  description: string;
  past: string[];
  present: string[];
}

export interface Inflection {
  persons: string[];
  classes: Record<string, InflectionClass>;
  participle: { description: string; forms: string[] };
  objectSuffixes: { description: string; persons: string[]; suffixes: string[] };
}

/** A speech, statement or description verb kept by the reviewer. */
export interface ReviewedVerb {
  lemma: string;
  class: string;
  /** Stems: past, past before a consonant suffix, present after the prefix, present before ن. */
  p: string;
  q?: string;
  s: string;
  r?: string;
  /** Generates وصفه، وصفها … (the engine also reads object pronouns off by itself). */
  objectSuffixes?: boolean;
  /** Reports someone else's words (نقلت رويترز عن مسؤول قوله): all its forms are relay verbs. */
  relay?: boolean;
  /** Forms that are also common nouns or prepositions: cues only when confirmed. */
  ambiguous?: string[];
  /** Forms that are also a common noun, read as the noun after a subject pronoun or before their feminine (وهو طالب، طالب وطالبة). */
  nouns?: string[];
  /** Forms that speak only with the preposition they govern (يعد بـ promises; يُعد is considered). */
  governed?: GovernedForms;
  /**
   * A verb of opinion or expectation (يعتقد، يتوقع): it is someone's speech only when a quote
   * opens its clause (after a colon, or after أن and at most two words); its forms go to
   * quoteVerbs, not verbs, so nothing else reads them as speech verbs.
   */
  quoteOnly?: boolean;
  /** Generated forms left out, because they read first as something else. */
  exclude?: string[];
  /** Forms the rules do not give. */
  forms?: string[];
  note?: string;
}

export interface ReviewedParticiple {
  lemma: string;
  /** Masculine stem (قائل، مضيف، داعي). */
  m: string;
  exclude?: string[];
  forms?: string[];
  note?: string;
}

export interface Reviewed {
  cuesComment: string;
  verbs: ReviewedVerb[];
  participles: ReviewedParticiple[];
  accordingTo: string[];
  selfAccordingTo: string[];
  afterQuoteMarkers: string[];
  /** Ambiguous forms that are not tied to one lemma's list. */
  ambiguousForms: string[];
  /** Verbal nouns that introduce quotes (قوله، تصريحات): mined and reviewed, kept for the engine's rules; cues.json has no list for them. */
  verbalNouns: { form: string; note: string }[];
  /** Candidates the review turned down, with why. */
  rejected: { form: string; why: string }[];
}

/** Verb forms whose speech sense shows only in the preposition they govern (cues.json governedForms). */
export interface GovernedForms {
  /** The proclitic preposition the speech sense governs (ب of وعد بـ). */
  preposition: string;
  forms: string[];
  /** Particles before the form that make it another verb (لم يعد = no longer). */
  notAfter: string[];
  /** Words that start with the preposition but are not it governed (بمثابة = as). */
  notGoverning: string[];
}

/** The cues.json schema (server/src/analysis/knowledge/index.ts: compileCues). */
export interface CuesFile {
  $comment: string;
  verbs: { lemma: string; forms: string[] }[];
  participles: { lemma: string; forms: string[] }[];
  accordingTo: string[];
  selfAccordingTo: string[];
  afterQuoteMarkers: string[];
  ambiguousForms: string[];
  relayVerbs: string[];
  quoteVerbs: { lemma: string; forms: string[] }[];
  nounForms: string[];
  governedForms: GovernedForms[];
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

function fill(template: string, stems: Record<string, string | undefined>, lemma: string): string {
  return template.replace(/\{([a-z])\}/g, (_, k: string) => {
    const stem = stems[k];
    if (stem === undefined) throw new Error(`${lemma}: its class needs the stem {${k}}`);
    return stem;
  });
}

/** Every form of a reviewed verb, past then present, persons in the table's order. */
export function verbForms(v: ReviewedVerb, table: Inflection): string[] {
  const cls = table.classes[v.class];
  if (!cls) throw new Error(`${v.lemma}: unknown inflection class "${v.class}"`);
  const stems = { p: v.p, q: v.q, s: v.s, r: v.r };
  const past = cls.past.map((t) => fill(t, stems, v.lemma));
  const present = cls.present.map((t) => fill(t, stems, v.lemma));
  const out = [...past, ...present];
  if (v.objectSuffixes) {
    const { persons, suffixes } = table.objectSuffixes;
    for (const person of persons) {
      const i = table.persons.indexOf(person);
      for (const base of [past[i], present[i]]) for (const sfx of suffixes) out.push(base.replace(/ى$/u, 'ا') + sfx);
    }
  }
  const exclude = new Set(v.exclude ?? []);
  for (const x of exclude) if (!out.includes(x)) throw new Error(`${v.lemma}: excludes "${x}", which it does not generate`);
  return unique([...out.filter((f) => !exclude.has(f)), ...(v.forms ?? [])]);
}

export function participleForms(p: ReviewedParticiple, table: Inflection): string[] {
  const out = table.participle.forms.map((t) => fill(t, { m: p.m }, p.lemma));
  const exclude = new Set(p.exclude ?? []);
  for (const x of exclude) if (!out.includes(x)) throw new Error(`${p.lemma}: excludes "${x}", which it does not generate`);
  return unique([...out.filter((f) => !exclude.has(f)), ...(p.forms ?? [])]);
}

/** A reviewer's list of some of a verb's forms, each one the verb generates. */
function formsOf(v: ReviewedVerb, listed: string[], generated: string[], field: string): string[] {
  for (const f of listed) if (!generated.includes(f)) throw new Error(`${v.lemma}: ${field} names "${f}", which it does not generate`);
  return listed;
}

export function buildCues(reviewed: Reviewed, table: Inflection): CuesFile {
  const lemmas = new Set<string>();
  for (const e of [...reviewed.verbs, ...reviewed.participles]) {
    if (lemmas.has(e.lemma)) throw new Error(`lemma "${e.lemma}" is reviewed twice`);
    lemmas.add(e.lemma);
  }
  for (const list of ['accordingTo', 'selfAccordingTo', 'afterQuoteMarkers', 'ambiguousForms'] as const) {
    const twice = reviewed[list].filter((x, i) => reviewed[list].indexOf(x) !== i);
    if (twice.length) throw new Error(`${list} names ${twice.map((x) => `"${x}"`).join(', ')} twice`);
  }
  const speech = reviewed.verbs.filter((v) => !v.quoteOnly);
  const verbs = speech.map((v) => ({ lemma: v.lemma, forms: verbForms(v, table) }));
  return {
    $comment: reviewed.cuesComment,
    verbs,
    participles: reviewed.participles.map((p) => ({ lemma: p.lemma, forms: participleForms(p, table) })),
    accordingTo: reviewed.accordingTo,
    selfAccordingTo: reviewed.selfAccordingTo,
    afterQuoteMarkers: reviewed.afterQuoteMarkers,
    ambiguousForms: unique([...reviewed.ambiguousForms, ...speech.flatMap((v) => v.ambiguous ?? [])]),
    relayVerbs: unique(verbs.filter((_, i) => speech[i].relay).flatMap((v) => v.forms)),
    quoteVerbs: reviewed.verbs.filter((v) => v.quoteOnly).map((v) => ({ lemma: v.lemma, forms: verbForms(v, table) })),
    nounForms: unique(speech.flatMap((v, i) => formsOf(v, v.nouns ?? [], verbs[i].forms, 'nouns'))),
    governedForms: speech.flatMap((v, i) => (v.governed ? [{ ...v.governed, forms: formsOf(v, v.governed.forms, verbs[i].forms, 'governed') }] : [])),
  };
}

/** The text cues.json holds for these cues (2-space JSON, one trailing newline). */
export function cuesText(cues: CuesFile): string {
  return `${JSON.stringify(cues, null, 2)}\n`;
}
