// Properties of analyze() on any text, checked with fast-check on Arabic-heavy
// generated articles (test/support/arabicText.ts): it never throws, every range lies
// inside the text and reads back the characters the result claims, nested quotes nest,
// the result is deterministic, and every fix applies cleanly and keeps its promise.
// A failure prints the seed and the shrunk article; PRESS_REVIEW_SEED=<seed> replays it.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, speakerGap, type Analysis, type Cue, type Fix, type Span, type TextSpan } from '../../server/src/analysis';
import { withoutInvisibles } from '../../server/src/shared/matchText';
import { arabicArticle, QUOTE_MARKS } from '../support/arabicText';

const seed = process.env.PRESS_REVIEW_SEED ? Number(process.env.PRESS_REVIEW_SEED) : undefined;
const scale = Number(process.env.PRESS_REVIEW_RUNS_SCALE) || 1;
const check = (property: fc.IProperty<[string]>, numRuns = 150): void => fc.assert(property, { numRuns: Math.round(numRuns * scale), seed });

/** Every range in an analysis, with what it must read as (when the result says). */
function rangesOf(a: Analysis): { what: string; span: Span; text?: string; shown?: boolean }[] {
  const out: { what: string; span: Span; text?: string; shown?: boolean }[] = [];
  const text = (what: string, s: TextSpan | null): void => {
    if (s) out.push({ what, span: s, text: s.text });
  };
  // A cue's text is its written word as shown, without invisible characters (types.ts Cue).
  const shown = (what: string, s: Cue | null): void => {
    if (s) out.push({ what, span: s, text: s.text, shown: true });
  };
  text('title', a.title);
  text('dateline', a.dateline);
  text('source', a.source);
  a.blocks.forEach((b, i) => text(`block ${i}`, b));
  a.sections.forEach((s, i) => {
    text(`section ${i} heading`, s.heading);
    out.push({ what: `section ${i}`, span: s.span });
  });
  a.quotes.forEach((q, i) => {
    out.push({ what: `quote ${i}`, span: q.span });
    text(`quote ${i} content`, q.content);
    shown(`quote ${i} cue`, q.cue);
  });
  a.speakers.forEach((s) => s.mentions.forEach((m, i) => text(`speaker ${s.id} mention ${i}`, m)));
  a.organizations.forEach((o) => o.mentions.forEach((m, i) => text(`organization ${o.id} mention ${i}`, m)));
  a.dates.forEach((d, i) => text(`date ${i}`, d));
  a.nameVariants.forEach((v, i) => out.push({ what: `name variant ${i}`, span: v.span }));
  a.findings.forEach((f, i) => {
    out.push({ what: `finding ${i} (${f.code})`, span: f.span });
    f.related.forEach((r, j) => out.push({ what: `finding ${i} related ${j}`, span: r.span }));
    f.fixes.forEach((x, j) => x.edits.forEach((e, k) => out.push({ what: `finding ${i} fix ${j} edit ${k}`, span: e })));
  });
  return out;
}

const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Applies a fix's edits (which must not overlap) to the text. */
function apply(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((x, y) => y.start - x.start || y.end - x.end);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].end <= edits[i - 1].start || (edits[i].start === edits[i - 1].start && edits[i].end === edits[i].start), `the edits of "${fix.title}" overlap`);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('analysis properties on generated Arabic articles', () => {
  it('never throws and keeps the text as given', () => {
    check(
      fc.property(arabicArticle, (text) => {
        const a = analyze(text);
        assert.equal(a.text, text);
        assert.equal(a.notText, false);
      }),
    );
  });

  it('puts every range inside the text, and each reads back as the text it claims', () => {
    check(
      fc.property(arabicArticle, (text) => {
        for (const r of rangesOf(analyze(text))) {
          assert.ok(Number.isInteger(r.span.start) && Number.isInteger(r.span.end), `${r.what}: integer offsets`);
          assert.ok(0 <= r.span.start && r.span.start <= r.span.end && r.span.end <= text.length, `${r.what}: [${r.span.start}, ${r.span.end}) inside 0..${text.length}`);
          const written = text.slice(r.span.start, r.span.end);
          if (r.text !== undefined) assert.equal(r.text, r.shown ? withoutInvisibles(written) : written, `${r.what} reads back`);
        }
      }),
    );
  });

  it('starts every quote at a quote mark of its style, and ends a balanced one with a quote mark (of any style: typists mix them)', () => {
    const style: Record<string, string> = { '"': 'straight', '\u201c': 'curly', '\u201d': 'curly', '\u201e': 'curly', '\u00ab': 'guillemet', '\u00bb': 'guillemet' };
    check(
      fc.property(arabicArticle, (text) => {
        for (const q of analyze(text).quotes) {
          assert.equal(style[text[q.span.start]], q.mark, `quote ${q.index} opens with a ${q.mark} mark`);
          assert.ok(contains(q.span, q.content), `quote ${q.index}: its content lies inside its marks`);
          if (q.balanced) assert.ok(style[text[q.span.end - 1]] !== undefined, `balanced quote ${q.index} closes with a quote mark`);
          assert.ok(!/[\r\n]/.test(q.content.text), `quote ${q.index} does not cross a line`);
        }
      }),
    );
  });

  it('nests quotes properly: a child lies inside its parent, and two quotes never cross', () => {
    check(
      fc.property(arabicArticle, (text) => {
        const quotes = analyze(text).quotes;
        quotes.forEach((q, i) => {
          assert.equal(q.index, i);
          if (q.nestedIn !== null) {
            assert.ok(q.nestedIn < i, `quote ${i}: its parent comes first`);
            assert.ok(contains(quotes[q.nestedIn].content, q.span), `quote ${i} lies inside the content of quote ${q.nestedIn}`);
          }
        });
        for (let i = 0; i < quotes.length; i++) {
          for (let j = i + 1; j < quotes.length; j++) {
            const [x, y] = [quotes[i].span, quotes[j].span];
            const disjoint = x.end <= y.start || y.end <= x.start;
            assert.ok(disjoint || contains(x, y) || contains(y, x), `quotes ${i} and ${j} cross`);
          }
        }
      }),
    );
  });

  it('links speakers, quotes and findings consistently', () => {
    check(
      fc.property(arabicArticle, (text) => {
        const a = analyze(text);
        const ids = new Set(a.speakers.map((s) => s.id));
        for (const s of a.speakers) for (const qi of s.quotes) assert.equal(a.quotes[qi].speakerId, s.id);
        for (const q of a.quotes) {
          if (q.speakerId !== null) assert.ok(ids.has(q.speakerId), `quote ${q.index} names a listed speaker`);
          if (q.kind !== 'statement') assert.equal(q.speakerId, null, 'terms and titles have no speaker');
        }
        // A text that is not Arabic gets a note instead of attribution findings.
        const arabic = !a.findings.some((f) => f.code === 'not-arabic');
        // A statement with no speaker is one rule's finding: unresolved-speaker when the text gives a speaker the review could not tell.
        const noSpeaker = a.quotes.filter((q) => q.kind === 'statement' && q.speakerId === null);
        const unresolved = noSpeaker.filter((q) => speakerGap(a, q)?.kind !== 'absent').length;
        assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, arabic ? noSpeaker.length - unresolved : 0);
        assert.equal(a.findings.filter((f) => f.code === 'unresolved-speaker').length, arabic ? unresolved : 0);
        assert.equal(a.findings.filter((f) => f.code === 'page-chrome').length, a.blocks.filter((b) => b.kind === 'chrome').length);
      }),
    );
  });

  it('gives the same result when analysing the same text twice', () => {
    check(
      fc.property(arabicArticle, (text) => {
        assert.deepStrictEqual(analyze(text), analyze(text));
      }),
      100,
    );
  });

  it('applies every fix without overlapping edits, and the result analyses', () => {
    check(
      fc.property(arabicArticle, (text) => {
        for (const f of analyze(text).findings) for (const fix of f.fixes) analyze(apply(text, fix));
      }),
      100,
    );
  });

  it('removes every page-chrome finding when every "remove this line" fix is applied', () => {
    check(
      fc.property(arabicArticle, (text) => {
        const chrome = analyze(text).findings.filter((f) => f.code === 'page-chrome');
        const edits = chrome.flatMap((f) => f.fixes[0].edits);
        const cleaned = apply(text, { title: 'remove all chrome', edits });
        assert.deepEqual(analyze(cleaned).findings.filter((f) => f.code === 'page-chrome'), []);
      }),
      100,
    );
  });

  it('fixes a wrong weekday: the mismatch at that date is gone', () => {
    check(
      fc.property(arabicArticle, (text) => {
        const before = analyze(text).findings.filter((f) => f.code === 'weekday-mismatch');
        for (const f of before) {
          if (!f.fixes.length) continue;
          const after = analyze(apply(text, f.fixes[0])).findings.filter((x) => x.code === 'weekday-mismatch');
          assert.equal(after.length, before.length - 1, `"${f.fixes[0].title}" fixes "${f.message}"`);
        }
      }),
      100,
    );
  });

  it('reports a text holding a NUL byte as not a text article, with one finding and nothing else', () => {
    check(
      fc.property(arabicArticle, fc.nat(), (text, at) => {
        const i = text.length ? at % text.length : 0;
        const a = analyze(`${text.slice(0, i)}\u0000${text.slice(i)}`);
        assert.equal(a.notText, true);
        assert.deepEqual(
          a.findings.map((f) => f.code),
          ['not-text'],
        );
        assert.equal(a.quotes.length + a.blocks.length + a.speakers.length + a.organizations.length, 0);
      }) as unknown as fc.IProperty<[string]>,
      50,
    );
  });

  it('generates the characters it promises (the generator itself is checked)', () => {
    const sample = fc.sample(arabicArticle, { numRuns: 300, seed: 42 }).join('');
    for (const c of [...QUOTE_MARKS, '\u00a0', '\u200f', '\r\n', '\u0640', '\u064e', '٢', '\ufeff']) assert.ok(sample.includes(c), `generated articles contain ${JSON.stringify(c)}`);
  });
});
