// An article file is read as strict UTF-8 (node/files.ts readArticle): checked and converted
// by Buffer's transcoder rather than by V8's slower decoder. It must read exactly what the
// fatal TextDecoder reads, and refuse exactly what it refuses.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readArticle } from '../../server/src/node/files';

const hex = (s: string): Buffer => Buffer.from(s.replace(/ /g, ''), 'hex');
const ARABIC = Buffer.from('عنوان الخبر\n\nقال الوزير: "نحن مستعدون للحوار" 😀 ‏\u2028 é.\n', 'utf8');

const CASES: [string, Buffer][] = [
  ['Arabic, an emoji (a surrogate pair), marks and separators', ARABIC],
  ['ASCII only', Buffer.from('Title\n\nThe minister said: "yes".\n')],
  ['one byte order mark', Buffer.concat([hex('efbbbf'), ARABIC])],
  ['two byte order marks (the second is text)', Buffer.concat([hex('efbbbf efbbbf'), ARABIC])],
  ['a mark in the middle', Buffer.concat([ARABIC, hex('efbbbf'), ARABIC])],
  ['empty', Buffer.alloc(0)],
  ['a NUL', Buffer.concat([ARABIC, hex('00'), ARABIC])],
  ['a stray continuation byte', Buffer.concat([ARABIC, hex('80')])],
  ['a sequence cut short at the end', Buffer.concat([ARABIC, hex('d8')])],
  ['a sequence cut short in the middle', Buffer.concat([ARABIC, hex('e2 82'), ARABIC])],
  ['an overlong encoding', hex('c0 af')],
  ['a surrogate encoded alone (CESU)', hex('ed a0 80')],
  ['past U+10FFFF', hex('f4 90 80 80')],
  ['a Latin-1 byte', Buffer.from('caf\xe9', 'latin1')],
];

describe('UTF-8 article files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-utf8-'));
  const fatal = new TextDecoder('utf-8', { fatal: true });

  for (const [name, bytes] of CASES) {
    it(`reads ${name} as the strict decoder does`, () => {
      const file = path.join(dir, 'a.article');
      fs.writeFileSync(file, bytes);
      let expected: string | null;
      try {
        expected = fatal.decode(bytes);
      } catch {
        expected = null;
      }
      const read = readArticle(file);
      if (expected === null) assert.ok(!read.ok && read.notText, JSON.stringify(read));
      else assert.deepEqual(read, { ok: true, text: expected });
    });
  }

  it('refuses some of the cases and reads the others (both kinds are tested)', () => {
    const refused = CASES.filter(([, b]) => {
      try {
        fatal.decode(b);
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(refused.length >= 5 && refused.length < CASES.length - 5, `${refused.length} refused`);
  });
});
