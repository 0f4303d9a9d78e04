// The three sidebar trees over a folder's articles, as plain data:
//   Speakers       speaker → article → quote (statements only; unattributed ones last)
//   Organizations  organization → article → mention
//   Findings       rule → article → finding
// Pure (no vscode import): views/ map a TreeNode to a TreeItem, and the unit tests read
// the same nodes a person sees.

import type { JsonQuote, JsonReport } from '../../../server/src/protocol';
import type { ReviewedArticle } from '../../../server/src/protocol';
import { RULE_CATALOG } from '../../../server/src/shared/ruleCatalog';
import { clip, findingLocation, mentionLocation, quoteLocation, type Location } from './locations';
import { plural } from '../../../server/src/shared/plural';

export interface TreeNode {
  /** Unique and stable across refreshes, so expansion survives an update. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon name (shown as a ThemeIcon); article nodes show their file's icon instead. */
  icon?: string;
  /** The file an article node stands for. */
  resourceUri?: string;
  /** Where a click takes the reader (leaves only). */
  location?: Location;
  children: TreeNode[];
}

/** How an article is named in the trees: its path relative to the workspace folder. */
export type PathOf = (article: ReviewedArticle) => string;

export const UNATTRIBUTED_KEY = 'unattributed';


// Short labels: the side bar cuts what overflows at its right, which is the START of an
// Arabic text; a label that fits keeps its start (the tooltip has it whole).
const TITLE_MAX = 40;
const QUOTE_MAX = 36;

function articleNode(parentId: string, article: ReviewedArticle, pathOf: PathOf, count: string, children: TreeNode[]): TreeNode {
  const path = pathOf(article);
  const title = article.report.title;
  return {
    id: `${parentId}/${article.uri}`,
    label: title ? clip(title, TITLE_MAX) : path,
    description: title ? `${path} · ${count}` : count,
    tooltip: title ? `${title}\n${path}` : path,
    resourceUri: article.uri,
    children,
  };
}

const byPath = (pathOf: PathOf) => (a: ReviewedArticle, b: ReviewedArticle): number => pathOf(a).localeCompare(pathOf(b));

/** The name most of the quotes were given under; the longer one on a tie. */
function preferredName(names: Map<string, number>): string {
  return [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

const SPEAKER_ICON: Record<string, string> = { person: 'person', institution: 'organization', anonymous: 'question' };

interface SpeakerGroup {
  key: string;
  names: Map<string, number>;
  role: string | null;
  kind: string;
  articles: Map<string, { article: ReviewedArticle; quotes: JsonQuote[] }>;
  quotes: number;
}

export function speakerTree(articles: ReviewedArticle[], pathOf: PathOf): TreeNode[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const article of articles) {
    const speakers = new Map(article.report.speakers.map((s) => [s.id, s]));
    for (const q of article.report.quotes) {
      if (q.kind !== 'statement') continue;
      const speaker = q.speakerId ? speakers.get(q.speakerId) : undefined;
      const key = speaker ? `speaker:${speaker.id}` : UNATTRIBUTED_KEY;
      let g = groups.get(key);
      if (!g) {
        g = { key, names: new Map(), role: null, kind: speaker?.kind ?? 'unattributed', articles: new Map(), quotes: 0 };
        groups.set(key, g);
      }
      if (speaker) {
        g.names.set(speaker.name, (g.names.get(speaker.name) ?? 0) + 1);
        g.role ??= speaker.role;
      }
      const entry = g.articles.get(article.uri) ?? { article, quotes: [] };
      entry.quotes.push(q);
      g.articles.set(article.uri, entry);
      g.quotes++;
    }
  }
  const roots = [...groups.values()].sort(
    (a, b) => Number(a.key === UNATTRIBUTED_KEY) - Number(b.key === UNATTRIBUTED_KEY) || b.quotes - a.quotes || preferredName(a.names).localeCompare(preferredName(b.names)),
  );
  return roots.map((g) => {
    const id = `speaker:${g.key}`;
    const unattributed = g.key === UNATTRIBUTED_KEY;
    const name = unattributed ? 'Unattributed statements' : preferredName(g.names);
    const count = `${plural(g.quotes, 'quote')} in ${plural(g.articles.size, 'article')}`;
    const otherNames = unattributed ? [] : [...g.names.keys()].filter((n) => n !== name);
    return {
      id,
      label: name,
      // The count first: a long role is cut at its end, never the count.
      description: [count, g.role].filter(Boolean).join(' · '),
      tooltip: [name, g.role, count, otherNames.length ? `Also written: ${otherNames.join('، ')}` : ''].filter(Boolean).join('\n'),
      icon: unattributed ? 'warning' : (SPEAKER_ICON[g.kind] ?? 'person'),
      children: [...g.articles.values()]
        .sort((a, b) => byPath(pathOf)(a.article, b.article))
        .map(({ article, quotes }) =>
          articleNode(
            id,
            article,
            pathOf,
            plural(quotes.length, 'quote'),
            quotes.map((q) => ({
              id: `${id}/${article.uri}#${q.line}:${q.column}`,
              label: `«${clip(q.text, QUOTE_MAX)}»`,
              // A weak attribution says so: the reader checks it rather than trusts it.
              description: [q.evidence?.confidence === 'weak' ? 'probably' : '', q.cue, `line ${q.line}`].filter(Boolean).join(' · '),
              tooltip: weakTooltip(q) ?? q.text,
              icon: unattributed ? 'warning' : q.evidence?.confidence === 'weak' ? 'question' : 'quote',
              location: quoteLocation(article.uri, q),
              children: [],
            })),
          ),
        ),
    };
  });
}

/** The tooltip of a weakly attributed quote: the quote, then the other candidates. */
function weakTooltip(q: JsonQuote): string | null {
  const e = q.evidence;
  if (e?.confidence !== 'weak') return null;
  const others = e.candidates.map((c) => c.name).join('، ');
  return `${q.text}\nProbably ${q.speaker ?? ''} (weak attribution: ${e.rule})${others ? `\nOther candidates: ${others}` : ''}`;
}

type JsonOrganization = JsonReport['organizations'][number];

export function organizationTree(articles: ReviewedArticle[], pathOf: PathOf): TreeNode[] {
  const groups = new Map<string, { names: Map<string, number>; first: JsonOrganization; articles: { article: ReviewedArticle; org: JsonOrganization }[]; mentions: number }>();
  for (const article of articles) {
    for (const org of article.report.organizations) {
      let g = groups.get(org.id);
      if (!g) {
        g = { names: new Map(), first: org, articles: [], mentions: 0 };
        groups.set(org.id, g);
      }
      g.names.set(org.name, (g.names.get(org.name) ?? 0) + org.mentions.length);
      g.articles.push({ article, org });
      g.mentions += org.mentions.length;
    }
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].articles.length - a[1].articles.length || b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]))
    .map(([orgId, g]) => {
      const id = `organization:${orgId}`;
      const name = preferredName(g.names);
      const english = g.first.english ? `${g.first.english}${g.first.acronym ? ` (${g.first.acronym})` : ''}` : null;
      const count = `${plural(g.mentions, 'mention')} in ${plural(g.articles.length, 'article')}`;
      return {
        id,
        label: name,
        description: [count, english].filter(Boolean).join(' · '),
        tooltip: [name, english, count, g.first.known ? '' : 'Not in the knowledge base (found by its head noun)'].filter(Boolean).join('\n'),
        icon: g.first.known ? 'organization' : 'question',
        children: g.articles
          .sort((a, b) => byPath(pathOf)(a.article, b.article))
          .map(({ article, org }) =>
            articleNode(
              id,
              article,
              pathOf,
              plural(org.mentions.length, 'mention'),
              org.mentions.map((m) => ({
                id: `${id}/${article.uri}#${m.line}:${m.column}`,
                label: m.text,
                description: `line ${m.line}`,
                icon: 'symbol-reference',
                location: mentionLocation(article.uri, m),
                children: [],
              })),
            ),
          ),
      };
    });
}

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'];
const SEVERITY_ICON: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

type JsonDiagnostic = JsonReport['diagnostics'][number];

export function findingTree(articles: ReviewedArticle[], pathOf: PathOf): TreeNode[] {
  const groups = new Map<string, { severity: string; articles: Map<string, { article: ReviewedArticle; findings: JsonDiagnostic[] }>; count: number }>();
  for (const article of articles) {
    for (const d of article.report.diagnostics) {
      let g = groups.get(d.code);
      if (!g) {
        g = { severity: d.severity, articles: new Map(), count: 0 };
        groups.set(d.code, g);
      }
      // A rule's icon is its most severe finding's.
      if (SEVERITY_ORDER.indexOf(d.severity) < SEVERITY_ORDER.indexOf(g.severity)) g.severity = d.severity;
      const entry = g.articles.get(article.uri) ?? { article, findings: [] };
      entry.findings.push(d);
      g.articles.set(article.uri, entry);
      g.count++;
    }
  }
  return [...groups.entries()]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a[1].severity) - SEVERITY_ORDER.indexOf(b[1].severity) || b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([code, g]) => {
      const id = `finding:${code}`;
      return {
        id,
        label: RULE_CATALOG[code]?.title ?? code,
        description: `${code} · ${plural(g.count, 'finding')} in ${plural(g.articles.size, 'article')}`,
        icon: SEVERITY_ICON[g.severity] ?? 'info',
        children: [...g.articles.values()]
          .sort((a, b) => byPath(pathOf)(a.article, b.article))
          .map(({ article, findings }) =>
            articleNode(
              id,
              article,
              pathOf,
              plural(findings.length, 'finding'),
              findings.map((d) => ({
                id: `${id}/${article.uri}#${d.line}:${d.column}`,
                label: clip(d.message, 90),
                description: `line ${d.line}`,
                tooltip: `${d.message}\n${d.messageAr}`,
                icon: SEVERITY_ICON[d.severity] ?? 'info',
                location: findingLocation(article.uri, d),
                children: [],
              })),
            ),
          ),
      };
    });
}

export interface TreeCounts {
  /** Top-level items (speakers, organizations, rules). */
  roots: number;
  /** Second-level items (article entries). */
  articles: number;
  /** Leaves (quotes, mentions, findings). */
  leaves: number;
}

export function countTree(nodes: TreeNode[]): TreeCounts {
  let articles = 0;
  let leaves = 0;
  for (const root of nodes) {
    articles += root.children.length;
    for (const a of root.children) leaves += a.children.length;
  }
  return { roots: nodes.length, articles, leaves };
}
