// `npm start`: the demo. Reviews the seeds with the CLI and exits 0 when the review ran,
// whatever it found: a newcomer asked to see a review, not to pass a gate. The CLI keeps
// its exit codes for CI (0 clean, 1 findings, 2 usage error or unreadable file); only a
// review that did not run (2, or the CLI missing) fails here.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = spawnSync(process.execPath, ['dist/cli.js', 'analyze', ...(process.argv.slice(2).length ? process.argv.slice(2) : ['seeds'])], { cwd: root, stdio: 'inherit' });
if (cli.error) console.error(`press-review: ${cli.error.message}`);
process.exitCode = cli.status === 0 || cli.status === 1 ? 0 : (cli.status ?? 2);
