// Article text in a hover card stays text (issue 15): a quote holding a markdown image
// loaded a remote pixel in the editor, in untrusted workspaces too. The cards are parsed
// here as an editor would (markdown-it with raw HTML and bare-link detection on, the
// most permissive setting) and must hold no link, image, HTML or heading of the text's.

import { strict as assert } from 'node:assert';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { organizationCard, quoteCard, speakerCard } from '../../server/src/lsp/hover';
import { escapeMarkdown, safeLink } from '../../server/src/lsp/markdown';

// markdown-it ships no types; only its parser is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (o: object) => { parse(s: string, env: object): Token[]; renderInline(s: string): string };
interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}
const parser = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = '![](https://tracker.example/pixel.png) [انقر](https://evil.example/x) <img src=x onerror=alert(1)> **غامق** `رمز` https://bare.example/a www.bare.example &lt; # عنوان';

/** Every token type in a card, inline ones included. */
function tokenTypes(markdown: string): string[] {
  const flat = (ts: Token[]): Token[] => ts.flatMap((t) => [t, ...flat(t.children ?? [])]);
  return flat(parser.parse(markdown, {})).map((t) => t.type);
}

/** The text a card shows, without markup. */
function shownText(markdown: string): string {
  const flat = (ts: Token[]): Token[] => ts.flatMap((t) => [t, ...flat(t.children ?? [])]);
  return flat(parser.parse(markdown, {}))
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');
}

const FORBIDDEN = ['link_open', 'image', 'html_inline', 'html_block', 'heading_open', 'code_inline', 'strong_open', 'em_open'];

describe('hover markdown', () => {
  it('shows a hostile line as the very text it is, with no markup of its own', () => {
    const md = `**Card** ${escapeMarkdown(HOSTILE)}`;
    const types = tokenTypes(md);
    assert.deepEqual(types.filter((t) => FORBIDDEN.includes(t) && t !== 'strong_open'), [], types.join(' '));
    assert.equal(types.filter((t) => t === 'strong_open').length, 1);
    assert.equal(shownText(md), `Card ${HOSTILE}`);
  });

  it('keeps quotes, speakers and organizations of a hostile article out of the markup of every card', () => {
    const text = `قال وزير الخارجية الروسي سيرغي لافروف: «${HOSTILE} نحن مستعدون للحوار».\n\nوقال «مصطلح ![](https://t.example/p.png)» في حلف الناتو.\n`;
    const a = analyze(text);
    const knowledge = builtinKnowledge();
    const cards = [...a.quotes.map((q) => quoteCard(q, a)), ...a.speakers.map((s) => speakerCard(s, a, knowledge)), ...a.organizations.map((o) => organizationCard(o, knowledge))];
    assert.ok(a.speakers.length > 0 && a.quotes.length > 0, 'the article has a speaker and quotes');
    const own = new Set(['link_open']); // the Wikidata and website links of known entries are the cards' own
    for (const card of cards) {
      const links = card.match(/\[(?:Wikidata Q\d+|website)\]\(https?:\/\/[^)\s]+\)/g)?.length ?? 0;
      const types = tokenTypes(card);
      assert.equal(types.filter((t) => own.has(t)).length, links, card);
      assert.deepEqual(types.filter((t) => ['image', 'html_inline', 'html_block', 'heading_open', 'code_inline'].includes(t)), [], card);
    }
    assert.ok(cards.some((c) => shownText(c).includes('![](https://tracker.example/pixel.png)')), 'a card shows the text as written');
  });

  it('links only to http(s) addresses, encoded so that they end where they should', () => {
    assert.equal(safeLink('website', 'javascript:alert(1)'), null);
    assert.equal(safeLink('website', 'not a url'), null);
    assert.equal(safeLink('site', 'https://example.org/a b)c'), '[site](https://example.org/a%20b%29c)');
  });
});
