// Which plain text files open as press articles by their content (issue 18): the real
// articles (the seeds, and the dev corpus when it is beside the checkout) do; text that is
// not an article does not.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleShape, looksLikeArticle, SHAPE_HEAD_CHARS } from '../../server/src/shared/articleShape';
import { articleReason, CANDIDATE_GLOB, decidedByContent, LANGUAGE_GLOBS } from '../../server/src/shared/articleFiles';
import { ROOT, seedFiles } from '../support/article';

const DEV = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
const sentence = 'قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات مع الجانب الآخر ستستمر خلال الأيام المقبلة';

describe('articleShape: an Arabic press article by its content', () => {
  it('recognizes every seed', () => {
    for (const f of seedFiles()) assert.ok(looksLikeArticle(fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')), f);
  });

  it('recognizes every dev article (when the shared corpus is present)', function () {
    if (!fs.existsSync(DEV)) this.skip();
    const files = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt'));
    const missed = files.filter((f) => !looksLikeArticle(fs.readFileSync(path.join(DEV, f), 'utf8')));
    assert.deepEqual(missed, []);
  });

  it('recognizes a headline with one paragraph of quoted running text, and a body with no headline', () => {
    const body = `${sentence}، وأضاف: "${sentence}".`;
    assert.ok(looksLikeArticle(`عنوان الخبر اليوم\n\n${body} ${body}`));
    assert.ok(looksLikeArticle([body, body, body].join('\n')));
  });

  it('leaves out what is not an article', () => {
    const english = `Headline of the day\n\n${'The minister said "talks will go on" in the capital today, and more was said. '.repeat(20)}`;
    assert.ok(!looksLikeArticle(english), 'English');
    assert.ok(!looksLikeArticle(Array.from({ length: 200 }, (_, i) => `كلمة${i}`).join('\n')), 'a word list');
    assert.ok(!looksLikeArticle('قصيدة\n\nيا ليل الصب متى غده\nأقيام الساعة موعده\nرقد السمار فأرقه\nأسف للبين يردده\n'.repeat(5)), 'a poem of short lines');
    assert.ok(!looksLikeArticle('ملاحظة: اتصل بالمكتب غدا "صباحا"'), 'a note');
    assert.ok(!looksLikeArticle(''), 'empty');
    const csv = `الاسم,المدينة,العمر\n${'أحمد,القاهرة,30\n'.repeat(200)}`;
    assert.ok(!looksLikeArticle(csv), 'a table');
  });

  it('reads only the head of a huge file', () => {
    const article = `عنوان الخبر\n\n${sentence}، وأضاف: "${sentence}". ${sentence}\n`;
    const huge = article + `${sentence}\n`.repeat(5000);
    assert.equal(articleShape(huge).arabicLetters, articleShape(huge.slice(0, SHAPE_HEAD_CHARS)).arabicLetters);
    assert.ok(looksLikeArticle(huge));
  });
});

describe('articleFiles: the one definition of an article file', () => {
  const article = `عنوان الخبر\n\n${sentence}، وأضاف: "${sentence}". ${sentence}\n`;
  const ask = (name: string, text: string, named = false, detect = true) => articleReason({ name, named, detect, text: () => text });

  it('takes the language extensions, then the settings, then the content of a .txt', () => {
    assert.equal(ask('a/b.article', 'anything'), 'extension');
    assert.equal(ask('a/b.txt', 'anything', true), 'setting');
    assert.equal(ask('a/b.txt', article), 'content');
    assert.equal(ask('a/b.TXT', article), 'content');
    assert.equal(ask('a/b.txt', 'hello'), null);
    assert.equal(ask('a/b.md', article), null, 'only plain text files are read');
    assert.equal(ask('a/b.txt', article, false, false), null, 'pressReview.detectArticles off');
  });

  it('reads a file only when the content decides', () => {
    let reads = 0;
    articleReason({ name: 'x.press', named: false, detect: true, text: () => (reads++, article) });
    articleReason({ name: 'x.txt', named: true, detect: true, text: () => (reads++, article) });
    assert.equal(reads, 0);
    assert.ok(decidedByContent('x.txt', false, true) && !decidedByContent('x.txt', true, true) && !decidedByContent('x.article', false, true));
  });

  it('gives the globs the client and the server watch', () => {
    assert.deepEqual(LANGUAGE_GLOBS, ['**/*.article', '**/*.press']);
    assert.equal(CANDIDATE_GLOB, '**/*.{txt,article,press}');
  });
});
