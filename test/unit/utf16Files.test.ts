// A file saved as "Unicode" by Windows Notepad or Word is UTF-16 with a byte order mark;
// editors read it by its mark, and so does the command line (it was "not text"). UTF-16
// without a mark, or broken after its mark, is still not text.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readArticle } from '../../server/src/node/files';
import { runCli } from '../support/cli';

const ARTICLE = 'عنوان الخبر\n\nقال وزير الخارجية الروسي سيرغي لافروف: "نحن مستعدون للحوار".\n';

function utf16(bigEndian: boolean, text: string): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
}

describe('UTF-16 files with a byte order mark', function () {
  this.timeout(60000);

  it('reads UTF-16 LE and BE with a mark as the same text as UTF-8, without the mark', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-utf16-'));
    for (const [name, bytes] of [['le.txt', utf16(false, ARTICLE)], ['be.txt', utf16(true, ARTICLE)]] as const) {
      fs.writeFileSync(path.join(dir, name), bytes);
      assert.deepEqual(readArticle(path.join(dir, name)), { ok: true, text: ARTICLE }, name);
    }
  });

  it('analyses them on the command line as the UTF-8 file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-utf16-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'le.txt'), utf16(false, ARTICLE));
    fs.writeFileSync(path.join(dir, 'be.txt'), utf16(true, ARTICLE));
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', '.'], dir);
    const reports = JSON.parse(r.out) as { file: string; notText: boolean; quotes: { speaker: string | null }[] }[];
    const strip = ({ file: _file, ...rest }: { file: string }) => rest;
    const utf8 = reports.find((x) => x.file === 'a.txt')!;
    assert.equal(utf8.quotes[0].speaker, 'سيرغي لافروف');
    for (const f of ['le.txt', 'be.txt']) assert.deepEqual(strip(reports.find((x) => x.file === f)!), strip(utf8), f);
  });

  it('keeps UTF-16 without a mark, and a mark followed by an odd byte, as not text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-utf16-'));
    fs.writeFileSync(path.join(dir, 'nomark.txt'), Buffer.from(ARTICLE, 'utf16le'));
    fs.writeFileSync(path.join(dir, 'odd.txt'), Buffer.concat([utf16(false, ARTICLE), Buffer.from([0x41])]));
    assert.equal((readArticle(path.join(dir, 'odd.txt')) as { notText?: boolean }).notText, true, 'not valid UTF-16');
    // Binary bytes after FF FE that decode as UTF-16: one letter, or symbols and rare characters.
    fs.writeFileSync(path.join(dir, 'letter.bin'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'symbols.bin'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' ⣃⣃⣃⣃⣃⣃⣃⣃⣃⣃⣃⣃ نص', 'utf16le')]));
    for (const name of ['letter.bin', 'symbols.bin']) assert.equal((readArticle(path.join(dir, name)) as { notText?: boolean }).notText, true, name);
    const r = await runCli(['analyze', '--no-workspace-knowledge', '--format', 'json', '.'], dir);
    // Without a mark, Arabic in UTF-16 reads as UTF-8 full of control characters: the analysis says not text.
    assert.deepEqual((JSON.parse(r.out) as { file: string; notText: boolean }[]).map((x) => `${x.file}:${x.notText}`), ['nomark.txt:true', 'odd.txt:true']);
  });
});
