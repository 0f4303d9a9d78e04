// Organizations: known ones from the knowledge base (matched through proclitics,
// longest name first), forms that count only in quotes ("الأمن الجماعي") or only where
// the article names the organization otherwise too (ليفربول), national ministries
// (وزارة الخارجية الروسية), and the ones grammar finds (organizationGrammar.ts:
// وزارة الخزانة، قناة "المنار"، المحكمة العليا، الشرطة الهندية) — reported without facts.

import type { ArticleDocument } from './document';
import { memoOf } from './wordMemo';
import type { Knowledge } from './knowledge';
import { normalizeForMatch, withoutInvisibles } from './normalize';
import { mayStartGrammarName, OrganizationGrammarReader, type GrammarName } from './organizationGrammar';
import type { Block, Organization, OrganizationMention } from './types';
import { sameShapeMap } from './sameShapeMap';
import { lostArticle, writtenWithArticle } from './elidedArticle';

export interface OrganizationHit {
  id: string;
  /** Token range of the mention (the first token may carry a proclitic). */
  first: number;
  end: number;
  /** Normalized offsets of the mention without its proclitic. */
  normStart: number;
  normEnd: number;
  english: string | null;
  acronym: string | null;
  known: boolean;
  /** What it is: the knowledge entry's type, or the kind its head noun says. */
  type: string | null;
}

/** Content blocks where organizations are looked for (not chrome). */
function contentRanges(doc: ArticleDocument, blocks: Block[]): { start: number; end: number }[] {
  return sameShapeMap(
    blocks.filter((b) => b.kind !== 'chrome' && b.kind !== 'dateline'),
    (b) => ({ start: doc.lines[b.line].normStart, end: doc.lines[b.line].normEnd }),
  );
}

export function findOrganizationHits(doc: ArticleDocument, blocks: Block[]): OrganizationHit[] {
  const k = doc.knowledge;
  const t = doc.tokens;
  const hits: OrganizationHit[] = [];
  /** Hits of forms that are also ordinary words (ليفربول the city): kept only if the article names the organization otherwise too. */
  const ambiguous: OrganizationHit[] = [];
  // Whether `ambiguous` has any: a long article's loop below is compiled on the stack, and a
  // property read first run after the loop threw that code away; a test of a boolean does not
  // (docs/performance-log.md, session 14).
  let anyAmbiguous = false;
  const grammar = new OrganizationGrammarReader(doc, k);
  // Tested once per distinct word: whether anything of this pass can start at it (most words start nothing).
  const mayStart = memoOf(k, 'organizationStart', mayStartOrganization);
  // The ranges come in text order: each one's tokens are found walking on from the last one's.
  let from = 0;
  for (const range of contentRanges(doc, blocks)) {
    // The tokens starting in the range; of those, only words that may start something are read.
    from = t.stepTo(from, range.start);
    const to = t.stepTo(from, range.end);
    let i = from;
    from = to;
    while ((i = mayStart.nextAt(t, i, to)) < to) {
      const known = k.organizationIndex.match(t, i);
      if (known && t.ends[known.end - 1] <= range.end && latinAcronymOk(doc, i, known.end)) {
        hits.push(knownHit(doc, known.value, known));
        // An organization named inside another's name is mentioned too:
        // مركز مكافحة الإرهاب التابع لرابطة الدول المستقلة names the CIS.
        for (let j = i + 1; j < known.end; j++) {
          const inner = k.organizationIndex.match(t, j);
          if (!inner || inner.end > known.end || inner.value === known.value) continue;
          hits.push(knownHit(doc, inner.value, inner));
          j = inner.end - 1;
        }
        i = known.end;
        continue;
      }
      const quoted = k.quotedOrganizationIndex.match(t, i, false);
      if (quoted && isQuotedExactly(doc, t.starts[quoted.first], t.ends[quoted.end - 1])) {
        hits.push(knownHit(doc, quoted.value, quoted));
        i = quoted.end;
        continue;
      }
      const loose = k.ambiguousOrganizationIndex.match(t, i);
      if (loose && t.ends[loose.end - 1] <= range.end) {
        ambiguous.push(knownHit(doc, loose.value, loose));
        anyAmbiguous = true;
        i = loose.end;
        continue;
      }
      const ministry = k.ministryIndex.match(t, i);
      if (ministry) {
        const country = k.countryAdjectiveIndex.match(t, ministry.end, false) ?? k.countryNameIndex.match(t, ministry.end, false);
        if (country && t.onlySpaceBetween(t.ends[ministry.end - 1], t.starts[country.first])) {
          hits.push(ministryHit(doc, i, ministry.prefix.length, country.end, ministry.value, country.value));
          i = country.end;
          continue;
        }
      }
      const named = grammar.read(i, range.end);
      if (named) {
        // A known organization in quote marks after its head (نادي "فالداي") is that organization.
        const inQuotes = named.quoted !== undefined ? (k.organizationIndex.match(t, named.quoted, false) ?? k.quotedOrganizationIndex.match(t, named.quoted, false)) : null;
        hits.push(inQuotes && inQuotes.end === named.end ? knownHit(doc, inQuotes.value, inQuotes) : grammarHit(doc, named));
        i = named.end;
        continue;
      }
      i++;
    }
  }
  if (anyAmbiguous) {
    // ليفربول is the club where the article names the club otherwise, or names other clubs
    // (an article about football): one sense per article.
    const named = new Set(hits.map((h) => h.id));
    const types = new Set(hits.map((h) => h.type));
    for (const h of ambiguous) if (named.has(h.id) || (types.has(h.type) && isPlaceForm(k, h, doc))) hits.push(h);
    hits.sort((a, b) => a.first - b.first);
  }
  return hits;
}

/**
 * The hit of a known organization matched at m (its proclitic left out of the range). A
 * function of the module, not a closure made at each call: a new closure at a call site
 * that optimized code had seen threw that code away ("wrong call target").
 */
function knownHit(doc: ArticleDocument, id: string, m: { first: number; end: number; prefix: string }): OrganizationHit {
  const t = doc.tokens;
  const entry = doc.knowledge.organizations.get(id)!;
  // Fields written out: a spread here is V8's slow path.
  return { id: entry.id, first: m.first, end: m.end, normStart: t.starts[m.first] + m.prefix.length, normEnd: t.ends[m.end - 1], english: entry.english ?? null, acronym: entry.acronym ?? null, known: true, type: entry.type };
}

/** Latin acronyms count only as written in capitals: WHO, not the English word "who". */
function latinAcronymOk(doc: ArticleDocument, first: number, end: number): boolean {
  return !/^[a-z]/.test(doc.tokens.text(first)) || !/[a-z]/.test(doc.tokenText(first, end));
}

/** Whether a hit is one of its organization's place-name forms (برشلونة), not an ordinary word (فتح). */
function isPlaceForm(k: Knowledge, h: OrganizationHit, doc: ArticleDocument): boolean {
  const written = doc.norm.slice(h.normStart, h.normEnd);
  return (k.organizations.get(h.id)?.placeForms ?? []).some((f) => normalizeForMatch(f) === written);
}

/** A national ministry: وزارة الخارجية الروسية, or its short form الخارجية الروسية. */
function ministryHit(doc: ArticleDocument, first: number, prefixLength: number, end: number, ministryId: string, countryId: string): OrganizationHit {
  const k = doc.knowledge;
  const t = doc.tokens;
  const m = k.ministries.get(ministryId)!;
  const c = k.countries.get(countryId)!;
  return {
    id: `ministry:${m.id}:${c.id}`,
    first,
    end,
    normStart: t.starts[first] + prefixLength,
    normEnd: t.ends[end - 1],
    english: `${m.english} of ${c.english}`,
    acronym: null,
    known: true,
    type: 'ministry',
  };
}

/** An organization found by grammar: a national ministry, or one reported without facts. */
function grammarHit(doc: ArticleDocument, n: GrammarName): OrganizationHit {
  const t = doc.tokens;
  if (n.ministry) return ministryHit(doc, n.first, n.normStart - t.starts[n.first], n.end, n.ministry.ministry, n.ministry.country);
  // للجيش الإسرائيلي and الجيش الإسرائيلي are one organization, and so are its names
  // written with two spaces between words, or a bidi mark beside a space (read as a space).
  const name = doc.norm.slice(n.normStart, n.normEnd);
  return { id: `unknown:${lostArticle(doc, n.first, n.normStart)}${name.includes('  ') ? name.replace(/ {2,}/g, ' ') : name}`, first: n.first, end: n.end, normStart: n.normStart, normEnd: n.normEnd, english: null, acronym: null, known: false, type: n.kind };
}

/** Whether the normalized range is exactly the content of a pair of quote marks. */
function isQuotedExactly(doc: ArticleDocument, start: number, end: number): boolean {
  const before = doc.norm[start - 1];
  const after = doc.norm[end];
  // Some agencies sign with slashes: /قنا/.
  return /["«“”/]/u.test(before ?? '') && /["»”“/]/u.test(after ?? '');
}

/** Groups hits by organization, in order of first mention. */
export function groupOrganizations(doc: ArticleDocument, hits: OrganizationHit[]): Organization[] {
  const byId = new Map<string, Organization>();
  for (const h of hits) {
    const whole = doc.textSpan(doc.tokens.starts[h.first], h.normEnd);
    const form = writtenForm(doc, h);
    const mention: OrganizationMention = { start: whole.start, end: whole.end, text: whole.text, form };
    let org = byId.get(h.id);
    if (!org) {
      org = { id: h.id, name: form, english: h.english, acronym: h.acronym, known: h.known, type: h.type, mentions: [] };
      byId.set(h.id, org);
    }
    org.mentions.push(mention);
  }
  return [...byId.values()];
}

/** The name as written without its proclitic (للأمم المتحدة: الأمم المتحدة, elidedArticle.ts). */
export function writtenForm(doc: ArticleDocument, h: OrganizationHit): string {
  return withoutInvisibles(writtenWithArticle(doc, h.first, h.normStart, h.normEnd));
}

/**
 * What may start at a word, one test a reader of the pass: called through one call site,
 * so the optimizing compiler does not inline them all (and the proclitic reading inside
 * each) into one large function it compiles for a test made once per distinct word
 * (docs/performance-log.md, session 12: 45 M fewer instructions in a folder's first reading).
 */
const ORGANIZATION_STARTS: readonly ((k: Knowledge, word: string) => boolean)[] = [
  (k, word) => k.organizationIndex.mayStartWith(word),
  (k, word) => k.quotedOrganizationIndex.startsWith(word),
  (k, word) => k.ambiguousOrganizationIndex.mayStartWith(word),
  (k, word) => k.ministryIndex.mayStartWith(word),
  mayStartGrammarName,
];

/** Whether anything the organizations pass reads can start at a word (memoOf's test). */
function mayStartOrganization(k: Knowledge, word: string): boolean {
  for (const test of ORGANIZATION_STARTS) if (test(k, word)) return true;
  return false;
}
