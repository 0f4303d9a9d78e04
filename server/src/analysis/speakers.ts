// Who is who: person mentions grouped into people (one person, many references: full
// name, surname, misspelling, titles), title-only references resolved to the person they
// denote (in the article, else through office holders at the article's date), and
// institutions and anonymous sources as speakers.

import type { ArticleDocument } from './document';
import { writtenWithArticle } from './elidedArticle';
import { lazyRegExp } from './lazyRegExp';
import type { PersonMention, Title } from './people';
import { SPOKEN_FOR, withinOneEdit } from './people';
import { normalizeForMatch, withoutInvisibles } from './normalize';
import type { NameVariant, SpeakerKind, SpeakerMention, Span } from './types';
import { workMeter } from './workMeter';

export interface PersonCluster {
  id: string;
  kind: SpeakerKind;
  knowledgeId: string | null;
  /** Grammatical gender when a title or an institution's name shows it (وزيرة، الرئاسة). */
  gender: 'm' | 'f' | null;
  /** Written names (original text, proclitic removed) with their normalized surname. */
  names: { text: string; words: number; surname: string; span: Span }[];
  /** Title references (original text). */
  titles: { text: string; span: Span }[];
  /** Offices known from titles and knowledge: "role|country|organization". */
  offices: Set<string>;
  /** The same offices split into role, country and organization, in the same order (what every title match reads). */
  officeParts: (readonly string[])[];
  /** English role, when known. */
  role: string | null;
  roleArabic: string | null;
  /** Normalized offset of the latest mention seen while walking the text. */
  lastSeen: number;
  /**
   * Places of the names and titles recorded (placeKey): the scans can read one written name
   * more than once (قال X closing a quote's cue; an institution speaking), and a mention counted
   * twice inflates the counts and can make a misspelling the majority spelling. A title-only
   * person's first title is its name: one mention too.
   */
  places: Set<number>;
}

export class PeopleRegistry {
  readonly clusters: PersonCluster[] = [];
  private readonly bySurname = new Map<string, PersonCluster>();
  /** Clusters by the first word of their multi-word names (شي → شي جينبينغ). */
  private readonly byFirstWord = new Map<string, PersonCluster>();
  private readonly byKnowledge = new Map<string, PersonCluster>();
  private readonly byKey = new Map<string, PersonCluster>();
  /** The first names (normalized words before the surname) each cluster was written with. */
  private readonly givenNames = new Map<PersonCluster, string[]>();
  /** A person told apart from the first holder of its surname, by "first names surname". */
  private readonly byFullName = new Map<string, PersonCluster>();
  /** Each cluster's place in `clusters`: the indexes below keep that order. */
  private readonly seq = new Map<PersonCluster, number>();
  /** Clusters holding an office, by the office's role, and those holding any "…minister" office. */
  private readonly byOfficeRole = new Map<string, PersonCluster[]>();
  private readonly ministers: PersonCluster[] = [];
  /** latestHolder's answers by title (role|country|organization); stale ones are recomputed. */
  private readonly latestByTitle = new Map<string, TitleHolder>();
  /**
   * The person last named with a past tenure's title (الرئيس الإيراني السابق محمود أحمدي
   * نجاد), by role|country|organization and by role alone: what a later title written with
   * such a tenure (الرئيس السابق) refers back to. Such a title gives no current office.
   */
  private readonly formerHolders = new Map<string, PersonCluster>();
  /**
   * The same answers by their role ('minister' for any minister): a cluster seen or given an
   * office updates only the titles one of its offices can match (changed()), not every title
   * asked so far (the 1 MB article asks about fourteen at each of its 2,600 person mentions).
   */
  private readonly titlesByRole = new Map<string, TitleHolder[]>();
  /** Surnames by their first three letters, in the order bySurname got them (for variants). */
  private readonly surnamesByLead = new Map<string, string[]>();
  /**
   * Each cluster's fullest name so far: its index in `names` and how many names were read.
   * Names are only appended, so a call reads only the names added since the last one (every
   * weak statement names its rivals: a walk over all of a rival's names each time cost the
   * quotes times the mentions).
   */
  private readonly fullest = new Map<PersonCluster, { at: number; read: number }>();
  /** The organization in focus: the most mentioned known organization. */
  focusOrganization: string | null = null;

  constructor(
    private readonly doc: ArticleDocument,
    private readonly articleDate: string | null,
  ) {}

  private officeKey(role: string, country: string | null, organization: string | null): string {
    return `${role}|${country ?? ''}|${organization ?? ''}`;
  }

  /** Offices of a knowledge person at the article's date (or current ones when undated). */
  private knowledgeOffices(id: string): { key: string; role: string; english: string }[] {
    const p = this.doc.knowledge.people.get(id);
    if (!p) return [];
    const day = this.articleDate;
    return p.offices
      .filter((o) => (day ? o.start <= day && (o.end === null || o.end >= day) : o.end === null))
      .map((o) => ({ key: this.officeKey(o.role, o.country ?? null, o.organization ?? null), role: o.role, english: o.english }));
  }

  private newCluster(id: string, kind: SpeakerKind, knowledgeId: string | null): PersonCluster {
    const c: PersonCluster = { id, kind, knowledgeId, gender: null, names: [], titles: [], offices: new Set(), officeParts: [], role: null, roleArabic: null, lastSeen: -1, places: new Set() };
    this.seq.set(c, this.clusters.length);
    if (knowledgeId) {
      for (const o of this.knowledgeOffices(knowledgeId)) {
        this.addOffice(c, o.key, o.role);
        c.role ??= o.english;
      }
      this.byKnowledge.set(knowledgeId, c);
    }
    this.clusters.push(c);
    return c;
  }

  /**
   * Gives a cluster an office and files it under the office's role, so that a title is
   * matched against the clusters that hold such an office, not against every cluster
   * (an article naming thousands of people stays linear).
   */
  private addOffice(c: PersonCluster, key: string, role: string): void {
    if (c.offices.has(key)) return;
    c.offices.add(key);
    c.officeParts.push(officeParts(key));
    let list = this.byOfficeRole.get(role);
    if (!list) this.byOfficeRole.set(role, (list = []));
    this.file(list, c);
    if (role.endsWith('minister')) this.file(this.ministers, c);
    this.changed(c, c.lastSeen);
  }

  /**
   * The person cluster seen last (the first one created, among equals) that holds an office
   * matching the title. Kept per title once asked, and updated as clusters are seen or get
   * offices (changed()), so a title-only mention costs no walk over every holder.
   */
  private latestHolder(title: Title, role: string): PersonCluster | null {
    const key = `${role}|${title.country ?? ''}|${this.resolveTitleOrganization(title) ?? ''}`;
    let entry = this.latestByTitle.get(key);
    if (!entry || entry.stale) {
      let best: PersonCluster | null = null;
      for (const c of role === 'minister' ? this.ministers : (this.byOfficeRole.get(role) ?? [])) {
        workMeter.steps++;
        if (c.kind === 'person' && this.matches(c, title, role) && (!best || c.lastSeen > best.lastSeen)) best = c;
      }
      if (entry) {
        // Asked again after it went stale: the same role, country and organization, answered anew in place.
        entry.title = title;
        entry.best = best;
        entry.stale = false;
      } else {
        entry = { title, role, best, stale: false };
        this.latestByTitle.set(key, entry);
        const same = this.titlesByRole.get(role);
        if (same) same.push(entry);
        else this.titlesByRole.set(role, [entry]);
      }
    }
    return entry.best;
  }

  /** A cluster got an office or was seen at `lastSeen` (before: `before`): it may now be a title's latest holder. */
  private changed(c: PersonCluster, before: number): void {
    // A title matches only a cluster holding an office of its role (matches()): one with no
    // office is no title's holder, and one with offices updates the titles of their roles.
    if (c.kind !== 'person' || c.offices.size === 0 || this.titlesByRole.size === 0) return;
    // Each role's titles once, the ministers' once for every "…minister" office.
    const roles: string[] = [];
    for (const key of c.offices) {
      const role = officeParts(key)[0];
      const list = role.endsWith('minister') ? 'minister' : role;
      if (role !== list && !roles.includes(role)) roles.push(role);
      if (!roles.includes(list)) roles.push(list);
    }
    for (let i = 0; i < roles.length; i++) {
      const list = this.titlesByRole.get(roles[i]);
      if (list) this.updateHolders(list, c, before);
    }
  }

  /** The titles of one role after cluster c was seen at c.lastSeen (before: `before`) or got an office. */
  private updateHolders(list: TitleHolder[], c: PersonCluster, before: number): void {
    for (let i = 0; i < list.length; i++) {
      workMeter.steps++;
      const entry = list[i];
      if (entry.stale) continue;
      const best = entry.best;
      if (best === c) {
        // Seen earlier than before (a mention registered out of text order): ask again.
        if (c.lastSeen < before) entry.stale = true;
        continue;
      }
      if (!this.matches(c, entry.title, entry.role)) continue;
      if (!best || c.lastSeen > best.lastSeen || (c.lastSeen === best.lastSeen && this.seq.get(c)! < this.seq.get(best)!)) entry.best = c;
    }
  }

  /** Inserts a cluster into a list kept in `clusters` order, once. */
  private file(list: PersonCluster[], c: PersonCluster): void {
    const at = this.seq.get(c)!;
    // Clusters are mostly filed in the order they were made: after the last one, no search.
    if (list.length === 0 || this.seq.get(list[list.length - 1])! < at) {
      list.push(c);
      return;
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seq.get(list[mid])! < at) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo] !== c) list.splice(lo, 0, c);
  }

  /** bySurname.set, keeping the first-letters index of new surnames. */
  private setSurname(surname: string, c: PersonCluster): void {
    if (!this.bySurname.has(surname)) {
      const lead = surname.slice(0, 3);
      const bucket = this.surnamesByLead.get(lead);
      if (bucket) bucket.push(surname);
      else this.surnamesByLead.set(lead, [surname]);
    }
    this.bySurname.set(surname, c);
  }

  private resolveTitleOrganization(title: Title): string | null {
    return title.organization === '@focus' ? this.focusOrganization : title.organization;
  }

  private titleEnglish(title: Title): string | null {
    const k = this.doc.knowledge;
    const role = title.role === 'minister' ? 'Minister' : k.roles.get(title.role)?.english;
    if (!role) return null;
    const country = title.country ? k.countries.get(title.country)?.english : null;
    const orgId = this.resolveTitleOrganization(title);
    const org = orgId ? k.organizations.get(orgId) : null;
    if (country) return `${role} of ${country}`;
    if (org) return `${role} of the ${org.acronym ?? org.english}`;
    // Past a known organization, only a ministry's id has an English name (knowledge.organizationEnglish).
    const english = orgId?.startsWith('ministry:') ? k.organizationEnglish(orgId) : null;
    return english ? `${role} of the ${english}` : role;
  }

  /** Whether a cluster holds an office matching a title (role, country, organization). */
  private matches(c: PersonCluster, title: Title, role: string): boolean {
    const org = this.resolveTitleOrganization(title);
    for (const parts of c.officeParts) {
      const r = parts[0];
      const country = parts[1];
      const organization = parts[2];
      const roleOk = role === 'minister' ? r.endsWith('minister') : r === role;
      if (!roleOk) continue;
      if (title.country && country && country !== title.country) continue;
      if (title.country && !country) continue;
      if (org && organization && organization !== org && !this.sameBodyByHead(org, organization)) continue;
      // رئيس اللجنة العليا للانتخابات is not the president of a country: an office of a
      // body is no national office (a portfolio, وزير الخارجية, still is one). Nor is رئيس
      // المجلس الأوروبي the one written الرئيس إيمانويل ماكرون: a bare الرئيس before a name
      // is a head of state's title (a bare الأمين العام may still be the body's).
      if (org && !organization && (country || r === HEAD_OF_STATE) && !org.startsWith('portfolio:')) continue;
      return true;
    }
    return false;
  }

  /**
   * المتحدث باسم التحالف after المتحدث باسم تحالف دعم الشرعية في اليمن: a spokesperson's body
   * written as its head noun alone, with the article (for:التحالف), is an earlier body with
   * that head, written out (for:الجيش الوطني الليبي) or known (its Arabic names).
   */
  private sameBodyByHead(short: string, body: string): boolean {
    if (!short.startsWith(SPOKEN_FOR) || short.includes(' ')) return false;
    const morph = this.doc.knowledge.morphology;
    const head = morph.withoutArticle(short.slice(SPOKEN_FOR.length));
    if (!head) return false;
    const firstWord = (phrase: string): string => {
      const w = phrase.split(' ')[0];
      return morph.withoutArticle(w) ?? w;
    };
    if (body.startsWith(SPOKEN_FOR)) return firstWord(body.slice(SPOKEN_FOR.length)) === head;
    const known = this.doc.knowledge.organizations.get(body);
    return !!known && known.arabic.some((name) => firstWord(normalizeForMatch(name)) === head);
  }

  /** The cluster of a mention with a written name: by knowledge, by surname, or by a one-letter variant. */
  private clusterForName(m: PersonMention, surname: string, given: string | null = null): { cluster: PersonCluster } {
    if (m.knowledgeId) {
      const c = this.byKnowledge.get(m.knowledgeId) ?? this.bySurname.get(surname) ?? this.newCluster(m.knowledgeId, 'person', m.knowledgeId);
      if (!c.knowledgeId) {
        // A surname's cluster (a headline's غوتيريس) becomes the known person's: another of
        // the person's spellings (غوتيريش) finds it, not a second cluster with the same id.
        c.knowledgeId = m.knowledgeId;
        this.byKnowledge.set(m.knowledgeId, c);
        for (const o of this.knowledgeOffices(m.knowledgeId)) this.addOffice(c, o.key, o.role);
      }
      // وأقال ترامب كومي: a known name the scan ran on into another name of the article does not
      // make that name's last word the known person's surname (كومي stays Comey's).
      if (this.doc.knowledge.personIndex.hasWord(surname) || !this.bySurname.has(surname)) this.setSurname(surname, c);
      return { cluster: c };
    }
    const exact = this.bySurname.get(surname);
    if (exact) {
      // جون مكين and سيندي مكين: one family name, two first names, two people. The surname
      // alone stays the first one's; the other is found again by its full name.
      if (given === null || !this.otherGivenName(exact, given)) return { cluster: exact };
      const key = `${given} ${surname}`;
      let other = this.byFullName.get(key);
      if (!other) this.byFullName.set(key, (other = this.newCluster(`person:${key}`, 'person', null)));
      return { cluster: other };
    }
    if (surname.length >= 5) {
      // Only surnames with the same first three letters can be a variant: their bucket, in bySurname's order.
      for (const known of this.surnamesByLead.get(surname.slice(0, 3)) ?? []) {
        workMeter.steps++;
        if (known.length >= 5 && withinOneEdit(known, surname)) {
          const c = this.bySurname.get(known)!;
          this.setSurname(surname, c);
          return { cluster: c };
        }
      }
    }
    const c = this.newCluster(`person:${surname}`, 'person', null);
    this.setSurname(surname, c);
    return { cluster: c };
  }

  /**
   * Whether a first name (`given`, the words before the surname, normalized) is another
   * person's than every first name the cluster was written with: not the same word, not
   * one that starts or ends the other (رجب طيب / رجب، مولود جاويش / جاويش), not the same
   * name spelt another way (جاستن / جوستن). A cluster written with no first name yet has
   * none to differ from.
   */
  private otherGivenName(c: PersonCluster, given: string): boolean {
    const known = this.givenNames.get(c);
    if (!known) return false;
    // A first name written before is the same one: the loop below would say so at its turn
    // (most mentions repeat a full name), without splitting and joining every known one first.
    if (known.includes(given)) return false;
    const spelling = this.doc.knowledge.spelling;
    const first = given.split(' ')[0];
    const joined = given.replace(/ /g, '');
    for (const g of known) {
      const gJoined = g.replace(/ /g, '');
      if (gJoined.startsWith(joined) || joined.startsWith(gJoined) || gJoined.endsWith(joined) || joined.endsWith(gJoined)) return false;
      const gFirst = g.split(' ')[0];
      if (withinOneEdit(gFirst, first) || spelling.sameNameSpelling(gFirst, first)) return false;
    }
    return true;
  }

  /** The person a title-only reference denotes at this point of the text. */
  private clusterForTitle(title: Title, lastSubject: PersonCluster | null): PersonCluster | null {
    if (title.former) return this.formerHolders.get(this.titleKey(title)) ?? (title.country || title.organization ? null : (this.formerHolders.get(title.role) ?? null));
    let role = title.role;
    if (role === 'counterpart') {
      // نظيره البيلاروسي: the office of the person just named, in another country.
      const office = lastSubject ? [...lastSubject.offices][0] : undefined;
      if (!office) return null;
      role = officeParts(office)[0];
    }
    const latest = this.latestHolder(title, role);
    if (latest) return latest;
    // Not named in the article: the office holder at the article's date. An undated
    // article keeps the title as its speaker: today's holder may not be the one meant.
    if (!this.articleDate) return null;
    const k = this.doc.knowledge;
    const org = this.resolveTitleOrganization(title);
    if (role === 'minister' || (!title.country && !org)) return null;
    const key = this.officeKey(role, title.country, org ?? null);
    let holder = this.officeHolders.get(key);
    if (holder === undefined) {
      holder = null;
      search: for (const p of k.people.values()) {
        for (const o of this.knowledgeOffices(p.id)) {
          const [r, country, organization] = officeParts(o.key);
          if (r === role && (title.country ? country === title.country : true) && (org ? organization === org : true)) {
            holder = p.id;
            break search;
          }
        }
      }
      this.officeHolders.set(key, holder);
    }
    return holder === null ? null : (this.byKnowledge.get(holder) ?? this.newCluster(holder, 'person', holder));
  }

  /** A title's office key, role|country|organization (its body resolved): what the title-only people and the former holders are kept by. */
  private titleKey(title: Title): string {
    return this.officeKey(title.role, title.country, this.resolveTitleOrganization(title));
  }

  /** The knowledge person holding an office at the article's date, by role|country|organization (null: nobody). */
  private readonly officeHolders = new Map<string, string | null>();

  /** Finds a later "title + name" mention of the same office (a headline names the minister later). */
  lookahead: (title: Title) => PersonMention | null = () => null;

  private clusterAhead(title: Title): PersonCluster | null {
    if (title.role === 'counterpart' || title.former || (!title.country && !title.organization)) return null;
    const later = this.lookahead(title);
    if (!later?.name) return null;
    const words: string[] = [];
    for (let j = later.name.first; j < later.name.end; j++) words.push(this.doc.tokens.text(j));
    return this.clusterForName(later, words[words.length - 1]).cluster;
  }

  /** A person known only by a title (المتحدث باسم الجيش الإسرائيلي): named by the title itself. */
  private titleCluster(m: PersonMention): PersonCluster {
    const title = m.title!;
    const key = `title:${this.titleKey(title)}${title.former ? '|former' : ''}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = this.newCluster(key, 'person', null);
      this.byKey.set(key, c);
      const span = this.doc.span(title.normStart, title.normEnd);
      c.places.add(placeKey(span));
      c.names.push({ text: writtenWithArticle(this.doc, title.first, title.normStart, title.normEnd), words: title.end - title.first, surname: key, span });
    }
    return c;
  }

  /**
   * Adds a mention and returns its cluster (null for an unresolved title). `variants`
   * collects names written as a one-letter variant of a name seen before.
   */
  add(m: PersonMention, lastSubject: PersonCluster | null): PersonCluster | null {
    const doc = this.doc;
    let cluster: PersonCluster | null = null;
    if (m.name) {
      const words: string[] = [];
      for (let j = m.name.first; j < m.name.end; j++) words.push(doc.tokens.text(j));
      const surname = words[words.length - 1];
      // A single word that is the first word of a person named before (شي for شي جينبينغ,
      // family name first) is that person, unless it is someone's surname already.
      const byFirst = words.length === 1 && !m.knowledgeId && !this.bySurname.has(surname) ? this.byFirstWord.get(surname) : undefined;
      const given = words.length > 1 ? words.slice(0, -1).join(' ') : null;
      const found = byFirst ? { cluster: byFirst } : this.clusterForName(m, surname, given);
      cluster = found.cluster;
      if (given !== null) {
        const names = this.givenNames.get(cluster);
        if (!names) this.givenNames.set(cluster, [given]);
        else if (!names.includes(given)) names.push(given);
      }
      if (words.length > 1 && !this.byFirstWord.has(words[0])) this.byFirstWord.set(words[0], cluster);
      const span = doc.span(m.name.normStart, m.name.normEnd);
      if (firstAt(cluster.places, span)) cluster.names.push({ text: doc.text.slice(span.start, span.end), words: words.length, surname, span });
    } else if (m.title) {
      cluster = this.clusterForTitle(m.title, lastSubject) ?? this.clusterAhead(m.title) ?? this.titleCluster(m);
    }
    if (cluster && m.title) {
      const org = this.resolveTitleOrganization(m.title);
      const role = m.title.role === 'counterpart' ? null : m.title.role;
      if (m.title.former) {
        if (m.name) {
          this.formerHolders.set(this.titleKey(m.title), cluster);
          this.formerHolders.set(m.title.role, cluster);
        }
      } else if (role && role !== 'minister') this.addOffice(cluster, this.officeKey(role, m.title.country, org), role);
      const span = doc.span(m.title.normStart, m.title.normEnd);
      // A bare title right before the name (الرئيس قاسم جومارت توكاييف) is part of the name's form, not an alias.
      const bare = !m.title.country && !m.title.organization && m.name && m.name.first === m.title.end;
      // The title as written, made only when a new place or a first Arabic role needs it (a title repeated is neither).
      let titleText: string | null = null;
      if (!bare && firstAt(cluster.places, span)) cluster.titles.push({ text: (titleText = writtenWithArticle(doc, m.title.first, m.title.normStart, m.title.normEnd)), span });
      cluster.role ??= this.titleEnglish(m.title);
      if (m.title.role !== 'counterpart') cluster.gender ??= wordGender(doc.tokens.text(m.title.first));
      cluster.roleArabic ??= titleText ?? writtenWithArticle(doc, m.title.first, m.title.normStart, m.title.normEnd);
    }
    if (cluster) {
      const before = cluster.lastSeen;
      cluster.lastSeen = m.normEnd;
      this.changed(cluster, before);
    }
    return cluster;
  }

  /** The person already named in the article whose surname (normalized) is `word`, if any. */
  personBySurname(word: string): PersonCluster | null {
    const c = this.bySurname.get(word);
    return c && c.kind === 'person' ? c : null;
  }

  /** Whether a word (normalized) is the surname or the first word of a person named before. */
  namesKnownPerson(word: string): boolean {
    const c = this.bySurname.get(word) ?? this.byFirstWord.get(word);
    return !!c && c.kind === 'person';
  }

  /** A cluster for an institution or anonymous source, keyed by its normalized text. */
  addSpeakerByText(kind: SpeakerKind, key: string, text: string, span: Span, id?: string, gender?: 'm' | 'f' | null): PersonCluster {
    const k = `${kind}:${id ?? key}`;
    let c = this.byKey.get(k);
    if (!c) {
      c = this.newCluster(k, kind, null);
      this.byKey.set(k, c);
      // A country speaks in the feminine (وقالت روسيا); a group's plural shows no gender.
      // A hashtag's words are joined by _ (#الهيئة_العامة_للطيران): its first word is before the first _.
      c.gender = gender !== undefined ? gender : wordGender(normalizeForMatch(text.trim().split(/[\s_]+/)[0] ?? ''));
    }
    if (firstAt(c.places, span)) c.names.push({ text, words: wordsIn(key), surname: key, span });
    return c;
  }

  /**
   * One person's surname written two ways: the most frequent spelling is canonical
   * (the first written wins a tie); another spelling of the same person is a variant, at
   * each place it is written, only when the spelling model (spelling.ts) reads the two as
   * one foreign name spelt two ways. A form with the article (الأمريكية، الحاكم) is a word,
   * not a foreign name, unless the knowledge lists it as part of a name.
   */
  nameVariants(): NameVariant[] {
    const out: NameVariant[] = [];
    const k = this.doc.knowledge;
    // A form with the article, even after a proclitic (الحاكم، بالإنجليزية), a country
    // (فرنسا) or a hamza on a seat (مفاجأة) is an Arabic word, not a foreign name.
    const nameLike = (surname: string, written: string): boolean =>
      surname.length >= 4 &&
      (k.personIndex.hasWord(surname) || (!/^[وفبلك]?ال/.test(surname) && !k.countryNameIndex.hasWord(surname) && !k.countryAdjectiveIndex.hasWord(surname) && !k.spelling.hasInnerHamza(written)));
    for (const c of this.clusters) {
      workMeter.steps += 1 + c.names.length;
      // Fewer than two names cannot be written two ways.
      if (c.kind !== 'person' || c.names.length < 2 || c.id.startsWith('title:')) continue;
      const counts = new Map<string, { n: number; first: number; text: string }>();
      for (const n of c.names) {
        const e = counts.get(n.surname) ?? { n: 0, first: n.span.start, text: surnameText(n.text) };
        e.n++;
        counts.set(n.surname, e);
      }
      if (counts.size < 2) continue;
      const [canonicalKey, canonical] = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
      if (!nameLike(canonicalKey, canonical.text)) continue;
      const variantOf = new Map<string, boolean>();
      for (const n of c.names) {
        if (n.surname === canonicalKey) continue;
        let isVariant = variantOf.get(n.surname);
        if (isVariant === undefined) variantOf.set(n.surname, (isVariant = nameLike(n.surname, surnameText(n.text)) && k.spelling.sameNameSpelling(n.surname, canonicalKey)));
        if (!isVariant) continue;
        const variant = surnameText(n.text);
        const end = n.span.end;
        out.push({ speakerId: c.id, canonical: withoutInvisibles(canonical.text), variant: withoutInvisibles(variant), span: { start: end - variant.length, end } });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  /**
   * Gives every person an id that is the same across articles: the knowledge id, else
   * the normalized fullest name (two people sharing a surname stay apart). Called once,
   * after the last mention is added.
   */
  finalizeIds(): void {
    for (const c of this.clusters) {
      if (c.knowledgeId) c.id = c.knowledgeId;
      else if (c.kind === 'person' && c.id.startsWith('person:')) c.id = `person:${normalizeKey(this.displayName(c))}`;
    }
  }

  /** The fullest written name, or the knowledge name, or the first title. */
  displayName(c: PersonCluster): string {
    if (c.names.length) return asDisplayed(c.names[this.fullestName(c)].text);
    const p = c.knowledgeId ? this.doc.knowledge.people.get(c.knowledgeId) : undefined;
    if (p) return p.arabic[0];
    return c.titles[0] ? asDisplayed(c.titles[0].text) : c.id;
  }

  /** The index of the cluster's first name with the most words (it has one at least). */
  private fullestName(c: PersonCluster): number {
    let f = this.fullest.get(c);
    if (!f) this.fullest.set(c, (f = { at: 0, read: 1 }));
    const names = c.names;
    workMeter.steps += names.length - f.read;
    for (let k = f.read; k < names.length; k++) if (names[k].words > names[f.at].words) f.at = k;
    f.read = names.length;
    return f.at;
  }

  /** Every other reference to the person (surname, titles, variants), without repeats. */
  aliases(c: PersonCluster): string[] {
    const name = this.displayName(c);
    const seen = new Set<string>([normalizeKey(name)]);
    // A form written again (most are) is decided as it was the first time: not normalized again.
    const read = new Set<string>();
    const out: string[] = [];
    const take = (written: string): void => {
      if (read.has(written)) return;
      read.add(written);
      const form = asDisplayed(written);
      const key = normalizeKey(form);
      if (seen.has(key) || form.includes(name)) return;
      seen.add(key);
      out.push(form);
    };
    for (const n of c.names) take(n.text);
    for (const t of c.titles) take(t.text);
    return out;
  }

  mentionsOf(c: PersonCluster): SpeakerMention[] {
    const text = this.doc.text;
    // Loops by index and no closure: run once a speaker, this stays in unoptimized code for
    // the first hundreds of articles of a process, where each iterator costs.
    const out: SpeakerMention[] = [];
    for (let i = 0; i < c.names.length; i++) out.push(speakerMention(text, c.names[i].span, 'name'));
    for (let i = 0; i < c.titles.length; i++) out.push(speakerMention(text, c.titles[i].span, 'title'));
    return out.sort(byStart);
  }
}

/** A mention of a speaker as reported; fields written out: spreading spans of several shapes is V8's slow path. */
function speakerMention(text: string, span: Span, via: SpeakerMention['via']): SpeakerMention {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), via };
}

const byStart = (a: SpeakerMention, b: SpeakerMention): number => a.start - b.start;

/** latestHolder's answer for one title (role|country|organization); a stale one is recomputed when asked. */
interface TitleHolder {
  title: Title;
  role: string;
  best: PersonCluster | null;
  stale: boolean;
}

/**
 * A span as one number (start, then length): a small integer (V8's Smi) for a span of fewer
 * than 128 characters starting in the first 2^23, which a Set hashes and keeps without
 * allocating a heap number as it must for the wider key; any other span's key is negative
 * (exact below 2^21 characters of name), so the two kinds never meet.
 */
function placeKey(span: Span): number {
  const length = span.end - span.start;
  if (span.start < SMALL_PLACE_STARTS && length < SMALL_PLACE_LENGTHS) return span.start * SMALL_PLACE_LENGTHS + length;
  return -1 - (span.start * 2097152 + length);
}
/** The role whose bare title (الرئيس before a name) names a country's head, no body's (roles.json). */
const HEAD_OF_STATE = 'president';

const SMALL_PLACE_STARTS = 1 << 23;
const SMALL_PLACE_LENGTHS = 128;

/** Records a span's place; false when it was recorded already. */
function firstAt(places: Set<number>, span: Span): boolean {
  const key = placeKey(span);
  if (places.has(key)) return false;
  places.add(key);
  return true;
}

/** Underscores between two letters: a hashtag's spaces. */
const HASHTAG_JOINS = lazyRegExp(String.raw`(?<=\p{L})_+(?=\p{L})`, 'gu');
/** A hashtag's mark opening a word (دونالد #ترمب). */
const HASHTAG_MARKS = lazyRegExp(String.raw`(?<!\S)#(?=\p{L})`, 'gu');

/**
 * A name as a reader writes it: a hashtag's underscores between words are spaces and its mark
 * goes (#وزارة_التجارة_والاستثمار is وزارة التجارة والاستثمار, دونالد #ترمب is دونالد ترمب); the
 * text's own span is unchanged.
 */
function asDisplayed(written: string): string {
  let shown = withoutInvisibles(written);
  if (shown.includes('_')) shown = shown.replace(HASHTAG_JOINS(), ' ');
  return shown.includes('#') ? shown.replace(HASHTAG_MARKS(), '') : shown;
}

/** key.split(' ').length, without the array: the number of words of a key joined by single spaces. */
function wordsIn(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function surnameText(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1];
}

/** Office keys (role|country|organization) split once each: every title is matched against offices. */
const officePartsCache = new Map<string, readonly string[]>();

function officeParts(key: string): readonly string[] {
  let parts = officePartsCache.get(key);
  if (!parts) {
    if (officePartsCache.size >= 10_000) officePartsCache.clear();
    officePartsCache.set(key, (parts = key.split('|')));
  }
  return parts;
}

function normalizeKey(s: string): string {
  const n = normalizeForMatch(s);
  return (n.includes('  ') ? n.replace(/ +/g, ' ') : n).trim();
}

/** Feminine when the (normalized) word ends in ta marbuta: وزيرة، الرئاسة، منظمة. */
function wordGender(word: string): 'm' | 'f' {
  return word.endsWith('ه') ? 'f' : 'm';
}
