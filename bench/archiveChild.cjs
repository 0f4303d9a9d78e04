// The command line as the archive benchmark runs it: dist/cli.js in this process, and at
// exit this process's CPU time (every thread, so the workers too), the main thread's own
// CPU time (Linux only: it reads, hands out entries and writes lines, and must not be what
// holds the workers back) and peak memory as one JSON line on fd 3. A plain script:
// bench/archive.ts runs it with node.
const { readFileSync, writeSync } = require('node:fs');

/** CPU time (ms) of this process's main thread, from /proc; null where there is none. */
function mainThreadMs() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of stat; 12 and 13 after the name), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  writeSync(3, `${JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKB: u.maxRSS, mainThreadMs: mainThreadMs() })}\n`);
});
require(cli).cli();
