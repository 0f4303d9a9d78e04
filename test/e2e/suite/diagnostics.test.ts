// The Problems a reviewer is shown: true findings at the right lines, and nothing false.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { articleUri, codeOf, diagnosticsOf, GOLD, seedUri } from './support';

const linesOf = (diagnostics: vscode.Diagnostic[], code: string): number[] =>
  diagnostics.filter((d) => codeOf(d) === code).map((d) => d.range.start.line + 1);

describe('Diagnostics (vscode.languages.getDiagnostics)', () => {
  it('reports a quote-only paragraph with no cue as an unattributed statement, on its line', async () => {
    const uri = articleUri('unattributed.article');
    const doc = await vscode.workspace.openTextDocument(uri);
    const quoteOnly = doc.getText().split('\n').findIndex((l) => /^\s*["«“]/.test(l));
    assert.ok(quoteOnly > 0, 'the article has a paragraph that is only a quote');
    const diagnostics = await diagnosticsOf(uri);
    const unattributed = diagnostics.filter((d) => codeOf(d) === 'unattributed-quote');
    assert.deepEqual(unattributed.map((d) => d.range.start.line), [quoteOnly]);
    assert.equal(unattributed[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('reports nothing false on an article whose every statement has its speaker', async () => {
    // The article has no source line on purpose: that true finding shows the analysis ran.
    const diagnostics = await diagnosticsOf(articleUri('attributed.article'));
    assert.deepEqual(diagnostics.map(codeOf), ['missing-source']);
  });

  for (const gold of GOLD) {
    it(`${gold.file}: reports the page chrome, unbalanced quotes and name variants of the gold, and no unattributed statement`, async () => {
      const diagnostics = await diagnosticsOf(seedUri(gold.file));
      const chrome = diagnostics.filter((d) => codeOf(d) === 'page-chrome');
      for (const d of chrome) assert.ok(gold.boilerplate_lines.includes(d.range.start.line + 1), `page chrome on line ${d.range.start.line + 1}, not boilerplate in the gold`);
      for (const line of gold.boilerplate_lines) {
        assert.ok(chrome.some((d) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1), `boilerplate line ${line} is reported as page chrome`);
      }
      assert.deepEqual([...new Set(linesOf(diagnostics, 'unbalanced-quote'))], gold.unbalanced_quote_lines);
      assert.deepEqual(linesOf(diagnostics, 'name-variant'), gold.name_variants.map((v) => v.line));
      assert.deepEqual(linesOf(diagnostics, 'unattributed-quote'), []);
    });
  }
});
