// What the extension-host tests share: the workspace's files, the gold annotation, and
// waiting for the language server (it answers only once it has started and analysed).

import * as vscode from 'vscode';
import goldFiles from 'e2e:gold';
import type { GoldArticle } from '../../eval/gold';

export const EXTENSION_ID = 'press-review.press-review';
export const LANGUAGE_ID = 'press-article';

/** The gold annotation of every seed (test/fixtures/gold): what the editor should show. */
export const GOLD = goldFiles as GoldArticle[];

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end suite needs the workspace made by test/e2e/workspace.mjs');
  return folder.uri;
}

export const seedUri = (file: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'seeds', file);
/** The small articles written for these tests (test/e2e/articles/). */
export const articleUri = (file: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'articles', file);

export async function show(uri: vscode.Uri, at?: vscode.Position): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (at) editor.selection = new vscode.Selection(at, at);
  return editor;
}

/** Polls until `probe` gives a value (not undefined, null or false), or fails naming `what`. */
export async function eventually<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await vscode.workspace.openTextDocument(uri);
  return eventually(`document symbols of ${uri.path}`, async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols?.length ? symbols : undefined;
  });
}

/** The Press Review diagnostics of a document once the server has published some. */
export async function diagnosticsOf(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  await vscode.workspace.openTextDocument(uri);
  return eventually(`diagnostics of ${uri.path}`, () => {
    const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'press-review');
    return ours.length ? ours : undefined;
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Where one of `forms` is first written on one of the 1-based `lines` (0-based position). */
export function findMention(doc: vscode.TextDocument, lines: number[], forms: string[]): vscode.Position | undefined {
  for (const line of lines) {
    if (line < 1 || line > doc.lineCount) continue;
    const text = doc.lineAt(line - 1).text;
    for (const form of forms) {
      const at = text.indexOf(form);
      // The middle of the mention, as a reader's pointer would be.
      if (at >= 0) return new vscode.Position(line - 1, at + Math.floor(form.length / 2));
    }
  }
  return undefined;
}

/** The first organization of the gold that has an acronym and is written literally in the text. */
export function firstOrganization(doc: vscode.TextDocument, gold: GoldArticle): { org: GoldArticle['organizations'][number]; at: vscode.Position } | undefined {
  for (const org of gold.organizations) {
    if (!org.acronym) continue;
    const at = findMention(doc, org.lines, [org.name, ...org.other_forms]);
    if (at) return { org, at };
  }
  return undefined;
}
