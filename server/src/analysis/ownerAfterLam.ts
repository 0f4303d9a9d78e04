// A name quoted as the owner after ل: the noun phrase before the ل is a title, a document,
// a thing of a kind with names or what belongs to someone, and the quote is whose it is:
// الرئيس التنفيذي لـ"نيوم"، الموقع الإلكتروني لـ"سبورتس إليستريتد"، تقرير لـ"مرصد المستقبل"،
// طائرة تابعة لـ"فلاي دبي"، التحالف العربي لـ"دعم الشرعية".

import type { ArticleDocument } from './document';
import type { RawQuote } from './quotes';

/** How many definite words may follow the phrase's head before the ل (الرئيس التنفيذي، الهيئة القومية). */
const OWNED_PHRASE_WORDS = 3;

/**
 * Whether the quote follows a ل written apart (لـ"…") after a noun phrase on its line whose
 * head is a role title (knowledge roles), an organization's head noun (lexicon
 * organizationHeads), a word of belonging (lexicon.belongingWords: تابع، مملوك), or a
 * document's head noun right before the ل and without the article (تقرير لـ"…": by whom), with
 * only definite words between head and ل. The head opens its phrase: after a definite word it
 * is that word's adjective (المكونات الرئيسة لـ"…"). Other named things take the ل of purpose
 * too (الاتفاق لـ"أسباب داخلية"، مطار الضبعة لـ"عدوان"): they are left out.
 */
export function ownerAfterLam(doc: ArticleDocument, q: RawQuote, first: number): boolean {
  const t = doc.tokens;
  const k = doc.knowledge;
  const m = k.morphology;
  const lam = first - 1;
  const lineStart = doc.lines[q.block.line].normStart;
  if (lam < 1 || t.starts[lam - 1] < lineStart || !t.onlySpaceBetween(t.ends[lam], q.open) || !t.onlySpaceBetween(t.ends[lam - 1], t.starts[lam])) return false;
  const w = t.text(lam);
  if (w.length !== 1 || w.charCodeAt(0) !== m.prepositionLetters.to) return false;
  for (let i = lam - 1, n = 0; i >= 0 && t.starts[i] >= lineStart && n <= OWNED_PHRASE_WORDS; i--, n++) {
    if (i < lam - 1 && !t.onlySpaceBetween(t.ends[i], t.starts[i + 1])) return false;
    const word = t.text(i);
    // A word of belonging is itself an adjective of the noun before it (القناة الرياضية التابعة لـ"…").
    if (belongs(doc, i)) return true;
    if (ownerHead(doc, i, i === lam - 1)) return opensPhrase(doc, i, lineStart);
    if (!m.definite(word)) return false;
  }
  return false;
}

/** Whether token i is a word of belonging (lexicon.belongingWords), with or without the article. */
function belongs(doc: ArticleDocument, i: number): boolean {
  const m = doc.knowledge.morphology;
  const list = doc.knowledge.lexicon.belongingWords;
  return !!list && m.stems(doc.tokens.text(i)).some((s) => list.has(s) || list.has(m.withoutArticle(s) ?? ''));
}

/** Whether token i is a role title, an organization's head, or (`lastWord`) a document's head without the article. */
function ownerHead(doc: ArticleDocument, i: number, lastWord: boolean): boolean {
  const k = doc.knowledge;
  const m = k.morphology;
  const lx = k.lexicon;
  const t = doc.tokens;
  if (k.roleIndex.match(t, i) !== null) return true;
  const has = (list: ReadonlySet<string> | undefined, s: string): boolean => !!list && (list.has(s) || list.has(m.withoutArticle(s) ?? ''));
  for (const s of m.stems(t.text(i))) {
    if (has(lx.organizationHeads, s)) return true;
    if (lastWord && !m.definite(s) && lx.documentHeads.has(s)) return true;
  }
  return false;
}

/** Whether the word at token i opens its noun phrase: no definite word right before it on its line, unless it carries و (والمدير العام). */
function opensPhrase(doc: ArticleDocument, i: number, lineStart: number): boolean {
  const t = doc.tokens;
  const m = doc.knowledge.morphology;
  if (m.conjunction(t.text(i)) !== null && m.definite(m.withoutConjunction(t.text(i)) ?? '')) return true;
  return i === 0 || t.starts[i - 1] < lineStart || !t.onlySpaceBetween(t.ends[i - 1], t.starts[i]) || !m.definite(t.text(i - 1));
}
