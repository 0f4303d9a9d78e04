// How the hover and the views word an attribution's evidence, in English and in Arabic:
// the rule in a few words (evidenceWording.json), the distance, and for a weak one the
// other candidates.

import type { AttributionEvidence, AttributionRule } from '../analysis';
import wording from './evidenceWording.json';

/** A text in the two languages of the views. */
export interface Wording {
  en: string;
  ar: string;
}

/** The file's wording, typed by rule: a rule left out of evidenceWording.json fails the build. */
const RULE_WORDING: Readonly<Record<AttributionRule, Wording>> = wording.rules;

/** "the subject after the cue" / "الفاعل بعد فعل القول": how an attribution rule is worded. */
export function ruleText(rule: AttributionRule): Wording {
  return RULE_WORDING[rule];
}

/** "2 paragraphs, 40 words back" / "على بعد فقرتين" : how far the evidence is, or '' when adjacent. */
export function distanceText(e: AttributionEvidence): Wording {
  const d = e.distance;
  if (!d || (d.paragraphs === 0 && d.sentences === 0)) return { en: '', ar: '' };
  const en = d.paragraphs ? `${d.paragraphs} paragraph${d.paragraphs === 1 ? '' : 's'} back` : `${d.sentences} sentence${d.sentences === 1 ? '' : 's'} back`;
  const ar = d.paragraphs ? `قبل ${d.paragraphs} فقرة` : `قبل ${d.sentences} جملة`;
  return { en, ar };
}
