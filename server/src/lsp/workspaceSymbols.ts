// Workspace symbols (Go to Symbol in Workspace): every speaker and organization of every
// article in the folder, one symbol per article so the list leads to each article.
// Queries match Arabic without regard to diacritics, hamza forms or ta marbuta (the
// analysis' normalization), and English names and acronyms case-insensitively. Names and
// container parts are bidi-isolated, as in the Outline: the quick pick's rows are left to right.

import { SymbolKind, type CancellationToken, type WorkspaceSymbol } from 'vscode-languageserver';
import { firstRange, searchForm } from './articleSummary';
import { forEachCancellable } from './safe';
import { isolate, isolatedParts } from '../shared/bidi';
import type { ArticleIndex } from './workspaceIndex';

/** Enough for any list a person reads; the editor filters further as they type. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/** Whether the query's characters appear in order in the key (the usual fuzzy rule of symbol search). */
function matches(key: string, query: string): boolean {
  let i = 0;
  for (let k = 0; k < key.length && i < query.length; k++) if (key[k] === query[i]) i++;
  return i === query.length;
}

export async function workspaceSymbols(query: string, index: ArticleIndex, token?: CancellationToken): Promise<WorkspaceSymbol[]> {
  const q = searchForm([query]);
  const out: WorkspaceSymbol[] = [];
  const fits = (key: string): boolean => !q || matches(key, q);
  await forEachCancellable(
    index.articles(),
    token,
    (article) => {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return;
      const container = article.title ?? decodeURIComponent(article.uri.slice(article.uri.lastIndexOf('/') + 1));
      for (const s of article.speakers) {
        if (!fits(s.searchKey)) continue;
        out.push({ name: isolate(s.name), kind: s.kind === 'person' ? SymbolKind.Constructor : SymbolKind.Class, containerName: isolatedParts([s.role, container]), location: { uri: article.uri, range: firstRange(s.mentions) } });
      }
      for (const o of article.organizations) {
        if (!fits(o.searchKey)) continue;
        out.push({ name: isolate(o.name), kind: SymbolKind.Namespace, containerName: isolatedParts([o.english ?? 'organization', container]), location: { uri: article.uri, range: firstRange(o.mentions) } });
      }
    },
    100,
  );
  return out.slice(0, MAX_WORKSPACE_SYMBOLS);
}
