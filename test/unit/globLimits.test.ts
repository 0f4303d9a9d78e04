// The globs of pressReview.files are bounded (issue 15): **/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt
// beside a long file name stalled the server for a minute.

import { strict as assert } from 'node:assert';
import { parseSettings } from '../../server/src/lsp/configuration';
import { globProblem, MAX_GLOBS } from '../../server/src/lsp/globLimits';

describe('pressReview.files glob bounds', () => {
  it('refuses a glob with many wildcards in one segment, and says why', () => {
    const hostile = '**/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt';
    const s = parseSettings({ files: [hostile, 'news/**/*.txt'] });
    assert.deepEqual(s.files, ['news/**/*.txt']);
    assert.match(s.refusedFiles?.[0] ?? '', /more than 3 wildcards/);
  });

  it('keeps the globs people write', () => {
    for (const glob of ['seeds/**/*.txt', '**/*.article', 'news/2024-*/*.txt', 'a/{b,c}/*.md', '**/?ews_*.txt']) assert.equal(globProblem(glob), null, glob);
  });

  it('refuses extended globs, overlong globs and globs past the count', () => {
    assert.match(globProblem('**/+(a|aa)*.txt') ?? '', /extended glob/);
    assert.match(globProblem(`${'a/'.repeat(200)}*.txt`) ?? '', /longer than/);
    const many = Array.from({ length: MAX_GLOBS + 5 }, (_, i) => `dir${i}/*.txt`);
    const s = parseSettings({ files: many });
    assert.equal(s.files.length, MAX_GLOBS);
    assert.equal(s.refusedFiles?.length, 5);
  });
});
