import { strict as assert } from 'node:assert';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { Tokens } from '../../server/src/analysis/tokens';
import { WordMemo } from '../../server/src/analysis/wordMemo';
import { WORD_LIMIT, wordTable } from '../../server/src/analysis/wordTable';

/** A text of `n` distinct made-up words (letters only, so each is one token). */
function distinctWords(n: number, salt: string): string {
  const letters = 'ابتثجحخدذرسشصضطظعغفقكلمن';
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = salt;
    for (let k = i; k > 0 || w === salt; k = Math.floor(k / letters.length)) w += letters[k % letters.length];
    words.push(w);
  }
  return words.join(' ');
}

describe('process-wide word ids', () => {
  it('gives equal words one id and different words different ids, across texts', () => {
    const a = Tokens.of('وقال الوزير وقال');
    const b = Tokens.of('الوزير قال');
    assert.equal(a.wordId(0), a.wordId(2));
    assert.notEqual(a.wordId(0), a.wordId(1));
    assert.equal(a.wordId(1), b.wordId(0), 'the same word in another text has the same id');
    assert.equal(b.text(0), 'الوزير');
  });

  it('starts over past its limit, and text read before still reads and tests right', () => {
    const before = Tokens.of('وقال الوزير الروسي');
    const isMinister = new WordMemo((w) => w === 'الوزير');
    assert.equal(isMinister.at(before, 1), true);
    const generation = wordTable.generation;
    // Enough new words to pass the limit, then one more text: the table starts over.
    Tokens.of(distinctWords(WORD_LIMIT + 10, 'ظظ'));
    const after = Tokens.of('الوزير');
    assert.equal(wordTable.generation, generation + 1, 'the table started over');
    assert.ok(wordTable.words.length < 10, 'the old words are dropped');
    // Tokens of the old generation keep their words, and memos answer them by testing.
    assert.equal(before.text(1), 'الوزير');
    assert.equal(isMinister.at(before, 1), true);
    assert.equal(isMinister.at(before, 2), false);
    assert.equal(isMinister.at(after, 0), true);
  });

  it('leaves analyses unchanged when the table starts over between them', () => {
    const text = 'وقال وزير الخارجية الروسي سيرغي لافروف: "إن منظمة معاهدة الأمن الجماعي تعمل بشكل جيد".\nوأضاف لافروف: "سنواصل العمل مع الشركاء في الناتو".';
    const knowledge = builtinKnowledge();
    const first = JSON.stringify(analyze(text, { knowledge }));
    Tokens.of(distinctWords(WORD_LIMIT + 10, 'غغ'));
    assert.equal(JSON.stringify(analyze(text, { knowledge })), first);
  });
});
