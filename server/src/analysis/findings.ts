// Findings (diagnostics) with their quick fixes, built from the analysis. Each finding
// carries its fixes as plain edits on the original text, so an editor applies them
// without analysing again. Messages come in English and Arabic.

import { weekdayName, weekdayOf, weekdayWordIn } from './dates';
import { NormalizedText } from './normalize';
import { ATTRIBUTION_PLACEHOLDER, PLACEHOLDER_REASON } from './placeholder';
import type { ArticleDocument } from './document';
import type { UnbalancedMark } from './quotes';
import type { Analysis, DateMention, Finding, FindingCode, Fix, Severity, Span } from './types';

export const DEFAULT_SEVERITIES: Record<FindingCode, Severity> = {
  'unattributed-quote': 'warning',
  'unbalanced-quote': 'warning',
  'name-variant': 'warning',
  'weekday-mismatch': 'warning',
  'page-chrome': 'warning',
  'anonymous-source': 'information',
  'missing-source': 'information',
  'not-text': 'error',
  'not-arabic': 'information',
  'too-large': 'warning',
};

/** Up to this many spellings of one variant, each carries the "replace all" fix. */
const MAX_REPLACE_ALL_EVERYWHERE = 50;

const CLOSER: Record<string, string> = { straight: '"', curly: '\u201d', guillemet: '\u00bb' };

function finding(code: FindingCode, span: Span, message: string, messageAr: string, fixes: Fix[] = [], related: Finding['related'] = []): Finding {
  return { code, severity: DEFAULT_SEVERITIES[code], span, message, messageAr, related, fixes };
}

/** The span of a whole line with its line break, for deleting it. */
function wholeLine(doc: ArticleDocument, line: number): Span {
  const l = doc.lines[line];
  const start = doc.span(l.normStart, l.normStart).start;
  const next = doc.lines[line + 1];
  const end = next ? doc.span(next.normStart, next.normStart).start : doc.text.length;
  return { start, end };
}

export function buildFindings(doc: ArticleDocument, a: Omit<Analysis, 'findings'>, unbalanced: UnbalancedMark[]): Finding[] {
  const out: Finding[] = [];

  for (const q of a.quotes) {
    if (q.kind !== 'statement' || q.speakerId !== null) continue;
    const insertAt = q.span.start;
    // A placeholder already written needs a name, not another placeholder.
    const placeholder = q.unattributedReason === PLACEHOLDER_REASON;
    out.push(
      finding(
        'unattributed-quote',
        q.span,
        `Quoted statement with no speaker: ${q.unattributedReason ?? 'nothing in the text ties it to a person'}.`,
        placeholder ? 'تصريح بين علامتي تنصيص لم يُكتب اسم قائله مكان [المتحدث].' : 'تصريح بين علامتي تنصيص لا يُعرف قائله.',
        placeholder ? [] : [{ title: 'Insert an attribution placeholder (وقال …:)', edits: [{ start: insertAt, end: insertAt, newText: ATTRIBUTION_PLACEHOLDER }] }],
      ),
    );
  }

  for (const u of unbalanced) {
    const at = doc.span(u.at, u.at + 1);
    const remove: Fix = { title: 'Remove the stray quote mark', edits: [{ ...at, newText: '' }] };
    if (u.problem === 'unclosed') {
      const end = doc.span(u.recoveredEnd!, u.recoveredEnd!).start;
      out.push(
        finding('unbalanced-quote', at, 'Opening quote mark with no closing mark; the quote is taken to run to the end of the line.', 'علامة تنصيص مفتوحة دون علامة إغلاق.', [
          { title: 'Close the quote at the end of the sentence', edits: [{ start: end, end, newText: CLOSER[u.mark] }], preferred: true },
          remove,
        ]),
      );
    } else {
      out.push(finding('unbalanced-quote', at, 'Closing quote mark with no opening mark.', 'علامة تنصيص مغلقة دون علامة فتح.', [remove]));
    }
  }

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
  for (const v of a.nameVariants) {
    const key = `${v.speakerId}|${v.variant}`;
    const all = bySpeaker.get(key)!;
    const canonicalKey = `${v.speakerId}|${v.canonical}`;
    if (!canonicalMention.has(canonicalKey)) canonicalMention.set(canonicalKey, speakerById.get(v.speakerId)?.mentions.find((m) => m.text.includes(v.canonical)));
    const firstCanonical = canonicalMention.get(canonicalKey);
    const fixes: Fix[] = [{ title: `Replace with ${v.canonical}`, edits: [{ ...v.span, newText: v.canonical }], preferred: true }];
    // "Replace all" sits on every spelling of a normal article; past MAX_REPLACE_ALL_EVERYWHERE
    // (only in generated or concatenated text) on the first one only, or the fixes would grow
    // with the square of the spellings.
    if (all.length > 1 && (all.length <= MAX_REPLACE_ALL_EVERYWHERE || !replaceAll.has(key))) {
      let fix = replaceAll.get(key);
      if (!fix) {
        fix = { title: `Replace all ${all.length} spellings ${v.variant} with ${v.canonical}`, edits: all.map((s) => ({ ...s, newText: v.canonical })) };
        replaceAll.set(key, fix);
      }
      fixes.push(fix);
    }
    out.push(
      finding(
        'name-variant',
        v.span,
        `${v.variant} is spelled ${v.canonical} elsewhere in this article.`,
        `الاسم ${v.variant} مكتوب ${v.canonical} في موضع آخر من المقال.`,
        fixes,
        firstCanonical ? [{ span: { start: firstCanonical.start, end: firstCanonical.end }, message: `spelled ${v.canonical} here` }] : [],
      ),
    );
  }

  for (const d of a.dates) {
    if (d.weekdayCorrect !== false || !d.date || d.weekday === null) continue;
    const actual = weekdayOf(d.date);
    const written = weekdaySpan(doc, d);
    const right = weekdayName(actual);
    out.push(
      finding(
        'weekday-mismatch',
        { start: d.start, end: d.end },
        `${d.date} was a ${ENGLISH_WEEKDAYS[actual]}, not a ${ENGLISH_WEEKDAYS[d.weekday]}.`,
        `يوافق ${d.date} يوم ${right} لا ${weekdayName(d.weekday)}.`,
        written ? [{ title: `Change the weekday to ${right}`, edits: [{ ...written, newText: right }], preferred: true }] : [],
      ),
    );
  }

  for (const b of a.blocks) {
    if (b.kind !== 'chrome') continue;
    out.push(
      finding('page-chrome', { start: b.start, end: b.end }, `Page chrome left over from the web page (${b.chromeRule}): "${b.text.slice(0, 60)}".`, 'بقايا من صفحة الموقع ليست من نص المقال.', [
        { title: 'Remove this line', edits: [{ ...wholeLine(doc, b.line), newText: '' }], preferred: true },
      ]),
    );
  }

  for (const s of a.speakers) {
    if (s.kind !== 'anonymous') continue;
    for (const qi of s.quotes) {
      const q = a.quotes[qi];
      out.push(finding('anonymous-source', q.span, `Statement attributed to an anonymous source: ${s.name}.`, `تصريح منسوب إلى مصدر غير مسمّى: ${s.name}.`));
    }
  }

  const hasBody = a.blocks.some((b) => b.kind === 'paragraph');
  if (!a.source && hasBody) {
    const anchor = a.title ?? a.blocks.find((b) => b.kind === 'paragraph')!;
    out.push(finding('missing-source', { start: anchor.start, end: anchor.end }, 'The article has no source line (المصدر: …).', 'لا يذكر المقال مصدره (المصدر: …).'));
  }

  return out.sort((x, y) => x.span.start - y.span.start || x.code.localeCompare(y.code));
}

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The original span of the weekday word inside a weekday-and-date phrase. */
function weekdaySpan(doc: ArticleDocument, d: DateMention): Span | null {
  const text = doc.text.slice(d.start, d.end);
  const nt = NormalizedText.of(text);
  const w = weekdayWordIn(nt.norm);
  if (!w) return null;
  const s = nt.span(w.start, w.end);
  return { start: d.start + s.start, end: d.start + s.end };
}
