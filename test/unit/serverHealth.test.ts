// The client's answer to a crashed language server (client/src/serverHealth.ts): it is
// restarted and the reviewer is told once; after too many crashes in a short time it is
// left stopped, with a message that says how to start it again.

import { strict as assert } from 'node:assert';
import { MAX_RESTARTS, MESSAGES, RESTART_WINDOW_MS, ServerHealth, type Notifier } from '../../client/src/serverHealth';

const RESTART = 2;
const DO_NOT_RESTART = 1;

function recorder(): { notifier: Notifier; info: string[]; errors: string[] } {
  const info: string[] = [];
  const errors: string[] = [];
  const notifier = {
    showInformationMessage: (m: string) => (info.push(m), Promise.resolve(undefined)),
    showErrorMessage: (m: string) => (errors.push(m), Promise.resolve(undefined)),
  } as unknown as Notifier;
  return { notifier, info, errors };
}

describe('the client when the language server crashes', () => {
  it('restarts it and says so once, however often it crashes now and then', () => {
    const r = recorder();
    let now = 0;
    const health = new ServerHealth(r.notifier, () => now);
    for (let i = 0; i < 10; i++) {
      now += RESTART_WINDOW_MS; // one crash every three minutes
      const result = health.closed();
      assert.equal(result.action, RESTART);
      assert.equal(result.handled, true, 'the language client adds no message of its own');
    }
    assert.deepEqual(r.info, [MESSAGES.restarted]);
    assert.deepEqual(r.errors, []);
  });

  it(`leaves it stopped after ${MAX_RESTARTS + 1} crashes within three minutes, and says how to start it`, () => {
    const r = recorder();
    let now = 0;
    const health = new ServerHealth(r.notifier, () => now);
    const actions: number[] = [];
    for (let i = 0; i <= MAX_RESTARTS; i++) {
      now += 1000;
      actions.push(health.closed().action);
    }
    assert.deepEqual(actions, [...Array(MAX_RESTARTS).fill(RESTART), DO_NOT_RESTART]);
    assert.deepEqual(r.info, [MESSAGES.restarted]);
    assert.deepEqual(r.errors, [MESSAGES.gaveUp]);
    assert.match(MESSAGES.gaveUp, /Reload the window/);
  });

  it('keeps the connection through a few read or write errors, then shuts it down', () => {
    const health = new ServerHealth(recorder().notifier);
    assert.deepEqual([1, 2, 3, 4].map((count) => health.error(new Error('EPIPE'), undefined, count).action), [1, 1, 1, 2]);
  });

  it('says why a server could not initialize, and does not retry in a loop', () => {
    const r = recorder();
    const health = new ServerHealth(r.notifier);
    assert.equal(health.initializationFailed(new Error('bad options')), false);
    assert.deepEqual(r.errors, [MESSAGES.failedToStart('bad options')]);
  });
});
