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

/** A count's phrase for each plural category (Intl.PluralRules); `other` stands for any category left out. */
type CountPhrases = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const DISTANCE: Readonly<Record<'paragraph' | 'sentence', { en: CountPhrases; ar: CountPhrases }>> = wording.distance;

// Intl's plural rules (CLDR) say which form a count takes: Arabic has six (one, two, few for
// 3 to 10, many for 11 to 99, other), English two.
const PLURAL = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') };

function counted(phrases: CountPhrases, rules: Intl.PluralRules, n: number): string {
  return (phrases[rules.select(n)] ?? phrases.other).replace('{n}', String(n));
}

/** "2 paragraphs back" / "قبل فقرتين": how far the evidence is, or '' when adjacent. */
export function distanceText(e: AttributionEvidence): Wording {
  const d = e.distance;
  if (!d || (d.paragraphs === 0 && d.sentences === 0)) return { en: '', ar: '' };
  const [unit, n] = d.paragraphs ? (['paragraph', d.paragraphs] as const) : (['sentence', d.sentences] as const);
  return { en: counted(DISTANCE[unit].en, PLURAL.en, n), ar: counted(DISTANCE[unit].ar, PLURAL.ar, n) };
}
