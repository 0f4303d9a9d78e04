// Tells the client which articles changed in the folder model, so that its views fetch
// those alone: the index files its results in batches every few milliseconds, and the
// URIs of the batches that arrive within DELAY_MS go out in one notification. Silent until
// started (the client asked for a folder report: before that it holds none to refresh).

/** Batches within this long go out together; the client waits longer before it asks. */
const DELAY_MS = 50;

export class ChangeNotifier {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(private readonly send: (uris: string[]) => void) {}

  start(): void {
    this.started = true;
  }

  add(uris: string[]): void {
    if (!this.started || !uris.length) return;
    for (const u of uris) this.pending.add(u);
    this.timer ??= setTimeout(() => this.flush(), DELAY_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const uris = [...this.pending];
    this.pending.clear();
    if (uris.length) this.send(uris);
  }
}
