// Knowledge from the workspace: `.press-review/*.json` in each workspace folder plus the
// files named in `pressReview.knowledgeFiles`, merged over the built-in knowledge with
// the analysis' own buildKnowledge. A broken file or an invalid entry never costs the
// built-in knowledge: it becomes a diagnostic on that file, at the offending place
// (located with jsonc-parser, which reports offsets that JSON.parse does not).

import * as path from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LineIndex, type Knowledge, type KnowledgeSource } from '../analysis';
import { analysisEngine } from '../node/engine';
import { loadKnowledgeFiles, MAX_KNOWLEDGE_BYTES, readArticle } from '../node/files';
import { fileUri } from './workspaceFiles';

/** The folder of workspace knowledge files in each workspace folder. */
export const KNOWLEDGE_FOLDER = '.press-review';

export interface WorkspaceKnowledge {
  knowledge: Knowledge;
  /** The files it was built from (parsed), to build the same knowledge elsewhere (the index workers). */
  sources: KnowledgeSource[];
  /** Diagnostics per knowledge-file URI, for every file read (empty when the file is fine). */
  diagnostics: Map<string, Diagnostic[]>;
}

/** Where to look: each folder's .press-review/ and the extra paths (relative to each folder, or absolute). */
export function knowledgeTargets(folders: string[], extra: string[]): string[] {
  const targets = new Set<string>();
  for (const folder of folders) targets.add(path.join(folder, KNOWLEDGE_FOLDER));
  for (const p of extra) {
    if (path.isAbsolute(p)) targets.add(p);
    else for (const folder of folders) targets.add(path.join(folder, p));
  }
  return [...targets];
}

/** Globs to watch for knowledge files, relative to each folder (absolute extra paths are not watched). */
export function knowledgeGlobs(extra: string[]): string[] {
  return [`${KNOWLEDGE_FOLDER}/*.json`, ...extra.filter((p) => !path.isAbsolute(p)).flatMap((p) => [p, `${p}/*.json`])];
}

/** The knowledge last built, and the sources it was built from (as JSON). */
let lastBuilt: { sources: string; knowledge: Knowledge } | undefined;

/**
 * The knowledge of these sources: the last one built when they are the same files with the
 * same content, as on most reloads (a setting changed; no knowledge file at all), which
 * spares a build (about 145 M instructions) and keeps the analysis' memos of it.
 */
function knowledgeOf(sources: KnowledgeSource[]): Knowledge {
  const key = sourcesKey(sources);
  if (key === undefined || lastBuilt?.sources !== key) lastBuilt = { sources: key ?? '', knowledge: analysisEngine().buildKnowledge(sources) };
  return lastBuilt.knowledge;
}

/** The sources as JSON, or undefined for data JSON.stringify cannot write (nested deeper than the stack: JSON.parse reads 100,000 brackets). */
function sourcesKey(sources: KnowledgeSource[]): string | undefined {
  try {
    return JSON.stringify(sources);
  } catch {
    return undefined;
  }
}

export function loadWorkspaceKnowledge(targets: string[], language: 'en' | 'ar'): WorkspaceKnowledge {
  const sources: KnowledgeSource[] = [];
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const target of targets) {
    const loaded = loadKnowledgeFiles(target);
    for (const s of loaded.sources) {
      sources.push(s);
      diagnostics.set(fileUri(s.source), []);
    }
    for (const e of loaded.errors) diagnostics.set(fileUri(e.source), [syntaxDiagnostic(e.source, e.message, language)]);
  }
  const knowledge = knowledgeOf(sources);
  for (const { source, problems } of knowledge.problems) {
    const text = readText(source);
    const tree = text === null ? undefined : treeOf(text);
    const lines = new LineIndex(text ?? '');
    diagnostics.set(
      fileUri(source),
      problems.map((p) => {
        const span = locate(tree, p.path);
        return {
          range: { start: lines.position(span.start), end: lines.position(span.end) },
          severity: DiagnosticSeverity.Error,
          code: 'knowledge-invalid-entry',
          source: 'press-review',
          message: `${language === 'ar' ? 'لم يُستخدم هذا المدخل: ' : 'Entry not used: '}${p.message}${p.path ? ` (at ${p.path})` : ''}. The built-in knowledge is still used.`,
        };
      }),
    );
  }
  return { knowledge, sources, diagnostics };
}

/**
 * The syntax tree that locates problems, or undefined when the file nests deeper than
 * jsonc-parser's recursion can go (100,000 brackets: JSON.parse reads it, this overflows
 * the stack); the diagnostic then sits at the start of the file instead of losing every
 * knowledge file.
 */
function treeOf(text: string): Node | undefined {
  try {
    return parseTree(text);
  } catch {
    return undefined;
  }
}

/** The file's text to locate a problem in; never opens a named pipe or a device for reading (that blocked the server). */
function readText(file: string): string | null {
  const read = readArticle(file, MAX_KNOWLEDGE_BYTES);
  return read.ok ? read.text : null;
}

/** A file that is not valid JSON: the diagnostic sits where the parser stopped. */
function syntaxDiagnostic(file: string, fallbackMessage: string, language: 'en' | 'ar'): Diagnostic {
  const read = readText(file);
  const text = read ?? '';
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    // Nesting deeper than the parser's stack (a hostile file): the message of JSON.parse stands.
  }
  const lines = new LineIndex(text);
  // A file that cannot be read (a named pipe, too large) is said so, not parsed as empty.
  const first = read === null ? undefined : errors[0];
  const start = first ? first.offset : 0;
  const end = first ? first.offset + Math.max(first.length, 1) : Math.min(1, text.length);
  const detail = first ? `${printParseErrorCode(first.error)} at line ${lines.position(start).line + 1}` : fallbackMessage;
  return {
    range: { start: lines.position(start), end: lines.position(Math.min(end, text.length)) },
    severity: DiagnosticSeverity.Error,
    code: 'knowledge-invalid-json',
    source: 'press-review',
    message: `${language === 'ar' ? 'ملف المعرفة ليس JSON صالحاً' : 'This knowledge file is not valid JSON'} (${detail}); none of its entries are used. The built-in knowledge is still used.`,
  };
}

/** The text span of a problem's JSON path ("organizations[3]", "asOf", "" for the whole file). */
function locate(tree: Node | undefined, jsonPath: string): { start: number; end: number } {
  if (!tree) return { start: 0, end: 0 };
  const segments = jsonPath === '' ? [] : jsonPath.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = findNodeAtLocation(tree, segments) ?? tree;
  // An entry is marked at its id when it has one (one short line instead of a whole object).
  const id = node.type === 'object' ? findNodeAtLocation(node, ['id']) : undefined;
  // An unknown field is marked at its name.
  const target = id ?? (node.parent?.type === 'property' ? node.parent.children![0] : node);
  if (target === tree) return { start: tree.offset, end: Math.min(tree.offset + 1, tree.offset + tree.length) };
  return { start: target.offset, end: target.offset + target.length };
}
