// What server.ts hands to code that adds requests of its own (the client workbench's
// custom requests in lsp/customRequests.ts): the analysis of open documents, the
// workspace index, the current settings and knowledge. Read-only by design: the
// wiring in server.ts stays the only place that changes server state.

import type { Analysis, Knowledge } from '../analysis';
import type { Analyzed } from './analysisCache';
import type { Settings } from './configuration';
import type { ArticleIndex } from './workspaceIndex';

export interface Services {
  /** The analysis of an open document at its current version, or undefined when it is not open. */
  analyzed(uri: string): Analyzed | undefined;
  /** Analyses a text with the current knowledge and settings (e.g. a file that is not open). */
  analyze(text: string): Analysis;
  /** Summaries of every article in the workspace (see lsp/README.md). */
  index: ArticleIndex;
  settings(): Settings;
  knowledge(): Knowledge;
}
