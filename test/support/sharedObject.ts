// Whether a value reaches one object twice. JSON.parse gives every object once; V8's
// serialization format (lsp/keptReport.ts) keeps an object reached twice as one, so a
// kept report reads back as its JSON text would only if it has none.

/** The path of the first object reached a second time in `value`, or null. */
export function sharedObject(value: unknown): string | null {
  const seen = new Set<object>();
  const walk = (v: unknown, at: string): string | null => {
    if (v === null || typeof v !== 'object') return null;
    if (seen.has(v)) return at;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) {
      const found = walk(x, `${at}.${k}`);
      if (found) return found;
    }
    return null;
  };
  return walk(value, '$');
}
