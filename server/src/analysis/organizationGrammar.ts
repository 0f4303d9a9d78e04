// Organizations named by grammar, not by the knowledge: a head noun and its complement
// (وزارة الخزانة، حزب العمال الكردستاني), a head and a quoted name (قناة "المنار"), a
// definite head and a relational adjective (المحكمة العليا، الحزب الشيوعي), a national
// institution and a country adjective (الشرطة الهندية), a ministry's short form and a
// country (الخارجية الروسية). Every rule reads a bounded number of words after its start.
// Word lists: knowledge/organization-grammar.json.

import type { ArticleDocument } from './document';
import type { Knowledge } from './knowledge';
import type { Tokens } from './tokens';
import { memoGroup, memoOf, type WordMemo } from './wordMemo';
import { ARABIC_WORD, feminineRelational, isForeignNameEnd, isNameTailWord, isProperNameWord, relationalAdjective } from './properNameWords';

/** The most words a name found by grammar runs to after its head. */
const MAX_NAME_WORDS = 6;
/** The most words a quoted name may have (قناة "المنار"، صحيفة "وول ستريت جورنال"). */
const MAX_QUOTED_WORDS = 5;
/** The most definite words that may describe a quoted name after its head (شركة المشروبات الرياضية "…"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** The most words of a proper name written bare after its head (جامعة جونز هوبكنز، بنك أوف أمريكا). */
const MAX_PROPER_NAME_WORDS = 3;
/** The most words a ل complement after a name's adjectives runs to (لشؤون اللاجئين، للطيران المدني). */
const MAX_COMPLEMENT_WORDS = 4;
const OPENING_MARKS = '"«“”\'';
const CLOSING_MARKS = '"»”“\'';

export interface GrammarName {
  /** Token range of the mention (the first token may carry a proclitic). */
  first: number;
  end: number;
  /** Normalized offsets of the name as shown (no proclitic, no quote marks). */
  normStart: number;
  normEnd: number;
  /** What kind of organization the head says it is. */
  kind: string;
  /** The first token of the quoted words that are the name (قناة "المنار"), if it is quoted. */
  quoted?: number;
  /** The ministry and country ids of a national ministry's short form, else null. */
  ministry: { ministry: string; country: string } | null;
}

/** The proclitic of an indefinite head noun (لوزارة → ل, from the grammar's headProclitics), or undefined. */
export function headPrefix(word: string, heads: ReadonlyMap<string, string>, proclitics: readonly string[]): string | undefined {
  // A loop, not find() with a closure: called at every word that may start an organization.
  for (const p of proclitics) if (word.startsWith(p) && heads.has(word.slice(p.length))) return p;
  return undefined;
}

/** Whether a grammar rule of this pass can start at the word (tested once per word). */
export function mayStartGrammarName(k: Knowledge, word: string): boolean {
  const g = k.organizationGrammar;
  return (
    headPrefix(word, g.heads, g.headProclitics) !== undefined ||
    headPrefix(word, g.quotedNameHeads, g.headProclitics) !== undefined ||
    k.morphology.readings(word).some((r) => g.definiteHeads.has(r.stem)) ||
    g.nationalInstitutions.mayStartWith(word) ||
    k.ministryShortIndex.mayStartWith(word)
  );
}


/**
 * Whether a normalized noun is feminine by its ending: ة (read ه, the morphology's feminine
 * ending) or the plural ات, the other of the lexicon's noun endings (a normalized word has no ة).
 */
function feminine(k: Knowledge, word: string): boolean {
  return k.morphology.feminine(word) || k.nounEndingsWritten.some((e) => word.endsWith(e));
}


const grammarMemos = memoGroup((k: Knowledge) => ({
  isHead: memoOf(k, 'organizationHead', isHead),
  isQuotedNameHead: memoOf(k, 'organizationQuotedNameHead', isQuotedNameHead),
  isDefiniteHead: memoOf(k, 'organizationDefiniteHead', isDefiniteHead),
  isProperNameWord: memoOf(k, 'organizationProperNameWord', isProperNameWord),
  isNameTailWord: memoOf(k, 'organizationNameTailWord', isNameTailWord),
  isForeignNameEnd: memoOf(k, 'organizationForeignNameEnd', isForeignNameEnd),
  isGivenName: memoOf(k, 'organizationGivenName', isGivenName),
}));

export class OrganizationGrammarReader {
  private readonly g: Knowledge['organizationGrammar'];
  private readonly t: Tokens;
  /**
   * Whether a word is a head (or a quoted name's head, or a definite head) under any
   * reading, tested once per distinct word: read() runs at every word that may start an
   * organization, and each rule sliced and looked up every proclitic reading of it anew.
   */
  private readonly isHead: WordMemo;
  private readonly isQuotedNameHead: WordMemo;
  private readonly isDefiniteHead: WordMemo;
  /** Whether a word may be a word of a proper name written bare (بنسلفانيا), tested once per distinct word. */
  private readonly isProperNameWord: WordMemo;
  /** Whether a word may go on a proper name after its first word (صنداي تايمز، عثمان غازي). */
  private readonly isNameTailWord: WordMemo;
  /** Whether a word the corpus writes as a noun may end a foreign name before a boundary (كريديت سويس). */
  private readonly isForeignNameEnd: WordMemo;
  /** Whether a word opens a person's name (word-classes corpusGivenNames: مايكل، جون). */
  private readonly isGivenName: WordMemo;

  constructor(
    private readonly doc: ArticleDocument,
    private readonly k: Knowledge,
  ) {
    this.g = k.organizationGrammar;
    this.t = doc.tokens;
    const memos = grammarMemos(k);
    this.isHead = memos.isHead;
    this.isQuotedNameHead = memos.isQuotedNameHead;
    this.isDefiniteHead = memos.isDefiniteHead;
    this.isProperNameWord = memos.isProperNameWord;
    this.isNameTailWord = memos.isNameTailWord;
    this.isForeignNameEnd = memos.isForeignNameEnd;
    this.isGivenName = memos.isGivenName;
  }

  /** The name a grammar rule finds at token i within [.., limit), or null. */
  read(i: number, limit: number): GrammarName | null {
    if (this.g.notOrganizations.match(this.t, i)) return null;
    return this.quotedName(i, limit) ?? this.shortMinistry(i, limit) ?? this.nationalInstitution(i, limit) ?? this.unlessOrdinary(this.headAndComplement(i, limit) ?? this.definiteHead(i, limit));
  }

  /**
   * The name a head opens, unless the head is the ordinary noun there: مركز الشرطة (a police
   * station), الحركة الجوية (air traffic). Tested on a name found, which few words start.
   */
  private unlessOrdinary(name: GrammarName | null): GrammarName | null {
    return name !== null && this.g.ordinarySenses.match(this.t, name.first) ? null : name;
  }

  private stop(word: string): boolean {
    return this.g.nameStops.has(word) || this.k.lexicon.organizationNameStops.has(word);
  }

  /** Whether token j is in the range and joined to the previous one by spaces only. */
  private next(j: number, limit: number): boolean {
    const t = this.t;
    return j < t.count && t.starts[j] < limit && t.onlySpaceBetween(t.ends[j - 1], t.starts[j]);
  }

  /** The first character after pos that is not a space (up to a few), or ''. */
  private markAfter(pos: number): string {
    const norm = this.doc.norm;
    for (let k = pos; k < norm.length && k < pos + 4; k++) if (norm[k] !== ' ') return norm[k];
    return '';
  }

  /**
   * قناة "المنار": a head and a name in quote marks right after it, or after a few
   * words that describe it (شركة المشروبات الرياضية "بودي أرمور"); the name is the quoted words.
   */
  private quotedName(i: number, limit: number): GrammarName | null {
    const t = this.t;
    if (!this.isQuotedNameHead.at(t, i) || this.opensQuotation(i)) return null;
    const word = t.text(i);
    const prefix = headPrefix(word, this.g.quotedNameHeads, this.g.headProclitics);
    if (prefix === undefined || i + 1 >= t.count || t.starts[i + 1] >= limit) return null;
    // The quote opens after the head or after its definite descriptors.
    let last = i;
    while (last - i < MAX_DESCRIPTOR_WORDS && this.next(last + 1, limit) && this.definite(t.text(last + 1))) last++;
    for (let d = i; d <= last; d++) {
      if (d + 1 < t.count && OPENING_MARKS.includes(this.markAfter(t.ends[d])) && t.starts[d + 1] - t.ends[d] <= 3) return this.quotedAfter(i, d + 1, limit, word.slice(prefix.length));
    }
    return null;
  }

  /**
   * تصفها "منظمة السلام الأخضر" بـ"تشيرنوبيل العائم": a quote mark that hugs the head opens a
   * quotation the head is in, so the next mark closes it; it opens no name after the head.
   */
  private opensQuotation(i: number): boolean {
    const start = this.t.starts[i];
    return start > 0 && OPENING_MARKS.includes(this.doc.norm[start - 1]);
  }

  /** The quoted name whose first word is token q, for the head at i. */
  private quotedAfter(i: number, q: number, limit: number, head: string): GrammarName | null {
    const t = this.t;
    for (let j = q; j < t.count && j < q + MAX_QUOTED_WORDS && t.starts[j] < limit; j++) {
      if (j > q && !t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return null;
      if (CLOSING_MARKS.includes(this.markAfter(t.ends[j]))) {
        return { first: i, end: j + 1, normStart: t.starts[q], normEnd: t.ends[j], kind: this.g.quotedNameHeads.get(head)!, ministry: null, quoted: q };
      }
    }
    return null;
  }

  /** الخارجية الروسية: a ministry's short form and a country adjective, not an adjective itself (السياسة الخارجية الروسية). */
  private shortMinistry(i: number, limit: number): GrammarName | null {
    const t = this.t;
    const m = this.k.ministryShortIndex.match(t, i);
    if (!m || !this.next(m.end, limit)) return null;
    const country = this.k.countryAdjectiveIndex.match(t, m.end, false);
    if (!country || !t.onlySpaceBetween(t.ends[m.end - 1], t.starts[country.first])) return null;
    // The short form agrees with a feminine noun left out (الوزارة): its adjective is feminine.
    if (!feminineRelational(this.k, t.text(country.end - 1))) return null;
    if (i > 0 && t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) && !m.prefix) {
      // After a noun it qualifies (السياسة الخارجية، وزيرة الخارجية) it is no ministry.
      const before = t.text(i - 1);
      if (this.k.morphology.readings(before).some((r) => this.definite(r.stem)) || this.k.morphology.feminine(before)) return null;
    }
    return { first: i, end: country.end, normStart: t.starts[i] + m.prefix.length, normEnd: t.ends[country.end - 1], kind: 'ministry', ministry: { ministry: m.value, country: country.value } };
  }

  /** الشرطة الهندية، الجيش اليمني: an institution every country has and a country adjective. */
  private nationalInstitution(i: number, limit: number): GrammarName | null {
    const t = this.t;
    const m = this.g.nationalInstitutions.match(t, i);
    if (!m || !this.next(m.end, limit)) return null;
    const country = this.k.countryAdjectiveIndex.match(t, m.end, false);
    if (!country || !t.onlySpaceBetween(t.ends[m.end - 1], t.starts[country.first])) return null;
    if (this.officeAfter(i, m.prefix, t.text(m.end - 1))) return null;
    // The adjective agrees with the institution (الشرطة الهندية، الجيش اليمني); one that does not
    // belongs to a noun before it (ضابط المخابرات القطري).
    if (feminine(this.k, t.text(m.end - 1)) !== feminineRelational(this.k, t.text(country.end - 1))) return null;
    let end = country.end;
    // An embassy names its host country: السفارة الروسية في المملكة المتحدة.
    if (m.value === 'embassy' && this.next(end, limit) && (t.text(end) === 'في' || t.text(end) === 'لدي') && this.next(end + 1, limit)) {
      const host = this.k.countryNameIndex.match(t, end + 1, false);
      if (host && t.ends[host.end - 1] <= limit) end = host.end;
    }
    return { first: i, end, normStart: t.starts[i] + m.prefix.length, normEnd: t.ends[end - 1], kind: m.value, ministry: null };
  }

  /**
   * Whether the institution at token i is the office a noun before it names (انتخابات الرئاسة
   * الأمريكية, the presidential election), not the body: officeSenses, through the noun's proclitics.
   */
  private officeAfter(i: number, prefix: string, institution: string): boolean {
    const t = this.t;
    const nouns = this.g.officeSenses.get(institution);
    if (nouns === undefined || prefix !== '' || i === 0 || !t.onlySpaceBetween(t.ends[i - 1], t.starts[i])) return false;
    return this.k.morphology.stems(t.text(i - 1)).some((s) => nouns.has(s));
  }

  /** وزارة الخزانة، هيئة الأركان العامة: a head noun and the definite words of its complement. */
  private headAndComplement(i: number, limit: number): GrammarName | null {
    const t = this.t;
    if (!this.isHead.at(t, i)) return null;
    const word = t.text(i);
    const prefix = headPrefix(word, this.g.heads, this.g.headProclitics);
    if (prefix === undefined) return null;
    const generic = this.g.genericComplements.match(t, i + 1, false);
    if (generic && t.starts[i + 1] < limit) return null;
    let end = i + 1;
    // A construct chain may run through one indefinite noun: محكمة جنايات القاهرة، مجلس قيادة الثورة.
    if (this.next(end, limit) && this.next(end + 1, limit) && this.constructNoun(t.text(end)) && this.definite(t.text(end + 1)) && !this.stop(t.text(end + 1))) end += 2;
    /** The chain's last adjective, once one is read (the run of adjectives that close it). */
    let adjective: string | null = null;
    while (end - i <= MAX_NAME_WORDS && this.next(end, limit)) {
      const w = t.text(end);
      // and a conjoined complement: لجنة الانضباط والتفتيش، وزارة الصحة والسكان.
      const conjoined = end > i + 1 && w.startsWith('وال') && w.length > 4;
      const joined = conjoined ? w.slice(1) : w;
      if (!this.definite(joined) || (this.stop(joined) && !this.completesRankedNoun(end))) break;
      // Another organization's head after و opens its own name: مجلس الغرف السعودية والهيئة العامة;
      // so does a known organization (جيش الإسلام والأمم المتحدة), and any word after a military
      // unit's name (ألوية العمالقة والمقاومة التهامية: two groups).
      if (conjoined && (this.g.unconjoinedHeads.has(word.slice(prefix.length)) || this.g.definiteHeads.has(joined) || this.k.organizationIndex.match(t, end) !== null)) break;
      // After an adjective, a word that is not relational and not of its gender is no adjective of
      // the name but the next clause (يحتل صندوق الاستثمارات السعودي المرتبة: the verb's object);
      // one of its gender may be (صحيفة العربي الجديد، هيئة الأركان الأمريكية المشتركة).
      // (Only an adjective in ي or ة shows its gender: العليا is feminine.)
      if (adjective !== null && !conjoined && !this.adjective(joined) && (this.k.morphology.feminine(adjective) || relationalAdjective(this.k, adjective)) && feminine(this.k, joined) !== feminine(this.k, adjective)) break;
      adjective = conjoined ? null : adjective !== null || this.adjective(joined) ? joined : null;
      end++;
    }
    if (end === i + 1) return this.properName(i, limit, prefix, word);
    // A complement with ل after the chain's adjectives (وكالة الطلبة الإيرانية للأنباء) or after a
    // country the name is of (وكالة السودان للأنباء، مركز البحرين لحقوق الإنسان). Right after the
    // head's noun it is the verb's object or purpose (وزارة الخارجية للصحفيين).
    if ((end > i + 2 && this.adjective(t.text(end - 1))) || this.k.countryNameIndex.hasWord(t.text(end - 1))) end = this.lamComplement(end, limit);
    end = this.withTail(end, limit);
    return { first: i, end, normStart: t.starts[i] + prefix.length, normEnd: t.ends[end - 1], kind: this.g.heads.get(word.slice(prefix.length))!, ministry: null };
  }

  /**
   * جامعة بنسلفانيا، مؤسسة فورستر للأبحاث، بنك باركليز: a head (properNameHeads) and a proper name
   * written bare, up to three words the corpus never writes as Arabic words, and a ل complement.
   * A known organization after the head (شركة غوغل) is left to the knowledge, at its own word.
   */
  private properName(i: number, limit: number, prefix: string, word: string): GrammarName | null {
    const t = this.t;
    const head = word.slice(prefix.length);
    if (!this.g.properNameHeads.has(head) || !this.next(i + 1, limit)) return null;
    if (this.k.organizationIndex.match(t, i + 1, false) || this.k.ambiguousOrganizationIndex.match(t, i + 1, false)) return null;
    let end = i + 1;
    while (end - i <= MAX_PROPER_NAME_WORDS && this.next(end, limit)) {
      // A given name and a name's word after the name's first word are a person's name (جامعة
      // كولورادو مايكل راديليت); a given name that ends it is the place's (جامعة سان دييغو).
      if (end > i + 1 && this.isGivenName.at(t, end) && this.next(end + 1, limit) && this.isProperNameWord.at(t, end + 1)) break;
      if (this.isProperNameWord.at(t, end)) end++;
      else {
        // A word the corpus writes mostly bare closes the name (صحيفة صنداي تايمز), and so does
        // a masculine noun right before a boundary (بنك كريديت سويس،): after a name nothing else
        // could read it there.
        if (end > i + 1 && (this.isNameTailWord.at(t, end) || (this.isForeignNameEnd.at(t, end) && this.boundaryAfter(end, limit)))) end++;
        break;
      }
    }
    // A spelled letter ends no name: it opens an acronym spelled out (شركة أتش أن أيه).
    if (end === i + 1 || this.k.lexicon.spelledLetters.has(t.text(end - 1))) return null;
    end = this.lamComplement(end, limit);
    return { first: i, end, normStart: t.starts[i] + prefix.length, normEnd: t.ends[end - 1], kind: this.g.heads.get(head)!, ministry: null };
  }

  /**
   * Whether token j closes its phrase: a mark or the range's end after it, a complementizer
   * (أن، إن) or a country adjective (كريديت سويس السويسري).
   */
  private boundaryAfter(j: number, limit: number): boolean {
    if (!this.next(j + 1, limit)) return true;
    const w = this.t.text(j + 1);
    return this.k.lexicon.complementizers.has(w) || this.k.countryAdjectiveIndex.hasWord(w);
  }

  /** Whether token j is an ordinal that completes the noun before it in a name: دوري الدرجة الأولى. */
  private completesRankedNoun(j: number): boolean {
    return this.g.ordinals.has(this.t.text(j)) && this.g.rankedNouns.has(this.t.text(j - 1));
  }

  /** A relational or rank adjective, the words a ل complement of a name may follow (الإيرانية، العامة). */
  private adjective(word: string): boolean {
    return this.relational(word) || this.g.rankAdjectives.has(word);
  }

  /**
   * The end of a complement with ل at token j whose noun names what an organization is for
   * (للأنباء، لكرة القدم، لشؤون اللاجئين، complementNouns) and its adjectives, or j where there
   * is none.
   */
  private lamComplement(j: number, limit: number): number {
    const t = this.t;
    if (!this.next(j, limit)) return j;
    const w = t.text(j);
    let end: number;
    // للأنباء is ل and الأنباء (للاجئين: ل and اللاجئين).
    if (w.startsWith('لل') && this.g.complementNouns.has('ا' + w.slice(1))) end = j + 1;
    else if (w.startsWith('ل') && this.g.complementNouns.has(w.slice(1)) && this.next(j + 1, limit) && this.definite(t.text(j + 1)) && !this.stop(t.text(j + 1))) end = j + 2;
    else return j;
    // Then its adjectives (للطيران المدني، للصليب الأحمر: one that agrees, right after the noun),
    // not the noun of the next clause (للرياضة الأستاذ).
    if (end === j + 1 && this.next(end, limit) && this.definite(t.text(end)) && !this.stop(t.text(end)) && feminine(this.k, t.text(end)) === feminine(this.k, w)) end++;
    while (end - j < MAX_COMPLEMENT_WORDS && this.next(end, limit) && this.adjective(t.text(end)) && !this.stop(t.text(end))) end++;
    return end;
  }

  /** The end of a name with its tail (ديوان التونسيين بالخارج), if one follows. */
  private withTail(end: number, limit: number): number {
    if (!this.next(end, limit)) return end;
    const tail = this.g.nameTails.match(this.t, end, false);
    return tail && this.t.ends[tail.end - 1] <= limit ? tail.end : end;
  }

  /** A word with the article, long enough to be a noun or adjective (not the article alone). */
  private definite(word: string): boolean {
    return this.k.morphology.definite(word) && word.length > 3;
  }

  /** A relational (nisba) adjective: الإعلامي، الشيوعية (ة reads as ه). */
  private relational(word: string): boolean {
    return this.definite(word) && word.length > 4 && relationalAdjective(this.k, word);
  }

  /** An indefinite noun inside a construct chain: Arabic letters, no stop word, no adjective ending (دولية). */
  private constructNoun(word: string): boolean {
    // Not a preposition or a conjunction and its word (للمطالبة، بقيادة، وجذبت): those end the name.
    return word.length > 2 && ARABIC_WORD.test(word) && !this.opensWithClitic(word) && !relationalAdjective(this.k, word) && !this.stop(word) && !this.k.lexicon.prepositions.has(word) && !this.g.heads.has(word);
  }

  /** Whether a word opens with the article, the preposition ل or ب, or a conjunction (و، ف): the morphology's letters. */
  private opensWithClitic(word: string): boolean {
    const m = this.k.morphology;
    const first = word.charCodeAt(0);
    return m.definite(word) || first === m.prepositionLetters.to || first === m.prepositionLetters.by || m.conjunctions.includes(word.charAt(0));
  }

  /**
   * المحكمة العليا، المجلس الأعلى للقوات المسلحة، المرصد السوري لحقوق الإنسان: a definite
   * head, a relational or rank adjective, then adjectives and a ل complement. A country or
   * vague adjective alone makes no name (الشركة الأمريكية is any American company).
   */
  private definiteHead(i: number, limit: number): GrammarName | null {
    const t = this.t;
    if (!this.isDefiniteHead.at(t, i)) return null;
    const reading = this.k.morphology.readings(t.text(i)).find((r) => this.g.definiteHeads.has(r.stem));
    if (!reading || !this.next(i + 1, limit)) return null;
    const adjective = t.text(i + 1);
    if (this.stop(adjective) || !(this.relational(adjective) || this.g.rankAdjectives.has(adjective))) return null;
    const national = this.k.countryAdjectiveIndex.hasWord(adjective) || this.g.vagueAdjectives.has(adjective);
    let end = i + 2;
    let complement = false;
    while (end - i <= MAX_NAME_WORDS && this.next(end, limit)) {
      const w = t.text(end);
      if (this.stop(w)) break;
      if (w.startsWith('لل') && w.length > 4) {
        complement = true;
        end++;
      } else if (w.startsWith('ل') && !this.k.morphology.definite(w) && w.length > 3 && this.next(end + 1, limit) && this.definite(t.text(end + 1)) && !this.stop(t.text(end + 1))) {
        complement = true;
        end += 2;
      } else if (complement ? this.definite(w) || (w.startsWith('وال') && this.definite(w.slice(1))) : this.relational(w) || this.g.rankAdjectives.has(w)) end++;
      else break;
    }
    if (national && !complement) return null;
    end = this.withTail(end, limit);
    return { first: i, end, normStart: t.starts[i] + reading.prefix.length, normEnd: t.ends[end - 1], kind: this.g.definiteHeads.get(reading.stem)!, ministry: null };
  }
}

// The grammar's per-word tests (memoOf): functions of the knowledge and the word.
function isHead(k: Knowledge, w: string): boolean {
  return headPrefix(w, k.organizationGrammar.heads, k.organizationGrammar.headProclitics) !== undefined;
}

function isQuotedNameHead(k: Knowledge, w: string): boolean {
  return headPrefix(w, k.organizationGrammar.quotedNameHeads, k.organizationGrammar.headProclitics) !== undefined;
}

function isGivenName(k: Knowledge, w: string): boolean {
  return !!k.lexicon.corpusGivenNames?.has(w);
}

function isDefiniteHead(k: Knowledge, w: string): boolean {
  const heads = k.organizationGrammar.definiteHeads;
  return k.morphology.readings(w).some((r) => heads.has(r.stem));
}

