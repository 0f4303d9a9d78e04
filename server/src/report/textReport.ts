// The human-readable review printed by `press-review analyze` (and `npm start`).

// The line index alone, not the analysis' index module: the command line would initialize the rules with it.
import type { Analysis } from '../analysis';
import { LineIndex } from '../analysis/lineIndex';
import { clipText } from './clip';
import type { FileFailure } from './fileFailure';
import { printable } from './printable';
import { plural } from '../shared/plural';

const KIND_LABEL = { statement: 'statement', term: 'term', title: 'title' } as const;

export function toTextReport(file: string, a: Analysis): string {
  const lines = new LineIndex(a.text);
  const at = (offset: number): string => {
    const p = lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [];
  out.push(`━━ ${file}`);
  if (a.notText) {
    out.push('  not a text article (binary data or invalid UTF-8): not analysed');
    return out.map(printable).join('\n');
  }
  out.push(`  title    ${a.title?.text ?? '(none)'}`);
  out.push(`  date     ${a.date ?? '(none)'}${a.source ? `    source ${a.source.source}` : ''}`);
  if (a.sections.length) {
    out.push('  sections');
    for (const s of a.sections) out.push(`    ${at(s.heading.start).padEnd(7)} ${s.heading.text}`);
  }
  const statements = a.quotes.filter((q) => q.kind === 'statement');
  out.push(`  quotes   ${a.quotes.length} (${plural(statements.length, 'statement')}, ${plural(a.quotes.length - statements.length, 'term or title', 'terms and titles')})`);
  for (const s of a.speakers) {
    out.push(`  ◆ ${s.name}${s.role ? ` — ${s.role}` : ''}${s.aliases.length ? `  (also: ${s.aliases.join('، ')})` : ''}`);
    for (const qi of s.quotes) {
      const q = a.quotes[qi];
      out.push(`      ${at(q.span.start).padEnd(7)} ${q.cue ? `[${q.cue.text}] ` : ''}«${clip(q.content.text)}»`);
    }
  }
  const unattributed = statements.filter((q) => !q.speakerId);
  if (unattributed.length) {
    out.push('  ◇ unattributed');
    for (const q of unattributed) out.push(`      ${at(q.span.start).padEnd(7)} «${clip(q.content.text)}»`);
  }
  const others = a.quotes.filter((q) => q.kind !== 'statement');
  if (others.length) out.push(`  terms and titles: ${others.map((q) => `${KIND_LABEL[q.kind]} «${clip(q.content.text, 30)}»`).join(' · ')}`);
  if (a.organizations.length) {
    out.push('  organizations');
    for (const o of a.organizations) out.push(`    ${o.name}${o.acronym ? ` (${o.acronym})` : ''}${o.english ? ` — ${o.english}` : ''}  ×${o.mentions.length}`);
  }
  if (a.findings.length) {
    out.push('  findings');
    for (const f of a.findings) out.push(`    ${at(f.span.start).padEnd(7)} ${f.severity.padEnd(11)} ${f.code.padEnd(18)} ${f.message}`);
  } else out.push('  findings none');
  // Each line is built from article text: no control character of it reaches the terminal.
  return out.map(printable).join('\n');
}

/** A file that was not analysed: its name and why, where its report would have been. */
export function toTextFailure(f: FileFailure): string {
  return [`━━ ${f.file}`, `  not analysed (${f.code}): ${f.message}`].map(printable).join('\n');
}

function clip(s: string, max = 70): string {
  return clipText(s, max);
}
