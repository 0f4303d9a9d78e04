// Messages between the extension and the quote report's webview. The webview is treated
// as untrusted input: what it sends is checked before anything acts on it.

import type { ReportRow } from '../model/reportRows';
import type { ReportLabels } from './labels';

export interface ReportData {
  type: 'data';
  scope: 'article' | 'folder';
  /** Heading: the article's title (or file name), or the folder's name. */
  title: string;
  rows: ReportRow[];
  labels: ReportLabels;
}

export type ToWebview = ReportData;

export type FromWebview = { type: 'ready' } | { type: 'reveal'; id: number };

export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const msg = m as Record<string, unknown>;
  if (msg.type === 'ready') return true;
  return msg.type === 'reveal' && typeof msg.id === 'number' && Number.isInteger(msg.id) && msg.id >= 0;
}
