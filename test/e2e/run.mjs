// The end-to-end runner for these machines (npm run test:e2e): the packaged extension in a
// real VS Code (code-server 4.139.1, driven by Debian's chromium through playwright-core).
//   1. installs its tools when missing (test/e2e/tools.mjs; cache outside the repository);
//   2. packages the extension (npm run package) and installs the .vsix into a fresh
//      extensions folder, as a user would;
//   3. starts code-server on loopback with fresh folders (test/e2e/codeServer.mjs);
//   4. runs the extension-host suite (test/e2e/suite/, the @vscode/test-electron shape) by
//      opening the workbench with extensionDevelopmentPath = the INSTALLED extension folder
//      and extensionTestsPath = the suite bundle, and collects its output and exit code;
//   5. runs the browser checks (test/e2e/ui/) on a fresh workbench: what a person sees;
//   6. prints "N passed, N failed", appends "e2e <passed> <failed>" to $PRESS_REVIEW_COUNTS,
//      and stops the server whatever happened.
// Options: --no-package reuses press-review.vsix; --headed shows the browser; --keep keeps
// the scratch folder (workspace, code-server's user data and logs) for a look afterwards.
// Screenshots and logs go to test-results/e2e/.
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { buildSuite } from './build.mjs';
import { CodeServer } from './codeServer.mjs';
import { ensureTools } from './tools.mjs';
import { makeWorkspace, ROOT } from './workspace.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const RESULTS = join(ROOT, 'test-results', 'e2e');
const START_LINE = 'press-review-e2e suite: start';
const COUNTS_LINE = /press-review-e2e counts: (\d+) passed, (\d+) failed, (\d+) pending/;
const SUITE_TIMEOUT_MS = 5 * 60_000;
const args = new Set(process.argv.slice(2));
const started = Date.now();
const log = (s) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${s}`);

let server;
let browser;
let scratch;
const cleanUp = () => {
  server?.stop();
  if (scratch && !args.has('--keep')) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanUp();
    process.exit(130);
  });
}

const counts = { host: { passed: 0, failed: 0, pending: 0 }, ui: { passed: 0, failed: 0, pending: 0 } };
let problem;
try {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const tools = ensureTools(log);
  const vsix = join(ROOT, 'press-review.vsix');
  if (!args.has('--no-package') || !existsSync(vsix)) {
    log('npm run package');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const suite = await buildSuite();

  scratch = mkdtempSync(join(tmpdir(), 'press-review-e2e-'));
  const workspace = makeWorkspace(scratch);
  server = new CodeServer({ ...tools, scratch, log });
  const installed = server.installExtension(vsix);
  log(`installed ${vsix.slice(ROOT.length + 1)} into ${installed}`);
  const url = await server.start();
  log(`code-server ${url} (log: ${server.serverLog})`);

  browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: !args.has('--headed'),
    // Chromium's own files (crash reports, caches) stay in the scratch folder too.
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'chromium', 'config'), XDG_CACHE_HOME: join(scratch, 'chromium', 'cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  // One browser context for both pages: the second load of the workbench comes from its cache.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  counts.host = await runHostSuite(context, url, workspace, installed, suite);
  log(`extension host: ${counts.host.passed} passed, ${counts.host.failed} failed, ${counts.host.pending} pending`);

  // A second copy of the workspace: a fresh window, nothing restored from the suite's run.
  counts.ui = await runBrowserChecks(context, url, makeWorkspace(scratch), installed);
  log(`browser: ${counts.ui.passed} passed, ${counts.ui.failed} failed, ${counts.ui.pending} pending`);
} catch (e) {
  problem = e;
  console.error(`e2e: ${e?.stack ?? e}`);
} finally {
  await browser?.close().catch(() => undefined);
  if (server && (problem || counts.host.failed || counts.ui.failed)) {
    try {
      copyFileSync(server.serverLog, join(RESULTS, 'code-server.log'));
    } catch {
      // no log yet
    }
  }
  cleanUp();
}

const passed = counts.host.passed + counts.ui.passed;
// A run that broke before or between the suites counts as a failure, so CI cannot pass on it.
const failed = counts.host.failed + counts.ui.failed + (problem ? 1 : 0);
const pending = counts.host.pending + counts.ui.pending;
if (process.env.PRESS_REVIEW_COUNTS) appendFileSync(process.env.PRESS_REVIEW_COUNTS, `e2e ${passed} ${failed}\n`);
log(`done; screenshots and logs in ${RESULTS.slice(ROOT.length + 1)}/`);
console.log(`e2e: ${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
process.exitCode = failed || passed === 0 ? 1 : 0;

/** Opens the workbench with the test payload; resolves with the suite's counts. */
async function runHostSuite(context, url, workspace, extensionFolder, suite) {
  const authority = await remoteAuthority(url, workspace);
  const remote = (path) => `vscode-remote://${authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionFolder)],
    ['extensionTestsPath', remote(suite)],
    // Like --disable-extensions on a desktop: no other extension starts with the suite.
    ['disableExtensions', 'true'],
  ];
  const page = await context.newPage();
  let result;
  let exitCode;
  let ended;
  const exited = new Promise((resolve) => (ended = resolve));
  // The workbench calls these when the suite logs and when it ends (smoke-test driver).
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
    ended();
  });
  // Everything the workbench logs goes to a file; the suite's own output (between its
  // start line and its counts line) is echoed here too.
  const workbenchLog = createWriteStream(join(RESULTS, 'workbench.log'));
  let echo = false;
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    workbenchLog.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] [${type}] ${text}\n`);
    if (text.includes(START_LINE)) echo = true;
    if (echo) for (const l of text.split('\n')) console.log(`  ${l}`);
    const m = COUNTS_LINE.exec(text);
    if (m) {
      result = { passed: +m[1], failed: +m[2], pending: +m[3] };
      echo = false;
    }
  });
  log('extension-host suite: opening the workbench with the test payload');
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the extension-host suite did not end within ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS)));
  try {
    await Promise.race([exited, timeout]);
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => undefined);
    workbenchLog.end();
  }
  if (!result) throw new Error(`the extension-host suite exited with code ${exitCode} without reporting its counts`);
  if ((exitCode === 0) !== (result.failed === 0)) throw new Error(`exit code ${exitCode} disagrees with ${result.failed} failed`);
  return result;
}

/** `remoteAuthority` from the served page's configuration (see ../shared/docs/E2E.md). */
async function remoteAuthority(url, workspace) {
  const html = await (await fetch(`${url}/?folder=${encodeURIComponent(workspace)}`)).text();
  const m = /id="vscode-workbench-web-configuration"\s+data-settings="([^"]*)"/.exec(html);
  if (!m) throw new Error('no workbench configuration in the page code-server served');
  const settings = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  if (!settings.remoteAuthority) throw new Error('the workbench configuration has no remoteAuthority');
  return settings.remoteAuthority;
}

/** Runs test/e2e/ui/*.test.ts with mocha in this process, on a page of its own. */
async function runBrowserChecks(context, url, workspace, extensionFolder) {
  require('tsx/cjs');
  const Mocha = require('mocha');
  const { session } = require('./ui/session.ts');
  const page = await context.newPage();
  Object.assign(session, { page, url, workspace, extensionFolder, screenshots: RESULTS });
  const mocha = new Mocha({ reporter: 'spec', timeout: 60_000, slow: 10_000 });
  const dir = join(ROOT, 'test', 'e2e', 'ui');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(join(dir, f));
  log('browser checks: opening the workbench as a reviewer would');
  try {
    return await new Promise((resolve) => {
      const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures, pending: runner.stats.pending }));
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}
