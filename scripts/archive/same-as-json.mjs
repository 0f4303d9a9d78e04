// Checks that `analyze --format ndjson` writes one line per article, each identical to
// that article's object in `analyze --format json` of the same build and inputs:
//   node scripts/archive/same-as-json.mjs [analyze options…] <files or folders…>
// Both outputs go to temporary files; the json array is read element by element (its
// layout is JSON.stringify(array, null, 2)), so neither is held whole.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-same-'));
const run = (format, file) => {
  const r = spawnSync(process.execPath, [cli, 'analyze', '--format', format, '--quiet', ...args], { stdio: ['ignore', fs.openSync(file, 'w'), 'inherit'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${format} run exited ${r.status}`);
};
const ndFile = path.join(dir, 'out.ndjson');
const jsonFile = path.join(dir, 'out.json');
run('ndjson', ndFile);
run('json', jsonFile);

// json elements: "  {" starts one, "  }" (with or without a comma) ends it.
async function* elements() {
  let lines = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(jsonFile), crlfDelay: Infinity })) {
    if (line === '  {') lines = ['{'];
    else if (line === '  }' || line === '  },') {
      lines.push('}');
      yield JSON.parse(lines.join('\n'));
      lines = [];
    } else if (lines.length) lines.push(line);
  }
}
const nd = readline.createInterface({ input: fs.createReadStream(ndFile), crlfDelay: Infinity })[Symbol.asyncIterator]();
let n = 0;
let different = 0;
for await (const expected of elements()) {
  const { value, done } = await nd.next();
  if (done) throw new Error(`ndjson ended after ${n} lines`);
  if (JSON.stringify(JSON.parse(value)) !== JSON.stringify(expected)) {
    if (different++ < 5) console.error(`different: ${expected.file}`);
  }
  n++;
}
const last = JSON.parse((await nd.next()).value);
const extra = (await nd.next()).done ? 0 : 1;
fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ articles: n, different, summaryEntries: last.summary?.entries ?? null, extraLines: extra }));
process.exitCode = different || extra || last.summary?.entries !== n ? 1 : 0;
