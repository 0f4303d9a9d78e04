// File-system helpers shared by the CLI and the language server (never by the pure
// analysis): reading an article as text, finding articles in folders, and loading
// workspace knowledge files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeSource } from '../analysis';
import { CANDIDATE_EXTENSIONS } from '../shared/articleFiles';

/** Files a folder given to the CLI expands into (../articleFiles.ts: any candidate). */
export const ARTICLE_EXTENSIONS = CANDIDATE_EXTENSIONS;

export type ReadResult = { ok: true; text: string } | { ok: false; notText: true; text: string } | { ok: false; notText: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text (BOM dropped, as editors do); invalid UTF-8 is "not text". */
export function readArticle(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, notText: false, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, notText: true, text: bytes.toString('latin1').slice(0, 16) };
  }
}

/** Expands folders into the article files they hold (recursively), sorted; files stay as given. */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}

/** Loads knowledge JSON files from a file or a folder; broken JSON becomes a source with the parse error. */
export function loadKnowledgeFiles(target: string): { sources: KnowledgeSource[]; errors: { source: string; message: string }[] } {
  const sources: KnowledgeSource[] = [];
  const errors: { source: string; message: string }[] = [];
  let files: string[] = [];
  try {
    files = fs.statSync(target).isDirectory()
      ? fs.readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(target, f))
      : [target];
  } catch {
    return { sources, errors };
  }
  for (const file of files) {
    try {
      sources.push({ source: file, data: JSON.parse(fs.readFileSync(file, 'utf8')) });
    } catch (e) {
      errors.push({ source: file, message: `not valid JSON: ${(e as Error).message}` });
    }
  }
  return { sources, errors };
}
