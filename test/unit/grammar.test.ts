// The TextMate grammar scopes whole lines only: a scope on part of an Arabic line makes
// VS Code lay that line out in pieces, left to right (issue 18, docs/editor.md). Checked on
// every line of the seeds and, when the shared corpus is beside the checkout, of the dev
// articles: each rule that matches a line must name exactly the line's text (its
// surrounding spaces aside), and no rule may open a region inside a line.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, seedFiles } from '../support/article';

interface Rule {
  match?: string;
  begin?: string;
  name?: string;
  captures?: Record<string, { name?: string; patterns?: unknown[] }>;
  patterns?: unknown[];
}

const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'press-article.tmLanguage.json'), 'utf8')) as { repository: Record<string, Rule> };
const DEV = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
const texts = [...seedFiles().map((f) => path.join(ROOT, 'seeds', f)), ...(fs.existsSync(DEV) ? fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => path.join(DEV, f)) : [])].map((f) => fs.readFileSync(f, 'utf8'));

/** The rule's Oniguruma pattern as a JavaScript one (\A is the start of the text, here of the first line). */
const toJs = (pattern: string): RegExp => new RegExp(pattern.replace(/\\A/g, '^'), 'u');

describe('the TextMate grammar (syntaxes/press-article.tmLanguage.json)', () => {
  it('leaves brackets and quote marks uncolored (bracket pair colorization would split the line too)', () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as { colorizedBracketPairs?: unknown[] };
    assert.deepEqual(config.colorizedBracketPairs, []);
  });

  it('has only single-line match rules, with no nested patterns', () => {
    for (const [id, rule] of Object.entries(grammar.repository)) {
      assert.ok(rule.match && !rule.begin && !rule.patterns, `${id} is one match`);
      for (const c of Object.values(rule.captures ?? {})) assert.ok(!c.patterns, `${id} scopes nothing inside its capture`);
    }
  });

  it(`scopes each line it matches as a whole, on ${texts.length} real articles`, () => {
    let scoped = 0;
    for (const text of texts) {
      text.split(/\r?\n/).forEach((line, i) => {
        for (const [id, rule] of Object.entries(grammar.repository)) {
          if (rule.match!.startsWith('\\A') && i > 0) continue;
          const m = toJs(rule.match!).exec(line);
          if (!m) continue;
          if (rule.name) assert.equal(m[0].trim(), line.trim(), `${id} names the whole line`);
          for (const [group, c] of Object.entries(rule.captures ?? {})) if (c.name) assert.equal(m[Number(group)], line.trim(), `${id}: group ${group} is the whole line "${line}"`);
          scoped++;
          break;
        }
      });
    }
    assert.ok(scoped >= texts.length, `${scoped} lines scoped (titles at least)`);
  });
});
