// A stand-in for the language server's workspace index, run as its own process so that
// its start, its time and its peak memory are its own: it opens one article (as an
// editor would), then reads and analyses every article of a folder, keeping per file
// only what folder-wide features need (speakers, organizations and their mention
// spans), and answers hover requests on the open article meanwhile (over IPC).
// Bundled by bench/folder.ts with esbuild and run with plain node.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { Converter } from '../../server/src/lsp/convert';
import { hoverAt } from '../../server/src/lsp/hover';

interface FileSummary {
  file: string;
  title: string | null;
  speakers: { name: string; aliases: string[]; mentions: [number, number][] }[];
  organizations: { id: string; mentions: [number, number][] }[];
}

const [dir, openFile, hoverOffset] = process.argv.slice(2);
const knowledge = builtinKnowledge();
const openText = fs.readFileSync(openFile, 'utf8');
const open = { analysis: analyze(openText, { knowledge }), convert: new Converter(openText) };

process.on('message', (m: { hover: number }) => {
  const hover = hoverAt(open.analysis, open.convert, Number(hoverOffset), knowledge);
  process.send!({ hover: m.hover, found: hover !== null });
});

function articleFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.article')).map((f) => path.join(root, f));
}

async function main(): Promise<void> {
  process.send!({ ready: true });
  const index = new Map<string, FileSummary>();
  let bytes = 0;
  for (const file of articleFiles(dir)) {
    const text = await fs.promises.readFile(file, 'utf8');
    bytes += text.length;
    const a = analyze(text, { knowledge });
    index.set(file, {
      file,
      title: a.title?.text ?? null,
      speakers: a.speakers.map((s) => ({ name: s.name, aliases: s.aliases, mentions: s.mentions.map((m) => [m.start, m.end]) })),
      organizations: a.organizations.map((o) => ({ id: o.id, mentions: o.mentions.map((m) => [m.start, m.end]) })),
    });
  }
  process.send!({ done: true, files: index.size, chars: bytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
}

void main();
