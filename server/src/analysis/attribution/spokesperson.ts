// وقال المتحدث باسم الخارجية فلان … وأضاف المتحدث: a spokesperson named or described once is
// referred to later by the bare definite noun (lexicon.spokespersonHeads). The attribution
// notes each spokesperson it reads, in text order, with the gender of the noun that
// introduced it; the bare noun takes the latest one of its own gender.

import type { PersonMention } from '../people';
import type { PersonCluster } from '../speakers';
import type { AttributionContext } from './context';

/** Whether token i is a spokesperson's noun (متحدث، المتحدثة، والناطق), and its gender. */
function spokespersonGender(cx: AttributionContext, i: number): 'm' | 'f' | null {
  if (!cx.words.spokesperson.at(cx.t, i)) return null;
  return cx.morph.feminine(cx.t.text(i)) ? 'f' : 'm';
}

/**
 * A spokesperson introduced at token `head` (the noun of its title or description) is
 * `cluster`: the next bare noun of that gender refers to it. Null: a spokesperson the
 * article does not tell, whom no later bare noun may skip to reach an earlier one.
 */
export function noteSpokesperson(cx: AttributionContext, head: number, cluster: PersonCluster | null): void {
  const gender = spokespersonGender(cx, head);
  if (!gender) return;
  if (gender === 'f') cx.latestSpokeswoman = cluster;
  else cx.latestSpokesman = cluster;
}

/**
 * The spokesperson a bare definite noun at token `head` (المتحدث، والمتحدثة) refers to: the
 * latest one of its gender introduced before it, or null.
 */
export function spokespersonBack(cx: AttributionContext, head: number): PersonCluster | null {
  const gender = spokespersonGender(cx, head);
  if (!gender || !cx.morph.definite(cx.morph.withoutConjunction(cx.t.text(head)) ?? cx.t.text(head))) return null;
  return gender === 'f' ? cx.latestSpokeswoman : cx.latestSpokesman;
}

/**
 * A person mention with a spokesperson's title (المتحدث باسم الكرملين دميتري بيسكوف، الناطقة
 * باسم الحكومة) introduces that spokesperson; one whose name may be the office holder's it
 * speaks for (المتحدث باسم رئيسة الوزراء تيريزا ماي) introduces a spokesperson left untold.
 */
export function noteTitledSpokesperson(cx: AttributionContext, m: PersonMention, cluster: PersonCluster | null): void {
  if (!m.title || m.inQuote || !cx.words.spokesperson.at(cx.t, m.title.first)) return;
  noteSpokesperson(cx, m.title.first, cx.people.nameAfterSpokenForOffice(m) ? null : cluster);
}

/**
 * A definite description from token `first` to `end` made `cluster` (الناطقة الإعلامية باسمه،
 * المتحدث العسكري المصري): a spokesperson, when its noun stands alone or before a relational
 * adjective; a description that ran on into the verb's object (ورفضت المتحدثة الإدلاء) names
 * no one a later noun could mean.
 */
export function noteDescribedSpokesperson(cx: AttributionContext, first: number, end: number, cluster: PersonCluster): void {
  if (end > first + 1 && !relationalAdjective(cx, cx.t.text(first + 1))) return;
  noteSpokesperson(cx, first, cluster);
}

/** Whether a word, its article read off, ends like a relational adjective (العسكري، الإعلامية). */
function relationalAdjective(cx: AttributionContext, word: string): boolean {
  const lx = cx.doc.knowledge.lexicon;
  const bare = cx.morph.withoutArticle(word) ?? word;
  for (const e of lx.relationalAdjectiveEndings ?? []) {
    if (bare.endsWith(e)) return true;
    for (const f of lx.feminineEndings ?? []) if (bare.endsWith(e + f)) return true;
  }
  return false;
}
