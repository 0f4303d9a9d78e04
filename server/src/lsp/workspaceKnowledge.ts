// Knowledge from the workspace: `.press-review/*.json` in each workspace folder plus the
// files named in `pressReview.knowledgeFiles`, merged over the built-in knowledge with
// the analysis' own buildKnowledge. A broken file or an invalid entry never costs the
// built-in knowledge: it becomes a diagnostic on that file, at the offending place
// (located with jsonc-parser, which reports offsets that JSON.parse does not).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { buildKnowledge, LineIndex, type Knowledge, type KnowledgeSource } from '../analysis';
import { loadKnowledgeFiles } from '../node/files';
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
  const knowledge = buildKnowledge(sources);
  for (const { source, problems } of knowledge.problems) {
    const text = readText(source);
    const tree = text === null ? undefined : parseTree(text);
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

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** A file that is not valid JSON: the diagnostic sits where the parser stopped. */
function syntaxDiagnostic(file: string, fallbackMessage: string, language: 'en' | 'ar'): Diagnostic {
  const text = readText(file) ?? '';
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  const first = errors[0];
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
