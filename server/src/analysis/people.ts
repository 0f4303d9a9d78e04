// Mentions of people. Arabic has no capitals, so a name is found through what stands
// around it: a title before it (وزير الخارجية الروسي سيرغي لافروف، رئيس بيلاروس،
// ألكسندر لوكاشينكو), the knowledge base, a name already introduced in the article, or a
// cue verb before it (وقال زاس:). Title-only references (الوزير الروسي، رئيس الدولة،
// نظيره البيلاروسي، الأمين العام للمنظمة) are kept as titles and resolved later.

import type { ArticleDocument } from './document';
import type { Knowledge } from './knowledge';
import type { Reading } from './morphology';
import type { RangeSet } from './ranges';
import { lightlyRemoved, lightNormalize, normalizeForMatch } from './normalize';
import { memoGroup, memoOf, type WordMemo } from './wordMemo';
import { ScanProbe } from './scanProbe';
import { StampedWordSet, StampPool } from './stampedWordSet';
import { WordIdPool, WordIdSet } from './wordIdSet';
import { workMeter } from './workMeter';
import { writtenAsCommonWord } from './commonWords';
import { isMonthWord } from './dates';

/** The start of the organization id of the body or person a spokesperson speaks for (المتحدث باسم الداخلية: for:الداخليه). */
export const SPOKEN_FOR = 'for:';

export interface Title {
  /** Role id from roles.json, "minister" for a bare الوزير, "counterpart" for نظيره. */
  role: string;
  country: string | null;
  /** Organization id, or "@focus" for an anaphor (للمنظمة) meaning the organization in focus. */
  organization: string | null;
  /** Normalized token range of the title with its qualifier. */
  first: number;
  end: number;
  /** Normalized offsets of the title without its proclitic. */
  normStart: number;
  normEnd: number;
  /** Written with an adjective of a past tenure (السابق، الأسبق): the office is no longer its holder's. */
  former: boolean;
}

export interface PersonMention {
  /** Token range of the whole mention (title and name). */
  first: number;
  end: number;
  /** Normalized offsets without a leading proclitic. */
  normStart: number;
  normEnd: number;
  title: Title | null;
  /** Token range of the written name, when there is one. */
  name: { first: number; end: number; normStart: number; normEnd: number } | null;
  /** People-knowledge id when the name matched an entry. */
  knowledgeId: string | null;
  inQuote: boolean;
  /** Directly after a preposition or a noun that makes it an object (طلب من رئيس …). */
  asObject: boolean;
}

const MAX_NAME_WORDS = 6;
/** The longest quoted name after a unit's head noun (زعيم مجموعة "الجمهوريين"). */
const MAX_QUOTED_WORDS = 5;
/** The start of the organization id of a unit a title heads (رئيس أركان الجيش: unit:اركان الجيش). */
const UNIT = 'unit:';
/** The most definite words a unit after a title's head takes (هيئة الأرصاد الجوية). */
const MAX_UNIT_WORDS = 3;
/** A gap between words that is an opening quote mark (رئيس حزب "…), and one that opens with a closing mark. */
const ONLY_OPENING_MARK = /^\s*["«“]\s*$/u;
const CLOSING_MARK_FIRST = /^\s*["»”]/u;
/** How many words a circumstance (في بيان، على حسابه في تويتر) may take between a name and the إن of its verb. */
export const MAX_CIRCUMSTANCE_WORDS = 5;

export class PeopleFinder {
  private readonly k;
  private readonly t;
  /** Normalized names written in this article (full names and surnames) → canonical key. */
  private readonly articleNames = new Map<string, string[]>();
  /** The word ids of articleNames' single-word keys: what every token asks (isArticleName). */
  private readonly nameIds = new WordIdSet(NAME_IDS);
  /** The first three letters of the single-word names (leadKey folded to 16 bits): variantOf's quick no. */
  private readonly nameLeads = new WordIdSet(NAME_LEADS);
  /** Single-word keys of articleNames by their first three letters, in insertion order: variantOf reads one bucket. */
  private readonly namesByLead = new Map<number, string[]>();
  /** First words of the article's names of three words or more (نادية of نادية راينر هيرمان) → the word after them. */
  private readonly firstNames = new Map<string, string>();
  /** First words of the article's names of two words or more (دينا of دينا سماعيلوفا): a name alone later. */
  private readonly givenWords = new Set<string>();
  /**
   * titleAt's answers by token (depth 0): both scans of find() ask for every token. A Map,
   * not an array: the few tokens asked lie far apart, and an array written at such
   * indexes turns into a dictionary that grows as the article is read.
   */
  private readonly titles = new Map<number, Title | null>();
  /** Spokespersons' titles run over the name of whom they speak for (spokenForName); made at the first (few articles have one). */
  private overSpokenFor: Title[] | null = null;
  private readonly opensTitle: WordMemo;
  /** The tests of nameLike that depend only on the normalized word. */
  private readonly nameLikeWord: WordMemo;
  /**
   * Whether a word's written end can make it no name: a noun or verb of the corpus, or a plural
   * in construct (مؤيديه), with the pronoun ه (حسابه، أعماله), where ه must be written, not ة; or a word ending with alef,
   * which a tanween may close (كاتباً). One memo read per token; the text only for those.
   */
  private readonly writtenEndMatters: WordMemo;
  /**
   * Whether anything the scan reads from the knowledge can start at a word: a title, a
   * nationality (with a proclitic) or a known name. Most words start none of them: one
   * memo read instead of three, and the scan then only asks the article's own names.
   */
  private readonly startsMention: WordMemo;
  /** Whether a word reads as a preposition (with its proclitics): a mention after one is an object. */
  private readonly prepositionWord: WordMemo;
  /** Whether a word reads as an institution's head noun (الجيش، للحكومة): institutionAt's quick no. */
  private readonly institutionHead: WordMemo;
  /**
   * Whether a word is the normalized form of a stop word as written (nameStopsLight): only
   * then can its written form be one, so the others never read the text (writtenStop).
   */
  private readonly stopForm: WordMemo;
  /** Whether a word is a month's name (calendar.json): monthOfDate reads the words around it. */
  private readonly monthWord: WordMemo;
  /** Whether a word reads as نظير (counterpart) or as a bare وزير (genericMinister): readTitle searches the readings of those only. */
  private readonly counterpartWord: WordMemo;
  private readonly genericWord: WordMemo;
  /** A space and the article: what marks a listed title as definite past its first word (made once, not per title). */
  private readonly spacedArticle: string;
  /** lexicon.tenureAdjectives and formerAdjectives, read at every title (the lexicon is a dictionary of lists). */
  private readonly tenure: Set<string>;
  private readonly former: Set<string>;
  /** How many tenure adjectives readTitle has read (as a tenure or a portfolio): a title looks for a past one (formerIn) only when it read one. */
  private tenureReads = 0;
  /** isPrepositionalComplement of each word. */
  private readonly complement: WordMemo;
  /** readsAsPresentVerb of each word: every title asks it of the word after it (presentVerbAt). */
  private readonly presentVerbWord: WordMemo;
  /** readsAsBaOnNoun, readsAsOrdinaryWord and readsAsNounAfterName of each word. */
  private readonly baOnNoun: WordMemo;
  private readonly ordinaryWord: WordMemo;
  private readonly nounAfterName: WordMemo;
  /** Words that end a clause before a trailing name (complementizers, cue verbs), and words that end its subject after one (time words, addressees). */
  private readonly closesClause: WordMemo;
  private readonly endsSubject: WordMemo;
  /** nameLikeAsWritten's answers by token (0 not asked, 1 no, 2 yes), made when first asked. */
  private writtenNameLike: Uint8Array | null = null;
  /** While find()'s first scan runs: what it read about the names it was still learning. */
  private probe: ScanProbe | null = null;
  /** The words the running scan found to start nothing, until a name it learns could change that (scan()). */
  private readonly quiet = new StampedWordSet(QUIET_WORDS);

  constructor(
    private readonly doc: ArticleDocument,
    private readonly inQuote: RangeSet,
    /** The organization mention starting at a token, if any (from the organizations pass). */
    private readonly organizationAt: (i: number) => { id: string; end: number } | null = () => null,
  ) {
    const k = (this.k = doc.knowledge);
    this.t = doc.tokens;
    const m = peopleMemos(k);
    this.opensTitle = m.opensTitle;
    this.nameLikeWord = m.nameLikeWord;
    this.writtenEndMatters = m.writtenEndMatters;
    this.startsMention = m.startsMention;
    this.prepositionWord = m.prepositionWord;
    this.institutionHead = m.institutionHead;
    this.stopForm = m.stopForm;
    this.monthWord = m.monthWord;
    this.counterpartWord = m.counterpartWord;
    this.genericWord = m.genericWord;
    this.spacedArticle = ' ' + k.morphology.article;
    this.tenure = k.lexicon.tenureAdjectives;
    this.former = k.lexicon.formerAdjectives;
    this.complement = m.complement;
    this.presentVerbWord = m.presentVerbWord;
    this.baOnNoun = m.baOnNoun;
    this.ordinaryWord = m.ordinaryWord;
    this.nounAfterName = m.nounAfterName;
    this.closesClause = m.closesClause;
    this.endsSubject = m.endsSubject;
  }

  /** Whether a normalized word, taken alone, can be part of a name (its written form aside). */
  nameLikeText(word: string): boolean {
    return nameLikeWord(this.k, word);
  }

  /** Whether token i can be part of a name. */
  nameLike(i: number): boolean {
    if (!this.nameLikeWord.at(this.t, i)) return false;
    // A third of the tokens asked are asked again (the scan, then the speaker readers).
    const answers = (this.writtenNameLike ??= new Uint8Array(this.t.count));
    if (answers[i] === 0) answers[i] = this.nameLikeAsWritten(i) ? 2 : 1;
    return answers[i] === 2;
  }

  /**
   * Whether token i, a month's name, is written as a date's month: paired with another
   * month's name by a slash (حزيران/يونيو، يناير/ كانون), after a day's number or before a
   * year. A month's name alone may be a name (ماي، جوان، دي مايو).
   */
  private monthOfDate(i: number): boolean {
    const t = this.t;
    const slashed = (a: number, b: number): boolean => a >= 0 && b < t.count && this.monthWord.at(t, a) && this.monthWord.at(t, b) && /^\s*\/\s*$/u.test(this.doc.norm.slice(t.ends[a], t.starts[b]));
    if (slashed(i - 1, i) || slashed(i, i + 1)) return true;
    return (i > 0 && /^\d{1,2}$/u.test(t.text(i - 1))) || (i + 1 < t.count && /^\d{4}$/u.test(t.text(i + 1)));
  }

  /** The part of nameLike that reads the word as written (its hamza), not only its normalized form. */
  private nameLikeAsWritten(i: number): boolean {
    if (this.writtenStop(i)) return false;
    if (this.monthWord.at(this.t, i) && this.monthOfDate(i)) return false;
    // مطلع حزيران/يونيو، بداية شباط/فبراير: the word before a date's month is the date's, no name's (unless a known name's).
    if (this.spaceBefore(i + 1) && this.monthWord.at(this.t, i + 1) && this.monthOfDate(i + 1) && !this.k.personIndex.hasWord(this.t.text(i))) return false;
    if (this.writtenEndMatters.at(this.t, i)) {
      // كاتباً، أخيراً، إنتشاراً: a word written with the tanween of an indefinite noun or adjective is no name.
      // حسابه، أعماله، بدموعه، مؤيديه: a noun of the corpus with the pronoun ه written on it is no name
      // (normalized, ه is also the ة of سلامة or رحمة: only the written letter tells them apart).
      const endsWithAlef = this.t.norm.charCodeAt(this.t.ends[i] - 1) === ALEF;
      if (endsWithAlef ? this.writtenWithTanween(i) : this.writtenLastLetter(i) === HA) return false;
    }
    // The article is written with a bare alef; ألكسندر and إلهام are names, الوزير is not.
    // Normalization keeps ا and ل: only a word read with the article can be written with it.
    const word = this.t.text(i);
    return !(this.k.morphology.definite(word) && !this.k.personIndex.hasWord(word) && this.writtenStartsWithArticle(i));
  }

  /**
   * Whether token i as written (diacritics off) starts with the article, or has it right after
   * its first `after` letters (a conjunction: والاس, not وألغيتا, whose alef carries a hamza),
   * read off the text's characters: no string made.
   */
  writtenStartsWithArticle(i: number, after = 0): boolean {
    const article = this.k.morphology.article;
    if (article === '') return false;
    const span = this.doc.span(this.t.starts[i], this.t.ends[i]);
    const text = this.doc.text;
    let k = 0;
    let skip = after;
    for (let p = span.start; p < span.end && k < article.length; p++) {
      const c = text.charCodeAt(p);
      if (lightlyRemoved(c)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      if (c !== article.charCodeAt(k++)) return false;
    }
    return k === article.length;
  }

  /** The last letter of token i as written, diacritics and tatweel off (ة or ه where normalization reads both as ه). */
  private writtenLastLetter(i: number): number {
    const span = this.doc.span(this.t.starts[i], this.t.ends[i]);
    const text = this.doc.text;
    for (let p = span.end - 1; p >= span.start; p--) {
      const c = text.charCodeAt(p);
      if (!lightlyRemoved(c)) return c;
    }
    return 0;
  }

  /**
   * Whether token i as written ends with the tanween of the accusative (ً), before or after
   * its final alef (كاتباً، أخيرًا). Only a word ending with alef is read as written: the
   * other tanweens are rarely written in press copy, and most tokens are asked.
   */
  private writtenWithTanween(i: number): boolean {
    if (this.t.norm.charCodeAt(this.t.ends[i] - 1) !== ALEF) return false;
    const span = this.doc.span(this.t.starts[i], this.t.ends[i]);
    const text = this.doc.text;
    for (let p = span.end - 1; p > span.start; p--) {
      const c = text.charCodeAt(p);
      if (c === FATHATAN) return true;
      if (!(lightlyRemoved(c) || c === ALEF)) return false;
    }
    return false;
  }

  /**
   * A family name written with the article after a first name (الخصاونة، الأسد): a
   * definite word that is no stop word, country, title or organization head.
   */
  familyName(i: number): boolean {
    const word = this.t.text(i);
    if (!this.k.morphology.definite(word) || word.length < 5) return false;
    const k = this.k;
    if (this.writtenStop(i)) return false;
    // A nisba after a first name is a family name (محمد شياع السوداني), not a nationality.
    if (k.countryNameIndex.hasWord(word) || k.roleIndex.hasWord(word)) return false;
    if (k.lexicon.organizationHeads.has(word.slice(2)) || k.lexicon.institutionHeads.has(word) || k.lexicon.organizationAnaphors.has(word)) return false;
    if (k.cues.verbs.has(word) || k.organizationIndex.hasWord(word)) return false;
    // ويلبور روس الاربعاء: a day written without its hamza is still no family name.
    if (k.lexicon.timeWords.has(word)) return false;
    return true;
  }

  /** Whether token i as written (diacritics off) is a stop word of nameStopsLight (its hamza kept). */
  private writtenStop(i: number): boolean {
    return this.stopForm.at(this.t, i) && this.k.nameStopsLight.has(lightNormalize(this.doc.tokenText(i, i + 1)));
  }

  /** A noun with a proclitic preposition (لاتفاقية، بمنظمة): no name starts like that. */
  private prefixedNoun(i: number): boolean {
    const word = this.t.text(i);
    // Written ل/ب/ك … ة normalizes to ل/ب/ك … ه: the text is read only for such a word.
    const lead = word.charCodeAt(0);
    const morph = this.k.morphology;
    if (morph.isPrepositionLetter(lead) && word.endsWith('ه')) {
      const written = lightNormalize(this.doc.tokenText(i, i + 1));
      if (morph.isPrepositionLetter(written.charCodeAt(0)) && written.endsWith('ة')) return true;
    }
    // وزير الدولة لشؤون الإعلام: ل + a common noun of the corpus is a complement, not a name
    // (only ل: ب and ك + a noun spell first names, باسم، كمال).
    return word.startsWith('ل') && word.length >= 4 && this.k.lexicon.corpusCommonNouns.has(word.slice(1)) && !this.k.personIndex.hasWord(word);
  }

  /** A title (role + qualifier) starting at token i. */
  titleAt(i: number, depth = 0): Title | null {
    if (i >= this.t.count || !this.opensTitle.at(this.t, i)) return null;
    if (depth > 0) return this.readTitle(i, depth);
    let title = this.titles.get(i);
    if (title === undefined) this.titles.set(i, (title = this.readTitle(i, 0)));
    return title;
  }

  /** After a tenure adjective at token j (السابق، الأسبق، المؤقت: lexicon tenureAdjectives), the token after it; else j. */
  private afterTenure(j: number): number {
    if (j >= this.t.count || !this.tenure.has(this.t.text(j)) || !this.spaceBefore(j)) return j;
    this.tenureReads++;
    return j + 1;
  }

  /** Whether tokens [first, end) of a title hold an adjective of a past tenure (formerAdjectives: السابق، الأسبق), wherever it was read (رئيسه السابق: as a portfolio). */
  private formerIn(first: number, end: number): boolean {
    for (let j = first + 1; j < end; j++) if (this.former.has(this.t.text(j))) return true;
    return false;
  }

  /** Whether token j exists and only spaces stand between it and the token before. */
  private spaceBefore(j: number): boolean {
    const t = this.t;
    return j < t.count && t.onlySpaceBetween(t.ends[j - 1], t.starts[j]);
  }

  // No closures in readTitle: a title is read at many tokens, and each closure made V8
  // allocate readTitle's context at every call (and compile the closures with it).
  private readTitle(i: number, depth: number): Title | null {
    const t = this.t;
    const k = this.k;
    // نظيره البيلاروسي
    const counterpart = this.counterpartWord.at(t, i) ? readingOf(k.morphology.readings(t.text(i)), k.lexicon.counterpart) : undefined;
    if (counterpart) {
      const adj = k.countryAdjectiveIndex.match(t, i + 1, false);
      return {
        role: 'counterpart',
        country: adj ? adj.value : null,
        organization: null,
        first: i,
        end: adj ? adj.end : i + 1,
        normStart: t.starts[i] + counterpart.prefix.length,
        normEnd: t.ends[(adj ? adj.end : i + 1) - 1],
        former: false,
      };
    }
    let role: string | null = null;
    let end = i;
    let prefix = '';
    const generic = this.genericWord.at(t, i) ? readingOf(k.morphology.readings(t.text(i)), k.lexicon.genericMinister) : undefined;
    const m = k.roleIndex.match(t, i);
    if (m) {
      role = m.value;
      end = m.end;
      prefix = m.prefix;
    } else if (generic) {
      role = 'minister';
      end = i + 1;
      prefix = generic.prefix;
    }
    if (!role) return null;
    const tenureReads = this.tenureReads;
    const phrase = m ? m.phrase : '';
    // An indefinite head stands in construct with what follows (وزير الخارجية الروسي، مديرة
    // صندوق النقد الدولي، رئيس بيلاروس); a definite one (الأمين العام، الرئيس) stands alone.
    const construct = !!m && !(k.morphology.definite(phrase) || phrase.includes(this.spacedArticle));
    // الرئيس السابق لزيمبابوي، وزير الخارجية الأسبق: a definite title's tenure comes before what qualifies it.
    if (!construct) end = this.afterTenure(end);
    let country: string | null = null;
    let organization: string | null = null;
    let portfolio = false;
    // رئيس أركان الجيش الإيراني، قائد سلاح الجو، زعيم مجموعة "الجمهوريين": a common noun in
    // construct with a definite noun or a quoted name is the unit the office heads.
    const unit = construct && depth === 0 ? this.unitAfterHead(end) : end;
    const unitRead = unit > end;
    if (unitRead) {
      organization = `${UNIT}${this.doc.norm.slice(t.starts[end], t.ends[unit - 1])}`;
      end = this.afterTenure(unit);
      portfolio = true;
    }
    // A portfolio after a bare head: وزير الاقتصاد الألماني، زعيم المعارضة، رئيس القمة.
    else if (construct && this.spaceBefore(end) && k.morphology.definite(t.text(end)) && !k.countryAdjectiveIndex.hasWord(t.text(end)) && !k.organizationIndex.match(t, end)) {
      // رئيس اللجنة العليا للانتخابات: the definite word heads a body named in full (the
      // organizations pass found it), which the office is of; else the portfolio names the
      // office: رئيس القمة is nobody's presidency of a country.
      const body = this.organizationAt(end);
      if (body && body.end > end + 1) {
        organization = body.id;
        end = body.end;
      } else {
        organization = `portfolio:${t.text(end)}`;
        // رئيسه السابق: a tenure read as the portfolio still makes the title a past one.
        if (this.tenure.has(t.text(end))) this.tenureReads++;
        end++;
        portfolio = true;
      }
      // وزير الزراعة السابق
      end = this.afterTenure(end);
    }
    // A unit holds its own country's adjective (مجلس الأعمال السعودي الفرنسي is no office of France).
    if (!unitRead && this.spaceBefore(end)) {
      // خبير بلجيكي، وزير إيطالي: after an indefinite head the nationality is indefinite too.
      const indefiniteHead = construct || (!m && !!generic && !k.morphology.definite(generic.stem));
      const adj = k.countryAdjectiveIndex.match(t, end, false) ?? (indefiniteHead && !portfolio ? this.indefiniteNationality(end) : null);
      const name = adj ? null : k.countryNameIndex.match(t, end, false);
      if (adj || name) {
        country = (adj ?? name)!.value;
        // الرئيس الأميركي السابق، وزير الخارجية القطري الأسبق
        end = this.afterTenure((adj ?? name)!.end);
      } else {
        // الأمين العام لمنظمة … / للمنظمة / المتحدث باسم الكرملين / باسم الخارجية الروسية
        let j = end;
        if (t.text(j) === 'باسم') j++;
        // What may join the title to its organization: ل, باسم, or nothing after an indefinite head (linked()).
        const anyPrefix = j > end || phrase.endsWith('باسم');
        const bare = construct && !portfolio;
        const org = k.organizationIndex.match(t, j) ?? null;
        const ministry = org ? null : (this.ministryAt(j) ?? this.institutionAt(j));
        if (org && linked(org.prefix, anyPrefix, bare)) {
          organization = org.value;
          end = org.end;
        } else if (ministry && linked(ministry.prefix, anyPrefix, bare)) {
          organization = ministry.id;
          end = ministry.end;
        } else {
          const anaphor = lamReadingOf(k.morphology.readings(t.text(end)), k.lexicon.organizationAnaphors);
          const ofOffice = anaphor || depth > 0 ? null : this.officeOf(end);
          const inOrg = anaphor || ofOffice ? null : this.organizationAfterPreposition(end);
          if (anaphor) {
            organization = '@focus';
            end = end + 1;
          } else if (ofOffice) {
            // السكرتير الصحفي للرئيس الروسي: an office attached to another office.
            organization = `office:${ofOffice.role}|${ofOffice.country ?? ''}`;
            end = ofOffice.end;
          } else if (inOrg) {
            // النائب عن حزب القوات اللبنانية، الباحث في معهد …
            organization = inOrg.id;
            end = inOrg.end;
          } else if (j > end || phrase.endsWith('باسم')) {
            // المتحدث باسم الرئيس التشيكي، باسم الداخلية، باسم وزارة الدفاع المالية: whoever
            // the spokesperson speaks for belongs to the title, so the name after it is read.
            const body = depth > 0 ? null : this.spokenFor(j);
            if (body) {
              organization = body.id;
              end = body.end;
            }
          }
        }
      }
    }
    // An indefinite title with nothing to qualify it (رئيس alone) must be followed by a name.
    if (construct && !portfolio && !country && !organization) {
      // أصغر رئيس يتولى الحكم: a present verb after the head is a relative clause, no name.
      if (!(this.spaceBefore(end) && this.nameLike(end)) || (this.presentVerbWord.at(t, end) && this.presentVerbAt(end))) return null;
      // مبعوثة واشنطن لدى الحلف: a capital no list knows, then where the envoy is posted.
      const posted = depth === 0 && this.spaceBefore(end + 1) ? this.postingAfter(end + 1) : end + 1;
      if (posted > end + 1 && !k.personIndex.hasWord(t.text(end)) && !writtenAsCommonWord(k, t.text(end))) {
        return { role, country, organization: `of:${t.text(end)}`, first: i, end: posted, normStart: t.starts[i] + prefix.length, normEnd: t.ends[posted - 1], former: this.tenureReads !== tenureReads && this.formerIn(i, posted) };
      }
      // رئيسة وزراء اسكتلندا نيكولا ستورجن، ولي عهد أبوظبي الشيخ محمد: the head stands in
      // construct with a place or a body no list knows, one word written as no common word
      // (مدير أعمال هيفاء is her manager: the name after a common noun is its possessor's) nor
      // as a name's first word, when a name follows it.
      const complement = t.text(end);
      // قائد منتخب كولومبيا، رئيس حكومة إسبانيا: a common noun in construct with a country's name is the body the office is of.
      const ofCountry = depth === 0 && this.spaceBefore(end + 1) && k.lexicon.corpusCommonNouns.has(complement) && !k.personIndex.hasWord(complement) && !this.isArticleName(end) ? k.countryNameIndex.match(t, end + 1, false) : null;
      if (ofCountry) {
        organization = `of:${complement}`;
        country = ofCountry.value;
        end = ofCountry.end;
      } else if (
        depth === 0 &&
        this.spaceBefore(end + 1) &&
        (this.nameLike(end + 1) || k.lexicon.honorifics.has(t.text(end + 1))) &&
        !k.personIndex.hasWord(complement) &&
        !k.personIndex.startsWith(complement) &&
        !this.isArticleName(end) &&
        !k.lexicon.organizationHeads.has(complement) &&
        !writtenAsCommonWord(k, complement) &&
        !this.organizationAt(end)
      ) {
        organization = `of:${complement}`;
        end++;
      }
    }
    // السفير السعودي لدى الأمم المتحدة عبد الله المعلمي: where an envoy is posted completes the
    // title (not its office: a later السفير السعودي is the same man); the name comes after it.
    if (depth === 0 && (country || organization) && this.spaceBefore(end)) end = this.postingAfter(end);
    return { role, country, organization, first: i, end, normStart: t.starts[i] + prefix.length, normEnd: t.ends[end - 1], former: this.tenureReads !== tenureReads && this.formerIn(i, end) };
  }

  /**
   * After a title's indefinite head, at token j: a word the corpus writes as a common noun
   * (no title's first word, known name's word or name of the article) in construct with a
   * definite noun, an organization, or a name in quote marks (أركان الجيش، سلاح الجو، مجموعة
   * "الجمهوريين"): the token after that unit, else j.
   */
  private unitAfterHead(j: number): number {
    const t = this.t;
    const k = this.k;
    if (!this.spaceBefore(j) || j + 1 >= t.count) return j;
    const word = t.text(j);
    if (!k.lexicon.corpusCommonNouns.has(word) || k.morphology.definite(word) || k.titleOpeners.has(word) || k.personIndex.hasWord(word) || this.isArticleName(j) || this.givenWords.has(word)) return j;
    // زعيم حزب الله، رئيس وزارة الخارجية الروسية: a known body from the head on is read as the title's organization.
    if (k.organizationIndex.match(t, j) || this.ministryAt(j) || this.institutionAt(j)) return j;
    const body = this.organizationAt(j + 1);
    if (body && this.spaceBefore(j + 1)) return body.end;
    if (this.spaceBefore(j + 1)) {
      // هيئة الأرصاد الجوية، مركز السلام والمصالحة: the unit's adjectives and conjuncts, up to its country's adjective.
      let end = j + 1;
      while (end - j <= MAX_UNIT_WORDS && this.spaceBefore(end) && this.unitWordAt(end)) end++;
      if (end === j + 1) return j;
      // The country's adjective belongs to the unit (مركز المصالحة الروسي): the office is the unit's, not the country's.
      const country = this.spaceBefore(end) ? k.countryAdjectiveIndex.match(t, end, false) : null;
      return country ? country.end : end;
    }
    // A quoted name of a few words: the opening mark right before j + 1, the closing one after its last word.
    if (!ONLY_OPENING_MARK.test(this.doc.norm.slice(t.ends[j], t.starts[j + 1]))) return j;
    for (let q = j + 1; q < t.count && q - j <= MAX_QUOTED_WORDS; q++) {
      const gap = q + 1 < t.count ? this.doc.norm.slice(t.ends[q], t.starts[q + 1]) : '';
      if (CLOSING_MARK_FIRST.test(gap)) return q + 1;
      if (!this.spaceBefore(q + 1)) return j;
    }
    return j;
  }

  /** A definite word (with و or not) that continues a unit after its head: no country's adjective, stop word, title or honorific. */
  private unitWordAt(i: number): boolean {
    const t = this.t;
    const k = this.k;
    const word = t.text(i);
    const bare = word.charCodeAt(0) === WAW ? (k.morphology.withoutConjunction(word) ?? word) : word;
    if (!k.morphology.definite(bare) || k.lexicon.timeWords.has(bare) || k.personIndex.hasWord(bare) || k.countryAdjectiveIndex.hasWord(bare) || k.titleOpeners.has(bare) || k.lexicon.honorifics.has(bare)) return false;
    return !this.writtenStop(i);
  }

  /**
   * لدى الأمم المتحدة، الدائم لدى المنظمة، لدى موسكو at token j: a posting preposition (after
   * an office adjective) and the body, country, organization anaphor or capital after it (a
   * capital: one word written as no common word, then a name or a comma). Returns the token
   * after it, or j when there is none.
   */
  private postingAfter(j: number): number {
    const t = this.t;
    const k = this.k;
    const lx = k.lexicon;
    let p = j;
    if (lx.postingAdjectives?.has(t.text(p)) && this.spaceBefore(p + 1)) p++;
    if (!lx.postingPrepositions?.has(t.text(p)) || !this.spaceBefore(p + 1)) return j;
    const at = p + 1;
    const body = this.organizationAt(at);
    if (body) return body.end;
    const country = k.countryNameIndex.match(t, at, false);
    if (country) return country.end;
    if (lx.organizationAnaphors.has(t.text(at))) return at + 1;
    const word = t.text(at);
    if (this.nameLike(at) && !k.morphology.definite(word) && !k.personIndex.hasWord(word) && !writtenAsCommonWord(k, word)) {
      const next = at + 1 < t.count ? this.doc.norm.slice(t.ends[at], t.starts[at + 1]) : '';
      if ((at + 1 < t.count && t.commaBetween(t.ends[at], t.starts[at + 1])) || (next.trim() === '' && this.nameLike(at + 1))) return at + 1;
    }
    return j;
  }

  /** An indefinite nationality at token j (بلجيكي، إيطالية): a country adjective once the article is given back; not a known name (تركي). */
  private indefiniteNationality(j: number): { value: string; end: number } | null {
    const word = this.t.text(j);
    if (this.k.morphology.definite(word) || this.k.personIndex.hasWord(word) || this.articleNames.has(word)) return null;
    const found = this.k.countryAdjectiveIndex.matchWords([this.k.morphology.article + word]);
    return found ? { value: found.value, end: j + 1 } : null;
  }

  /**
   * المفوض السامي لحقوق الإنسان زيد …، وزير الدولة لشؤون الخليج …: a genitive with ل and a
   * common noun, with its definite words, completes the title; the name comes after it.
   * Returns the token after it (or j when there is none).
   */
  private genitiveAfter(j: number, limit: number): number {
    const t = this.t;
    const joined = (i: number): boolean => i < t.count && t.starts[i] < limit && t.onlySpaceBetween(t.ends[i - 1], t.starts[i]);
    if (!joined(j) || !this.prefixedNoun(j) || this.t.text(j).endsWith('ة')) return j;
    let end = j + 1;
    // … لشؤون الإعلام الناطق الرسمي: another title or an honorific starts the next part.
    const k = this.k;
    while (end - j < 4 && joined(end) && k.morphology.definite(t.text(end)) && !this.writtenStop(end) && !k.titleOpeners.has(t.text(end)) && !k.lexicon.honorifics.has(t.text(end))) end++;
    return end > j + 1 ? end : j;
  }

  /**
   * What a spokesperson speaks for after باسم, when no known organization or ministry is
   * there: an office (الرئيس التشيكي) or a definite noun phrase, or an indefinite head in
   * construct with one, with its relational adjectives (الداخلية، الحكومة الليبية، وزارة
   * الدفاع المالية). Up to four words.
   */
  private spokenFor(j: number): { id: string; end: number } | null {
    const t = this.t;
    const k = this.k;
    if (j >= t.count || !t.onlySpaceBetween(t.ends[j - 1], t.starts[j])) return null;
    const office = this.titleAt(j, 1);
    if (office && (office.country || office.organization)) return { id: `office:${office.role}|${office.country ?? ''}`, end: office.end };
    const usable = (i: number): boolean => i < t.count && t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) && !k.lexicon.timeWords.has(t.text(i)) && !k.lexicon.notSubjects.has(t.text(i)) && !k.lexicon.prepositions.has(t.text(i)) && !k.lexicon.honorifics.has(t.text(i));
    if (!usable(j)) return null;
    let end = j;
    // وزارة الدفاع: an indefinite head in construct with a definite noun.
    if (!k.morphology.definite(t.text(j)) && usable(j + 1) && k.morphology.definite(t.text(j + 1))) end = j + 1;
    if (!k.morphology.definite(t.text(end)) || t.text(end).length < 4) return null;
    end++;
    // Then its relational adjectives only (الليبية، الإسرائيلي): any other definite word is the verb's object.
    const relational = (w: string): boolean => {
      for (const e of k.lexicon.relationalAdjectiveEndings ?? []) {
        if (w.endsWith(e)) return true;
        for (const f of k.lexicon.feminineEndings ?? []) if (w.endsWith(e + f)) return true;
      }
      return false;
    };
    while (end - j < 4 && usable(end) && k.morphology.definite(t.text(end)) && relational(t.text(end))) end++;
    return { id: `${SPOKEN_FOR}${this.doc.norm.slice(t.starts[j], t.ends[end - 1])}`, end };
  }

  /**
   * The mention a spokesperson's title and the name after it make when the name is, or
   * starts with, whom the spokesperson speaks for (spokenForName, bodyOpeningName); null
   * for any other title and name.
   */
  private spokespersonMention(i: number, title: Title, name: { first: number; end: number; knowledgeId: string | null }): PersonMention | null {
    const on = this.k.lexicon.onBehalfPrepositions;
    if (!on || title.end - title.first < 2) return null;
    const body = this.bodyOpeningName(title, name);
    if (body) {
      const t = this.t;
      this.remember(body.end, name.end);
      const served: Title = { role: title.role, country: title.country, organization: body.id, first: title.first, end: body.end, normStart: title.normStart, normEnd: t.ends[body.end - 1], former: title.former };
      return this.mention(i, name.end, title.normStart, served, { first: body.end, end: name.end, knowledgeId: null });
    }
    const over = this.spokenForName(title, name);
    if (!over) return null;
    this.remember(name.first, name.end);
    return this.mention(i, name.end, title.normStart, over, null);
  }

  /**
   * A spokesperson's title (its باسم, lexicon.onBehalfPrepositions) followed by the name of
   * whom the spokesperson speaks for: right after باسم (المتحدث باسم بيركو), or after the
   * office it names. Returns the title run over the name, or null.
   */
  private spokenForName(title: Title, name: { first: number; end: number; knowledgeId: string | null }): Title | null {
    const t = this.t;
    const on = this.k.lexicon.onBehalfPrepositions;
    if (!on) return null;
    let at = -1;
    for (let b = title.first; b < title.end && b < name.first; b++) if (on.has(t.text(b))) at = b;
    if (at < 0) return null;
    // شرطة هلمند، حماس فوزي برهوم: a body the scan read as (the start of) a name is what the
    // spokesperson speaks for, and the spokesperson's name may be in it: not a person's name.
    const first = t.text(name.first);
    const direct = at + 1 === name.first && !this.k.lexicon.organizationHeads.has(first) && !this.k.lexicon.corpusCommonNouns.has(first) && !this.organizationAt(name.first);
    // After an office, a name the knowledge knows as its holder's (المتحدث باسم الرئيس التركي رجب
    // طيب أردوغان); an unknown one is as often the spokesperson's own (الناطقة باسم مفوض الأمم
    // المتحدة لحقوق الإنسان رافينا شمسداني), and one set off by a comma always is.
    const afterOffice = at + 1 < name.first && name.knowledgeId !== null && this.titleAt(at + 1, 1) !== null && t.onlySpaceBetween(t.ends[name.first - 1], t.starts[name.first]);
    if (!direct && !afterOffice) return null;
    const organization = title.organization ?? `${SPOKEN_FOR}${this.doc.norm.slice(t.starts[name.first], t.ends[name.end - 1])}`;
    const over: Title = { role: title.role, country: title.country, organization, first: title.first, end: name.end, normStart: title.normStart, normEnd: t.ends[name.end - 1], former: title.former };
    (this.overSpokenFor ??= []).push(over);
    return over;
  }

  /**
   * A known organization right after a spokesperson's باسم that the scan read as the start
   * of the name after it (المتحدث باسم حماس فوزي برهوم): the body and where it ends, when
   * two words of name or more are left after it. After باسم a form known only inside quote
   * marks (حماس، طالبان) is the body too: no other reading of it speaks through a spokesperson.
   */
  private bodyOpeningName(title: Title, name: { first: number; end: number }): { id: string; end: number } | null {
    const on = this.k.lexicon.onBehalfPrepositions;
    if (!on || name.first === 0 || name.first !== title.end || !on.has(this.t.text(name.first - 1))) return null;
    const org = this.k.organizationIndex.match(this.t, name.first) ?? this.k.quotedOrganizationIndex.match(this.t, name.first);
    return org && org.prefix === '' && org.end <= name.end - 2 ? { id: org.value, end: org.end } : null;
  }

  /**
   * Whether a mention is a spokesperson's title, an office after its باسم, and a name right
   * after the office (المتحدث باسم رئيسة الوزراء تيريزا ماي): the name may be the office
   * holder's or the spokesperson's, and the mention tells neither apart.
   */
  nameAfterSpokenForOffice(m: PersonMention): boolean {
    const on = this.k.lexicon.onBehalfPrepositions;
    if (!on || !m.title || !m.name || m.name.first !== m.title.end) return false;
    const t = this.t;
    for (let b = m.title.first; b + 1 < m.title.end; b++) if (on.has(t.text(b))) return this.titleAt(b + 1, 1) !== null && t.onlySpaceBetween(t.ends[m.name.first - 1], t.starts[m.name.first]);
    return false;
  }

  /** Whether a title runs over the name of whom a spokesperson speaks for: no name of its holder follows it. */
  runsOverSpokenFor(title: Title): boolean {
    return this.overSpokenFor !== null && this.overSpokenFor.includes(title);
  }

  /** A title with the proclitic ل at token i (للرئيس الروسي), as the office another title serves. */
  private officeOf(i: number): Title | null {
    if (i >= this.t.count || !this.t.text(i).startsWith('ل')) return null;
    const office = this.titleAt(i, 1);
    return office && office.normStart > this.t.starts[i] && (office.country || office.organization) ? office : null;
  }

  /** عن / في / لدى + an organization (known or found by its head noun) after a title. */
  private organizationAfterPreposition(i: number): { id: string; end: number } | null {
    if (i + 1 >= this.t.count || !this.k.lexicon.officePrepositions.has(this.t.text(i))) return null;
    return this.organizationAt(i + 1);
  }

  /** A national ministry at token i: وزارة الخارجية الروسية or الخارجية الروسية (with a proclitic). */
  ministryAt(i: number): { id: string; end: number; prefix: string } | null {
    const k = this.k;
    const t = this.t;
    const m = k.ministryIndex.match(t, i) ?? k.ministryShortIndex.match(t, i);
    if (!m || m.end >= t.count) return null;
    const country = k.countryAdjectiveIndex.match(t, m.end, false) ?? k.countryNameIndex.match(t, m.end, false);
    if (!country) return null;
    return { id: `ministry:${m.value}:${country.value}`, end: country.end, prefix: m.prefix };
  }

  /**
   * An institution named by a generic head and a country: الجيش الإسرائيلي، الرئاسة
   * الفرنسية، الحكومة البريطانية (with a proclitic allowed on the head).
   */
  institutionAt(i: number): { id: string; end: number; prefix: string } | null {
    const t = this.t;
    if (i + 1 >= t.count || !this.institutionHead.at(t, i)) return null;
    const reading = this.k.morphology.readings(t.text(i)).find((r) => this.k.lexicon.institutionHeads.has(r.stem));
    if (!reading || !t.onlySpaceBetween(t.ends[i], t.starts[i + 1])) return null;
    const country = this.k.countryAdjectiveIndex.match(t, i + 1, false);
    if (!country) return null;
    return { id: `institution:${reading.stem}:${country.value}`, end: country.end, prefix: reading.prefix };
  }

  /** A written name starting at token i (known, already seen, or name-like words). */
  nameAt(i: number, allowUnknown: boolean): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    if (i >= t.count) return null;
    const known = this.k.personIndex.match(t, i, false);
    let end = i;
    let knowledgeId: string | null = null;
    if (known) {
      end = known.end;
      knowledgeId = known.value;
    } else if ((allowUnknown && this.nameLike(i) && !this.prefixedNoun(i)) || this.isArticleName(i) || (this.mayBeVariant(i) && this.variantOf(t.text(i)))) {
      // The name-like test first: when it holds, what the article's names say cannot change the answer.
      end = i + 1;
    } else return null;
    // Extend over further name words (قاسم جومارت توكاييف، بشر الخصاونة، محمد بن عبد الرحمن آل ثاني),
    // not across punctuation.
    const connectors = this.k.lexicon.nameConnectors;
    while (end < t.count && end - i < MAX_NAME_WORDS) {
      // كيم جونغ-أون، جان-إيف لودريان: the part after a hyphen is the same name word's rest,
      // whatever it reads as alone. قمة ترامب-كيم: not after a whole known name, nor before
      // one (a pair of people). Only a first name goes on after its part (جان-إيف لودريان);
      // a later part closes the name (مون جاي-إن وجها لوجه).
      if (t.hyphenBetween(t.ends[end - 1], t.starts[end])) {
        if ((known && known.end === end) || (end - 1 === i && this.isArticleName(i)) || this.isArticleName(end) || this.k.personIndex.match(t, end, false)) break;
        end++;
        if (end - 2 > i) break;
        continue;
      }
      if (
        !t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) ||
        !(allowUnknown || this.isArticleName(end) || this.k.personIndex.hasWord(t.text(end))) ||
        !(this.nameLike(end) || (allowUnknown && (this.familyName(end) || (connectors.has(t.text(end - 1)) && !this.writtenStop(end)))))
      )
        break;
      // A known single name (surname) is complete: do not swallow the next word.
      if (!allowUnknown && known && !this.isArticleName(end)) break;
      // وأقال ترامب كومي: another person's surname after a known name is the verb's object.
      if (known && this.isLearnedSurname(end)) break;
      // الملك سلمان بن عبد العزيز إطلاق تسمية، دونالد ترامب مقاليد الحكم: after a known name,
      // or once a name is started, a word real copy writes as a verb (word-classes) is the
      // sentence going on, not a further name (surnames are often common nouns: حداد).
      // The article's names asked last: only where the answer decides (the first scan's probe counts every no).
      if (allowUnknown && (known || this.k.lexicon.corpusVerbs.has(t.text(end))) && !connectors.has(t.text(end)) && !this.k.personIndex.hasWord(t.text(end)) && !this.isArticleName(end)) break;
      if (this.complement.at(t, end) && !this.isArticleName(end)) break;
      // وانتقد السفير … داني دانون المشروع المقترح، فيليب لاليو مداخلة الوفد: after two words of
      // a name, a common noun with a definite word after it is the verb's object, no surname.
      // برونو لومير بقرار: nor is ب on a common noun.
      if (allowUnknown && end - i >= 2 && (this.objectPhraseAt(end) || this.prepositionalPhrase(end)) && this.onlyNameWords(i, end)) break;
      end++;
    }
    if (!knowledgeId) {
      const whole = this.k.personIndex.match(t, i, false);
      if (whole && whole.end === end) knowledgeId = whole.value;
    }
    return { first: i, end, knowledgeId };
  }

  /**
   * variantOf's first test for token i (five letters or more, the first two letters of
   * an article name), read from the token's offsets and the text: reading the word's
   * string at every token cost a cache miss each.
   */
  private mayBeVariant(i: number): boolean {
    const t = this.t;
    const s = t.starts[i];
    const norm = t.norm;
    return t.ends[i] - s >= 5 && this.nameLeads.has(leadBits(leadOfCodes(norm.charCodeAt(s), norm.charCodeAt(s + 1), norm.charCodeAt(s + 2))));
  }

  /** Whether token i's word is the last word of a longer name of this article (جيمس كومي's كومي). */
  private isLearnedSurname(i: number): boolean {
    if (!this.isArticleName(i)) return false;
    const word = this.t.text(i);
    const words = this.articleNames.get(word);
    return !!words && closesLongerName(word, words);
  }

  /** Whether token i's word is one of the names written in this article so far. */
  private isArticleName(i: number): boolean {
    const id = this.t.wordId(i);
    if (this.nameIds.has(id)) return true;
    this.probe?.missedName(id);
    return false;
  }

  private remember(first: number, end: number): void {
    const words: string[] = [];
    for (let j = first; j < end; j++) words.push(this.t.text(j));
    if (this.probe) {
      // The single-word name this learns (the name itself, or the surname of a longer one).
      const name = words[words.length - 1];
      const old = this.articleNames.get(name);
      this.probe.learned(this.t.wordId(end - 1), name, old === undefined, !!old && closesLongerName(name, old), closesLongerName(name, words));
    }
    // مون جاي-إن: a word's part after a hyphen is no surname of its own (إن would name him).
    const lastIsPart = end - 1 > first && this.t.hyphenBetween(this.t.ends[end - 2], this.t.starts[end - 1]);
    // The single-word key learned below (the name, or its last word): no other is a token.
    const id = this.t.wordId(end - 1);
    if (!lastIsPart && !this.nameIds.has(id)) {
      this.nameIds.add(id);
      this.quiet.delete(id);
    }
    this.learn(words.join(' '), words);
    if (words.length > 1 && !lastIsPart) this.learn(words[words.length - 1], words);
    if (words.length >= 3 && !this.k.lexicon.nameConnectors.has(words[0])) this.firstNames.set(words[0], words[1]);
    if (words.length >= 2) this.givenWords.add(words[0]);
  }

  private learn(name: string, words: string[]): void {
    if (!this.articleNames.has(name) && !name.includes(' ')) {
      const lead = leadKey(name);
      const bucket = this.namesByLead.get(lead);
      if (bucket) bucket.push(name);
      else this.namesByLead.set(lead, [name]);
      // A new lead makes the words that start like it possible variants (mayBeVariant), whichever they are.
      if (!this.nameLeads.has(leadBits(lead))) {
        this.nameLeads.add(leadBits(lead));
        this.quiet.clear();
      }
    }
    this.articleNames.set(name, words);
  }

  /**
   * Every person mention in the given normalized ranges, in text order. Two passes: the
   * first learns the names introduced by titles, so that a surname written before its
   * introduction (a headline's لافروف:) is found too.
   */
  find(ranges: { start: number; end: number }[]): PersonMention[] {
    const probe = (this.probe = new ScanProbe());
    const first = this.scan(ranges);
    this.probe = null;
    // When nothing the first scan read about the names changed as it learned them, a
    // second scan would make every decision again the same way (and learn nothing new).
    return probe.secondScanNeeded(this.t, isVariantOf) ? this.scan(ranges) : first;
  }

  private scan(ranges: { start: number; end: number }[]): PersonMention[] {
    const t = this.t;
    const out: PersonMention[] = [];
    const quiet = this.quiet;
    quiet.clear();
    let i = 0;
    for (const range of ranges) {
      // Ranges come in text order: the first token of each is stepped to from where the
      // last one's scan stopped.
      i = t.stepTo(i, range.start);
      while (i < t.count && t.starts[i] < range.end) {
        // No title, nationality or known name starts here: only a name of the article
        // (or a variant of one) can, which is what nameAt would ask next. A word found
        // so stays quiet for the scan until a name learned could start at it (learn()).
        const id = t.wordId(i);
        if (quiet.has(id)) {
          workMeter.steps++;
          i++;
          continue;
        }
        if (!this.startsMention.at(t, i) && !this.isArticleName(i) && !this.mayBeVariant(i)) {
          quiet.add(id);
          i++;
          continue;
        }
        const title = this.titleAt(i);
        if (title) {
          let j = this.holderStart(title, range.end);
          const name = this.holderNameAt(title, j, range.end);
          // الكاتب والمحلل السياسي الصومالي عبد الرحمن عبدي: the name closes both titles;
          // الوزير في الحكومة الإسرائيلية نفتالي بينيت: where the holder serves, then the name.
          const joined = name ? null : (this.coordinatedTitle(title, j, range.end) ?? this.nameAfterComplement(title, j, range.end));
          if (joined) {
            this.remember(joined.name.first, joined.name.end);
            out.push(this.mention(i, joined.name.end, title.normStart, joined.title, joined.name));
            i = joined.name.end;
            continue;
          }
          // المتحدث باسم بيركو، المتحدث باسم حماس فوزي برهوم: whom a spokesperson speaks for.
          const spokesperson = name ? this.spokespersonMention(i, title, name) : null;
          if (spokesperson) {
            out.push(spokesperson);
            i = spokesperson.end;
            continue;
          }
          if (name) {
            this.remember(name.first, name.end);
            j = name.end;
          }
          // Apposition: أنطونيو غوتيريش، الأمين العام للأمم المتحدة، قال …
          const before = name ? null : this.nameBeforeTitle(i, range.start, out);
          if (before) {
            this.remember(before.first, before.end);
            out.push(this.mention(before.first, j, t.starts[before.first], title, before));
          } else out.push(this.mention(i, j, title.normStart, title, name));
          i = j;
          continue;
        }
        // المواطن الفرنسي لحسن عمار قبوج (55 عاما)، النجم المصري محمد صلاح، …
        const described = this.nameAfterNationality(i, range.end);
        if (described) {
          this.remember(described.first, described.end);
          out.push(this.mention(described.first, described.end, t.starts[described.first], null, described));
          i = described.end;
          continue;
        }
        const name = this.nameAt(i, false);
        if (name) {
          out.push(this.mention(i, name.end, t.starts[i], null, name));
          i = name.end;
          continue;
        }
        i++;
      }
    }
    return out;
  }

  /** Where a title's holder's name may start: after its genitive (لشؤون الإعلام) and any honorific (الشيخ، الدكتور). */
  private holderStart(title: Title, limit: number): number {
    const t = this.t;
    let j = this.genitiveAfter(title.end, limit);
    // Honorifics between title and name belong to neither: رئيس الوزراء القطري الشيخ محمد …
    while (j < t.count && t.starts[j] < limit && this.k.lexicon.honorifics.has(t.text(j))) j++;
    return j;
  }

  /** The name at token j after a title, with an optional comma between: رئيس بيلاروس، ألكسندر لوكاشينكو. */
  private holderNameAt(title: Title, j: number, limit: number): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    if (j >= t.count || t.starts[j] >= limit) return null;
    // زعيم حزب "فرنسا الأبية" جان لوك ميلانشون: the closing mark of a quoted unit may stand before the name.
    const written = this.doc.norm.slice(t.ends[j - 1], t.starts[j]).trim();
    const gap = this.inQuote.has(t.starts[j - 1]) && !this.inQuote.has(t.starts[j]) ? written.replace(/^["»”]\s*/u, '') : written;
    if (!(gap === '' || gap === '،' || gap === ',')) return null;
    // الرئيس الأميركي يعتقد أن: a present verb after a title is the sentence going on, no name.
    if (this.presentVerbWord.at(t, j) && this.presentVerbAt(j)) return null;
    if (gap !== '' && this.answerClauseAt(title, j)) return null;
    const name = this.nameAt(j, true);
    // قائد منتخب كولومبيا، المتحدث باسم قوات التحالف: one ordinary word in construct with what follows is a body's head noun, no holder's name.
    if (name && name.end - name.first === 1 && !name.knowledgeId && (this.headOfConstruct(name.first) || this.k.lexicon.prepositions.has(t.text(name.first)))) return null;
    // ملكة جمال العراق: after a title of one indefinite word, a common noun in construct with a
    // definite word or a country is the title's genitive, though a known name shares it (جمال).
    if (name && name.end - name.first === 1 && !name.knowledgeId && title.end - title.first === 1 && !this.k.morphology.definite(t.text(title.first)) && this.spaceBefore(name.end) && (this.nounAfterName.at(t, name.end) || this.k.countryNameIndex.match(t, name.end, false) !== null) && writtenAsCommonWord(this.k, t.text(name.first))) return null;
    // رئيسة مكتب الاتصال الخاص بميلانيا، بمجلس الغرف، لرويترز: ب or ل on a noun, a name or a news body is a preposition, no name's start.
    if (name && !name.knowledgeId && (this.withPrepositionClitic(name.first) || this.prepositionalPhrase(name.first) || isOrganizationAddressee(this.k, t.text(name.first)))) return null;
    // After a unit the verb's object often follows (رئيس مفوضية الاتحاد الأوروبي رسالة تهنئة): two ordinary
    // words, the second no family name (فايز السراج is a name), open no name.
    if (name && title.organization?.startsWith(UNIT) && name.end - name.first >= 2 && this.ordinaryWord.at(t, name.first) && this.ordinaryWord.at(t, name.first + 1) && !this.familyName(name.first + 1) && !this.isArticleName(name.first)) return null;
    if (!name || !this.tenure.has(t.text(j - 1))) return name;
    // سفير روسيا السابق بقطر: after a tenure, ب or ل on a country says where the office was; no name.
    const word = t.text(name.first);
    if (prepositionOnCountry(this.k, word)) return null;
    return name;
  }

  /**
   * Whether token i is a word the corpus writes as a common noun (منتخب، قوات، فريق), no
   * known name's word nor one of the article's names, in construct with what follows it: a
   * definite word, a country's name or a quoted name (فصيل "فيلق الرحمن").
   */
  private headOfConstruct(i: number): boolean {
    const t = this.t;
    const k = this.k;
    const word = t.text(i);
    if (i + 1 >= t.count || !k.lexicon.corpusCommonNouns.has(word) || k.personIndex.hasWord(word) || this.isArticleName(i) || this.givenWords.has(word)) return false;
    if (!this.spaceBefore(i + 1)) return ONLY_OPENING_MARK.test(this.doc.norm.slice(t.ends[i], t.starts[i + 1]));
    return this.nounAfterName.at(t, i + 1) || k.countryNameIndex.match(t, i + 1, false) !== null;
  }

  /**
   * Whether token j, after a title and a comma, opens the rest of the sentence with the
   * conjunction: a negation (فلم، ولن), which no name is; or, where أما put a name first and
   * the title stands apposed to it (أما بيتر داتون، وزير الداخلية الأسترالي، فرفض التعليق),
   * ف and a past verb before a definite word, its object. Only there: after a title alone a
   * word ف opens is a name as often (وزير الخارجية، فيصل المقداد؛ فريد الأطرش).
   */
  private answerClauseAt(title: Title, j: number): boolean {
    const t = this.t;
    const k = this.k;
    const word = t.text(j);
    const bare = k.morphology.withoutConjunction(word);
    if (bare === null || k.personIndex.hasWord(word) || this.givenWords.has(word)) return false;
    if (k.lexicon.verbNegations.has(bare)) return true;
    if (word.charCodeAt(0) !== FA || !this.apposedAfterTopic(title)) return false;
    const present = k.morphology.presentOf(bare);
    return bare.length >= 3 && present !== null && k.lexicon.corpusVerbs.has(present) && j + 1 < t.count && this.spaceBefore(j + 1) && k.morphology.definite(t.text(j + 1));
  }

  /** Whether a comma stands before the title and أما (lexicon.topicParticles) a few words before it, in its sentence: أما بيتر داتون، وزير … */
  private apposedAfterTopic(title: Title): boolean {
    const t = this.t;
    if (title.first === 0 || !t.commaBetween(t.ends[title.first - 1], t.starts[title.first])) return false;
    for (let p = title.first - 1; p >= 0 && title.first - p <= MAX_NAME_WORDS + 1; p--) {
      if (this.k.lexicon.topicParticles.has(t.text(p))) return true;
      if (p > 0 && /[.!?؟:\n]/u.test(this.doc.norm.slice(t.ends[p - 1], t.starts[p]))) return false;
    }
    return false;
  }

  /**
   * The holder's name after where the office is held (lexicon.officePrepositions and a place
   * or body: الوزير في الحكومة الإسرائيلية نفتالي بينيت، السفير الروسي في لندن ألكسندر
   * ياكوفنكو، زعيم المعارضة في زيمبابوي نلسون تشاميسا), when the title reached no name of its
   * own. The name must read as nothing but a name (complementName): a circumstance (الوزير
   * في بيان، في تصريح لقناة) has none after it.
   */
  private nameAfterComplement(title: Title, j: number, limit: number): { title: Title; name: { first: number; end: number; knowledgeId: string | null } } | null {
    const t = this.t;
    if (j !== title.end || !this.spaceBefore(j) || t.starts[j] >= limit || !this.k.lexicon.officePrepositions.has(t.text(j)) || !this.spaceBefore(j + 1)) return null;
    const end = this.placeOrBodyEnd(j + 1, limit);
    if (end < 0) return null;
    const name = this.holderNameAt(title, end, limit);
    return name && this.complementName(name) ? { title, name } : null;
  }

  /**
   * Where the office is held, at token p after its preposition: a body (الأمم المتحدة، حزب
   * …), a country, a definite noun with up to two definite words after it (الحكومة
   * الإسرائيلية، الشؤون الليبية), or one word real copy never writes as an ordinary word
   * (لندن، بغداد). The token after it, or -1.
   */
  private placeOrBodyEnd(p: number, limit: number): number {
    const t = this.t;
    const k = this.k;
    if (p >= t.count || t.starts[p] >= limit) return -1;
    const body = this.organizationAt(p);
    if (body) return body.end;
    const country = k.countryNameIndex.match(t, p, false);
    if (country) return country.end;
    const word = t.text(p);
    if (k.morphology.definite(word)) {
      if (k.lexicon.timeWords.has(word) || this.writtenStop(p) || k.titleOpeners.has(word) || k.lexicon.honorifics.has(word)) return -1;
      let end = p + 1;
      while (end - p < 3 && this.spaceBefore(end) && t.starts[end] < limit && this.nounAfterName.at(t, end) && !this.writtenStop(end) && !k.titleOpeners.has(t.text(end)) && !k.lexicon.honorifics.has(t.text(end))) end++;
      return end;
    }
    return this.nameLike(p) && !k.personIndex.hasWord(word) && !this.isArticleName(p) && !writtenAsCommonWord(k, word) ? p + 1 : -1;
  }

  /**
   * A name after a complement: a known one, or two words or more whose words after the first
   * real copy never writes as ordinary words (first names are: حميد بعيدينجاد، فاتح يلدز) or
   * are a family name with the article (حمدان الشهري).
   */
  private complementName(name: { first: number; end: number; knowledgeId: string | null }): boolean {
    if (name.knowledgeId !== null) return true;
    if (name.end - name.first < 2) return false;
    for (let j = name.first + 1; j < name.end; j++) if (!this.onlyNameWord(j) && !this.familyName(j)) return false;
    return true;
  }

  /**
   * Whether token j is a present verb (the morphology's present prefix on a verb real copy
   * writes: يتولى، يعتقد، تدين) and no name: not a known name's word or the first word of one
   * of the article's names, nor before a word that reads only as a name (ينس ستولتنبرغ، تود
   * ايزنر: first names real copy also writes as verbs).
   */
  private presentVerbAt(j: number): boolean {
    const t = this.t;
    const k = this.k;
    if (!this.presentVerbWord.at(t, j) || this.givenWords.has(t.text(j)) || this.isArticleName(j)) return false;
    const next = j + 1;
    return !(this.spaceBefore(next) && this.nameLike(next) && !k.morphology.definite(t.text(next)) && !k.personIndex.hasWord(t.text(next)) && !this.isArticleName(next) && this.onlyNameWord(next));
  }

  /**
   * A second title joined by و to a title with no name (الكاتب والمحلل السياسي الصومالي عبد
   * الرحمن عبدي، نائب رئيس الوزراء والناطق باسم الحكومة بكر بوزداغ): when the second is
   * definite and a name follows it, both titles are that one person's. Not after a title
   * with a country or body (الرئيس الروسي والرئيس الأمريكي: two people), nor before an
   * indefinite one (الرئيس ووزير الخارجية).
   */
  private coordinatedTitle(first: Title, j: number, limit: number): { title: Title; name: { first: number; end: number; knowledgeId: string | null } } | null {
    const t = this.t;
    if (first.country !== null || first.organization !== null || j !== first.end || !this.spaceBefore(j) || t.starts[j] >= limit) return null;
    const word = t.text(j);
    const morph = this.k.morphology;
    const bare = word.charCodeAt(0) === 0x0648 ? morph.withoutConjunction(word) : null;
    if (!bare || !morph.definite(bare)) return null;
    const second = this.titleAt(j);
    if (!second || second.normStart <= t.starts[j]) return null;
    const name = this.holderNameAt(second, this.holderStart(second, limit), limit);
    return name && !this.spokespersonMention(j, second, name) ? { title: second, name } : null;
  }

  /**
   * A name that opens a sentence and is followed by a comma and a title (apposition):
   * the words between the sentence start and the comma, when all of them can be a name.
   */
  private nameBeforeTitle(i: number, floor: number, found: PersonMention[]): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    if (i === 0 || !t.commaBetween(t.ends[i - 1], t.starts[i])) return null;
    // A surname already taken as a bare name (second pass) belongs to this apposition.
    const last = found[found.length - 1];
    const absorb = last && !last.title && last.end === i ? found.pop() : undefined;
    const taken = found.length ? found[found.length - 1].end : 0;
    let first = absorb ? absorb.first : i - 1;
    // وقال بين ستانتون، المحلل في شركة كاناليس، إن: a cue verb before the name opens it as a sentence start does.
    while (first - 1 >= taken && i - first < MAX_NAME_WORDS && t.starts[first - 1] >= floor && t.onlySpaceBetween(t.ends[first - 1], t.starts[first]) && !this.cueVerb(first - 1)) first--;
    // The name must start the sentence: line start or sentence punctuation before it.
    const lead = this.doc.norm.slice(first > 0 ? t.ends[first - 1] : 0, t.starts[first]);
    const giveBack = (): null => {
      if (absorb) found.push(absorb);
      return null;
    };
    if (first > 0 && t.starts[first] > floor && !/[.!?؟:\n]/u.test(lead) && !(this.cueVerb(first - 1) && t.onlySpaceBetween(t.ends[first - 1], t.starts[first]))) return giveBack();
    for (let k = first; k < i; k++) if (!(this.nameLike(k) || (k > first && this.familyName(k)))) return giveBack();
    // دافع مارك زوكربيرج، الرئيس التنفيذي لفيسبوك: the sentence's verb before the name.
    if (this.verbBeforeName(first, i)) first++;
    const known = this.k.personIndex.match(t, first, false);
    return { first, end: i, knowledgeId: known && known.end === i ? known.value : null };
  }

  /**
   * Whether the first of tokens [first, end), which open a sentence before an apposed title,
   * is the sentence's verb or topic particle, not the name's first word: a past verb
   * (readsAsPastVerb: دافع، حصل، وأدلى) or أما, no known name's or article name's word,
   * before two words or more that read only as a name (مارك زوكربيرج; not مات هانكوك, whose
   * one word after it leaves no name).
   */
  private verbBeforeName(first: number, end: number): boolean {
    const t = this.t;
    const k = this.k;
    const word = t.text(first);
    // ويحمل بواليا، وحصل دميرتاش، المحامي …: و or ف and a verb of three letters
    // or more (no first name is written so: وليد، وسام) before one word of name or more, whatever
    // the corpus writes those words as.
    const bare = k.morphology.withoutConjunction(word);
    const conjoinedVerb = bare !== null && bare.length >= 3 && (readsAsPresentVerb(k, bare) || readsAsPastVerb(k, bare));
    if ((end - first < 3 && !conjoinedVerb) || k.personIndex.hasWord(word) || this.givenWords.has(word) || this.isArticleName(first) || !(readsAsPastVerb(k, word) || k.lexicon.topicParticles.has(word))) return false;
    for (let j = first + 1; j < end; j++) if (k.morphology.definite(t.text(j)) || !(conjoinedVerb || this.onlyNameWord(j))) return false;
    return true;
  }

  /** Whether token i is a speech verb (قال، وأضاف): the word a subject's name follows. */
  private cueVerb(i: number): boolean {
    const w = this.t.text(i);
    return this.k.cues.verbs.has(w) || this.k.cues.verbs.has(this.k.morphology.withoutConjunction(w) ?? '');
  }

  /**
   * A name of two to four words right after a definite nationality (المواطن الفرنسي لحسن
   * عمار قبوج، والألمانية نادية راينر هيرمان): a person described by where they come from.
   * The name must be closed: a comma, a bracket (its age), a full stop or a colon follows.
   */
  private nameAfterNationality(i: number, limit: number): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    const k = this.k;
    // This runs at every token: the index's own per-word test first, so most tokens stop
    // before their word's string is read (a /u test of it cost 2% of a short article).
    const adj = k.countryAdjectiveIndex.match(t, i, true);
    if (!adj || adj.end !== i + 1) return null;
    const word = t.text(i);
    const o = word.charCodeAt(0) === 0x0648 ? 1 : 0;
    if (word.charCodeAt(o) !== 0x0627 || word.charCodeAt(o + 1) !== 0x0644) return null;
    const first = adj.end;
    if (first >= t.count || t.starts[first] >= limit || !t.onlySpaceBetween(t.ends[first - 1], t.starts[first])) return null;
    if (!this.nameLike(first) || this.prefixedNoun(first) || k.countryAdjectiveIndex.hasWord(t.text(first))) return null;
    let end = first + 1;
    while (end < t.count && end - first < 4 && t.starts[end] < limit && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) && (this.nameLike(end) || this.familyName(end)) && !this.complement.at(t, end)) end++;
    if (end - first < 2) return null;
    // أنفسهن تحت الأضواء: a preposition or a pronoun's ending is no part of a name.
    for (let j = first; j < end; j++) if (k.lexicon.prepositions.has(t.text(j)) || /(?:هن|هم|ها)$/u.test(t.text(j))) return null;
    const after = end < t.count ? this.doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
    if (end < t.count && !/^\s*[،,(.:]/u.test(after) && !(/^\s+$/u.test(after) && this.closedByWord(first, end))) return null;
    const known = k.personIndex.match(t, first, false);
    return { first, end, knowledgeId: known && known.end === end ? known.value : null };
  }

  /**
   * العالم الأسترالي ديفيد غودال عن 104 أعوام: a preposition or a time word closes a name
   * whose words all read as names. A method, not a closure in nameAfterNationality: a
   * closure there made V8 allocate a context at every token (22% of a short article's bytes).
   */
  private closedByWord(first: number, end: number): boolean {
    const next = this.t.text(end);
    const lx = this.k.lexicon;
    // السوداني محمد عباس لفرانس برس: an addressee closes the name too.
    if (!(lx.prepositions.has(next) || lx.timeWords.has(next) || lx.complementizers.has(next) || lx.anonymousEnds.has(next) || isOrganizationAddressee(this.k, next))) return false;
    for (let j = first; j < end; j++) if (!this.nameLike(j)) return false;
    return true;
  }

  /**
   * A name that closes the clause after a long title: the one to three name-like words
   * right before the colon, quote or أن/إن that ends the clause (at most 14 words on).
   */
  trailingName(from: number): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    let end = from;
    // The first word an opening bracket stands before: the name may end before that aside (سيرغي كونسوليان (45 عاما) المؤيد لباشينيان إن).
    let aside = -1;
    while (end < t.count && end - from < 14) {
      // Mostly a single space, which the test cannot match: no string made for it.
      if (!(end > 0 && t.onlySpaceBetween(t.ends[end - 1], t.starts[end]))) {
        const gap = this.doc.norm.slice(t.ends[end - 1], t.starts[end]);
        if (/[:"«“،,.]/u.test(gap)) break;
        if (aside < 0 && end > from && gap.includes('(')) aside = end;
      }
      if (this.closesClause.at(t, end)) break;
      // A time word or a preposition after the name ends the clause's subject too:
      // … في سوريا بانوس مومتزيس الاثنين في بيان إن.
      // So does an addressee: … عادل يوسف للصحفيين إن.
      if (end > from && this.endsSubject.at(t, end)) break;
      end++;
    }
    const closing = end < t.count ? this.doc.norm.slice(t.ends[end - 1], t.starts[end]) : '';
    if (end === from) return null;
    if (!/[:"«“]|^\s*$/u.test(closing)) {
      // … للمنتخب المصري إيهاب لهيطة، إن: a comma right before إن/أن closes the clause too, for
      // a name of two words at least, not opened by ل or ب on a noun (not … تليفزيون جلوبو، إن;
      // مهاجم منتخب إسبانيا السابق لكرة القدم، أنه).
      if (!(end < t.count && t.commaBetween(t.ends[end - 1], t.starts[end]) && this.k.lexicon.complementizers.has(t.text(end)))) return null;
      const named = this.nameEndingAt(from, end);
      if (named && named.end - named.first >= 2 && !this.prefixedNoun(named.first)) return named;
    } else {
      const name = this.nameEndingAt(from, end);
      if (name) return name;
    }
    // … ليزا غراندي في بيان إن، على تويتر إن: a short prepositional phrase between the name
    // and the clause's end closes the name; the earliest preposition of the last few words.
    // Here the words before the preposition must read as nothing but a name: no word the
    // corpus writes as a common noun or a verb (في ختام مهمة، قبيل أداء الصلاة على).
    for (let p = Math.max(from + 1, end - MAX_CIRCUMSTANCE_WORDS); p < end; p++) {
      if (!this.k.lexicon.prepositions.has(t.text(p))) continue;
      const named = this.nameEndingAt(from, p, true);
      if (named) return named;
    }
    // Before an aside, only a name of two words that real copy writes as nothing else (not
    // لمؤسسة (عرب سات)), no preposition's (في عهد فرانسوا هولاند (2012-2017)).
    const beforeAside = aside > 0 ? this.nameEndingAt(from, aside) : null;
    if (!beforeAside || beforeAside.end - beforeAside.first < 2 || !this.onlyNameWords(beforeAside.first, beforeAside.end)) return null;
    for (let p = from; p < beforeAside.first; p++) if (this.k.lexicon.prepositions.has(t.text(p))) return null;
    return beforeAside;
  }

  /**
   * The one to three name-like words (not a preposition's object) that end right before
   * token `end`; `strict`: each a word the corpus never writes as a common noun or a verb.
   */
  private nameEndingAt(from: number, end: number, strict = false): { first: number; end: number; knowledgeId: string | null } | null {
    const t = this.t;
    const word = (i: number): boolean => !strict || this.onlyNameWord(i);
    // لمؤسسة (عرب سات): words a closing bracket follows are an aside, no name.
    if (end < t.count && this.doc.norm.slice(t.ends[end - 1], t.starts[end]).includes(')')) return null;
    for (let first = Math.max(from, end - 3); first < end; first++) {
      // عن ثقته: a word after a preposition is its object, not a name.
      if (first > 0 && this.k.lexicon.prepositions.has(t.text(first - 1))) continue;
      // Strict: one run of words with only spaces up to the preposition (سانتوس (66 عاما) على is no name عاما).
      // ب on a noun (بخطف فتيات المدارس) opens no name either.
      let ok = this.nameLike(first) && !this.withPrepositionClitic(first) && !this.prepositionalPhrase(first) && word(first) && !(strict && (this.k.morphology.definite(t.text(first)) || !t.onlySpaceBetween(t.ends[end - 1], t.starts[end]) || !t.onlySpaceBetween(t.ends[first - 1], t.starts[first])));
      // في تصريح صحفي إن: one word that real copy writes as a common noun is no name here.
      if (ok && end - first === 1 && this.k.lexicon.corpusCommonNouns.has(t.text(first)) && !this.k.personIndex.hasWord(t.text(first)) && !this.isArticleName(first)) ok = false;
      // سيرغي كونسوليان (45 عاما)، لكرة القدم (كاف) أحمد أحمد: a bracket ends a name; the words it opens (عرب سات) are an aside, no holder's name.
      if (ok && first > 0 && this.doc.norm.slice(t.ends[first - 1], t.starts[first]).includes('(')) ok = false;
      for (let k = first + 1; k < end && ok; k++) ok = (this.nameLike(k) || this.familyName(k)) && word(k) && !t.bracketBetween(t.ends[k - 1], t.starts[k]);
      if (ok) {
        const known = this.k.personIndex.match(t, first, false);
        return { first, end, knowledgeId: known && known.end === end ? known.value : null };
      }
    }
    return null;
  }

  /** A known name's word, or one real copy never writes as an ordinary word (commonWords.ts). */
  private onlyNameWord(i: number): boolean {
    const w = this.t.text(i);
    return this.k.personIndex.hasWord(w) || !writtenAsCommonWord(this.k, w);
  }

  /**
   * بالخارج، لماتيس: ب or ل written on a definite noun or on a name of the article is a
   * preposition with its object, not a name; a name known as written (بالطيب) is one.
   */
  private withPrepositionClitic(i: number): boolean {
    const word = this.t.text(i);
    if (!/^[بل]/u.test(word) || this.articleNames.has(word) || this.k.personIndex.hasWord(word)) return false;
    const rest = word.slice(1);
    return this.k.morphology.definite(rest) || this.articleNames.has(rest) || this.k.personIndex.hasWord(rest);
  }

  /**
   * وصفها بعبارات، يطالب بنزع السلاح، بالصور: ب on a word the corpus writes with the article
   * (four letters or more: بسام، باسم are names), or on such a word with its article, is a
   * preposition with its object, no speaker's first word; not a word of a known name or of
   * this article's names, nor one a name-only word follows (براين هوك).
   */
  prepositionalPhrase(i: number): boolean {
    const t = this.t;
    if (!this.baOnNoun.at(t, i)) return false;
    const word = t.text(i);
    if (this.articleNames.has(word) || this.givenWords.has(word)) return false;
    return !(this.spaceBefore(i + 1) && !this.k.morphology.definite(t.text(i + 1)) && this.nameLike(i + 1) && this.onlyNameWord(i + 1));
  }

  /**
   * Whether token i opens a noun phrase of ordinary words: a word the corpus writes with the
   * article (itself with it or not), not a name connector, nor a word of a known name or of
   * this article's names, nor after a connector (آل عطية), with a definite word after it (its
   * adjective or its genitive: المشروع المقترح، قرار المحكمة).
   */
  private objectPhraseAt(i: number): boolean {
    const t = this.t;
    if (!this.ordinaryWord.at(t, i) || !this.spaceBefore(i + 1) || !this.nounAfterName.at(t, i + 1)) return false;
    return !this.k.lexicon.nameConnectors.has(t.text(i - 1)) && !this.isArticleName(i);
  }

  /** Whether tokens [first, end) are all words of a known name or words the corpus never writes with the article (a name so far, not a noun phrase: شرطة مكافحة). */
  private onlyNameWords(first: number, end: number): boolean {
    for (let j = first; j < end; j++) if (this.ordinaryWord.at(this.t, j)) return false;
    return true;
  }

  /** Whether token i is written with the letter ه at its end, not ة (والده "his father", not والدة "mother": one normalized form). */
  writtenWithHa(i: number): boolean {
    return this.writtenLastLetter(i) === HA;
  }

  /** Whether token i is a common noun of the corpus with the accusative ending (تحديدا، مجددا), written as no name. */
  adverbialAccusative(i: number): boolean {
    const word = this.t.text(i);
    if (this.articleNames.has(word) || this.givenWords.has(word) || this.k.personIndex.hasWord(word)) return false;
    const bare = this.k.morphology.withoutCaseEnding(word);
    return bare !== null && this.k.lexicon.corpusCommonNouns.has(bare);
  }

  /**
   * Whether token i, right after a first name, goes on with a name of its own: a name-like
   * word that is no name the article or the knowledge holds, alone or after و، ل or ب (the
   * verb's object or the next person: وصف كيم ترامب، قال كيم لمون، بين كيم وترامب), nor a
   * circumstance (مخاطبا).
   */
  private otherNameGoesOn(i: number): boolean {
    const w = this.t.text(i);
    if (!this.spaceBefore(i) || !this.nameLike(i) || this.isArticleName(i) || looksCircumstantial(w)) return false;
    const letters = this.k.morphology.prepositionLetters;
    const lead = w.charCodeAt(0);
    const rest = lead === letters.to || lead === letters.by ? w.slice(1) : (this.k.morphology.withoutConjunction(w) ?? w);
    return !this.k.personIndex.hasWord(w) && !this.k.personIndex.hasWord(rest) && !this.articleNames.has(rest) && !this.givenWords.has(rest);
  }

  /** A name written right after a cue verb (وقال زاس:), when nothing else claimed it. */
  nameAfterCue(i: number): PersonMention | null {
    const t = this.t;
    // وقالت نادية after نادية راينر هيرمان: a first name alone, once the full name was written;
    // not before another name's next word (وقال كيم كي غوان after كيم جونغ أون: someone else).
    const second = this.firstNames.get(t.text(i));
    if (second !== undefined && !this.articleNames.has(t.text(i)) && (i + 1 >= t.count || (t.text(i + 1) !== second && !this.otherNameGoesOn(i + 1)))) {
      return this.mention(i, i + 1, t.starts[i], null, { first: i, end: i + 1, knowledgeId: null });
    }
    const found = this.nameAt(i, false) ?? this.nameAt(i, true);
    if (!found) return null;
    // بولتون متحدثا: a circumstantial participle after the name is no part of it.
    let end = found.end;
    while (end - found.first > 1 && looksCircumstantial(t.text(end - 1)) && !this.k.personIndex.hasWord(t.text(end - 1))) end--;
    const name = end === found.end ? found : { ...found, end, knowledgeId: null };
    // مقدما، متحدثا، معربا: an accusative participle after the verb is a circumstance, not a name.
    if (!name.knowledgeId && !this.articleNames.has(t.text(name.first)) && looksCircumstantial(t.text(name.first))) return null;
    // يشير تحديدا، أكد مجددا: one word that is a common noun with the accusative ending is an adverb, not a name.
    if (name.end - name.first === 1 && !name.knowledgeId && this.adverbialAccusative(name.first)) return null;
    // An unknown name is accepted only when what follows closes it: ":" "،" قائلا, a stop word, or a quote.
    if (!name.knowledgeId && !this.articleNames.has(t.text(name.first))) {
      const after = name.end < t.count ? this.doc.norm.slice(t.ends[name.end - 1], t.starts[name.end]).trim() : '';
      const next = name.end < t.count ? t.text(name.end) : '';
      // وقالت نومسا نكوسي (45 عاما): a bracket after a name holds its age.
      // وقال لودريان ووزير الاقتصاد …: و + a title opens the next person and closes this name.
      const conjoined = this.k.morphology.withoutConjunction(next);
      // وعلق عليها أحمد حلمي كاتباً: a word written with a tanween is a circumstance, no name's.
      const closes = /^[:،,"«“(]/u.test(after) || this.k.lexicon.nameStops.has(next) || this.k.cues.participles.has(next) || (conjoined !== null && this.k.titleOpeners.has(conjoined)) || (next !== '' && this.writtenWithTanween(name.end));
      if (!closes || name.end - name.first > 3) return null;
      // وقال مدرب الفريق، هكتور كوبر، إن: a noun in construct with a definite noun (the
      // corpus writes both as ordinary words) before a comma and a name is a description;
      // the name apposed to it is who speaks (describedNameAt reads it).
      if (this.objectPhraseAt(name.first) && this.apposedNameAfter(name.end)) return null;
    }
    this.remember(name.first, name.end);
    return this.mention(i, name.end, t.starts[i], null, name);
  }

  /**
   * Whether a comma at token `end` sets off a name of two to four words that read only as
   * a name (no word real copy writes as an ordinary one: هكتور كوبر, not لاعب ليفانتي nor
   * المتحدث باسم …), closed by a comma, a colon, a quote or إن/أن.
   */
  private apposedNameAfter(end: number): boolean {
    const t = this.t;
    if (end >= t.count || !t.commaBetween(t.ends[end - 1], t.starts[end])) return false;
    let last = end;
    while (last < t.count && last - end < 4 && (last === end || this.spaceBefore(last)) && this.nameLike(last) && !this.k.morphology.definite(t.text(last)) && this.onlyNameWord(last)) last++;
    if (last - end < 2 || last >= t.count) return false;
    return /^\s*[،,:"«“]/u.test(this.doc.norm.slice(t.ends[last - 1], t.starts[last])) || this.k.lexicon.complementizers.has(t.text(last));
  }

  private mention(
    first: number,
    end: number,
    normStart: number,
    title: Title | null,
    name: { first: number; end: number; knowledgeId: string | null } | null,
  ): PersonMention {
    const t = this.t;
    // (ل or ب written on the mention's first word: its text is the text at its offset.)
    const lead = t.norm.charCodeAt(t.starts[first]);
    const letters = this.k.morphology.prepositionLetters;
    const asObject = (first > 0 && this.prepositionWord.at(t, first - 1)) || ((lead === letters.to || lead === letters.by) && !!title && title.normStart > t.starts[first]);
    return {
      first,
      end,
      normStart,
      normEnd: t.ends[end - 1],
      title,
      name: name ? { first: name.first, end: name.end, normStart: t.starts[name.first], normEnd: t.ends[name.end - 1] } : null,
      knowledgeId: name?.knowledgeId ?? null,
      inQuote: this.inQuote.has(t.starts[first]),
      asObject,
    };
  }

  /**
   * The article surname that `word` is a one-letter variant of (لوكاشينكا ~ لوكاشينكو),
   * for words of five letters or more.
   */
  variantOf(word: string): string | null {
    // A variant starts with the name's first three letters: no name starting like the word, no variant.
    if (word.length < 5) return null;
    const lead = leadKey(word);
    if (!this.nameLeads.has(leadBits(lead))) return null;
    for (const name of this.namesByLead.get(lead) ?? NO_NAMES) {
      workMeter.steps++;
      const words = this.articleNames.get(name)!;
      if (!closesLongerName(name, words)) continue;
      if (isVariantOf(name, word)) return name;
    }
    return null;
  }
}

/**
 * وقال نيكولسن لصحافيين، بوستاني لبي بي سي، كاتس … بسيطرة: ل or ب written on a common noun
 * of the corpus (four letters or more under ل, five under ب) or on the first word of an
 * organization is an addressee or an object, the sentence going on after a name: never a
 * further name word (names written so, لطيف or بشارة, keep a shorter word under the letter).
 */
export function isPrepositionalComplement(k: Knowledge, word: string): boolean {
  const letters = k.morphology.prepositionLetters;
  const lam = word.charCodeAt(0) === letters.to;
  if (!(lam || word.charCodeAt(0) === letters.by) || word.length < 3 || k.personIndex.hasWord(word)) return false;
  const rest = word.slice(1);
  return (rest.length >= (lam ? 4 : 5) && k.lexicon.corpusCommonNouns.has(rest)) || k.organizationIndex.startsWith(rest);
}

/** وقال نيل لبي بي سي، نجم لرويترز: ل on an organization's first word, the addressee that closes a name. */
export function isOrganizationAddressee(k: Knowledge, word: string): boolean {
  return word.startsWith('ل') && word.length >= 3 && !k.personIndex.hasWord(word) && k.organizationIndex.startsWith(word.slice(1));
}

/** An indefinite accusative active participle (مقدما، متحدثا، معربا): م + stem + ا. */
export function looksCircumstantial(word: string): boolean {
  return word.length >= 5 && word.length <= 7 && word.startsWith('م') && word.endsWith('ا') && !word.endsWith('يا');
}

/** لإيران، بقطر: a preposition letter on a word of a country's name, which is no known name's word. */
function prepositionOnCountry(k: Knowledge, word: string): boolean {
  return k.morphology.isPrepositionLetter(word.charCodeAt(0)) && k.countryNameIndex.hasWord(word.slice(1)) && !k.personIndex.hasWord(word);
}

/** Whether a normalized word can be part of a name, as far as its normalized form tells. */
export function nameLikeWord(k: Knowledge, word: string): boolean {
  const lx = k.lexicon;
  if (word.length < 2 || /^\d/.test(word)) return false;
  // ل/ك/ف + the article (للتقرير) or a complementizer (بأنها) is never part of a name
  // (بال… is: بالطيب), unless too little is left under the article for a noun (فال، كالوم).
  // After ف or ك the noun must be one the corpus writes: فاليري، فالكاو are names.
  if (/^لل/u.test(word) && !k.personIndex.hasWord(word) && nounUnderArticle(k, word)) return false;
  if (/^(?:كال|فال)/u.test(word) && !k.personIndex.hasWord(word) && (commonNounUnderArticle(k, word) || k.morphology.forms(word).some((f) => f !== word && k.lexicon.corpusCommonNouns.has(f)))) return false;
  // كيم ومون بالعمل: ب + the article + a common noun of the corpus is a complement, not a surname.
  if (/^بال/u.test(word) && !k.personIndex.hasWord(word) && commonNounUnderArticle(k, word)) return false;
  if (lx.complementizers?.has(word) || lx.subjectStops?.has(word) || lx.timeWords?.has(word)) return false;
  // والسفير القطري كيف وافقت: an interrogative is no name.
  if (lx.interrogatives?.has(word) && !k.personIndex.hasWord(word)) return false;
  // A noun with a possessive pronoun (مفاوضاتها، باستخدامها، مخاطبته، ثقته) is no name.
  if (word.length >= 5 && /(?:ها|هم|هما|ته|تها|اته)$/u.test(word) && !k.personIndex.hasWord(word)) return false;
  if (k.cues.verbs.has(word) || k.cues.participles.has(word)) return false;
  // قال لهم، أشار إليها، كشف لنا: a particle with its pronoun is the verb's object, never a name.
  if (k.morphology.particleWithPronoun(word, lx.prepositions)) return false;
  // وقال، وفق ما نقلت عنه الوكالة: the first word of an "according to" phrase is no name
  // (a preposition can be: normalized, على is also علي).
  if (k.cues.accordingTo.startsWith(word) && !lx.prepositions.has(word) && !k.personIndex.hasWord(word)) return false;
  // حديثه، تصريحاتها: a noun of speech with a possessive pronoun.
  if (lx.speechNouns?.has(word.replace(/(?:هما|هم|ها|ه)$/u, '')) && word.length > 3) return false;
  if (word.startsWith('و') && (lx.nameStops.has(word.slice(1)) || k.cues.verbs.has(word.slice(1)))) return false;
  // لودريان ووزير الاقتصاد برونو لومير: و + a title or a description opens the next person.
  if (word.startsWith('و') && (k.titleOpeners.has(word.slice(1)) || lx.anonymousHeads.has(word.slice(1)))) return false;
  // و + a word with the article is a conjunct (وزير المياه والري), not a name.
  if (word.startsWith('وال') && !k.personIndex.hasWord(word)) return false;
  if (k.countryNameIndex.hasWord(word) || k.countryAdjectiveIndex.hasWord(word)) return false;
  // المبعوث الخاص لإيران براين هوك، الرئيس السابق لفرنسا: ل on a country is the title's complement, no name's word.
  if (word.charCodeAt(0) === k.morphology.prepositionLetters.to && word.length > 3 && prepositionOnCountry(k, word)) return false;
  if (lx.organizationHeads.has(word) || lx.anonymousHeads.has(word)) return false;
  return !k.roleIndex.hasWord(word);
}

/**
 * Whether a word, after at most one conjunction, is a verb real copy writes (word-classes),
 * or a past form whose present (the morphology's present prefix on it: تمسك → يتمسك، دافع →
 * يدافع) real copy writes.
 */
function readsAsPastVerb(k: Knowledge, word: string): boolean {
  const verbs = k.lexicon.corpusVerbs;
  const m = k.morphology;
  const bare = m.withoutConjunction(word);
  for (const w of bare ? [word, bare] : [word]) {
    if (w.length < 3) continue;
    const present = m.presentOf(w);
    if (verbs.has(w) || (present !== null && verbs.has(present))) return true;
  }
  return false;
}

/** The tanween of the accusative (ً, U+064B) and the alef it is written with. */
const FATHATAN = 0x64b;
const ALEF = 0x627;

/** The letter ه (U+0647): the pronoun, where ة (U+0629) is the feminine ending normalization reads as ه too. */
const HA = 0x647;

/** Shorter stems spell names with ه (نبيه، عبده). */
const MIN_STEM_BEFORE_HA = 4;

/**
 * The stems a word may have before the pronoun ه, under any of its proclitics, four letters
 * or more; none for a known name or a word the corpus writes whole, a feminine noun whose ة
 * copy wrote as ه (جميله، رحمه، محاميه of محامية), a name's spelling too.
 */
function stemsBeforeHa(k: Knowledge, word: string): string[] {
  const m = k.morphology;
  const lx = k.lexicon;
  if (!word.endsWith(m.feminineEnding) || word.length < 5 || k.personIndex.hasWord(word) || lx.corpusCommonNouns.has(word) || lx.corpusArticleWords?.has(word)) return [];
  const out: string[] = [];
  for (const stem of m.stems(word)) {
    if (m.pronounSuffix(stem) !== m.feminineEnding) continue;
    for (const bare of m.withoutPronoun(stem)) if (bare.length >= MIN_STEM_BEFORE_HA) out.push(bare);
  }
  return out;
}

/** Whether a word is a noun or verb the corpus writes (word-classes) with the pronoun ه after it (حسابه، بدموعه، مسلسله). */
export function readsAsNounWithHa(k: Knowledge, word: string): boolean {
  const lx = k.lexicon;
  return stemsBeforeHa(k, word).some((bare) => lx.corpusCommonNouns.has(bare) || lx.corpusVerbs.has(bare));
}

/** The longest stem a word joined by و with the pronoun ه may have (وصفعه، وزملائه، ووالده); longer ones are names (ويكرمسينغه). */
const MAX_STEM_AFTER_WAW = 5;

/** The conjunction ف (U+0641), which opens the answer of أما. */
const FA = 0x0641;

/** The conjunction و (U+0648); ف is left out: French names open with it (فوكييه، فينيه). */
const WAW = 0x0648;

/**
 * Whether a word is the conjunction و, a stem of three to five letters and the pronoun ه
 * (وصفعه، وأسفه، ووالده): a word joined to what came before, with its own pronoun, no name's
 * (the caller reads the written ه: وهيبة ends in ة). Shorter stems spell names (وجيه).
 * Normalized, the pronoun ه is the letter of the feminine ending (stemsBeforeHa reads it so too).
 */
function conjoinedWithHa(k: Knowledge, word: string): boolean {
  const m = k.morphology;
  const rest = m.withoutConjunction(word);
  if (rest === null || word.charCodeAt(0) !== WAW || m.pronounSuffix(rest) !== m.feminineEnding || k.personIndex.hasWord(word)) return false;
  const stem = rest.length - m.feminineEnding.length;
  return stem >= 3 && stem <= MAX_STEM_AFTER_WAW;
}

/**
 * Whether a word is a plural in construct with the pronoun ه, its ن dropped, whose absolute
 * form the corpus writes as a common noun (لاعبيه of لاعبين، مؤيديه، متابعوه): a group and
 * its owner (اتهم مورينيو لاعبيه، كتب متابعوه), no name's word. Not after يي: French names
 * end so (كورييه، أوليفييه), and nisba plurals rarely take ه.
 */
export function readsAsPossessedPlural(k: Knowledge, word: string): boolean {
  return stemsBeforeHa(k, word).some((bare) => {
    const plural = bare.endsWith('يي') ? null : k.morphology.absoluteOfConstruct(bare);
    return plural !== null && k.lexicon.corpusCommonNouns.has(plural);
  });
}

/**
 * Whether a word reads as a proclitic + the article + a noun: at least three letters under
 * the article, or a common noun of the corpus (للأب). Transliterated names that merely
 * start like the article after ف/ك (فال، كالوم، كالي) do not; what is left of a common
 * noun once a conjunction was read off it (كالات of وكالات) is still no name.
 */
function nounUnderArticle(k: Knowledge, word: string): boolean {
  const m = k.morphology;
  const nouns = k.lexicon.corpusCommonNouns;
  for (const r of m.readings(word)) {
    const noun = r.prefix ? m.withoutArticle(r.stem) : null;
    if (noun !== null && (noun.length >= MIN_NOUN_UNDER_ARTICLE || nouns.has(noun))) return true;
  }
  return m.forms(word).some((f) => f !== word && nouns.has(f));
}
const MIN_NOUN_UNDER_ARTICLE = 3;

/** Whether a word is a proclitic + the article + a common noun of the corpus (بالعمل), whatever its length. */
function commonNounUnderArticle(k: Knowledge, word: string): boolean {
  const m = k.morphology;
  for (const r of m.readings(word)) {
    const noun = r.prefix ? m.withoutArticle(r.stem) : null;
    if (noun !== null && k.lexicon.corpusCommonNouns.has(noun)) return true;
  }
  return false;
}

const NO_NAMES: readonly string[] = [];
const NAME_IDS = new WordIdPool();
const QUIET_WORDS = new StampPool();
const NAME_LEADS = new WordIdPool();

/** A lead key folded into 16 bits: a WordIdSet key (keys that share it are still told apart by namesByLead). */
function leadBits(lead: number): number {
  return (lead ^ (lead >>> 16)) & 0xffff;
}

/** Whether `word` is a one-letter variant of the article surname `name` (same first three letters). */
function isVariantOf(name: string, word: string): boolean {
  return Math.abs(name.length - word.length) <= 1 && sameStart(name, word, 3) && withinOneEdit(name, word);
}

/** a.slice(0, n) === b.slice(0, n), read off the characters: no string made. */
function sameStart(a: string, b: string, n: number): boolean {
  const length = Math.min(a.length, n);
  if (length !== Math.min(b.length, n)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** a.slice(from) === b.slice(from + shift), read off the characters. */
function sameRest(a: string, from: number, b: string, shift: number): boolean {
  const start = Math.min(from, a.length);
  const bStart = Math.min(from + shift, b.length);
  if (a.length - start !== b.length - bStart) return false;
  for (let k = 0; k < a.length - start; k++) if (a.charCodeAt(start + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/** Whether an article name is the last word of a longer one (a surname: what variantOf looks for). */
function closesLongerName(name: string, words: string[]): boolean {
  return words.length >= 2 && name === words[words.length - 1];
}

/**
 * The first three letters of a word hashed to a small integer: a Map key that needs no
 * string and no heap number. Words of one bucket are still compared by their letters.
 */
function leadKey(word: string): number {
  return leadOfCodes(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
}

/** leadKey of a word whose first three letters are given (mayBeVariant reads them from the text). */
function leadOfCodes(a: number, b: number, c: number): number {
  return ((a * 1021 + b) * 1021 + c) & 0x3fffffff;
}

/** Whether two strings differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // The rest after the one edit, compared in place (each slice was a string made per call).
  if (a.length === b.length) return sameRest(a, i + 1, b, 0);
  if (a.length > b.length) return sameRest(a, i + 1, b, -1);
  return sameRest(b, i + 1, a, -1);
}

// The people scan's per-word tests (memoOf): functions of the knowledge and the word.
function opensTitle(k: Knowledge, w: string): boolean {
  return k.titleOpeners.has(w);
}

/** The word memos PeopleFinder reads, for one knowledge. */
const peopleMemos = memoGroup((k: Knowledge) => ({
  opensTitle: memoOf(k, 'titleOpener', opensTitle),
  nameLikeWord: memoOf(k, 'nameLikeWord', nameLikeWord),
  writtenEndMatters: memoOf(k, 'people.writtenEndMatters', (kk, w) => w.endsWith('ا') || readsAsNounWithHa(kk, w) || readsAsPossessedPlural(kk, w) || conjoinedWithHa(kk, w)),
  startsMention: memoOf(k, 'people.startsMention', startsMention),
  prepositionWord: memoOf(k, 'people.prepositionWord', readsAsPreposition),
  institutionHead: memoOf(k, 'people.institutionHead', readsAsInstitutionHead),
  stopForm: memoOf(k, 'people.stopForm', isStopForm),
  monthWord: memoOf(k, 'people.monthWord', (kk, w) => isMonthWord(kk.calendar, w)),
  counterpartWord: memoOf(k, 'people.counterpartWord', readsAsCounterpart),
  genericWord: memoOf(k, 'people.genericWord', readsAsGenericMinister),
  complement: memoOf(k, 'people.prepositionalComplement', isPrepositionalComplement),
  presentVerbWord: memoOf(k, 'people.presentVerbWord', readsAsPresentVerb),
  baOnNoun: memoOf(k, 'people.baOnNoun', readsAsBaOnNoun),
  ordinaryWord: memoOf(k, 'people.ordinaryWord', readsAsOrdinaryWord),
  nounAfterName: memoOf(k, 'people.nounAfterName', readsAsNounAfterName),
  closesClause: memoOf(k, 'people.closesClause', closesClause),
  endsSubject: memoOf(k, 'people.endsSubjectAfterName', endsSubjectAfterName),
}));

/** The normalized forms of nameStopsLight, per knowledge (isStopForm's set). */
const stopForms = new WeakMap<Knowledge, Set<string>>();

function isStopForm(k: Knowledge, w: string): boolean {
  let forms = stopForms.get(k);
  if (!forms) stopForms.set(k, (forms = new Set([...k.nameStopsLight].map(normalizeForMatch))));
  return forms.has(w);
}

function startsMention(k: Knowledge, w: string): boolean {
  return k.titleOpeners.has(w) || k.countryAdjectiveIndex.mayStartWith(w) || k.personIndex.startsWith(w);
}

function readsAsPreposition(k: Knowledge, w: string): boolean {
  return k.morphology.readings(w).some((r) => k.lexicon.prepositions.has(r.stem));
}

/** The first reading whose stem is in `stems`. */
function readingOf(readings: readonly Reading[], stems: { has(stem: string): boolean }): Reading | undefined {
  for (const r of readings) if (stems.has(r.stem)) return r;
  return undefined;
}

/** The first reading with the proclitic ل whose stem is in `stems` (للمنظمة). */
function lamReadingOf(readings: readonly Reading[], stems: { has(stem: string): boolean }): Reading | undefined {
  for (const r of readings) if (r.prefix === 'ل' && stems.has(r.stem)) return r;
  return undefined;
}

/** Whether an organization written with `prefix` after a title belongs to it: ل, anything after باسم, nothing after a bare head. */
function linked(prefix: string, anyPrefix: boolean, bare: boolean): boolean {
  return prefix === 'ل' || anyPrefix || (bare && prefix === '');
}

function closesClause(k: Knowledge, w: string): boolean {
  return k.lexicon.complementizers.has(w) || k.cues.verbs.has(w);
}

function endsSubjectAfterName(k: Knowledge, w: string): boolean {
  return !!(k.lexicon.timeWords?.has(w) || k.lexicon.notSubjects?.has(w) || k.lexicon.anonymousEnds?.has(w));
}

/** Whether the corpus writes a word with the article (word-classes: a common noun, or a word mostly bare in construct). */
function writtenWithArticle(k: Knowledge, word: string): boolean {
  return k.lexicon.corpusCommonNouns.has(word) || !!k.lexicon.corpusArticleWords?.has(word);
}

/**
 * ب on a word the corpus writes with the article, of four letters or more (بسام، باسم are
 * names) and no relational adjective (بلاتيني), or on such a word with its article
 * (بعبارات، بالصور), or on a word of three letters the corpus also writes under ل (بنزع،
 * بوقف: word-classes corpusLamNouns); not a known name's word.
 */
function readsAsBaOnNoun(k: Knowledge, w: string): boolean {
  if (w.charCodeAt(0) !== k.morphology.prepositionLetters.by || k.personIndex.hasWord(w)) return false;
  const rest = w.slice(1);
  const article = k.morphology.article;
  if (rest.startsWith(article)) return writtenWithArticle(k, rest.slice(article.length));
  // بنزع، بوقف: a short word real copy writes under ل too is a preposition's object (سام of بسام is not).
  if (rest.length < 4) return !!k.lexicon.corpusLamNouns?.has(rest);
  // بلاتيني: an indefinite relational adjective is no preposition's object, but a name's ending.
  for (const e of k.lexicon.relationalAdjectiveEndings ?? []) if (rest.endsWith(e)) return false;
  return writtenWithArticle(k, rest);
}

/** A word the corpus writes with the article (itself with it or not), neither a known name's word nor a name connector (بن، آل). */
function readsAsOrdinaryWord(k: Knowledge, w: string): boolean {
  if (k.personIndex.hasWord(w) || k.lexicon.nameConnectors.has(w)) return false;
  const article = k.morphology.article;
  return writtenWithArticle(k, w.startsWith(article) ? w.slice(article.length) : w);
}

/** A definite word that may follow a noun as its adjective or genitive: no time word, relative pronoun or known name's word. */
function readsAsNounAfterName(k: Knowledge, w: string): boolean {
  return k.morphology.definite(w) && !k.lexicon.timeWords.has(w) && !k.lexicon.relativePronouns?.has(w) && !k.personIndex.hasWord(w);
}

/** A present verb real copy writes (the morphology's present prefix on a word-classes verb: يتولى، يعتقد), no known name's word. */
function readsAsPresentVerb(k: Knowledge, w: string): boolean {
  return k.morphology.presentGender(w) !== null && k.lexicon.corpusVerbs.has(w) && !k.personIndex.hasWord(w);
}

function readsAsCounterpart(k: Knowledge, w: string): boolean {
  return k.morphology.readings(w).some((r) => k.lexicon.counterpart.has(r.stem));
}

function readsAsGenericMinister(k: Knowledge, w: string): boolean {
  return k.morphology.readings(w).some((r) => k.lexicon.genericMinister.has(r.stem));
}

function readsAsInstitutionHead(k: Knowledge, w: string): boolean {
  return k.morphology.readings(w).some((r) => k.lexicon.institutionHeads.has(r.stem));
}
