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

  it('tells apart words of equal length and equal hash by their characters', () => {
    // "Aa" and "BB" have the same hashStep hash (65·31 + 97 = 66·31 + 66).
    const t = Tokens.of('Aa BB Aa BB');
    assert.notEqual(t.wordId(0), t.wordId(1));
    assert.equal(t.wordId(0), t.wordId(2));
    assert.equal(t.wordId(1), t.wordId(3));
    assert.deepEqual([t.text(0), t.text(1)], ['Aa', 'BB']);
  });

  it('keeps every word readable as the table grows past many rehashes', () => {
    const text = distinctWords(20_000, 'ضض');
    const t = Tokens.of(text);
    const again = Tokens.of(text);
    const words = text.split(' ');
    for (let i = 0; i < t.count; i += 997) {
      assert.equal(t.text(i), words[i]);
      assert.equal(again.wordId(i), t.wordId(i));
    }
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
