// "Open Knowledge Entry" and "Add Speaker / Organization to Workspace Knowledge".
// The server says what is under the cursor (pressReview/entityAt); this file opens the
// entry (the workspace file that defines it, or a read-only copy of the built-in one) or
// writes a new one into `.press-review/*.json`. Nothing is written, and workspace files
// are not consulted, in an untrusted workspace: there the server uses built-in knowledge only.

import * as vscode from 'vscode';
import type { EntityAt } from '../../server/src/protocol';
import { KNOWLEDGE_FOLDER } from './config';
import { insertEntry, KNOWLEDGE_FILES, organizationEntry, personEntry, type KnowledgeList } from './model/knowledgeFile';
import type { ServerRequests } from './requests';

export const BUILTIN_SCHEME = 'press-review-knowledge';

export interface EntityArgs {
  uri?: vscode.Uri | string;
  position?: { line: number; character: number };
}

export interface OpenedEntry {
  kind: EntityAt['kind'] | null;
  id: string | null;
  /** Where the entry was shown: a workspace file, the built-in copy, or nowhere. */
  source: 'workspace' | 'builtin' | 'none';
  uri?: string;
}

export interface AddArgs extends EntityArgs {
  /** Arabic names; the name under the cursor by default. */
  arabic?: string[];
  /** English name. When given, nothing is asked. */
  english?: string;
  /** Organizations: what it is, in English ("news agency"). */
  type?: string;
  acronym?: string;
  wikidata?: string;
}

export interface AddedEntry {
  uri: string;
  id: string;
  list: KnowledgeList;
}

const asUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

/** Serves read-only copies of built-in entries as JSON documents. */
export class BuiltinEntries implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly entries = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, this);

  uriFor(list: KnowledgeList, id: string, entry: unknown): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: BUILTIN_SCHEME, path: `/built-in/${list}/${id}.json` });
    this.entries.set(uri.toString(), `${JSON.stringify(entry, null, 2)}\n`);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.entries.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
  }
}

function target(args: EntityArgs | undefined): { uri: vscode.Uri; position: vscode.Position } | undefined {
  if (args?.uri) {
    const p = args.position ?? { line: 0, character: 0 };
    return { uri: asUri(args.uri), position: new vscode.Position(p.line, p.character) };
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { uri: editor.document.uri, position: args?.position ? new vscode.Position(args.position.line, args.position.character) : editor.selection.active } : undefined;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The workspace knowledge file and offset that define an id, if any. */
async function findInWorkspace(id: string): Promise<{ uri: vscode.Uri; offset: number } | undefined> {
  const pattern = new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`);
  for (const uri of await vscode.workspace.findFiles(`${KNOWLEDGE_FOLDER}/*.json`)) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const m = pattern.exec(text);
    if (m) return { uri, offset: m.index };
  }
  return undefined;
}

async function showAt(uri: vscode.Uri, offset: number | vscode.Position): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const pos = typeof offset === 'number' ? doc.positionAt(offset) : offset;
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
}

export async function openKnowledgeEntry(requests: ServerRequests, builtins: BuiltinEntries, args?: EntityArgs): Promise<OpenedEntry> {
  const at = target(args);
  const entity = at ? await requests.entityAt(at.uri, at.position) : null;
  if (!at || !entity) {
    vscode.window.setStatusBarMessage('Press Review: put the cursor on an organization or a speaker.', 4000);
    return { kind: null, id: null, source: 'none' };
  }
  const id = entity.kind === 'organization' ? (entity.entry ? entity.id : null) : entity.knowledgeId;
  if (entity.entry && id) {
    const own = vscode.workspace.isTrusted ? await findInWorkspace(id) : undefined;
    if (own) {
      await showAt(own.uri, own.offset);
      return { kind: entity.kind, id, source: 'workspace', uri: own.uri.toString() };
    }
    const uri = builtins.uriFor(entity.kind === 'organization' ? 'organizations' : 'people', id, entity.entry);
    await showAt(uri, new vscode.Position(0, 0));
    return { kind: entity.kind, id, source: 'builtin', uri: uri.toString() };
  }
  const command = entity.kind === 'organization' || entity.speakerKind === 'institution' ? 'pressReview.addOrganizationToKnowledge' : 'pressReview.addSpeakerToKnowledge';
  const offer = vscode.workspace.isTrusted && !(entity.kind === 'speaker' && entity.speakerKind === 'anonymous') ? ['Add to Workspace Knowledge'] : [];
  // Not awaited, so that the command returns at once; the button still works.
  void vscode.window.showInformationMessage(`Press Review: «${entity.name}» is not in the knowledge base.`, ...offer).then((choice) => {
    if (choice) void vscode.commands.executeCommand(command, { uri: at.uri.toString(), position: { line: at.position.line, character: at.position.character } });
  });
  return { kind: entity.kind, id: null, source: 'none' };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function ask(prompt: string, value = '', optional = false, check?: (v: string) => string | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Press Review: Add to Workspace Knowledge',
    prompt,
    value,
    ignoreFocusOut: true,
    validateInput: (v) => (!optional && !v.trim() ? 'Required' : check?.(v.trim())),
  });
}

const wikidataCheck = (v: string): string | undefined => (v && !/^Q\d+$/.test(v) ? 'A Wikidata item looks like Q12345' : undefined);

/** Writes a new speaker or organization into the workspace's `.press-review/` files. */
export async function addToKnowledge(requests: ServerRequests, what: 'speaker' | 'organization', args: AddArgs = {}): Promise<AddedEntry | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Press Review writes workspace knowledge only in a trusted workspace.');
    return undefined;
  }
  const interactive = args.english === undefined;
  const at = target(args);
  const entity = !args.arabic && at ? await requests.entityAt(at.uri, at.position) : null;

  let arabic = args.arabic ?? [];
  let english = args.english ?? '';
  if (!arabic.length && entity) {
    const fits = what === 'organization' ? entity.kind === 'organization' || (entity.kind === 'speaker' && entity.speakerKind === 'institution') : entity.kind === 'speaker' && entity.speakerKind === 'person';
    if (fits && entity.entry) {
      void vscode.window.showInformationMessage(`Press Review: «${entity.name}» is already in the knowledge base; use Open Knowledge Entry to see it.`);
      return undefined;
    }
    if (fits) {
      arabic = entity.kind === 'organization' ? [entity.name, ...entity.forms] : [entity.name, ...entity.names];
      if (entity.kind === 'organization') english ||= entity.english ?? '';
    }
  }
  const editor = vscode.window.activeTextEditor;
  if (!arabic.length && editor && !editor.selection.isEmpty) arabic = [editor.document.getText(editor.selection)];
  if (!arabic.length && interactive) {
    const name = await ask(`The ${what}'s name in Arabic, as written in articles`);
    if (!name) return undefined;
    arabic = [name];
  }
  if (!arabic.length) {
    void vscode.window.showWarningMessage(`Press Review: put the cursor on a ${what} or select their name first.`);
    return undefined;
  }

  if (interactive) {
    const name = await ask(`English name of «${arabic[0]}»`, english);
    if (!name) return undefined;
    english = name;
  }
  let type = args.type ?? 'organization';
  let wikidata = args.wikidata;
  if (interactive) {
    if (what === 'organization') {
      const t = await ask('What it is, in English (e.g. "news agency", "ministry", "political party")');
      if (!t) return undefined;
      type = t;
    }
    wikidata = await ask('Wikidata item, if you know it (e.g. Q1065); leave empty otherwise', '', true, wikidataCheck);
    if (wikidata === undefined) return undefined;
  }

  const list: KnowledgeList = what === 'organization' ? 'organizations' : 'people';
  const entry =
    what === 'organization'
      ? organizationEntry({ arabic, english, type, acronym: args.acronym, wikidata, asOf: today() })
      : personEntry({ arabic, english, wikidata, asOf: today() });

  const folder = (at && vscode.workspace.getWorkspaceFolder(at.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Press Review: open a folder to keep workspace knowledge in it.');
    return undefined;
  }
  const file = vscode.Uri.joinPath(folder.uri, KNOWLEDGE_FOLDER, KNOWLEDGE_FILES[list]);
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  const doc = exists ? await vscode.workspace.openTextDocument(file) : undefined;
  const result = insertEntry(doc?.getText(), list, entry);
  if (!result.ok) {
    void vscode.window.showWarningMessage(`Press Review: not added to ${vscode.workspace.asRelativePath(file)}: ${result.reason}${result.existingId ? ` (entry "${result.existingId}")` : ''}.`);
    return undefined;
  }
  if (doc) {
    // Through the editor, so an open (even unsaved) copy of the file stays consistent.
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) edit.replace(file, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${file.fsPath}`);
    await doc.save();
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, KNOWLEDGE_FOLDER));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
  }
  await showAt(file, result.offset);
  return { uri: file.toString(), id: result.id, list };
}
