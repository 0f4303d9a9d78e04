// The benchmark's result: a flat list of figures, each with its unit and, when the issue
// sets one, its target. The table and the JSON are two renderings of the same list.

export interface Target {
  /** "max": the figure must be at most `value`; "min": at least. */
  kind: 'max' | 'min';
  value: number;
}

export interface Figure {
  /** Stable machine name, e.g. "analysis.throughput.1MB". */
  id: string;
  section: Section;
  /** What a person reads in the table. */
  label: string;
  /** null when the figure could not be measured (the note says why). */
  value: number | null;
  unit: string;
  target?: Target;
  /** Whether the target is met; null without a target or without a value. */
  met: boolean | null;
  note?: string;
}

export type Section = 'analysis' | 'editor' | 'folder' | 'startup' | 'peer' | 'archive';

export const SECTION_TITLES: Record<Section, string> = {
  analysis: '1. Analysis throughput',
  editor: '2. Editor latency (server over stdio)',
  folder: '3. Folder scale',
  startup: '4. Start-up',
  peer: '5. Peer (cspell + Arabic dictionary)',
  archive: '6. Archive throughput (ANT articles, --format ndjson)',
};

export function figure(section: Section, id: string, label: string, value: number | null, unit: string, target?: Target, note?: string): Figure {
  const met = target && value !== null && Number.isFinite(value) ? (target.kind === 'max' ? value <= target.value : value >= target.value) : null;
  return { id, section, label, value: value !== null && Number.isFinite(value) ? value : null, unit, ...(target ? { target } : {}), met, ...(note ? { note } : {}) };
}

export const atMost = (value: number): Target => ({ kind: 'max', value });
export const atLeast = (value: number): Target => ({ kind: 'min', value });
