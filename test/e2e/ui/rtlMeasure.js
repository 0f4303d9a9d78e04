// Runs IN THE PAGE (read as text by rtlOrder.test.ts and evaluated there, so no bundler
// helper leaks into it). For each visible row of the active editor with enough Arabic
// words, reads every Arabic word's rectangle from the DOM and counts the consecutive pairs
// (in logical order, i.e. DOM text order) that go left to right. Right-to-left prose must
// have none. Pairs with a Latin word between them are not counted: the editor's line is a
// left-to-right paragraph, so an embedded Latin run legitimately orders the Arabic runs
// around it left to right; that is the platform, not the extension's coloring.
(({ minWords }) => {
  const root =
    document.querySelector('.part.editor .editor-group-container.active .monaco-editor') ?? document.querySelector('.part.editor .monaco-editor');
  if (!root) return [];
  const arabic = /\p{Script=Arabic}/u;
  const latin = /\p{Script=Latin}/u;
  const wordRe = /[\p{L}\p{M}]+/gu;
  const top = (el) => parseFloat(el.style.top) || 0;
  const numbers = [...root.querySelectorAll('.margin-view-overlays > div')]
    .map((d) => ({ top: top(d), n: parseInt(d.querySelector('.line-numbers')?.textContent ?? '', 10) }))
    .filter((x) => Number.isFinite(x.n))
    .sort((a, b) => a.top - b.top);
  const lineAt = (t) => {
    let n = 0;
    for (const x of numbers) if (x.top <= t + 0.5) n = x.n;
    return n;
  };
  const out = [];
  for (const row of [...root.querySelectorAll('.view-lines .view-line')].sort((a, b) => top(a) - top(b))) {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.textContent;
    }
    const words = [];
    let latinSince = false;
    for (const m of text.matchAll(wordRe)) {
      if (!arabic.test(m[0])) {
        if (latin.test(m[0])) latinSince = true;
        continue;
      }
      let k = nodes.length - 1;
      while (k > 0 && nodes[k].start > m.index) k--;
      const { node, start } = nodes[k];
      const range = document.createRange();
      range.setStart(node, m.index - start);
      range.setEnd(node, Math.min(m.index + m[0].length - start, node.textContent.length));
      const r = range.getBoundingClientRect();
      if (r.width > 0) words.push({ word: m[0], left: r.left, top: r.top, height: r.height, afterLatin: latinSince });
      latinSince = false;
    }
    if (words.length < minWords) continue;
    const tops = words.map((w) => w.top);
    if (Math.max(...tops) - Math.min(...tops) > words[0].height / 2) continue; // not one visual row
    const wrong = [];
    let pairs = 0;
    for (let i = 1; i < words.length; i++) {
      if (words[i].afterLatin) continue;
      pairs++;
      if (words[i].left >= words[i - 1].left) wrong.push(`${words[i - 1].word}(${Math.round(words[i - 1].left)}) → ${words[i].word}(${Math.round(words[i].left)})`);
    }
    out.push({ line: lineAt(top(row)), text, words: words.length, pairs, wrong, spans: nodes.length, quoted: /[«»“”"]/.test(text) });
  }
  return out;
})
