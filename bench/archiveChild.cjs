// The command line as the archive benchmark runs it: dist/cli.js in this process, and at
// exit this process's CPU time (every thread, so the workers too) and peak memory as one
// JSON line on fd 3. A plain script: bench/archive.ts runs it with node.
const { writeSync } = require('node:fs');
const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  writeSync(3, `${JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKB: u.maxRSS })}\n`);
});
require(cli).cli();
