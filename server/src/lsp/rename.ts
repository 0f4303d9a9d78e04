// Rename a speaker's name across the file: on one word of a written name (لوكاشينكا in
// "ألكسندر لوكاشينكا"), every name of the same speaker that contains that spelling gets
// the new one. Titles (الوزير الروسي) are not names and cannot be renamed; nor can any
// text the analysis did not read as this speaker's name.

import { ErrorCodes, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis, Speaker, Span } from '../analysis';
import type { Converter } from './convert';
import { entityAt } from './entityAt';

interface NameWord extends Span {
  text: string;
}

/** The words of a written name with their offsets. */
function words(m: { start: number; text: string }): NameWord[] {
  return [...m.text.matchAll(/\S+/g)].map((w) => ({ start: m.start + w.index!, end: m.start + w.index! + w[0].length, text: w[0] }));
}

/** The name word under the cursor and its speaker, or null where nothing can be renamed. */
function nameWordAt(a: Analysis, offset: number): { speaker: Speaker; word: NameWord } | null {
  const at = entityAt(a, offset);
  // Only the analysis' own mentions are renamed together: a name written elsewhere is not one.
  if (!at || at.kind !== 'speaker' || at.mention.via !== 'name' || !at.speaker.mentions.includes(at.mention)) return null;
  const word = words(at.mention).find((w) => offset >= w.start && offset <= w.end);
  return word ? { speaker: at.speaker, word } : null;
}

export function prepareRename(a: Analysis, convert: Converter, offset: number): { range: Range; placeholder: string } | null {
  const found = nameWordAt(a, offset);
  return found ? { range: convert.range(found.word), placeholder: found.word.text } : null;
}

export function rename(uri: string, a: Analysis, convert: Converter, offset: number, newName: string): WorkspaceEdit | null {
  const found = nameWordAt(a, offset);
  if (!found) return null;
  const name = newName.trim();
  if (!name || /[\r\n"«»“”]/.test(name)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'A name cannot be empty or hold a line break or a quote mark.');
  }
  const edits = spellingsOf(found.speaker, found.word.text).map((w) => ({ range: convert.range(w), newText: name }));
  return { changes: { [uri]: edits } };
}

/** Every place a speaker's written names use this spelling of a word. */
function spellingsOf(speaker: Speaker, spelling: string): NameWord[] {
  return speaker.mentions
    .filter((m) => m.via === 'name')
    .flatMap(words)
    .filter((w, i, all) => w.text === spelling && all.findIndex((x) => x.start === w.start) === i);
}
