// "Add Speaker / Organization to Workspace Knowledge": builds an entry in the schema of
// the built-in knowledge files (server/src/shared/knowledgeSchema.ts) and inserts it
// into a `.press-review/*.json` file as one insertion, so the rest of the user's file
// (layout, order, other lists) stays byte for byte. jsonc-parser gives the offsets of
// the file's nodes (and tolerates what JSON.parse would reject with no position).
// Every entry is checked with the server's own validator before it is written.

import { applyEdits, findNodeAtLocation, parse, parseTree, type Edit, type ParseError } from 'jsonc-parser';
import { normalizeForMatch } from '../../../server/src/shared/matchText';
import { validateKnowledgeFile, type OrganizationEntry, type PersonEntry } from '../../../server/src/shared/knowledgeSchema';

export type KnowledgeList = 'organizations' | 'people';

/** The file each list is added to, under `.press-review/`. */
export const KNOWLEDGE_FILES: Record<KnowledgeList, string> = { organizations: 'organizations.json', people: 'people.json' };

export const NEW_FILE_COMMENT =
  'Workspace knowledge for Press Review, in the schema of the built-in files (server/src/shared/knowledgeSchema.ts). An entry with a built-in id replaces the built-in one.';

/** A lower-case ASCII slug of an English name: "Collective Security Council" → "collective-security-council". */
export function slug(english: string): string {
  return english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const unique = (xs: string[]): string[] => [...new Set(xs.map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean))];

export interface OrganizationInput {
  arabic: string[];
  english: string;
  type: string;
  acronym?: string;
  wikidata?: string;
  asOf: string;
}

export function organizationEntry(input: OrganizationInput): OrganizationEntry {
  // Keys in the order of the built-in files; an empty Wikidata id is left out.
  return {
    id: slug(input.english) || 'organization',
    arabic: unique(input.arabic),
    english: input.english.trim(),
    acronym: input.acronym?.trim() || null,
    type: input.type.trim(),
    ...(input.wikidata?.trim() ? { wikidata: input.wikidata.trim() } : {}),
    asOf: input.asOf,
  };
}

export interface PersonInput {
  arabic: string[];
  english: string;
  wikidata?: string;
  asOf: string;
}

/**
 * A person with the names written in the article: the full names (those of more than one
 * word, when there are any) and, as surnames, their last words and the one-word names
 * (لافروف of سيرغي لافروف), which let the analysis find the person by surname alone.
 * Offices are left for the user: a role id and dates cannot be guessed from one article.
 */
export function personEntry(input: PersonInput): PersonEntry {
  const names = unique(input.arabic);
  const full = names.some((n) => n.includes(' ')) ? names.filter((n) => n.includes(' ')) : names;
  const surnames = unique([...full.map((n) => n.split(' ').pop()!), ...names.filter((n) => !n.includes(' '))]);
  // Wikidata is asked for but may be unknown to the user: an empty id is left out.
  return {
    id: slug(input.english) || 'person',
    arabic: full,
    surnames,
    english: input.english.trim(),
    ...(input.wikidata?.trim() ? { wikidata: input.wikidata.trim() } : {}),
    offices: [],
    asOf: input.asOf,
  } as PersonEntry;
}

export type InsertResult =
  | { ok: true; text: string; edits: Edit[]; id: string; offset: number }
  | { ok: false; reason: string; existingId?: string };

/** The file's line break and one level of its indentation. */
function layout(text: string): { eol: string; unit: string } {
  const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((m) => m[1]);
  const unit = indents.length ? indents.reduce((a, b) => (b.length < a.length ? b : a)) : '  ';
  return { eol: text.includes('\r\n') ? '\r\n' : '\n', unit };
}

/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** A value as pretty JSON whose lines after the first start at `indent`. */
function pretty(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(`${eol}${indent}`);
}

/** Names compare as the analysis matches them: no diacritics, one alef, one ya. */
const normalizeName = (s: string): string => normalizeForMatch(s).replace(/\s+/g, ' ').trim();

/**
 * Inserts the entry at the end of its list in `text` (the current file, or undefined for a
 * new file). The id gets a numeric suffix when taken; an entry that already lists one of
 * the Arabic names is refused, naming the entry that has it.
 */
export function insertEntry(text: string | undefined, list: KnowledgeList, entry: OrganizationEntry | PersonEntry): InsertResult {
  const source = text && text.trim() ? text : undefined;
  let data: Record<string, unknown> = {};
  if (source) {
    const errors: ParseError[] = [];
    const parsed: unknown = parse(source, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'the file is not a JSON object; fix it first' };
    data = parsed as Record<string, unknown>;
    if (data[list] !== undefined && !Array.isArray(data[list])) return { ok: false, reason: `"${list}" in the file is not a list` };
  }
  const existing = (Array.isArray(data[list]) ? data[list] : []) as { id?: unknown; arabic?: unknown }[];
  const names = new Set(entry.arabic.map(normalizeName));
  for (const e of existing) {
    if (Array.isArray(e?.arabic) && e.arabic.some((n) => typeof n === 'string' && names.has(normalizeName(n)))) {
      return { ok: false, reason: 'an entry with this name is already there', existingId: typeof e.id === 'string' ? e.id : undefined };
    }
  }
  const ids = new Set(existing.map((e) => e?.id));
  let id = entry.id;
  for (let n = 2; ids.has(id); n++) id = `${entry.id}-${n}`;
  const value = { ...entry, id };

  // The insertion is written by hand, not by jsonc-parser's formatter, which would also
  // re-indent the entry before it: the user's own entries must stay byte for byte.
  const base = source ?? `{\n  "$comment": ${JSON.stringify(NEW_FILE_COMMENT)}\n}\n`;
  const { eol, unit } = layout(base);
  const root = parseTree(base)!;
  const listNode = findNodeAtLocation(root, [list]);
  let edit: Edit;
  if (listNode && listNode.children?.length) {
    const last = listNode.children[listNode.children.length - 1];
    const indent = indentAt(base, last.offset);
    edit = { offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${pretty(value, indent, unit, eol)}` };
  } else if (listNode) {
    const indent = indentAt(base, listNode.offset);
    edit = { offset: listNode.offset, length: listNode.length, content: `[${eol}${indent}${unit}${pretty(value, indent + unit, unit, eol)}${eol}${indent}]` };
  } else {
    const properties = root.children ?? [];
    const last = properties[properties.length - 1];
    const indent = last ? indentAt(base, last.offset) : unit;
    const property = `"${list}": [${eol}${indent}${unit}${pretty(value, indent + unit, unit, eol)}${eol}${indent}]`;
    edit = last
      ? { offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${property}` }
      : { offset: root.offset, length: root.length, content: `{${eol}${indent}${property}${eol}}` };
  }
  const edits = [edit];
  const out = applyEdits(base, edits);

  const check = validateKnowledgeFile(parse(out));
  const mine = check.problems.filter((p) => p.path.startsWith(`${list}[${existing.length}]`));
  if (mine.length) return { ok: false, reason: mine.map((p) => p.message).join('; ') };
  const node = findNodeAtLocation(parseTree(out)!, [list, existing.length]);
  return { ok: true, text: out, edits: source ? edits : [{ offset: 0, length: 0, content: out }], id, offset: node?.offset ?? 0 };
}
