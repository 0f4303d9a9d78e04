import { strict as assert } from 'node:assert';
import { ReportMemo } from '../../../client/src/model/reportMemo';

describe('report memo: one article report per document version', () => {
  it('asks once for a version, again for a new version or after clear', async () => {
    const memo = new ReportMemo<string>();
    let asked = 0;
    const fetch = (answer: string) => () => {
      asked++;
      return Promise.resolve(answer);
    };
    assert.equal(await memo.get('a', 1, fetch('a1')), 'a1');
    assert.equal(await memo.get('a', 1, fetch('other')), 'a1', 'the same version: the first answer');
    assert.equal(asked, 1);
    assert.equal(await memo.get('a', 2, fetch('a2')), 'a2');
    assert.equal(await memo.get('b', 2, fetch('b2')), 'b2');
    assert.equal(asked, 3);
    memo.clear();
    assert.equal(await memo.get('a', 2, fetch('a2 again')), 'a2 again');
    assert.equal(asked, 4);
    memo.forget('a');
    assert.equal(memo.size, 0);
  });

  it('does not keep a failed request', async () => {
    const memo = new ReportMemo<string>();
    await assert.rejects(memo.get('a', 1, () => Promise.reject(new Error('server restarting'))));
    await new Promise((r) => setImmediate(r));
    assert.equal(await memo.get('a', 1, () => Promise.resolve('ok')), 'ok');
  });
});
