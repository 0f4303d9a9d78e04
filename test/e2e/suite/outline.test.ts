// The Outline a reviewer reads: each section of the article, and who spoke with each of
// their statements. Checked on every seed against its gold annotation (names compared as
// shown: the Outline wraps them in invisible bidi isolation marks).

import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { shownText } from '../../support/bidi';
import { GOLD, seedUri, symbolsOf } from './support';

describe('Outline (vscode.executeDocumentSymbolProvider)', () => {
  for (const gold of GOLD) {
    it(`${gold.file}: lists the sections at their headings`, async () => {
      const symbols = await symbolsOf(seedUri(gold.file));
      for (const section of gold.sections) {
        // A long heading is cut after a word, short enough for the side bar (its start kept).
        const symbol = symbols.find((s) => shownText(s.name) === section.heading || (shownText(s.name).endsWith('…') && section.heading.startsWith(shownText(s.name).slice(0, -1))));
        assert.ok(symbol, `section "${section.heading}" among ${JSON.stringify(symbols.map((s) => s.name))}`);
        assert.equal(symbol.selectionRange.start.line, section.line - 1, `the section "${section.heading}" starts on its heading's line`);
      }
    });

    it(`${gold.file}: lists each speaker with their statements`, async () => {
      const symbols = await symbolsOf(seedUri(gold.file));
      const speakers = symbols.find((s) => s.name === 'Speakers');
      assert.ok(speakers, `a Speakers group among ${JSON.stringify(symbols.map((s) => s.name))}`);
      for (const speaker of gold.speakers) {
        const node: vscode.DocumentSymbol | undefined = speakers.children.find((c) => shownText(c.name) === speaker.name);
        assert.ok(node, `speaker ${speaker.name} among ${JSON.stringify(speakers.children.map((c) => c.name))}`);
        const statements = gold.quotes.filter((q) => q.kind === 'statement' && q.speaker === speaker.name);
        assert.deepEqual(
          node.children.map((q: vscode.DocumentSymbol) => q.range.start.line + 1),
          statements.map((q) => q.line),
          `the statements of ${speaker.name}, by line`,
        );
      }
    });
  }
});
