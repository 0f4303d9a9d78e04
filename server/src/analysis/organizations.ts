// Organizations: known ones from the knowledge base (matched through proclitics,
// longest name first), national ministries (وزارة الخارجية الروسية), forms that count
// only in quotes ("الأمن الجماعي"), and unknown ones introduced by a generic head noun
// followed by a definite noun (وزارة الخزانة، هيئة الأركان العامة) — reported without facts.

import type { ArticleDocument } from './document';
import { memoOf } from './wordMemo';
import type { Block, Organization, OrganizationMention } from './types';

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
}

const MAX_UNKNOWN_WORDS = 5;
/** Proclitics a generic head noun may carry (لوزارة، وهيئة). */
const HEAD_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول'];

/** Content blocks where organizations are looked for (not chrome). */
function contentRanges(doc: ArticleDocument, blocks: Block[]): { start: number; end: number }[] {
  return blocks
    .filter((b) => b.kind !== 'chrome' && b.kind !== 'dateline')
    .map((b) => ({ start: doc.lines[b.line].normStart, end: doc.lines[b.line].normEnd }));
}

export function findOrganizationHits(doc: ArticleDocument, blocks: Block[]): OrganizationHit[] {
  const k = doc.knowledge;
  const t = doc.tokens;
  /** The hit of a known organization matched at m (its proclitic left out of the range). */
  const knownHit = (id: string, m: { first: number; end: number; prefix: string }): OrganizationHit => {
    const entry = k.organizations.get(id)!;
    // Fields written out: a spread here is V8's slow path.
    return { id: entry.id, first: m.first, end: m.end, normStart: t.starts[m.first] + m.prefix.length, normEnd: t.ends[m.end - 1], english: entry.english, acronym: entry.acronym ?? null, known: true };
  };
  // Latin acronyms count only as written in capitals: WHO, not the English word "who".
  const latinAcronymOk = (first: number, end: number): boolean => !/^[a-z]/.test(t.text(first)) || !/[a-z]/.test(doc.tokenText(first, end));
  const hits: OrganizationHit[] = [];
  const heads = k.lexicon.organizationHeads;
  const stops = k.lexicon.organizationNameStops;
  /** The proclitic of a generic head noun (لوزارة → ل), when the word is one. */
  const headPrefix = (word: string): string | undefined => HEAD_PREFIXES.find((p) => word.startsWith(p) && heads.has(word.slice(p.length)));
  // Tested once per distinct word: whether it is a head noun, and whether anything of
  // this pass can start at it (most words start nothing).
  const isHead = memoOf(k, 'organizationHead', (word) => headPrefix(word) !== undefined);
  const mayStart = memoOf(
    k,
    'organizationStart',
    (word) => k.organizationIndex.mayStartWith(word) || k.quotedOrganizationIndex.startsWith(word) || k.ministryIndex.mayStartWith(word) || headPrefix(word) !== undefined,
  );
  for (const range of contentRanges(doc, blocks)) {
    let i = t.indexAtOrAfter(range.start);
    while (i < t.count && t.starts[i] < range.end) {
      if (!mayStart.at(t, i)) {
        i++;
        continue;
      }
      const known = k.organizationIndex.match(t, i);
      if (known && t.ends[known.end - 1] <= range.end && latinAcronymOk(i, known.end)) {
        hits.push(knownHit(known.value, known));
        // An organization named inside another's name is mentioned too:
        // مركز مكافحة الإرهاب التابع لرابطة الدول المستقلة names the CIS.
        for (let j = i + 1; j < known.end; j++) {
          const inner = k.organizationIndex.match(t, j);
          if (!inner || inner.end > known.end || inner.value === known.value) continue;
          hits.push(knownHit(inner.value, inner));
          j = inner.end - 1;
        }
        i = known.end;
        continue;
      }
      const quoted = k.quotedOrganizationIndex.match(t, i, false);
      if (quoted && isQuotedExactly(doc, t.starts[quoted.first], t.ends[quoted.end - 1])) {
        hits.push(knownHit(quoted.value, quoted));
        i = quoted.end;
        continue;
      }
      const ministry = k.ministryIndex.match(t, i);
      if (ministry) {
        const country = k.countryAdjectiveIndex.match(t, ministry.end, false) ?? k.countryNameIndex.match(t, ministry.end, false);
        if (country && t.onlySpaceBetween(t.ends[ministry.end - 1], t.starts[country.first])) {
          const m = k.ministries.get(ministry.value)!;
          const c = k.countries.get(country.value)!;
          const end = country.end;
          hits.push({
            id: `ministry:${m.id}:${c.id}`,
            first: i,
            end,
            normStart: t.starts[i] + ministry.prefix.length,
            normEnd: t.ends[end - 1],
            english: `${m.english} of ${c.english}`,
            acronym: null,
            known: true,
          });
          i = end;
          continue;
        }
      }
      // Unknown: head noun + definite noun(s): وزارة الخزانة، هيئة الأركان العامة.
      const word = t.text(i);
      const prefix = isHead.at(t, i) ? headPrefix(word) : undefined;
      if (prefix !== undefined && i + 1 < t.count && t.starts[i + 1] < range.end) {
        let end = i + 1;
        while (
          end < t.count &&
          end - i <= MAX_UNKNOWN_WORDS &&
          t.starts[end] < range.end &&
          t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) &&
          t.text(end).startsWith('ال') &&
          t.text(end).length > 3 &&
          !stops.has(t.text(end))
        )
          end++;
        if (end > i + 1) {
          const normStart = t.starts[i] + prefix.length;
          const normEnd = t.ends[end - 1];
          hits.push({ id: `unknown:${doc.norm.slice(normStart, normEnd)}`, first: i, end, normStart, normEnd, english: null, acronym: null, known: false });
          i = end;
          continue;
        }
      }
      i++;
    }
  }
  return hits;
}

/** Whether the normalized range is exactly the content of a pair of quote marks. */
function isQuotedExactly(doc: ArticleDocument, start: number, end: number): boolean {
  const before = doc.norm[start - 1];
  const after = doc.norm[end];
  return /["«“”]/u.test(before ?? '') && /["»”“]/u.test(after ?? '');
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
      org = { id: h.id, name: form, english: h.english, acronym: h.acronym, known: h.known, mentions: [] };
      byId.set(h.id, org);
    }
    org.mentions.push(mention);
  }
  return [...byId.values()];
}

/**
 * The name as written without its proclitic. ل before the article drops the article's
 * alef (للأمم المتحدة = ل + الأمم المتحدة), so that form gets its alef back.
 */
function writtenForm(doc: ArticleDocument, h: OrganizationHit): string {
  const text = doc.textSpan(h.normStart, h.normEnd).text;
  const word = doc.tokens.text(h.first);
  const rest = doc.norm.slice(h.normStart, doc.tokens.ends[h.first]);
  const elided = word.startsWith('لل') || word.startsWith('ولل') || word.startsWith('فلل');
  return elided && rest.startsWith('ل') && !rest.startsWith('ال') ? `ا${text}` : text;
}
