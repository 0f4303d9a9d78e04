import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { SERVER_ENVIRONMENT, serverEnvironment } from '../../client/src/serverEnvironment';

/** What a Node process started with this environment writes to stderr before running `0`. */
function startupWarnings(env: NodeJS.ProcessEnv): string {
  return spawnSync(process.execPath, ['-e', '0'], { env, encoding: 'utf8' }).stderr;
}

describe('the environment the language server starts with', () => {
  it("keeps the client's variables and unsets NODE_EXTRA_CA_CERTS (the server opens no connection)", () => {
    const env = serverEnvironment({ PATH: '/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/bundle.crt', LANG: 'ar' });
    assert.equal(env.PATH, '/bin');
    assert.equal(env.LANG, 'ar');
    assert.equal(env.NODE_EXTRA_CA_CERTS, '');
  });

  it('makes Node skip the certificate file it would otherwise read at start', () => {
    // A bundle that does not exist: Node says so at start whenever it tries to read it.
    const withBundle = { ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/bundle.crt' };
    assert.match(startupWarnings(withBundle), /extra certs/i, 'Node reads the variable when it is set');
    assert.equal(startupWarnings({ ...withBundle, ...SERVER_ENVIRONMENT }), '', 'and reads nothing with the server environment');
  });
});
