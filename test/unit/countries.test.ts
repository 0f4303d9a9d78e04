// Every country is a title's country, not only the ~70 once listed by hand: the built-in list
// is every ISO 3166-1 country named by CLDR (scripts/build-countries.mjs). Zimbabwe, Nigeria and
// New Zealand were not listed before, so ل on Zimbabwe was read as the first word of the name
// (the speaker "لزيمبابوي روبرت موغابي") and الرئيس النيجيري gave no office.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CountryEntry } from '../../server/src/shared/knowledgeSchema';
import { article, ROOT, statements } from '../support/article';

const countries: CountryEntry[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'src', 'knowledge', 'countries.json'), 'utf8')).countries;

/** The speakers of an article's statements, with their roles. */
function speakersOf(text: string): { name: string | null; role: string | null }[] {
  const a = article(text);
  return statements(a).map((s) => ({ name: s.speaker, role: a.speakers.find((p) => p.name === s.speaker)?.role ?? null }));
}

describe('countries: every ISO 3166 country is a title\'s country', () => {
  it('reads ل on a country the old list lacked as the title\'s complement, not the name\'s first word (الرئيس السابق لزيمبابوي)', () => {
    assert.deepEqual(
      speakersOf('وقال الرئيس السابق لزيمبابوي روبرت موغابي إن "الانتخابات يجب أن تكون حرة".').map((s) => s.name),
      ['روبرت موغابي'],
    );
    assert.deepEqual(
      speakersOf('وقالت مديرة منظمة العفو لنيجيريا اوسا اوجيغو إن "الحكومة فشلت في حماية الطالبات".').map((s) => s.name),
      ['اوسا اوجيغو'],
    );
  });

  it('gives the office its country by a new country\'s name or adjective (رئيس وزراء نيوزيلندا، الرئيس النيجيري)', () => {
    assert.deepEqual(speakersOf('وقالت رئيسة وزراء نيوزيلندا جاسيندا أرديرن إن "البلاد تقف صفا واحدا".'), [
      { name: 'جاسيندا أرديرن', role: 'Prime Minister of New Zealand' },
    ]);
    assert.deepEqual(speakersOf('وقال الرئيس النيجيري محمد بخاري إن "الحكومة ستواصل الحرب على الفساد".'), [
      { name: 'محمد بخاري', role: 'President of Nigeria' },
    ]);
  });

  it('lists each ISO code once, and names every generated country first as CLDR does in Arabic', () => {
    const codes = countries.map((c) => c.iso);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.every((c) => c && /^[A-Z]{2}$/.test(c)), 'every entry has its ISO 3166-1 code');
    assert.ok(countries.length >= 240, `${countries.length} countries`);
    const arabic = new Intl.DisplayNames(['ar'], { type: 'region' });
    const short = new Intl.DisplayNames(['ar'], { type: 'region', style: 'short' });
    for (const c of countries.filter((e) => e.generated)) {
      const cldr = [arabic.of(c.iso!)!, short.of(c.iso!)!].flatMap((n) => n.split(/ \(|\)| - /)).filter(Boolean);
      assert.ok(cldr.some((n) => n.startsWith(c.arabic[0]) || c.arabic[0].startsWith(n)), `${c.iso}: ${c.arabic[0]} is not CLDR's ${cldr.join(' / ')}`);
    }
  });

  it('leaves out a country\'s form that copy mostly writes as a common word (مالي financial, المالية finance)', () => {
    const forms = new Set(countries.flatMap((c) => [...c.arabic, ...c.adjectives]));
    for (const word of ['مالي', 'المالي', 'المالية']) assert.ok(!forms.has(word), word);
    assert.deepEqual(
      speakersOf('وقال المدير المالي للشركة سامي الخطيب إن "الأرباح تضاعفت".').map((s) => s.role?.includes('Mali') ?? false),
      [false],
    );
  });
});
