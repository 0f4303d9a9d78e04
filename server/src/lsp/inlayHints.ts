// Inlay hints: where a statement's speaker is not written at its cue — carried over
// (وأضاف: "…") or named by a title only (وقال الوزير الروسي: "…") — show who the
// analysis resolved it to: by default at the END of the line (a hint inside an Arabic line
// is a span of its own, and VS Code lays the line's spans out left to right, which moves the
// hint beside the wrong word and reorders the words: microsoft/vscode #86667), or, with
// `pressReview.editor.inlineMarks`, right at the cue: وأضاف: ⟨لافروف⟩ "…".

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Analysis, Quote, Speaker } from '../analysis';
import type { Converter } from './convert';
import { within } from './within';

const HOW: Record<string, string> = {
  'carry-over': 'carried over from the preceding text',
  'title-reference': 'resolved from the title',
};

/** Where the hints go: after the last character of the cue's line, or at the cue itself. */
export type HintPlacement = 'lineEnd' | 'atCue';

export function inlayHints(a: Analysis, convert: Converter, range: Range, placement: HintPlacement = 'lineEnd'): InlayHint[] {
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
    const cueAt = hintOffset(a, q, speaker);
    const at = placement === 'atCue' ? cueAt : lineEnd(a.text, cueAt);
    if (at < from || at > to) continue;
    out.push({
      position: convert.lines.position(at),
      label: label(speaker),
      kind: InlayHintKind.Parameter,
      tooltip: `${speaker.name}${speaker.role ? ` — ${speaker.role}` : ''} (${HOW[q.attribution]})`,
      paddingLeft: true,
      paddingRight: placement === 'atCue' && at === q.span.start,
    });
  }
  return placement === 'atCue' ? out : mergeByPosition(out);
}

/**
 * Hints at the same line end as one: separate hints are separate boxes laid out left to
 * right, so an Arabic reader would meet them in reverse order; one label is one bidi run.
 */
function mergeByPosition(hints: InlayHint[]): InlayHint[] {
  const byKey = new Map<string, InlayHint>();
  for (const h of hints) {
    const key = `${h.position.line}:${h.position.character}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...h });
    else if (!String(seen.label).split(' ').includes(String(h.label))) {
      seen.label = `${String(seen.label)} ${String(h.label)}`;
      seen.tooltip = `${String(seen.tooltip)}\n${String(h.tooltip)}`;
    }
  }
  return [...byKey.values()];
}

/** The end of the line holding `at` (before its line break). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
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
