// The progress line of an archive run on stderr: entries done, articles per second and,
// when the number of entries is known, the percentage and the time left. Redrawn at most
// every 200 ms, on a terminal only (the caller decides).

export interface Progress {
  tick(): void;
  /** Clears the line, so that a message or the end of the run does not mix with it. */
  clear(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, clear: () => undefined };

const REDRAW_MS = 200;

export function progressLine(write: (s: string) => void, total: number | null, now: () => number = Date.now): Progress {
  const start = now();
  let done = 0;
  let drawnAt = -Infinity;
  let shown = false;
  return {
    tick() {
      done++;
      const t = now();
      if (t - drawnAt < REDRAW_MS && done !== total) return;
      drawnAt = t;
      shown = true;
      write(`\r\x1b[K${formatProgress(done, total, (t - start) / 1000)}`);
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
      drawnAt = -Infinity;
    },
  };
}

/** "1,234/21,153 articles (5.8%)  812 articles/s  ETA 0:24", or without the total and ETA when unknown. */
export function formatProgress(done: number, total: number | null, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const n = (x: number): string => Math.round(x).toLocaleString('en-US');
  let line = total === null ? `${n(done)} articles` : `${n(done)}/${n(total)} articles (${((100 * done) / Math.max(total, 1)).toFixed(1)}%)`;
  line += `  ${n(rate)} articles/s`;
  if (total !== null && rate > 0) line += `  ETA ${clock((total - done) / rate)}`;
  return line;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
