// References: from a speaker (any of their names or titles) or an organization to every
// mention of them in the folder — this article from its live analysis, the others from
// the workspace index. Long over a large folder, so it yields and honours cancellation.

import type { CancellationToken, Location } from 'vscode-languageserver';
import type { Analysis } from '../analysis';
import { unpackRanges } from './articleSummary';
import type { Converter } from './convert';
import { entityAt } from './entityAt';
import { forEachCancellable } from './safe';
import type { ArticleIndex } from './workspaceIndex';

/** `uri` is the document as the client names it; `indexUri` the same file as the index names it. */
export async function references(
  { uri, indexUri }: { uri: string; indexUri: string },
  a: Analysis,
  convert: Converter,
  offset: number,
  index: ArticleIndex,
  token?: CancellationToken,
): Promise<Location[]> {
  const at = entityAt(a, offset);
  if (!at || at.kind === 'quote') return [];
  const here = at.kind === 'speaker' ? at.speaker.mentions : at.organization.mentions;
  const out: Location[] = here.map((m) => ({ uri, range: convert.range(m) }));
  const id = at.kind === 'speaker' ? at.speaker.id : at.organization.id;
  const others: Location[] = [];
  await forEachCancellable(index.articles(), token, (article) => {
    if (article.uri === indexUri) return;
    const entity = at.kind === 'speaker' ? article.speakers.find((s) => s.id === id) : article.organizations.find((o) => o.id === id);
    if (entity) for (const range of unpackRanges(entity.mentions)) others.push({ uri: article.uri, range });
  });
  others.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character));
  return [...out, ...others];
}
