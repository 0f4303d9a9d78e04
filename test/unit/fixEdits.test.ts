// Every fix a finding carries can be applied as one editor edit: its edits in text order,
// none repeated, none overlapping (an LSP WorkspaceEdit with overlapping TextEdits is
// rejected whole). rules/fixEdits.ts is the gate every rule's fixes pass through.

import { strict as assert } from 'node:assert';
import { analyze, type Fix, type TextEdit } from '../../server/src/analysis';
import { settleFix } from '../../server/src/analysis/rules/fixEdits';

const fix = (...edits: [number, number, string][]): Fix => ({ title: 't', edits: edits.map(([start, end, newText]) => ({ start, end, newText })) });
const ranges = (f: Fix | null): [number, number, string][] | null => f && f.edits.map((e: TextEdit) => [e.start, e.end, e.newText]);

describe('fix edits an editor can apply', () => {
  it('keeps a fix whose edits are in order and apart as it is (no copy)', () => {
    const f = fix([0, 3, 'a'], [3, 5, 'b'], [7, 7, 'c'], [7, 7, 'd']);
    assert.equal(settleFix(f), f);
  });

  it('puts the edits in text order and keeps an edit repeated exactly once', () => {
    assert.deepEqual(ranges(settleFix(fix([9, 12, 'x'], [2, 5, 'x'], [9, 12, 'x']))), [
      [2, 5, 'x'],
      [9, 12, 'x'],
    ]);
  });

  it('withholds a fix whose edits overlap, or rewrite one range two ways', () => {
    assert.equal(settleFix(fix([2, 6, 'x'], [4, 8, 'y'])), null);
    assert.equal(settleFix(fix([2, 6, 'x'], [2, 6, 'y'])), null);
    assert.equal(settleFix(fix([2, 6, 'x'], [4, 4, 'y'])), null);
  });

  describe('name-variant', () => {
    // The misspelt name closes a quote's cue (…"، قال دميتري ميدفيدف): the scans list that one
    // written word twice, which on main raised two findings and a "replace all" editing it twice.
    const text = 'قال ديمتري ميدفيديف إن الوضع صعب. وأضاف ميدفيديف أن الحل قريب.\n"الوضع خطير جدا"، قال دميتري ميدفيدف.';
    const word = text.lastIndexOf('ميدفيدف');

    it('raises one finding for a misspelt name read twice at one place, and edits it once', () => {
      const found = analyze(text).findings.filter((f) => f.code === 'name-variant');
      assert.deepEqual(
        found.map((f) => [f.span.start, f.fixes.map((x) => ranges(x))]),
        [[word, [[[word, word + 'ميدفيدف'.length, 'ميدفيديف']]]]],
      );
    });

    it('gives no finding of the article a fix with repeated or overlapping edits', () => {
      for (const f of analyze(text).findings) for (const x of f.fixes) assert.equal(settleFix(x), x, `${f.code}: "${x.title}"`);
    });
  });
});
