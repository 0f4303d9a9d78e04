// PeopleFinder.find() scans the text a second time only when the first scan read something
// about the article's names that later changed (a surname used before the title that
// introduces it, or a one-letter variant of a surname). Checked by counting the scans and
// by comparing find() with two full scans on every fixture and seed article.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ArticleDocument } from '../../server/src/analysis/document';
import { builtinKnowledge } from '../../server/src/analysis/knowledge';
import { PeopleFinder, type PersonMention } from '../../server/src/analysis/people';
import { findQuotes } from '../../server/src/analysis/quotes';
import { RangeSet } from '../../server/src/analysis/ranges';
import { analyzeStructure } from '../../server/src/analysis/structure';

type Scanning = { scan(ranges: { start: number; end: number }[]): PersonMention[] };

/** A finder over a text's content lines, as analyze() builds it (without organizations). */
function finderOf(text: string): { finder: PeopleFinder; ranges: { start: number; end: number }[] } {
  const doc = ArticleDocument.of(text, builtinKnowledge());
  const structure = analyzeStructure(doc);
  const ranges = structure.blocks
    .filter((b) => b.kind === 'title' || b.kind === 'heading' || b.kind === 'paragraph')
    .map((b) => ({ start: doc.lines[b.line].normStart, end: doc.lines[b.line].normEnd }));
  const inQuote = new RangeSet();
  for (const q of findQuotes(doc, structure.blocks).quotes) if (q.parent === null) inQuote.add(q.open, q.close + 1);
  return { finder: new PeopleFinder(doc, inQuote), ranges };
}

/** find()'s mentions and how many scans it made. */
function findCounting(text: string): { mentions: PersonMention[]; scans: number } {
  const { finder, ranges } = finderOf(text);
  const own = finder as unknown as Scanning;
  const scan = own.scan.bind(finder);
  let scans = 0;
  own.scan = (r) => {
    scans++;
    return scan(r);
  };
  return { mentions: finder.find(ranges), scans };
}

/** What find() returned before: two full scans, the second one's mentions. */
function twoScans(text: string): PersonMention[] {
  const { finder, ranges } = finderOf(text);
  const own = finder as unknown as Scanning;
  own.scan(ranges);
  return own.scan(ranges);
}

const names = (ms: PersonMention[], text: string): string[] => {
  const doc = ArticleDocument.of(text, builtinKnowledge());
  return ms.map((m) => doc.norm.slice(m.normStart, m.normEnd));
};

describe('people mentions: the second scan', () => {
  it('is skipped when every name is introduced before it is used', () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة.\n\nوأضاف لافروف أن الوفد سيعود غدا.';
    const { mentions, scans } = findCounting(text);
    assert.equal(scans, 1);
    assert.deepEqual(names(mentions, text), names(twoScans(text), text));
    assert.equal(mentions.length, 2);
  });

  it('is skipped when a title introduces a name the knowledge does not hold', () => {
    // Extending the name over الخطيب asks whether it is an article name only where the
    // answer decides; a no asked there and learned right after would force a second scan.
    const text = 'وقال وزير الخارجية الأردني سامي الخطيب إن المحادثات مستمرة.\n\nوأضاف الخطيب أن الوفد سيعود غدا.';
    const { mentions, scans } = findCounting(text);
    assert.equal(scans, 1);
    assert.deepEqual(names(mentions, text), names(twoScans(text), text));
    assert.deepEqual(names(mentions, text), ['وزير الخارجيه الاردني سامي الخطيب', 'الخطيب']);
  });

  it('runs when a surname comes before the title that introduces it (a headline)', () => {
    const text = 'كوزميتش: المحادثات مستمرة\n\nقال وزير الخارجية الروسي سيرغي كوزميتش إن المحادثات مستمرة.';
    const { mentions, scans } = findCounting(text);
    assert.equal(scans, 2);
    assert.equal(names(mentions, text)[0], 'كوزميتش');
    assert.deepEqual(names(mentions, text), names(twoScans(text), text));
  });

  it('runs when a word before a surname is its one-letter variant', () => {
    // لوكاشينكا is read before لوكاشينكو is learned as a surname: only a second scan sees it.
    const text = 'وكان لوكاشينكا غائبا عن الاجتماع.\n\nوقال رئيس بيلاروس ألكسندر لوكاشينكو إن البلاد مستعدة.';
    const { mentions, scans } = findCounting(text);
    assert.equal(scans, 2);
    assert.deepEqual(names(mentions, text), names(twoScans(text), text));
    assert.ok(names(mentions, text).includes('لوكاشينكا'), names(mentions, text).join(' | '));
  });

  it('gives what two full scans give on every fixture and seed article', () => {
    const root = path.join(__dirname, '..', 'fixtures', 'articles');
    const files = fs.readdirSync(root).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 10);
    let skipped = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      const { mentions, scans } = findCounting(text);
      assert.deepEqual(mentions, twoScans(text), f);
      if (scans === 1) skipped++;
    }
    // Not a test that cannot fail either way: some articles need the second scan, some not.
    assert.ok(skipped > 0 && skipped < files.length, `${skipped} of ${files.length} skipped`);
  });
});
