// Inlay hints: where a statement's speaker is not written at its cue — carried over
// (وأضاف: "…") or named by a title only (وقال الوزير الروسي: "…") — show who the
// analysis resolved it to, right there: وأضاف: ⟨لافروف⟩ "…".

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Analysis, Quote, Speaker } from '../analysis';
import type { Converter } from './convert';
import { within } from './within';

const HOW: Record<string, string> = {
  'carry-over': 'carried over from the preceding text',
  'title-reference': 'resolved from the title',
};

export function inlayHints(a: Analysis, convert: Converter, range: Range): InlayHint[] {
  const from = convert.offset(range.start);
  const to = convert.offset(range.end);
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const labels = new Map<string, string>();
  const label = (s: Speaker): string => {
    let l = labels.get(s.id);
    if (l === undefined) labels.set(s.id, (l = `⟨${shortName(s)}⟩`));
    return l;
  };
  const out: InlayHint[] = [];
  for (const q of a.quotes) {
    if (q.kind !== 'statement' || !q.speakerId || !(q.attribution === 'carry-over' || q.attribution === 'title-reference')) continue;
    const speaker = speakers.get(q.speakerId);
    if (!speaker) continue;
    const at = hintOffset(a, q, speaker);
    if (at < from || at > to) continue;
    out.push({
      position: convert.lines.position(at),
      label: label(speaker),
      kind: InlayHintKind.Parameter,
      tooltip: `${speaker.name}${speaker.role ? ` — ${speaker.role}` : ''} (${HOW[q.attribution]})`,
      paddingLeft: true,
      paddingRight: at === q.span.start,
    });
  }
  return out;
}

/** After the title that names the speaker, else after the cue (and its colon), else before the quote. */
function hintOffset(a: Analysis, q: Quote, speaker: Speaker): number {
  if (!q.cue) return q.span.start;
  if (q.attribution === 'title-reference') {
    // The title follows its cue word on the same line, before any quote mark: قال الوزير الروسي.
    const cueEnd = q.cue.end;
    // (A cue after the quote — "…"، قال الوزير — has its title after it too.)
    const end = q.span.start > cueEnd ? q.span.start : cueEnd + 120;
    const title = within(speaker.mentions, { start: cueEnd, end }, (m) => m).find((m) => m.via === 'title');
    if (title && !/[\n"«»“”]/.test(a.text.slice(cueEnd, title.start))) return title.end;
  }
  const end = q.cue.end;
  return a.text[end] === ':' ? end + 1 : end;
}

/** A person by surname (the last word of their names), as the article itself would say it; others in full. */
function shortName(s: Speaker): string {
  if (s.kind !== 'person') return s.name;
  const names = s.mentions.filter((m) => m.via === 'name').map((m) => m.text.trim());
  const shortest = names.length ? names.reduce((x, y) => (y.length < x.length ? y : x)) : s.name;
  return shortest.split(/\s+/).pop() ?? shortest;
}
