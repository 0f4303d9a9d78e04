// press-review summarize: the cross-article summary of NDJSON written by
// `analyze --format ndjson` (or by the Spark recipe), read from files (gzip when the name
// ends in .gz) or from stdin, one line at a time.
//   press-review summarize [--format json|text] [--outlet-pattern REGEX] [--top N] [files…]

import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { byteLines, gunzipIfGzip, openJsonLines } from '../archive/lines';
import { DEFAULT_OUTLET_PATTERN, digestText, outletFrom, Summarizer } from '../archive/summarize';

const USAGE = `Usage: press-review summarize [options] [NDJSON files…]

Reads the JSON lines of \`press-review analyze --format ndjson\` (files, or stdin when
none is given; gzip is read directly) and prints, per outlet, the articles, statements,
unattributed statements and findings per rule, and per speaker the statements.

Options:
  --format json|text      output format (default: json)
  --outlet-pattern REGEX  the outlet is the first group of REGEX on each report's file
                          name (after the last /) or id, unless the object has an
                          "outlet" field
                          (default: ${DEFAULT_OUTLET_PATTERN}, the code before the first - or _)
  --top N                 speakers listed in text output (default 20)`;

export async function summarizeCommand(argv: string[], out: (s: string) => void, err: (s: string) => void, stdin: Readable): Promise<number> {
  let format: 'json' | 'text' = 'json';
  let pattern = DEFAULT_OUTLET_PATTERN;
  let top = 20;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string | undefined => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i]);
    if (arg === '-h' || arg === '--help') return out(USAGE), 0;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value();
      if (f !== 'json' && f !== 'text') return usage(err, `unknown format "${f}" (json or text)`);
      format = f;
    } else if (arg === '--outlet-pattern' || arg.startsWith('--outlet-pattern=')) {
      const p = value();
      if (p === undefined) return usage(err, '--outlet-pattern needs a value');
      pattern = p;
    } else if (arg === '--top' || arg.startsWith('--top=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) return usage(err, '--top takes a whole number');
      top = n;
    } else if (arg.startsWith('-') && arg !== '-') return usage(err, `unknown option "${arg}"`);
    else files.push(arg);
  }

  let outletOf;
  try {
    outletOf = outletFrom(pattern);
  } catch (e) {
    return usage(err, `--outlet-pattern: ${(e as Error).message}`);
  }
  const summarizer = new Summarizer(outletOf);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let status = 0;
  const read = async (lines: AsyncIterable<Uint8Array>): Promise<void> => {
    for await (const line of lines) {
      if (line.length === 0) continue;
      try {
        summarizer.add(JSON.parse(utf8.decode(line)));
      } catch {
        summarizer.skip();
      }
    }
  };
  const inputs = files.length ? files : ['-'];
  for (const file of inputs) {
    if (file !== '-' && !fs.existsSync(file)) {
      err(`press-review: cannot read ${file}: no such file`);
      status = 2;
      continue;
    }
    try {
      await read(byteLines(file === '-' ? gunzipIfGzip(stdin) : openJsonLines(file)));
    } catch (e) {
      err(`press-review: cannot read all of ${file === '-' ? 'stdin' : file}: ${(e as Error).message}`);
      status = 2;
    }
  }
  const digest = summarizer.digest();
  out(format === 'json' ? JSON.stringify(digest, null, 2) : digestText(digest, top));
  return status;
}

function usage(err: (s: string) => void, message: string): number {
  err(`press-review: ${message}\n\n${USAGE}`);
  return 2;
}
