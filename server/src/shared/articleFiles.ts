// THE definition of "an article file", shared by the CLI, the server's workspace index,
// its folder requests and the client (which bundles this file: no vscode or Node import).
// A file is an article when
//   - its extension is the language's own (.article, .press), or
//   - the user's settings say so (pressReview.files globs, files.associations), or
//   - it is a plain text file (.txt) whose content looks like an Arabic press article
//     (shared/articleShape.ts) and pressReview.detectArticles is on (the default).
// The CLI, given a folder, reviews every candidate (any .txt too): the user asked for it.

import { looksLikeArticle } from './articleShape';

/** The article language's own extensions (package.json contributes.languages). */
export const LANGUAGE_EXTENSIONS = ['.article', '.press'];
/** Plain text files, articles when their content says so. */
export const TEXT_EXTENSIONS = ['.txt'];
/** Every file that may be an article. */
export const CANDIDATE_EXTENSIONS = [...TEXT_EXTENSIONS, ...LANGUAGE_EXTENSIONS];
/** Globs (relative to a workspace folder) of the language's own files. */
export const LANGUAGE_GLOBS = LANGUAGE_EXTENSIONS.map((e) => `**/*${e}`);
/** One glob for every candidate, for file watchers. */
export const CANDIDATE_GLOB = `**/*.{${CANDIDATE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

const extension = (name: string): string => {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

export const isCandidate = (name: string): boolean => CANDIDATE_EXTENSIONS.includes(extension(name));

/** Why a file is an article, or null when it is not one. */
export type ArticleReason = 'extension' | 'setting' | 'content' | null;

export interface ArticleFileQuestion {
  /** The file's path or name. */
  name: string;
  /** Whether the user's globs or associations name the file. */
  named: boolean;
  /** pressReview.detectArticles. */
  detect: boolean;
  /** The file's text, read only when the content decides. */
  text: () => string | undefined;
}

export function articleReason(q: ArticleFileQuestion): ArticleReason {
  const ext = extension(q.name);
  if (LANGUAGE_EXTENSIONS.includes(ext)) return 'extension';
  if (q.named) return 'setting';
  if (!q.detect || !TEXT_EXTENSIONS.includes(ext)) return null;
  const text = q.text();
  return text !== undefined && looksLikeArticle(text) ? 'content' : null;
}

/** Whether only the content can make this file an article (so it must be read to know). */
export function decidedByContent(name: string, named: boolean, detect: boolean): boolean {
  return detect && !named && TEXT_EXTENSIONS.includes(extension(name));
}
