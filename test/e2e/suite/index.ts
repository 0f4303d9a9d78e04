// The entry VS Code loads in the extension host (extensionTestsPath), the standard shape for
// @vscode/test-electron: run() drives mocha and rejects when a test fails. The same bundle
// runs on a desktop (test/e2e/desktop.mjs) and in code-server here (test/e2e/run.mjs).

import Mocha from 'mocha';
import { loadTests } from 'e2e:tests';

/** The runners read this line (through the extension host's console) for the counts. */
export const COUNTS_PREFIX = 'press-review-e2e counts:';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  // What mocha.addFile() + loadFiles() would do, for files that are bundled in.
  mocha.suite.emit('pre-require', globalThis, 'press-review-e2e', mocha);
  loadTests();
  console.log('press-review-e2e suite: start');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(`${COUNTS_PREFIX} ${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed, ${stats?.pending ?? 0} pending`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
  });
}
