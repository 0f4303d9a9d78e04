// Document links: the web addresses the analysis found in the text become clickable.

import type { DocumentLink } from 'vscode-languageserver';
import type { Analysis } from '../analysis';
import type { Converter } from './convert';

export function documentLinks(a: Analysis, convert: Converter): DocumentLink[] {
  return a.links.map((l) => ({ range: convert.range(l), target: l.target, tooltip: `Open ${l.target}` }));
}
