import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { analysisEngine } from '../../server/src/node/engine';
import { COMPILE_FLAGS, compileSettingsApplied } from '../../server/src/node/compileSettings';

describe('compile settings: the analysis is compiled as the product chose (docs/performance-log.md, session 15)', () => {
  it('loading the engine sets them before its code is compiled', () => {
    analysisEngine();
    assert.equal(compileSettingsApplied(), true);
  });

  it('this Node knows every flag (an unknown one would print "unrecognized flag" on stderr)', () => {
    const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(COMPILE_FLAGS.join(' '))})`], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
  });
});
