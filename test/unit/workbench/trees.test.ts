// The sidebar's three trees over a folder: Speakers (speaker → article → quote),
// Organizations (organization → article → mention), Findings (rule → article → finding).

import { strict as assert } from 'node:assert';
import { countTree, findingTree, organizationTree, speakerTree, type TreeNode } from '../../../client/src/model/trees';
import { seed } from '../../support/article';
import { relative, reviewed, reviewedSeeds, textAt } from '../../support/reviewed';

const textOf = (uri: string): string => seed(uri.slice(uri.lastIndexOf('/') + 1, uri.lastIndexOf('/') + 4));
const leaves = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => n.children.flatMap((a) => a.children));

describe('tree: speakers → articles → quotes', () => {
  const articles = reviewedSeeds();
  const tree = speakerTree(articles, relative);

  it('groups one person across articles, with every statement they made in each', () => {
    const lavrov = tree.filter((n) => n.label === 'سيرغي لافروف');
    assert.equal(lavrov.length, 1, 'one node for one person');
    const inArticles = articles.filter((a) => a.report.speakers.some((s) => s.name === 'سيرغي لافروف'));
    assert.equal(lavrov[0].children.length, inArticles.length);
    lavrov[0].children.forEach((articleNode, i) => {
      const report = inArticles[i].report;
      const own = report.speakers.find((s) => s.name === 'سيرغي لافروف')!;
      assert.equal(articleNode.children.length, own.quotes, `${relative(inArticles[i])}: every statement of his`);
      assert.equal(articleNode.resourceUri, inArticles[i].uri);
    });
    assert.match(lavrov[0].description!, /Foreign Minister of Russia/);
  });

  it('counts every statement once and nothing else (terms and titles are not someone\'s words)', () => {
    const statements = articles.reduce((n, a) => n + a.report.quotes.filter((q) => q.kind === 'statement').length, 0);
    assert.equal(countTree(tree).leaves, statements);
  });

  it('puts the most quoted first and ties every quote to the place it reveals', () => {
    const counts = tree.map((n) => n.children.reduce((k, a) => k + a.children.length, 0));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    for (const q of leaves(tree)) {
      const text = textAt(textOf(q.location!.uri), q.location!);
      // The tooltip opens with the quote (a weak attribution adds its candidates below).
      assert.ok(text.length > 2 && q.tooltip && text.includes(q.tooltip.split('\n')[0]), `${q.id} reveals its own quote`);
    }
  });

  it('lists unattributed statements under their own node, last', () => {
    const withUnattributed = reviewed('desk.article', ['عنوان الخبر', '', 'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده "ستواصل العمل مع شركائها في المنطقة".', '', '"هذا التصريح الطويل لم ينسب لأحد في النص".'].join('\n'));
    const t = speakerTree([withUnattributed], relative);
    assert.equal(t.length, 2, 'Lavrov, then the unattributed statements');
    const last = t[t.length - 1];
    assert.equal(last.label, 'Unattributed statements');
    assert.equal(last.icon, 'warning');
    assert.deepEqual(
      last.children[0].children.map((q) => q.tooltip),
      ['هذا التصريح الطويل لم ينسب لأحد في النص'],
    );
  });

  it('keeps node ids unique, so a refresh keeps what was expanded', () => {
    const ids = [...tree, ...tree.flatMap((n) => n.children), ...leaves(tree)].map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      speakerTree(articles, relative).map((n) => n.id),
      tree.map((n) => n.id),
    );
  });

  it('is empty for a folder without statements', () => {
    assert.deepEqual(speakerTree([reviewed('empty.article', 'عنوان فقط\n\nنص بلا اقتباس.')], relative), []);
    assert.deepEqual(countTree([]), { roots: 0, articles: 0, leaves: 0 });
  });
});

describe('tree: organizations → articles → mentions', () => {
  const articles = reviewedSeeds();
  const tree = organizationTree(articles, relative);

  it('has one node per organization with every article and every mention of it', () => {
    const ids = new Set(articles.flatMap((a) => a.report.organizations.map((o) => o.id)));
    assert.equal(tree.length, ids.size);
    const csto = tree.find((n) => n.id === 'organization:csto')!;
    assert.match(csto.description!, /Collective Security Treaty Organization \(CSTO\)/);
    const withCsto = articles.filter((a) => a.report.organizations.some((o) => o.id === 'csto'));
    assert.equal(csto.children.length, withCsto.length);
    const mentions = withCsto.reduce((n, a) => n + a.report.organizations.find((o) => o.id === 'csto')!.mentions.length, 0);
    assert.equal(csto.children.reduce((n, a) => n + a.children.length, 0), mentions);
  });

  it('orders organizations by how many articles name them', () => {
    const spread = tree.map((n) => n.children.length);
    assert.deepEqual(spread, [...spread].sort((a, b) => b - a));
  });

  it('reveals each mention exactly where it is written', () => {
    for (const m of leaves(tree)) assert.equal(textAt(textOf(m.location!.uri), m.location!), m.label);
  });
});

describe('tree: rules → articles → findings', () => {
  const articles = reviewedSeeds();
  const tree = findingTree(articles, relative);

  it('has one node per rule, the most severe first, and every finding under its article', () => {
    const codes = new Set(articles.flatMap((a) => a.report.diagnostics.map((d) => d.code)));
    assert.deepEqual(new Set(tree.map((n) => n.id.replace('finding:', ''))), codes);
    assert.equal(countTree(tree).leaves, articles.reduce((n, a) => n + a.report.diagnostics.length, 0));
    const chrome = tree.find((n) => n.id === 'finding:page-chrome')!;
    assert.equal(chrome.label, 'Page chrome left in the text');
    assert.equal(chrome.icon, 'warning');
  });

  it('reveals each finding at its range', () => {
    for (const f of leaves(tree)) {
      const article = articles.find((a) => a.uri === f.location!.uri)!;
      const d = article.report.diagnostics.find((x) => x.line - 1 === f.location!.start.line && x.column - 1 === f.location!.start.character);
      assert.ok(d, `${f.id} points at a finding of its article`);
    }
  });

  it('puts errors before warnings', () => {
    const binary = reviewed('binary.article', '\u0000\u0001');
    const t = findingTree([binary, ...articles], relative);
    assert.equal(t[0].id, 'finding:not-text');
    assert.equal(t[0].icon, 'error');
  });
});
