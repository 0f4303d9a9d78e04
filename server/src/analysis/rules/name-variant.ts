// One person spelled two ways in the same article (لوكاشينكو / لوكاشينكا).

import type { Fix, Span } from '../types';
import { ANY_LANGUAGE, defineRule, type FindingDraft, type RuleContext } from './rule';

/** Up to this many spellings of one variant, each carries the "replace all" fix. */
const MAX_REPLACE_ALL_EVERYWHERE = 50;

export const nameVariant = defineRule({
  code: 'name-variant',
  defaultSeverity: 'warning',
  languages: ANY_LANGUAGE,
  title: { en: 'One person spelled two ways', ar: 'اسم واحد بكتابتين' },
  description: {
    en: 'One person spelled two ways in the same article (لوكاشينكو / لوكاشينكا).',
    ar: 'اسم شخص واحد مكتوب بطريقتين في المقال نفسه (لوكاشينكو / لوكاشينكا).',
  },
  check,
});

function check({ analysis: a }: RuleContext, found: FindingDraft[]): void {
  // Grouped once, so an article with thousands of one misspelling stays linear.
  const bySpeaker = new Map<string, Span[]>();
  for (const v of a.nameVariants) {
    const key = `${v.speakerId}|${v.variant}`;
    const list = bySpeaker.get(key);
    if (list) list.push(v.span);
    else bySpeaker.set(key, [v.span]);
  }
  const speakerById = new Map(a.speakers.map((s) => [s.id, s]));
  const canonicalMention = new Map<string, Span | undefined>();
  const replaceAll = new Map<string, Fix>();
  // Edits are written field by field, not spread from their span: V8 gave each spread
  // (`{ ...span, newText }`) a map of its own, 94 maps for 2,110 edits of the 1 MB article,
  // and every reader of an edit went megamorphic (docs/performance-log.md, session 16).
  for (const v of a.nameVariants) {
    const key = `${v.speakerId}|${v.variant}`;
    const all = bySpeaker.get(key)!;
    const canonicalKey = `${v.speakerId}|${v.canonical}`;
    if (!canonicalMention.has(canonicalKey)) canonicalMention.set(canonicalKey, speakerById.get(v.speakerId)?.mentions.find((m) => m.text.includes(v.canonical)));
    const firstCanonical = canonicalMention.get(canonicalKey);
    const fixes: Fix[] = [{ title: `Replace with ${v.canonical}`, edits: [{ start: v.span.start, end: v.span.end, newText: v.canonical }], preferred: true }];
    // "Replace all" sits on every spelling of a normal article; past MAX_REPLACE_ALL_EVERYWHERE
    // (only in generated or concatenated text) on the first one only, or the fixes would grow
    // with the square of the spellings.
    if (all.length > 1 && (all.length <= MAX_REPLACE_ALL_EVERYWHERE || !replaceAll.has(key))) {
      let fix = replaceAll.get(key);
      if (!fix) {
        fix = { title: `Replace all ${all.length} spellings ${v.variant} with ${v.canonical}`, edits: all.map((s) => ({ start: s.start, end: s.end, newText: v.canonical })) };
        replaceAll.set(key, fix);
      }
      fixes.push(fix);
    }
    found.push({
      span: v.span,
      message: `${v.variant} is spelled ${v.canonical} elsewhere in this article.`,
      messageAr: `الاسم ${v.variant} مكتوب ${v.canonical} في موضع آخر من المقال.`,
      fixes,
      related: firstCanonical ? [{ span: { start: firstCanonical.start, end: firstCanonical.end }, message: `spelled ${v.canonical} here` }] : [],
    });
  }
}
