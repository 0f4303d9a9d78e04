// The cue table is data built by scripts/mine-cues.ts from a reviewed list and an inflection
// table: cues.json must be exactly what the build writes (the --check mode, without the
// corpus), the inflection rules must give the forms Arabic has, and the miner must find the
// words that introduce quotes.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectedCuesText } from '../../scripts/mine-cues';
import { buildCues, participleForms, verbForms, type Inflection, type Reviewed, type ReviewedVerb } from '../../scripts/cues/build';
import { countLine, type CueCounts } from '../../scripts/cues/mine';
import inflectionJson from '../../scripts/cues/inflection.json';
import { article, quote, ROOT } from '../support/article';

const inflection = inflectionJson as Inflection;
const reviewed = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'cues', 'reviewed.json'), 'utf8')) as Reviewed;
const entry = (lemma: string): ReviewedVerb => {
  const v = reviewed.verbs.find((x) => x.lemma === lemma);
  assert.ok(v, `${lemma} is reviewed`);
  return v;
};

describe('cue data (scripts/mine-cues.ts)', () => {
  it('cues.json is exactly what the reviewed list and the inflection table build', () => {
    const actual = fs.readFileSync(path.join(ROOT, 'server', 'src', 'knowledge', 'cues.json'), 'utf8');
    assert.ok(actual === expectedCuesText(), 'cues.json differs from the build: run npx tsx scripts/mine-cues.ts');
  });

  it('refuses a reviewed list that names a form twice', () => {
    const twice: Reviewed = { ...reviewed, selfAccordingTo: [...reviewed.selfAccordingTo, reviewed.selfAccordingTo[0]] };
    assert.throws(() => buildCues(twice, inflection), /selfAccordingTo names "[^"]+" twice/);
  });

  it('inflects each verb class in every third person, past and present', () => {
    assert.deepEqual(verbForms(entry('قال'), inflection).slice(0, 12), ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'قلن', 'يقول', 'تقول', 'يقولون', 'يقولان', 'تقولان', 'يقلن']);
    assert.deepEqual(verbForms(entry('أكد'), inflection).slice(6, 9), ['يؤكد', 'تؤكد', 'يؤكدون']);
    assert.deepEqual(verbForms(entry('دعا'), inflection).slice(0, 7), ['دعا', 'دعت', 'دعوا', 'دعتا', 'دعون', 'يدعو', 'تدعو']);
    assert.deepEqual(verbForms(entry('رأى'), inflection).slice(0, 8), ['رأى', 'رأت', 'رأوا', 'رأيا', 'رأتا', 'رأين', 'يرى', 'ترى']);
    assert.deepEqual(verbForms(entry('نفى'), inflection).slice(6, 9), ['ينفي', 'تنفي', 'ينفون']);
    assert.ok(verbForms(entry('رد'), inflection).includes('يرددن'));
    assert.ok(verbForms(entry('وصف'), inflection).includes('وصفها'), 'object pronouns where the lemma asks for them');
  });

  it('reads يبلغ / تبلغ as بلغ "amount to, reach", no cue; with an object pronoun as أبلغ "inform"', () => {
    // يبلغ من العمر (is aged) inside the subject's description: قال governs the quote.
    const a = article('وقال المحامي الذي يبلغ من العمر 60 عاما إن "القضية لم تغلق بعد". وهدد الوزير بفرض رسوم تبلغ قيمتها مليار دولار "إذا استمر الحصار".');
    assert.equal(quote(a, 'القضية').cue?.text, 'وقال');
    assert.equal(quote(a, 'إذا استمر').cue?.text, 'وهدد');
    assert.equal(article('وأبلغه الوزير بأن "الاجتماع تأجل إلى موعد آخر".').quotes[0].cue?.text, 'وأبلغه');
  });

  it('keeps what a reviewer excludes out, and refuses an exclusion the rules never generate', () => {
    assert.ok(!verbForms(entry('نقل'), inflection).includes('نقلا'));
    assert.deepEqual(participleForms({ lemma: 'داعيا', m: 'داعي', exclude: ['داعيين'], forms: ['داعين'] }, inflection), ['داعيا', 'داعية', 'داعين']);
    assert.throws(() => verbForms({ lemma: 'x', class: 'sound', p: 'كتب', s: 'كتب', exclude: ['قال'] }, inflection), /does not generate/);
    assert.throws(() => verbForms({ lemma: 'x', class: 'nope', p: 'كتب', s: 'كتب' }, inflection), /unknown inflection class/);
  });

  it('builds every relay form and every ambiguous form into the table', () => {
    const cues = buildCues(reviewed, inflection);
    assert.ok(cues.relayVerbs.includes('ينقلون'));
    assert.ok(cues.ambiguousForms.includes('يعد'), 'the present of وعد is also "is considered"');
    const forms = new Set(cues.verbs.flatMap((v) => v.forms));
    for (const v of ['أشاد', 'ندد', 'لاحظ', 'حض', 'كرر', 'هدد', 'أورد']) assert.ok(forms.has(v), v);
  });

  it('builds the verbs of opinion into quoteVerbs, apart from the speech verbs', () => {
    const cues = buildCues(reviewed, inflection);
    const quoteForms = new Set(cues.quoteVerbs.flatMap((v) => v.forms));
    const speechForms = new Set(cues.verbs.flatMap((v) => v.forms));
    for (const f of ['يعتقد', 'تعتقد', 'توقعت', 'يأمل', 'وزاد'.slice(1), 'نبهت', 'طلب']) assert.ok(quoteForms.has(f), f);
    for (const f of quoteForms) assert.ok(!speechForms.has(f), `${f} is no speech verb form`);
    // يزيد and أمل are names as well: left out of the table.
    assert.ok(!quoteForms.has('يزيد') && !quoteForms.has('أمل'));
    assert.ok(!reviewed.rejected.some((r) => quoteForms.has(r.form)), 'a form is kept or rejected, not both');
  });

  it('mines the word that leads a quote, the word before إن or a colon, and the word after a closing quote', () => {
    const counts: CueCounts = {};
    countLine('وقال الوزير ان "الوضع خطير"', counts);
    countLine('كما اكد الوزير قايلا: "لن نتراجع"، واضاف المتحدث', counts);
    assert.equal(counts['وقال']?.lead, 1);
    assert.equal(counts['الوزير']?.before, 1);
    assert.equal(counts['اكد']?.lead, 1, 'كما is stepped over');
    assert.equal(counts['قايلا']?.before, 1);
    assert.equal(counts['واضاف']?.after, 1);
    assert.equal(counts['الوضع']?.lead ?? 0, 0, 'words inside the quote are no cue');
    countLine('وندد ب"الهجوم" الذي وقع امس', counts);
    assert.equal(counts['وندد']?.governs, 1, 'a verb that runs straight into a short quote');
    assert.equal(counts['وندد']?.lead, 0, 'is counted apart from the verbs before إن or a colon');
  });
});
