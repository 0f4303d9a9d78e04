import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinKnowledge } from '../../server/src/analysis';
import { ArticleDocument } from '../../server/src/analysis/document';
import { normalizeForMatch } from '../../server/src/analysis/normalize';
import { ROOT, article, lineOf, seed, seedFiles } from '../support/article';

describe('article structure', () => {
  it('finds the title, the dateline and the source line of a wire article', () => {
    const a = article(seed('000'));
    assert.equal(a.title?.text, 'لافروف: الوضع الكازاخستاني أظهر طلب وفعالية قوات منظمة معاهدة الأمن الجماعي');
    assert.equal(a.date, '2022-01-14');
    assert.equal(a.source?.source, 'تاس');
  });

  it('reads datelines in both digit systems and both month systems', () => {
    for (const line of ['١٤ يناير ٢٠٢٢', '14 يناير 2022', '14 كانون الثاني 2022', '14 يناير/كانون الثاني 2022']) {
      const a = article(['عنوان الخبر هنا', '', line, '', 'قال الوزير إن الأمور بخير.', '', 'وأضاف أن كل شيء على ما يرام.']);
      assert.equal(a.date, '2022-01-14', line);
    }
  });

  it('has no title when the article opens with a sentence', () => {
    const a = article(seed('003'));
    assert.equal(a.title, null);
  });

  it('finds section headings with or without blank lines around them', () => {
    const packed = article(seed('003'));
    assert.deepEqual(packed.sections.map((s) => s.heading.text), ['فريق الاستجابة للأزمات', 'قائمة موحدة للتنظيمات الإرهابية', 'توسّع منظمة معاهدة الأمن الجماعي']);
    const spaced = article(seed('002'));
    assert.deepEqual(spaced.sections.map((s) => s.line + 1), [21, 47, 69]);
  });

  it('marks page chrome from the data file: switchers, labels, links, buttons, cookies, credits, footers', () => {
    const a = article(seed('004'));
    const chrome = a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.line + 1);
    assert.deepEqual(chrome, [3, 5, 52, 54]);
    const b = article(seed('000'));
    assert.deepEqual(b.blocks.filter((x) => x.kind === 'chrome').map((x) => x.chromeRule), ['language-switcher', 'publisher-footer', 'photo-credit']);
  });

  it('treats a line holding only a NO-BREAK SPACE as blank', () => {
    const a = article(['عنوان', '\u00a0', 'فقرة أولى طويلة بما يكفي.', '\u00a0', 'فقرة ثانية.']);
    assert.equal(a.blocks.length, 3);
    assert.equal(lineOf(a, a.blocks[1].start), 3);
  });
});

describe('page chrome of other outlets', () => {
  const lines = [
    'عنوان الخبر المهم هنا',
    'بقلم: أحمد محمد',
    'نشر في: 12 يناير 2024 - 10:30',
    'قال الوزير إن المفاوضات مستمرة.',
    'مصدر الصورة: Getty Images',
    'إعلان',
    'اقرأ أيضا:',
    'شارك هذا المقال',
    'نشر الجيش قواته على الحدود.',
    'كتب الوزير في تغريدة أن الوضع صعب.',
    'المصدر: وكالات',
  ];
  it('marks bylines, time stamps, credits, adverts, related links and share buttons', () => {
    const a = article(lines.join('\n\n'));
    const chrome = a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.text);
    assert.deepEqual(chrome, ['بقلم: أحمد محمد', 'نشر في: 12 يناير 2024 - 10:30', 'مصدر الصورة: Getty Images', 'إعلان', 'اقرأ أيضا:', 'شارك هذا المقال']);
  });
  it('leaves sentences that start with the same words alone (نشر الجيش، كتب الوزير)', () => {
    const a = article(lines.join('\n\n'));
    const paragraphs = a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    assert.ok(paragraphs.includes('نشر الجيش قواته على الحدود.'));
    assert.ok(paragraphs.includes('كتب الوزير في تغريدة أن الوضع صعب.'));
  });
});

describe('headings in outlets that drop final periods', () => {
  it('keeps short sentences with a speech verb or a clause as paragraphs', () => {
    const a = article(['عنوان الخبر', 'قال الوزير إن المفاوضات مستمرة', 'وأضاف الوزير أن الاتفاق قريب', 'الأوضاع في المنطقة', 'وتابع: الحل سياسي', 'حذرت الأمم المتحدة من المجاعة', 'تقييم رد الفعل', 'وأكد الوزير أن الحل قريب.', 'المصدر: وكالات'].join('\n\n'));
    assert.deepEqual(a.sections.map((s) => s.heading.text), ['الأوضاع في المنطقة', 'تقييم رد الفعل']);
  });

  it('reads the short line after the title as the body, not a heading: a heading follows a paragraph', () => {
    const a = article(['عنوان الخبر', 'خلفية الأحداث', 'قال الوزير إن المفاوضات مستمرة.', 'المنطقة الحدودية', 'وأكد الوزير أن الحل قريب.'].join('\n\n'));
    assert.equal(a.title?.text, 'عنوان الخبر');
    assert.deepEqual(a.sections.map((s) => s.heading.text), ['المنطقة الحدودية']);
    assert.equal(a.blocks[1].kind, 'paragraph');
  });
});

describe('page chrome patterns that require a string', () => {
  const k = builtinKnowledge();
  const gated = k.chrome.filter((p) => p.requires.length > 0);
  const examples: [string, string][] = [
    ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا', 'cookie-notice'],
    ['سياسة الكوكيز', 'cookie-notice'],
    ['We use cookies to improve your experience', 'cookie-notice'],
    ['اشترك في النشرة البريدية لتصلك آخر الأخبار', 'newsletter'],
    ['حمل تطبيق الموقع الآن', 'newsletter'],
    ['الموقع 2024، جميع الحقوق محفوظة', 'copyright'],
    ['الرئيسية › أخبار › العالم', 'breadcrumb'],
    ['أخبار | سياسة | الشرق الأوسط', 'breadcrumb'],
  ];

  it('still marks their lines as chrome, each by its own pattern', () => {
    assert.ok(gated.length > 0, 'some pattern requires a string');
    for (const [line, id] of examples) {
      const a = article(['عنوان الخبر المهم هنا', line, 'قال الوزير إن المفاوضات مستمرة.', 'وأضاف أن الاتفاق قريب.']);
      assert.deepEqual(a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.chromeRule), [id], line);
    }
  });

  it('skips no line that a pattern matches, in every line of the seeds and the fixture articles', () => {
    const texts = [...seedFiles().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')), ...fixtureTexts(), examples.map(([line]) => line).join('\n')];
    let matched = 0;
    for (const text of texts) {
      for (const line of ArticleDocument.of(text, k).lines) {
        const hit = k.chrome.find((p) => p.re.test(line.key));
        if (!hit) continue;
        matched++;
        // The two tests structure.ts makes before it tries the patterns one by one.
        assert.ok(k.anyChrome!.test(line.key) || k.chromeGate!.test(line.key), `${hit.id}: ${line.key}`);
        if (hit.requires.length) assert.ok(hit.requires.some((s) => line.key.includes(s)), `${hit.id} without its required strings: ${line.key}`);
      }
    }
    assert.ok(matched >= examples.length, `${matched} chrome lines`);
  });

  it('writes the required strings as normalized text, as the lines they are looked for in', () => {
    for (const p of gated) for (const s of p.requires) assert.equal(normalizeForMatch(s), s, `${p.id}: ${s}`);
  });
});

function fixtureTexts(): string[] {
  const dir = path.join(ROOT, 'test', 'fixtures', 'articles');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
