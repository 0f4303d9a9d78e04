// Which anonymous speakers the anonymous-source rule may speak about, and with what
// evidence. The attribution hands over every speaker it could not name; a judged sample
// of ANT findings showed three ways that list is wider than a reviewer's:
// - a definite description (المسؤول، المتحدث، الضابط الأمريكي) refers back to someone:
//   anonymous only when the article introduced an unnamed one of its kind before (مسؤول في
//   الجيش … وقال المسؤول), and then it is that same source, one finding;
// - a description followed by a name (عضو القائمة المشتركة دوف حنين، مسؤول الملف في
//   نابلس، غسان دغلس) is a named person;
// - a statement carried over from an earlier sentence (وكان فالس قد قال …) or a quoted
//   word or name ("هورايزن") is weak evidence: the finding rests on a statement of two
//   words or more that a cue ties to the source in its own sentence.
// All of it reads tokens once per article (linear).

import type { ArticleDocument } from '../document';
import type { Knowledge } from '../knowledge';
import type { Tokens } from '../tokens';
import { wordTable } from '../wordTable';
import { nameLikeWord } from '../people';
import type { Analysis, Quote, Speaker } from '../types';

/** One anonymous source as a finding reports it. */
export interface AnonymousSource {
  /** The speaker that introduced the source (its first description). */
  speaker: Speaker;
  /** Every statement of the source, in text order (indexes into Analysis.quotes). */
  statements: number[];
  /** The statement the finding stands on: the first tied to the source in its own sentence. */
  evidence: number;
}

/** Attributions whose cue names the speaker in the statement's own sentence. */
const DIRECT = new Set(['cue-before', 'cue-after', 'according-to', 'headline']);

/** Punctuation that ends a description's clause, or a name in it. */
const CLAUSE_END = /[.:؛;!?؟"«»“”()]/u;
const COMMA = /[،,]/u;
/** What may stand between two words of a name: spaces, a hyphen (كيم إيوي-كيوم), a hashtag mark (وليد #الطبطبائي). */
const NAME_GAP = /^ *(?:[-_#] *)?$/u;

export function anonymousSources(doc: ArticleDocument, analysis: Omit<Analysis, 'findings'>): AnonymousSource[] {
  const anonymous = analysis.speakers.filter((s) => s.kind === 'anonymous' && s.quotes.length && s.mentions.length);
  if (!anonymous.length) return [];
  const reader = new DescriptionReader(doc);
  // Where each speaker is first mentioned (a loop: a spread of many mentions overflows the stack).
  const first = new Map<Speaker, number>();
  for (const s of anonymous) first.set(s, s.mentions.reduce((m, x) => Math.min(m, x.start), Infinity));
  const firstAt = (s: Speaker): number => first.get(s)!;
  anonymous.sort((a, b) => firstAt(a) - firstAt(b));

  /** Each speaker's group: the speaker it refers back to, or itself; null when it names a person. */
  const root = new Map<Speaker, Speaker | null>();
  const lastOfFamily = new Map<string, Speaker>();
  for (const s of anonymous) {
    const at = reader.tokenAt(firstAt(s));
    const head = doc.tokens.text(at);
    const family = reader.familyOf(doc.knowledge.morphology.withoutArticle(head) ?? head);
    const earlier = lastOfFamily.get(family);
    lastOfFamily.set(family, s);
    if (reader.namesAPerson(at)) root.set(s, null);
    else if (!doc.knowledge.morphology.definite(head) || reader.saysUnnamed(at)) root.set(s, s);
    // المسؤول after مسؤول في الجيش: the same source. After nothing of its kind: someone named before, or a title.
    else if (earlier) root.set(s, root.get(earlier) ?? null);
    else root.set(s, reader.introducedBefore(family, at) ? s : null);
  }

  const groups = new Map<Speaker, number[]>();
  for (const s of anonymous) {
    const r = root.get(s);
    if (!r) continue;
    const list = groups.get(r) ?? [];
    list.push(...s.quotes);
    groups.set(r, list);
  }
  const out: AnonymousSource[] = [];
  for (const [speaker, quotes] of groups) {
    const statements = [...new Set(quotes)].sort((a, b) => analysis.quotes[a].span.start - analysis.quotes[b].span.start);
    const evidence = statements.find((qi) => isEvidence(analysis.quotes[qi], reader));
    if (evidence !== undefined) out.push({ speaker, statements, evidence });
  }
  return out.sort((a, b) => analysis.quotes[a.evidence].span.start - analysis.quotes[b.evidence].span.start);
}

/**
 * A statement that a cue in its own sentence ties to the speaker, and that reads as its
 * words: four words or more, or opened right after the cue, a complementizer or a colon
 * (قال إن "…"). A short quote inside a phrase is most often a name or a term the source
 * used (منطقة "نجد قفل"، المكنى "أبو منتظر").
 */
function isEvidence(q: Quote, reader: DescriptionReader): boolean {
  if (q.attribution === null || !DIRECT.has(q.attribution)) return false;
  const words = q.content.text.trim().split(/\s+/u).length;
  return words >= 4 || (words >= 2 && reader.opensSpeech(q.span.start));
}

const NO_FAMILIES: readonly string[] = [];

/** Each word of lexicon.anonymousHeadFamilies → its family (the line's first word), made once per knowledge. */
const familyTables = new WeakMap<Knowledge, ReadonlyMap<string, string>>();

function familyTable(k: Knowledge): ReadonlyMap<string, string> {
  let table = familyTables.get(k);
  if (!table) {
    const family = new Map<string, string>();
    for (const line of k.lexicon.anonymousHeadFamilies ?? []) {
      const words = line.split(' ');
      for (const w of words) family.set(w, words[0]);
    }
    familyTables.set(k, (table = family));
  }
  return table;
}

/**
 * The families each word id introduces, kept per knowledge for the process (a folder's
 * articles share their vocabulary): one map per word-table generation. Tokens read before
 * the table started over get a map of their own.
 */
const familiesByKnowledge = new WeakMap<Knowledge, { generation: number; byId: Map<number, readonly string[]> }>();

function familiesById(k: Knowledge, t: Tokens): Map<number, readonly string[]> {
  if (t.generation !== wordTable.generation) return new Map();
  let kept = familiesByKnowledge.get(k);
  if (!kept || kept.generation !== wordTable.generation) familiesByKnowledge.set(k, (kept = { generation: wordTable.generation, byId: new Map() }));
  return kept.byId;
}

/** Reads the words of an anonymous description and what follows it. */
class DescriptionReader {
  private readonly family: ReadonlyMap<string, string>;
  /**
   * First token index at which each family appears without the article (مصدر، عن مصدر،
   * لمسؤول); read on the first question, which most articles never ask (their anonymous
   * sources are indefinite, or refer back to one before).
   */
  private firstIndefiniteRead: Map<string, number> | null = null;

  constructor(private readonly doc: ArticleDocument) {
    this.family = familyTable(doc.knowledge);
  }

  private get firstIndefinite(): Map<string, number> {
    if (this.firstIndefiniteRead) return this.firstIndefiniteRead;
    const firstIndefinite = (this.firstIndefiniteRead = new Map<string, number>());
    const t = this.doc.tokens;
    // The families each distinct word can introduce, looked up once per word (by its id) for the process, not per token.
    const familiesOf = familiesById(this.doc.knowledge, t);
    for (let i = 0; i < t.count; i++) {
      let families = familiesOf.get(t.wordId(i));
      if (!families) {
        const w = t.text(i);
        const found: string[] = [];
        const bare = this.family.get(w);
        if (bare) found.push(bare);
        const prefixed = 'وفبلك'.includes(w[0]) ? this.family.get(w.slice(1)) : undefined;
        if (prefixed) found.push(prefixed);
        families = found.length ? found : NO_FAMILIES;
        familiesOf.set(t.wordId(i), families);
      }
      for (const f of families) if (!firstIndefinite.has(f)) firstIndefinite.set(f, i);
    }
    return firstIndefinite;
  }

  /** Whether what comes right before an original offset opens someone's words: a cue, a complementizer, a colon. */
  opensSpeech(offset: number): boolean {
    const t = this.doc.tokens;
    const k = this.doc.knowledge;
    const i = this.tokenAt(offset) - (this.doc.nt.toOriginal(t.starts[this.tokenAt(offset)]) >= offset ? 1 : 0);
    if (i < 0) return false;
    const gapEnd = i + 1 < t.count ? t.starts[i + 1] : this.doc.norm.length;
    if (/[:：]/u.test(this.doc.norm.slice(t.ends[i], gapEnd))) return true;
    const w = t.text(i);
    return k.cues.verbs.has(w) || k.cues.participles.has(w) || Boolean(k.lexicon.complementizers?.has(w)) || /^(?:و|ف)?ب?(?:ان|انه|انها|انهم)$/u.test(w);
  }

  familyOf(head: string): string {
    return this.family.get(head) ?? head;
  }

  /** Whether the family was written without the article before token i (عن مصدر عسكري … وقال المصدر). */
  introducedBefore(family: string, i: number): boolean {
    const at = this.firstIndefinite.get(family);
    return at !== undefined && at < i;
  }

  /** The first token starting at or after an original offset. */
  tokenAt(offset: number): number {
    const t = this.doc.tokens;
    let lo = 0;
    let hi = t.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.nt.toOriginal(t.starts[mid]) < offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, t.count - 1);
  }

  /**
   * The end of the description's clause after its head: a stop, a cue or a complementizer
   * (closed), or 12 words on (not closed).
   */
  private clause(first: number): { end: number; closed: boolean } {
    const t = this.doc.tokens;
    const k = this.doc.knowledge;
    for (let end = first + 1; end < t.count; end++) {
      if (end - first > 12) return { end, closed: false };
      if (CLAUSE_END.test(this.gap(end))) return { end, closed: true };
      const w = t.text(end);
      if (k.cues.verbs.has(w) || k.lexicon.complementizers?.has(w)) return { end, closed: true };
    }
    return { end: t.count, closed: true };
  }

  /** The text between token i - 1 and token i. */
  private gap(i: number): string {
    const t = this.doc.tokens;
    return this.doc.norm.slice(t.ends[i - 1], t.starts[i]);
  }

  /** Whether the description says its source is unnamed (الذي طلب عدم الكشف عن هويته، لم تسمه). */
  saysUnnamed(first: number): boolean {
    const markers = this.doc.knowledge.lexicon.anonymityMarkers;
    const { end } = this.clause(first);
    for (let i = first + 1; i < end; i++) if (markers?.has(this.doc.tokens.text(i))) return true;
    return false;
  }

  /**
   * Whether a name of two to four words follows the description in its clause: after a
   * comma, a definite word, a rank or باسمه (عضو القائمة المشتركة دوف حنين، …في محافظة نابلس،
   * غسان دغلس، الرائد محمد الحمادي، المتحدث باسمها غلام حسين), and closed by punctuation, a preposition, a dative (لراديو),
   * a cue or a complementizer.
   */
  namesAPerson(first: number): boolean {
    if (this.saysUnnamed(first)) return false;
    const t = this.doc.tokens;
    const clause = this.clause(first);
    const end = clause.end;
    for (let p = first + 1; p < end; p++) {
      const before = t.text(p - 1);
      // متحدث باسم الفندق يدعى يانغ: a naming verb names the person, even with one word.
      if (this.doc.knowledge.lexicon.namedVerbs?.has(before) && !this.doc.knowledge.lexicon.anonymityMarkers?.has(before) && this.nameWord(p, true)) return true;
      const opens = COMMA.test(this.gap(p)) || (this.doc.knowledge.morphology.definite(before) && !this.isStop(before)) || before.startsWith('باسم');
      if (!opens || !this.nameWord(p, true)) continue;
      for (let n = p + 1; n < Math.min(end, p + 4); n++) {
        if (!NAME_GAP.test(this.gap(n)) || !this.nameWord(n, false)) break;
        if (n + 1 >= end ? clause.closed : this.closesName(n + 1)) return true;
      }
    }
    return false;
  }

  private isStop(w: string): boolean {
    const lx = this.doc.knowledge.lexicon;
    return Boolean(lx.prepositions?.has(w) || lx.nameStops?.has(w) || lx.complementizers?.has(w) || lx.timeWords?.has(w));
  }

  /** A word that can be part of a person's name: no article on the first, no preposition, place or head noun. */
  private nameWord(i: number, first: boolean): boolean {
    const w = this.doc.tokens.text(i);
    const k = this.doc.knowledge;
    const lx = k.lexicon;
    if (this.isStop(w) || !nameLikeWord(k, w)) return false;
    if (lx.anonymityMarkers?.has(w) || lx.appositionHeads?.has(w) || lx.nameHeads?.has(w) || lx.honorifics?.has(w)) return false;
    // لوكالة، لبي بي سي، لرويترز: a dative, not a name (لطيفة الشعلان is one).
    if (/^[لب]/u.test(w) && !k.personIndex.hasWord(w) && this.dative(w.slice(1))) return false;
    if (k.organizationIndex.hasWord(w)) return false;
    return !(first && k.morphology.definite(w));
  }

  /** Whether a word after ل/ب is what a source speaks to (وكالة، صحيفة، رويترز، بي). */
  private dative(rest: string): boolean {
    const k = this.doc.knowledge;
    const lx = k.lexicon;
    return Boolean(lx.nameHeads?.has(rest) || lx.organizationHeads?.has(rest) || lx.spelledLetters?.has(rest) || k.organizationIndex.hasWord(rest));
  }

  /** Whether token i (the one after a name) closes it. */
  private closesName(i: number): boolean {
    if (COMMA.test(this.gap(i))) return true;
    const w = this.doc.tokens.text(i);
    return this.isStop(w) || /^ل/u.test(w);
  }
}
