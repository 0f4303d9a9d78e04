// A throw-away code-server: fresh user-data, extensions and XDG folders under one scratch
// folder, loopback only, no auth, quiet settings. It runs in its own process group so that
// stop() ends it and every child it started (extension host, language server) at once.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { withoutNpmVariables } from './tools.mjs';

/** User settings that keep VS Code quiet offline and the workbench predictable for tests. */
const USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'editor.hover.delay': 300,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
};

export class CodeServer {
  /** @param {{ node: string, codeServer: string, scratch: string, log: (s: string) => void }} o */
  constructor({ node, codeServer, scratch, log }) {
    this.node = node;
    this.entry = codeServer;
    this.log = log;
    this.dirs = {
      userData: join(scratch, 'user-data'),
      extensions: join(scratch, 'extensions'),
      xdg: join(scratch, 'xdg'),
    };
    for (const d of Object.values(this.dirs)) mkdirSync(d, { recursive: true });
    mkdirSync(join(this.dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(this.dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    this.config = join(scratch, 'config.yaml');
    writeFileSync(this.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    this.serverLog = join(scratch, 'code-server.log');
    this.env = {
      ...withoutNpmVariables(process.env),
      XDG_CONFIG_HOME: join(this.dirs.xdg, 'config'),
      XDG_DATA_HOME: join(this.dirs.xdg, 'data'),
      XDG_CACHE_HOME: join(this.dirs.xdg, 'cache'),
    };
    this.child = undefined;
  }

  /** Installs a .vsix into the fresh extensions folder; returns the installed extension's folder. */
  installExtension(vsix) {
    execFileSync(this.node, [this.entry, ...this.common(), '--install-extension', vsix], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const installed = readdirSync(this.dirs.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
    if (installed.length !== 1) throw new Error(`expected one installed extension, found: ${installed.join(', ') || 'none'}`);
    return join(this.dirs.extensions, installed[0]);
  }

  common() {
    return ['--config', this.config, '--user-data-dir', this.dirs.userData, '--extensions-dir', this.dirs.extensions];
  }

  /** Starts the server and resolves with its base URL once /healthz answers. */
  async start() {
    const port = await freePort();
    const out = createWriteStream(this.serverLog);
    this.child = spawn(
      this.node,
      [
        this.entry,
        ...this.common(),
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        // Lets the workbench honour extensionDevelopmentPath / extensionTestsPath in the URL.
        '--vscode-option',
        'enable-smoke-test-driver',
      ],
      { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child.stdout.pipe(out);
    this.child.stderr.pipe(out);
    const exited = new Promise((_, reject) => this.child.once('exit', (code) => reject(new Error(`code-server exited early (${code}); see ${this.serverLog}`))));
    this.url = `http://127.0.0.1:${port}`;
    await Promise.race([waitForHealth(this.url), exited]);
    return this.url;
  }

  /** Ends the server's whole process group. Safe to call more than once, and from 'exit'. */
  stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is gone
      }
      if (signal === 'SIGTERM') sleepSync(300);
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url}/healthz within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
