// One analysis per open document version, computed on first need and shared by every
// feature, so hover, symbols, tokens and diagnostics never analyse the same text twice.
// Each new analysis is handed to `onAnalyzed` right after (the workspace index keeps the
// open document's summary current from it, at no extra cost).

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeOptions } from '../analysis';
import { analysisEngine } from '../node/engine';
import type { AnalysisTally } from './analysisTally';
import { Converter } from './convert';
import { canonicalUri } from './workspaceFiles';

export interface Analyzed {
  uri: string;
  version: number;
  analysis: Analysis;
  convert: Converter;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analyzed>();
  /** Analyses run so far (for the debug stats of the robustness tests). */
  analyses = 0;

  constructor(
    /** Analysis options for a document (the source-line setting is resolved per folder). */
    private readonly options: (uri: string) => AnalyzeOptions,
    private readonly onAnalyzed: (entry: Analyzed) => void = () => {},
    private readonly tally?: AnalysisTally,
  ) {}

  get(doc: TextDocument): Analyzed {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    this.analyses++;
    this.tally?.add(canonicalUri(doc.uri));
    const entry: Analyzed = { uri: doc.uri, version: doc.version, analysis: analysisEngine().analyze(text, this.options(doc.uri)), convert: new Converter(text) };
    this.entries.set(doc.uri, entry);
    // The index's summary of the document is not on the way to the diagnostics or the
    // answer the caller is about to send: it follows once they are written, for the version
    // that is current then. vscode-jsonrpc writes each message from a setImmediate of its own
    // (its write queue), queued after this one: one turn of the event loop would run the
    // summary (15 M instructions on the 1 MB article) before the write; two run it after.
    setImmediate(() =>
      setImmediate(() => {
        if (this.entries.get(doc.uri) === entry) this.onAnalyzed(entry);
      }),
    );
    return entry;
  }

  /** The cached analysis, whatever its version (for cheap lookups), or undefined. */
  peek(uri: string): Analyzed | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** How many analyses are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops everything, e.g. when settings or knowledge change. */
  clear(): void {
    this.entries.clear();
  }
}
