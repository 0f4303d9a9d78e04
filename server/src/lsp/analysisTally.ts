// How many times each article was analysed, on any thread: the open documents' analyses,
// the index's (workers and main thread) and the reports read from disk. For the debug
// stats only (the test that opening the views analyses each article once), so it counts
// nothing until the client asks for them: a server in use keeps no map of every file.

export class AnalysisTally {
  private counts: Map<string, number> | null = null;

  enable(): void {
    this.counts ??= new Map();
  }

  /** One analysis of the article at `uri` (the server's spelling, workspaceFiles.canonicalUri). */
  add(uri: string): void {
    if (this.counts) this.counts.set(uri, (this.counts.get(uri) ?? 0) + 1);
  }

  /** Analyses per URI so far. */
  byUri(): Record<string, number> {
    return Object.fromEntries(this.counts ?? []);
  }
}
