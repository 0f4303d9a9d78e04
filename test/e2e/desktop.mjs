// The same extension-host suite on a developer's desktop, the standard way: @vscode/test-electron
// downloads VS Code (it cannot on the CI machines, whose network reaches only npm and Debian;
// there test/e2e/run.mjs uses code-server instead). Like run.mjs, it packages the extension,
// installs the .vsix into a fresh extensions folder and runs the suite against that
// installed copy, on a fresh copy of the workspace.
//   node test/e2e/desktop.mjs [--no-package] [--vscode-version 1.139.1]
// The browser checks (test/e2e/ui/) need code-server and run only through run.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { buildSuite } from './build.mjs';
import { makeWorkspace, ROOT } from './workspace.mjs';

const argv = process.argv.slice(2);
const versionAt = argv.indexOf('--vscode-version');
const version = versionAt >= 0 ? argv[versionAt + 1] : 'stable';

const vsix = join(ROOT, 'press-review.vsix');
if (!argv.includes('--no-package') || !existsSync(vsix)) execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
const suite = await buildSuite();

const scratch = mkdtempSync(join(tmpdir(), 'press-review-e2e-desktop-'));
const extensionsDir = join(scratch, 'extensions');
const userDataDir = join(scratch, 'user-data');
mkdirSync(extensionsDir);
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const install = spawnSync(cli, [...cliArgs, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`, '--install-extension', vsix], {
    encoding: 'utf8',
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed`);
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('press-review.press-review-'));
  if (!installed) throw new Error(`${vsix} did not install into ${extensionsDir}`);
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: join(extensionsDir, installed),
    extensionTestsPath: suite,
    launchArgs: [makeWorkspace(scratch), `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`, '--disable-extensions'],
  });
  console.log('e2e (desktop): passed');
} catch (e) {
  console.error(`e2e (desktop): ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
