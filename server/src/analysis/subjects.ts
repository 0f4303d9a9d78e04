// The subject of a speech verb when it is not a person the people pass knows: a country
// used as an actor (وقالت روسيا)، a definite noun phrase (وقالت الحكومة، وأضاف البيان،
// وقال المحققون، وقالت المفوضية العليا)، an indefinite collective in construct (قوات
// الجيش اليمني، عناصر من التنظيم), or an unknown name closed by an apposition or a
// complementizer (وقال كريم حداد الخبير الاقتصادي إن). Open world: no list of speakers
// is needed; the word lists here are grammar (what ends a noun phrase, which nouns are
// documents or anaphors), kept in knowledge/lexicon.json.

import type { Morphology } from './morphology';
import { isMonthWord } from './dates';
import type { ArticleDocument } from './document';
import type { Knowledge } from './knowledge';
import { isOrganizationAddressee, looksCircumstantial } from './people';
import type { SpeakerKind } from './types';
import { memoGroup, memoOf, type WordMemo } from './wordMemo';

export type SubjectType = 'country' | 'document' | 'group' | 'institution' | 'anonymous' | 'anaphor' | 'person';

export interface SubjectPhrase {
  /** Token range of the phrase (without a trailing apposition). */
  first: number;
  end: number;
  type: SubjectType;
  /** The normalized head word without its article (حكومه، تقرير). */
  head: string;
  /** Speaker kind the phrase gives. */
  kind: SpeakerKind;
  /** Country id for a country used as an actor. */
  country?: string;
}

/** The longest noun phrase read after a verb. */
const MAX_PHRASE_WORDS = 7;

const subjectMemos = memoGroup((k: Knowledge) => ({
  stopWord: memoOf(k, 'subjects.endsSubject', endsSubject),
  addressee: memoOf(k, 'subjects.addressee', (kk, w) => kk.lexicon.anonymousEnds.has(w) || isOrganizationAddressee(kk, w)),
}));

export class SubjectReader {
  /** stops() of each token's word, asked at every word a phrase or a name runs over. */
  private readonly stopWord: WordMemo;
  /** The profile's clitic rules: whether a word carries the article. */
  private readonly morph: Morphology;
  /** Whether each word is an addressee that closes a name (لصحافيين، لبي بي سي). */
  private readonly addressee: WordMemo;

  constructor(private readonly doc: ArticleDocument) {
    const k = doc.knowledge;
    this.morph = k.morphology;
    const memos = subjectMemos(k);
    this.stopWord = memos.stopWord;
    this.addressee = memos.addressee;
  }

  /** Whether token i's word ends a subject (stops). */
  stopsAt(i: number): boolean {
    return this.stopWord.at(this.doc.tokens, i);
  }

  /** Whether token i is a word real copy writes as a common noun (knowledge word-classes), not a known name's word or a name connector. */
  private commonNounInConstruct(i: number): boolean {
    const k = this.doc.knowledge;
    const w = this.doc.tokens.text(i);
    return k.lexicon.corpusCommonNouns.has(w) && !k.personIndex.hasWord(w) && !k.lexicon.nameConnectors.has(w);
  }

  /** The name from token j up to the common nouns that end at token `noun` (كورودا احتمال رفع الفائدة: كورودا), when no word of it is one; else none. */
  private nameBeforeConstruct(j: number, noun: number): { first: number; end: number } | null {
    let end = noun;
    while (end > j && this.commonNounInConstruct(end - 1)) end--;
    return end > j ? { first: j, end } : null;
  }

  /** Whether only spaces lie between token j-1 and token j (no comma, colon or quote). */
  private joined(j: number): boolean {
    const t = this.doc.tokens;
    return j > 0 && j < t.count && t.onlySpaceBetween(t.ends[j - 1], t.starts[j]);
  }

  /** Words that end a subject: prepositions, complementizers, relatives, time words, verbs. */
  stops(word: string): boolean {
    return endsSubject(this.doc.knowledge, word);
  }

  /** A noun phrase that can speak, starting at token j (right after a verb). */
  phraseAt(j: number, afterLam = false, afterWaw = false): SubjectPhrase | null {
    const t = this.doc.tokens;
    const k = this.doc.knowledge;
    const lx = k.lexicon;
    if (j >= t.count) return null;
    // After "according to ل" the ل is written on the word: للتقرير reads التقرير, لتقرير (a
    // document) تقرير; a clause opened by و (والمحتجون يؤكدون) reads المحتجون.
    const written = t.text(j);
    const word =
      afterLam && written.startsWith('لل')
        ? this.morph.article + written.slice(2)
        : afterLam && written.startsWith('ل') && lx.documentHeads.has(written.slice(1))
          ? written.slice(1)
          : afterWaw && written.startsWith('وال')
            ? written.slice(1)
            : written;
    if (word === t.text(j) ? this.stopsAt(j) : this.stops(word)) return null;
    // وقالت روسيا / ونددت تركيا: a country used as an actor.
    const country = k.countryNameIndex.match(t, j, false);
    if (country && country.prefix === '') return { first: j, end: country.end, type: 'country', head: word, kind: 'institution', country: country.value };
    if (this.morph.definite(word) && word.length >= 4) return this.definitePhrase(j, word);
    // 18 عضوا ديمقراطيا في مجلس النواب: a number of people speaks as a group.
    // A day of a month (30 يونيو) counts no one.
    if (/^\d+$/u.test(word) && this.joined(j + 1) && !this.stopsAt(j + 1) && !lx.timeWords.has(t.text(j + 1)) && !isMonthWord(this.doc.knowledge.calendar, t.text(j + 1))) {
      let end = j + 2;
      while (end < t.count && end - j < MAX_PHRASE_WORDS && this.joined(end) && !this.stopsAt(end) && !lx.complementizers.has(t.text(end))) end++;
      // … في مجلس النواب الأمريكي: one prepositional phrase belongs to the description.
      if (end < t.count && t.text(end) === 'في' && this.joined(end + 1)) end = this.extend(end + 2, end + 1);
      return { first: j, end, type: 'group', head: t.text(j + 1), kind: 'institution' };
    }
    // وقال بيان للخارجية الأميركية، وأفاد تقرير للأمم المتحدة: a document with its author.
    if (lx.documentHeads.has(word) && this.joined(j + 1)) {
      let end = this.extend(j + 1, j);
      // وقال بيان لبعثة فنزويلا: a ل-genitive whose noun is in construct with a country.
      if (end === j + 1 && t.text(j + 1).startsWith('ل') && t.text(j + 1).length >= 4 && !this.stopsAt(j + 1) && this.joined(j + 2)) {
        const country = k.countryNameIndex.match(t, j + 2, false);
        if (country && country.prefix === '') end = country.end;
      }
      if (end === j + 1) end = this.documentQualifiers(j + 1);
      if (end > j + 1) return { first: j, end, type: 'document', head: word, kind: 'institution' };
    }
    // قوات الجيش اليمني، عناصر من التنظيم، سلطات الهجرة: a collective head in construct.
    if (lx.collectiveHeads.has(word) && this.joined(j + 1)) {
      let end = j + 1;
      // عناصر من التنظيم المتطرف: "some of" a group.
      if (t.text(end) === 'من' && this.joined(end + 1) && this.morph.definite(t.text(end + 1))) end++;
      // لجنة برلمانية، قوات حكومية: an indefinite head with its relational adjectives.
      if (this.relationalAdjective(end)) {
        while (end < t.count && end - j < MAX_PHRASE_WORDS && this.joined(end) && this.relationalAdjective(end)) end++;
        return { first: j, end, type: 'group', head: word, kind: 'institution' };
      }
      if (!this.morph.definite(t.text(end)) || this.stopsAt(end)) return null;
      end = this.extend(end + 1, j);
      return { first: j, end, type: 'group', head: word, kind: 'institution' };
    }
    return null;
  }

  /**
   * What qualifies an indefinite document after its head, from token i: its adjectives (بيان
   * مشترك، تقرير رسمي), who issued it (صادر عن وزارة الداخلية), or the organization it is in
   * construct with (بيان وزارة الداخلية). Returns the end of the phrase, i when none.
   */
  private documentQualifiers(i: number): number {
    const t = this.doc.tokens;
    const lx = this.doc.knowledge.lexicon;
    let end = i;
    while (end < t.count && end - i < 2 && this.joined(end) && (lx.documentAdjectives?.has(t.text(end)) || this.relationalAdjective(end))) end++;
    // صادر عن وزارة الداخلية، صدر عن الوقفة الاحتجاجية: the issuer, a definite phrase or an
    // organization head in construct. An issuer not read (صادر عن مكتب العبادي) leaves the
    // document to the readers after this one: the adjective alone would hide who issued it.
    if (end < t.count - 2 && lx.issuedParticiples?.has(t.text(end))) {
      if (!lx.issuerPrepositions?.has(t.text(end + 1)) || !this.joined(end + 1) || !this.joined(end + 2)) return i;
      const issuer = this.organizationInConstruct(end + 2);
      return issuer > end + 2 && this.joined(end) ? issuer : i;
    }
    if (end > i) return end;
    // بيان وزارة الداخلية: the organization's head in construct, then its definite words.
    return this.organizationInConstruct(i);
  }

  /** A definite phrase (الوقفة الاحتجاجية) or an organization head and its definite words (وزارة الداخلية) from token i; its end, i when none. */
  private organizationInConstruct(i: number): number {
    const t = this.doc.tokens;
    const w = t.text(i);
    if (this.stopsAt(i)) return i;
    if (this.morph.definite(w) && w.length >= 4) return this.extend(i + 1, i);
    if (this.doc.knowledge.lexicon.organizationHeads.has(w) && this.joined(i + 1) && this.morph.definite(t.text(i + 1)) && !this.stopsAt(i + 1)) return this.extend(i + 2, i);
    return i;
  }

  /**
   * Whether token i is an indefinite relational adjective (برلمانية، حكومي): a relational
   * ending, alone or before the feminine one; a final ى as written is no such ending (مستشفى).
   */
  private relationalAdjective(i: number): boolean {
    const lx = this.doc.knowledge.lexicon;
    const word = this.doc.tokens.text(i);
    if (word.length < 4 || this.morph.definite(word) || this.stopsAt(i) || !lx.relationalAdjectiveEndings || this.doc.tokenText(i, i + 1).endsWith('ى')) return false;
    for (const e of lx.relationalAdjectiveEndings) {
      if (word.endsWith(e)) return true;
      for (const f of lx.feminineEndings ?? []) if (word.endsWith(e + f)) return true;
    }
    return false;
  }

  /** A definite noun and its modifiers: الحكومة، المجلس التنفيذي لصندوق النقد، المحتجون. */
  private definitePhrase(j: number, word: string): SubjectPhrase | null {
    const lx = this.doc.knowledge.lexicon;
    const head = word.slice(2);
    if (lx.notSubjects.has(word)) return null;
    const end = this.extend(j + 1, j);
    if (lx.sourceAnaphors.has(word)) return { first: j, end, type: 'anaphor', head, kind: 'anonymous' };
    if (lx.anonymousHeads.has(head)) return { first: j, end, type: 'anonymous', head, kind: 'anonymous' };
    if (lx.documentHeads.has(head)) return { first: j, end, type: 'document', head, kind: 'institution' };
    // A definite plural of people (المحتجون، المحققين) speaks as a group.
    if (/(?:ون|ين)$/u.test(head) && head.length >= 5) return { first: j, end, type: 'group', head, kind: 'institution' };
    return { first: j, end, type: 'institution', head, kind: 'institution' };
  }

  /**
   * Extends a phrase over its modifiers: definite adjectives and nouns (الوطني اليمني),
   * a genitive with ل (لصندوق النقد الدولي، لحقوق الإنسان), up to MAX_PHRASE_WORDS.
   */
  private extend(end: number, first: number): number {
    const t = this.doc.tokens;
    while (end < t.count && end - first < MAX_PHRASE_WORDS && this.joined(end)) {
      const w = t.text(end);
      if (this.stopsAt(end)) break;
      if (this.morph.definite(w) && w.length >= 3) {
        end++;
        continue;
      }
      // لحقوق الإنسان، لصندوق النقد: a genitive noun with ل, then its own definite words.
      if (w.startsWith('لل') || (w.startsWith('ل') && w.length >= 4 && this.joined(end + 1) && this.morph.definite(t.text(end + 1)))) {
        end++;
        continue;
      }
      break;
    }
    return end;
  }

  /**
   * An unknown name of one to four words right after a verb, closed by something that
   * cannot continue a name: a comma or colon, a complementizer (إن، أن)، a participle,
   * or a definite apposition (كريم حداد الخبير الاقتصادي).
   */
  nameClosedAt(j: number, nameLike: (i: number) => boolean): { first: number; end: number } | null {
    const t = this.doc.tokens;
    const lx = this.doc.knowledge.lexicon;
    let end = j;
    while (end < t.count && end - j < 4 && (end === j || this.joined(end)) && nameLike(end) && !this.morph.definite(t.text(end)) && !this.stopsAt(end) && !(end > j && this.addressee.at(t, end))) {
      // An accusative participle (مقدما، متحدثا) is a circumstance, never a name.
      if (looksCircumstantial(t.text(end))) break;
      end++;
    }
    if (end === j) return null;
    if (end >= t.count) return null;
    const gap = this.doc.norm.slice(t.ends[end - 1], t.starts[end]);
    // A comma, a colon, the quote itself (جون بولتون "…") or an aside in brackets (عصام جبار (24 عاما)) closes the name.
    if (/^\s*[،,:"«“(]/u.test(gap)) return { first: j, end };
    if (!/^\s*$/u.test(gap)) return null;
    const next = t.text(end);
    if (lx.complementizers.has(next) || this.doc.knowledge.cues.participles.has(next)) return { first: j, end };
    // وقالت إيفانكا عقب وصولها، وقال زاس في بيان: a preposition or time word closes the name.
    // وقال المتحدث رمضان شريف لإذاعة …: the addressee (لإذاعة، لوكالة) closes it too, and
    // so do the relayed one's words (عن X حديثه، عن X تصريحاتها).
    const bare = next.replace(/(?:هما|هم|ها|ه)$/u, '');
    if (lx.subjectStops.has(next) || lx.prepositions.has(next) || this.addressee.at(t, end) || lx.timeWords.has(next) || lx.notSubjects.has(next) || lx.anonymousEnds.has(next) || (bare !== next && !!lx.speechNouns?.has(bare))) return { first: j, end };
    // An indefinite description right after a name of two words: جون كيلداف أحد مؤسسي …،
    // نعيم أسلم محلل الأسواق.
    if (lx.anonymousHeads.has(next) && end - j >= 2) return { first: j, end };
    // A title right after the name: منصور شيشيفوروش رئيس مركز الأزمات.
    if (this.doc.knowledge.roleIndex.match(t, end) !== null && end - j >= 2) return { first: j, end };
    // An apposition: a definite title or description right after the name. But a word real
    // copy writes as a common noun right before it is in construct with it, the verb's object
    // after a shorter name (ووصفت كونستاند تأثير الاعتداء): the name ends before that noun
    // (not a word after بن or عبد, always a name's: حمد بن جاسم آل ثاني).
    if (this.morph.definite(next) && !this.stopsAt(end) && end - j >= 2) return this.commonNounInConstruct(end - 1) && !lx.nameConnectors.has(t.text(end - 2)) ? this.nameBeforeConstruct(j, end - 1) : { first: j, end };
    // An indefinite apposition in construct, then إن/أن: نورييل روبيني خبير الاقتصاد أن …
    if (end - j >= 2) {
      for (let k = end; k < Math.min(t.count, end + 4) && this.joined(k); k++) {
        if (lx.complementizers.has(t.text(k))) return { first: j, end: end - 1 > j && this.morph.definite(t.text(end)) ? end - 1 : end };
      }
    }
    return null;
  }
}

/** SubjectReader.stops, as a function of the knowledge alone (its memo outlives every reader). */
function endsSubject(k: Knowledge, word: string): boolean {
  const lx = k.lexicon;
  return (
    lx.subjectStops.has(word) ||
    lx.timeWords.has(word) ||
    lx.prepositions.has(word) ||
    k.cues.verbs.has(word) ||
    k.cues.participles.has(word) ||
    // أشار إليها ابن فارس: إليها, normalized, starts like the article; a particle with its pronoun is no subject.
    k.morphology.particleWithPronoun(word, lx.prepositions) ||
    (word.startsWith('و') && (k.cues.verbs.has(word.slice(1)) || lx.subjectStops.has(word.slice(1))))
  );
}
