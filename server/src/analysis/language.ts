// Whether a text is written in Arabic at all. The rules that read attribution and the
// source line know Arabic only, so on an English or Russian file they would report
// every quote as unattributed and the source line as missing: false findings. Such a
// file is still analysed (quotes, organizations by acronym, page chrome, marks), but
// those findings are replaced by one note saying why.

import { notArabic, notArabicDraft } from './rules/not-arabic';
import { raise, ruleOf } from './rules/registry';
import type { TextLanguage } from './rules/rule';
import { isArabicLetter, isOtherLetter } from '../shared/scripts';
import type { Finding } from './types';

/** Below this share of Arabic letters among all letters, a text is not an Arabic article. */
const MIN_ARABIC_SHARE = 0.3;
/** A huge text is judged on SLICES slices of SLICE characters spread over it. */
const SLICES = 16;
const SLICE = 4096;


/** Whether the text is Arabic (or has no letters to tell by). */
export function isArabicText(text: string): boolean {
  const whole = text.length <= SLICES * SLICE;
  const step = whole ? text.length : Math.floor(text.length / SLICES);
  const length = whole ? text.length : SLICE;
  let remaining = 0;
  for (let from = 0; from < text.length; from += step) remaining += Math.min(text.length, from + length) - from;
  let arabic = 0;
  let other = 0;
  for (let from = 0; from < text.length; from += step) {
    const to = Math.min(text.length, from + length);
    for (let i = from; i < to; ) {
      // Characters are counted in runs up to the next check, where `remaining` is a multiple of
      // 512: no countdown and test per character. Below A is no letter (spaces, digits, marks);
      // ء to ي, most of an Arabic text, are tested before the other ranges.
      const end = i + Math.min(to - i, ((remaining - 1) & 511) + 1);
      remaining -= end - i;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x41) continue;
        if ((c >= 0x0621 && c <= 0x064a) || isArabicLetter(c)) arabic++;
        else if (isOtherLetter(c)) other++;
      }
      // Stop once the rest cannot change the answer: even if every character left were a
      // letter of the other side, the share would stay on this side of the threshold.
      if ((remaining & 511) === 0 && remaining > 0) {
        if (arabic > 0 && arabic / (arabic + other + remaining) >= MIN_ARABIC_SHARE) return true;
        if ((arabic + remaining) / (arabic + other + remaining) < MIN_ARABIC_SHARE) return false;
      }
    }
  }
  return arabic + other === 0 || arabic / (arabic + other) >= MIN_ARABIC_SHARE;
}

/** The findings of an analysis as they hold for its language (each rule's `languages`). */
export function findingsForLanguage(text: string, findings: Finding[]): Finding[] {
  if (isArabicText(text)) return findings;
  const language: TextLanguage = 'other';
  const kept = findings.filter((f) => ruleOf(f.code)?.languages.includes(language));
  return [raise(notArabic, notArabicDraft(text)), ...kept];
}
