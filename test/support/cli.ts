// Runs the press-review CLI in-process from a given folder and captures what it prints.

import { main } from '../../server/src/cli/main';
import { ROOT } from './article';

export function runCli(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = main(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`));
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}
