// Runs the press-review CLI in-process from a given folder and captures what it prints.
// json and ndjson runs use the built worker (dist/archiveWorker.js: npm test builds first).

import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../server/src/cli/main';
import { ROOT } from './article';

export async function runCli(args: string[], cwd = ROOT, stdin: string | Buffer = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const io = { stdin: Readable.from([Buffer.from(stdin)]), stderrIsTTY: false, workerScript: path.join(ROOT, 'dist', 'archiveWorker.js') };
    const code = await main(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`), io);
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}
