// Instructions the language server runs from spawn to a chosen point (valgrind cachegrind,
// every thread), with a scripted client: wall time on a shared machine says little, these
// counts repeat to a few tenths of a per cent (docs/performance-log.md, session 13).
//   npx tsx bench/startupInstructions.ts SERVER_JS [init|diagnostics] [warm|cold] [FOLDER]
// init: spawn → initialize answered (then shutdown and exit). diagnostics: spawn →
// initialize → initialized → didOpen of a 7 KB article in an empty folder (or in FOLDER,
// a workspace folder of articles) → its first publishDiagnostics, when the server is
// stopped by SIGTERM (so nothing after that moment counts). warm: with the engine's code cache a first run left (made here first,
// with the same node flags); cold: an empty cache folder. Node runs with --predictable
// --single-threaded (V8's compiles and collections on the main thread, in a fixed order).

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { CODE_CACHE_VARIABLE } from '../server/src/node/engine';
import { ROOT } from './corpus';

const [server, stop = 'diagnostics', cache = 'warm', workspace] = process.argv.slice(2);
if (!server || !['init', 'diagnostics'].includes(stop) || !['warm', 'cold'].includes(cache)) {
  console.error('usage: npx tsx bench/startupInstructions.ts SERVER_JS [init|diagnostics] [warm|cold] [FOLDER]');
  process.exit(2);
}
const NODE_FLAGS = ['--predictable', '--hash-seed=1', '--random-seed=1', '--single-threaded'];
const ARTICLE = fs.readFileSync(path.join(ROOT, 'seeds', '003_39a2c00878abc77a.txt'), 'utf8');

/** One server run: spawn (under valgrind or not) → stop; the valgrind summary when there is one. */
async function run(underValgrind: boolean, cacheFolder: string, folder: string): Promise<string> {
  const args = [...NODE_FLAGS, path.resolve(server), '--stdio'];
  const child: ChildProcess = underValgrind
    ? spawn('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${process.env.CG_OUT ?? '/dev/null'}`, process.execPath, ...args], { env: { ...process.env, [CODE_CACHE_VARIABLE]: cacheFolder } })
    : spawn(process.execPath, args, { env: { ...process.env, [CODE_CACHE_VARIABLE]: cacheFolder } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // A server that ends ends every wait on it: JSON-RPC leaves a request pending when the
  // stream closes (only dispose rejects it), and one run waited for a server already gone.
  let ended: Error | null = null;
  const exited = new Promise<void>((resolve) =>
    child.on('close', (code, signal) => {
      ended = new Error(`the server exited (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      connection.dispose();
      resolve();
    }),
  );
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  const uri = pathToFileURL(path.join(folder, 'opened-article.txt')).toString();
  const diagnostics = Promise.race([
    new Promise<void>((resolve) => connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
      if (p.uri === uri) resolve();
    })),
    exited.then(() => Promise.reject(ended)),
  ]);
  connection.listen();
  const folderUri = pathToFileURL(folder).toString();
  const capabilities = {
    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
    window: { workDoneProgress: true },
    textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
  };
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'folder' }], capabilities, locale: 'en' });
  if (stop === 'diagnostics') {
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'press-article', version: 1, text: ARTICLE } });
    await diagnostics;
  }
  // Valgrind still writes its counts when node dies of SIGTERM; a shutdown would count the
  // work queued after the diagnostics. The run that makes the code cache shuts down (it saves the cache).
  if (stop === 'diagnostics' && underValgrind) child.kill('SIGTERM');
  else {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  }
  await exited;
  connection.dispose();
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
  return stderr;
}

// Exits once the count is printed: two runs in session 16 stayed alive for minutes after it,
// with no child left and two sockets open (cause not found); nothing is left to wait for.
void (async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'press-review-startup-instructions-'));
  try {
    const folder = workspace ? path.resolve(workspace) : path.join(work, 'folder');
    const cacheFolder = path.join(work, 'cache');
    if (!workspace) fs.mkdirSync(folder);
    fs.mkdirSync(cacheFolder, { mode: 0o700 });
    if (cache === 'warm') await run(false, cacheFolder, folder);
    const summary = await run(true, cacheFolder, folder);
    const refs = /I\s+refs:\s+([\d,]+)/.exec(summary);
    if (!refs) throw new Error(`no valgrind summary:\n${summary}`);
    console.log(`${server} ${stop} (${cache} code cache): ${(Number(refs[1].replace(/,/g, '')) / 1e6).toFixed(1)} M instructions`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
})().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
