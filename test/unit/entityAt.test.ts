// Hover everywhere a speaker is known (issue 18): every whole-word occurrence of a name a
// speaker is written under (the Outline and the views show the speaker) is a speaker to
// hover, references and rename, the title line included. On the seeds and, when the shared
// corpus is beside the checkout, the dev articles.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { entityAt } from '../../server/src/lsp/entityAt';
import { article, ROOT, seedFiles } from '../support/article';

const DEV = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
const files = [...seedFiles().map((f) => path.join(ROOT, 'seeds', f)), ...(fs.existsSync(DEV) ? fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => path.join(DEV, f)) : [])];
const letter = /[\p{L}\p{M}]/u;

describe('entityAt: a speaker wherever their name is written', function () {
  // 46 real articles analysed on a loaded machine: no time limit is asserted.
  this.timeout(120_000);
  it(`finds the speaker at every whole-word occurrence of their names, on ${files.length} real articles`, () => {
    const missed: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const a = analyze(text);
      for (const s of a.speakers) {
        for (const form of new Set(s.mentions.filter((m) => m.via === 'name').map((m) => m.text))) {
          if (form.length < 3) continue;
          for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            if (letter.test(text[i - 1] ?? '') || letter.test(text[i + form.length] ?? '')) continue;
            checked++;
            const at = entityAt(a, i + 1);
            if (at?.kind !== 'speaker' && at?.kind !== 'organization') missed.push(`${path.basename(file)}:${text.slice(0, i).split('\n').length} ${form}`);
          }
        }
      }
    }
    assert.ok(checked > 100, `${checked} occurrences checked`);
    assert.deepEqual(missed, []);
  });

  it('knows a name in the title that the analysis did not count as a mention', () => {
    const a = article(['ماكرون يزور بيروت', '', 'قال الرئيس الفرنسي إيمانويل ماكرون إن "الزيارة تهدف إلى دعم لبنان في هذه المرحلة".']);
    const at = entityAt(a, 2);
    assert.equal(at?.kind, 'speaker');
    assert.equal(at?.kind === 'speaker' && at.speaker.name, 'إيمانويل ماكرون');
    assert.equal(entityAt(a, a.text.indexOf('بيروت') + 1), null, 'not on another word');
  });
});
