// One article report per version of an open document. After a pause in typing the status
// bar, the folder store and an open quote report all want the edited article's report:
// the first asks the server, the others get the same answer. Cleared when the server
// says the reports changed for another reason (rule settings, knowledge).

export class ReportMemo<T> {
  private readonly latest = new Map<string, { version: number; answer: Promise<T> }>();

  /** The answer for this version of `uri`, fetched once. */
  get(uri: string, version: number, fetch: () => Promise<T>): Promise<T> {
    const hit = this.latest.get(uri);
    if (hit && hit.version === version) return hit.answer;
    const answer = fetch();
    this.latest.set(uri, { version, answer });
    // A failed request is not kept: the next caller asks again.
    answer.catch(() => {
      if (this.latest.get(uri)?.answer === answer) this.latest.delete(uri);
    });
    return answer;
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  clear(): void {
    this.latest.clear();
  }

  get size(): number {
    return this.latest.size;
  }
}
