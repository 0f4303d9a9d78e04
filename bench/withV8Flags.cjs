// Runs a node script with V8 flags set at run time, as a product process would set them
// before it loads the engine (docs/performance-log.md, session 15, compile settings):
//   node bench/withV8Flags.cjs "FLAGS" SCRIPT ARGS…   ("" for none, the same start's baseline)
const v8 = require('node:v8');
const path = require('node:path');

const [flags, script] = process.argv.slice(2);
if (flags === undefined || !script) {
  console.error('usage: node bench/withV8Flags.cjs "FLAGS" SCRIPT ARGS…');
  process.exit(2);
}
if (flags) v8.setFlagsFromString(flags);
const main = path.resolve(script);
process.argv.splice(1, 3, main);
require(main);
