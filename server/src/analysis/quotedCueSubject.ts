// A name quoted as the subject of the speech verb right before it: ونقلت "فارايتي" عن
// المخرجة …، وقالت "فتح" في بيان …، وقالت "عدالة"، وهي منظمة …. What follows the closing
// mark tells the subject from the verb's words: the source the verb relays from (عن), the
// statement it was said in (في بيان، في تصريحات), or a clause that describes the quote (وهي).

import type { ArticleDocument } from './document';
import type { CueHit } from './cues';
import type { Governor } from './governance';
import type { Knowledge } from './knowledge';
import type { RawQuote } from './quotes';

/**
 * Whether a quote stands right after its governing speech verb (no word between) and is
 * followed, on its line, by a relayed source's preposition (lexicon.relaySourcePrepositions),
 * by في and a noun of a document or of someone's words (lexicon.inPrepositions,
 * documentHeads, speechNouns), or by a comma and و + a subject pronoun (clauseSubjectPronouns):
 * the quote is the verb's subject. A verb that carries its object pronoun (يعتبره "…") has
 * its subject already, and its quote is the object.
 */
export function quotedCueSubject(doc: ArticleDocument, q: RawQuote, governor: Governor | null): boolean {
  const cue = governor?.cue;
  if (!cue || governor.side !== 'before' || governor.distance !== 0 || cue.kind !== 'verb' || !q.closed) return false;
  const t = doc.tokens;
  const k = doc.knowledge;
  if (k.morphology.pronounSuffix(t.text(cue.end - 1)) || !verbOpensItsClause(doc, q, cue)) return false;
  const lineEnd = doc.lines[q.block.line].normEnd;
  const j = t.indexAtOrAfter(q.close + 1);
  if (j >= t.count || t.starts[j] >= lineEnd) return false;
  const lx = k.lexicon;
  const w = t.text(j);
  if (!t.onlySpaceBetween(q.close + 1, t.starts[j])) {
    const gap = doc.norm.slice(q.close + 1, t.starts[j]).trim();
    return (gap === '،' || gap === ',') && lx.clauseSubjectPronouns.has(w);
  }
  if (lx.relaySourcePrepositions.has(w)) return true;
  return lx.inPrepositions.has(w) && j + 1 < t.count && t.starts[j + 1] < lineEnd && t.onlySpaceBetween(t.ends[j], t.starts[j + 1]) && nounOfWords(k, t.text(j + 1));
}

/**
 * Whether the cue's verb opens its clause, so that no subject stands before it
 * (دراسة تكشف "حقائق صادمة" عن …، فنزويلا تعلن "رسميا" عن …: there the quote is the
 * object): read past an auxiliary or negation before it (ولم تكشف), the word before is on
 * another line or a mark away, or is a relative ما / "as" (بحسب ما نقلت، كما ذكرت) or ends a
 * clause opener (من جهتها قالت); or the verb or its particle carries و/ف (ونقلت، ولم تكشف).
 */
function verbOpensItsClause(doc: ArticleDocument, q: RawQuote, cue: CueHit): boolean {
  const t = doc.tokens;
  const k = doc.knowledge;
  const lx = k.lexicon;
  const m = k.morphology;
  const lineStart = doc.lines[q.block.line].normStart;
  let i = cue.first;
  for (;;) {
    // The verb's own و opens a clause; the و of a verb that starts with it (وصف، وعد) does not.
    if (m.conjunction(t.text(i)) !== null && !(i === cue.first && m.conjunction(cue.lemma) !== null)) return true;
    if (i === 0 || t.starts[i - 1] < lineStart || !t.onlySpaceBetween(t.ends[i - 1], t.starts[i])) return true;
    const before = t.text(i - 1);
    if (lx.whatRelatives?.has(before) || lx.asRelatives?.has(before) || lx.clauseOpeners.has(before)) return true;
    if (i > 1 && t.starts[i - 2] >= lineStart && t.onlySpaceBetween(t.ends[i - 2], t.starts[i - 1]) && lx.clauseOpeners.has(`${t.text(i - 2)} ${before}`)) return true;
    if (!isParticleOfVerb(k, before)) return false;
    i--;
  }
}

/** An auxiliary or negation before a verb (قد، لم، ولن), with or without its conjunction. */
function isParticleOfVerb(k: Knowledge, w: string): boolean {
  const lx = k.lexicon;
  const bare = k.morphology.withoutConjunction(w) ?? w;
  return lx.auxiliaries.has(w) || lx.auxiliaries.has(bare) || !!lx.verbNegations?.has(bare);
}

/** A noun of a document or of someone's words (بيان، بيانها، تصريحات، التغريدة), in some reading, with its article or pronoun read off. */
function nounOfWords(k: Knowledge, w: string): boolean {
  const m = k.morphology;
  const lx = k.lexicon;
  const isNoun = (s: string): boolean => lx.documentHeads.has(s) || lx.speechNouns.has(s) || lx.documentHeads.has(m.withoutArticle(s) ?? '') || lx.speechNouns.has(m.withoutArticle(s) ?? '');
  return m.stems(w).some(isNoun) || m.withoutPronoun(w).some(isNoun);
}
