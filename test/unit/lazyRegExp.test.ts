// Patterns with Unicode property classes are made on first use (analysis/lazyRegExp.ts):
// V8 then checks each once, not at every parse of the code around it. Each is made once
// and kept, and every one is listed for the regular-expression tests (regexes.test.ts).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import '../../server/src/analysis';
import { lazyPatterns, lazyRegExp } from '../../server/src/analysis/lazyRegExp';
import { ROOT } from '../support/article';

describe('lazyRegExp', () => {
  it('makes the pattern on the first call, with its flags, and returns that same object after', () => {
    const letter = lazyRegExp(String.raw`^\p{L}+$`, 'u');
    const made = letter();
    assert.equal(made.source, String.raw`^\p{L}+$`);
    assert.equal(made.flags, 'u');
    assert.equal(letter(), made);
    assert.ok(made.test('قال') && !made.test('42'));
  });

  it('lists the patterns every declaring module of the analysis declared, as written in the sources', () => {
    const listed = new Set(lazyPatterns().map((re) => `/${re.source}/${re.flags}`));
    const dir = path.join(ROOT, 'server', 'src', 'analysis');
    let declared = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/lazyRegExp\(String\.raw`([^`]*)`, '([a-z]*)'\)/g)) {
        declared++;
        assert.ok(listed.has(`/${m[1]}/${m[2]}`), `${file}: /${m[1]}/${m[2]} is not listed`);
      }
    }
    assert.ok(declared >= 10, `only ${declared} lazy patterns found in the analysis`);
  });
});
