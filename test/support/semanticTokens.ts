// Decodes LSP semantic tokens (relative line/character deltas) into readable tokens.

import type { SemanticTokensLegend } from 'vscode-languageserver-protocol';

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

export function decodeTokens(data: number[], legend: SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1 && i < data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = data.slice(i, i + 5);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

/** The text each token covers, for readable assertions. */
export function tokenTexts(tokens: DecodedToken[], text: string): { text: string; type: string; modifiers: string[] }[] {
  const lines = text.split('\n');
  return tokens.map((t) => ({ text: lines[t.line].slice(t.character, t.character + t.length), type: t.type, modifiers: t.modifiers }));
}
