// Runs IN THE PAGE (read as text by reviewer.test.ts and evaluated there). For each row of
// the Outline view, reads the rectangles of the Arabic words of its label (the symbol's
// name) and of its description (the symbol's detail) from the DOM. A row is left to right
// (the workbench's layout): the label, then the description. Each must read right to left
// inside, and neither may slip into the other (issue 18: "runs words together").
(() => {
  const arabic = /\p{Script=Arabic}/u;
  const wordRe = /[\p{L}\p{M}]+/gu;
  /** Every Arabic word of an element, with its rectangle, in logical (DOM) order. */
  const wordsOf = (el) => {
    const out = [];
    if (!el) return out;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.textContent.matchAll(wordRe)) {
        if (!arabic.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) out.push({ word: m[0], left: r.left, right: r.right });
      }
    }
    return out;
  };
  const rows = [];
  for (const row of document.querySelectorAll('.outline-pane .monaco-list-row')) {
    const labelEl = row.querySelector('.label-name');
    const descriptionEl = row.querySelector('.label-description');
    const label = wordsOf(labelEl);
    const description = wordsOf(descriptionEl);
    const wrong = [];
    for (const [part, words] of [['label', label], ['description', description]]) {
      for (let i = 1; i < words.length; i++) {
        if (words[i].left >= words[i - 1].left) wrong.push(`${part}: ${words[i - 1].word} → ${words[i].word} left to right`);
      }
    }
    if (label.length && description.length) {
      const labelRight = Math.max(...label.map((w) => w.right));
      const descriptionLeft = Math.min(...description.map((w) => w.left));
      if (descriptionLeft < labelRight - 0.5) wrong.push(`description ${description[0].word} inside the label (${Math.round(descriptionLeft)} < ${Math.round(labelRight)})`);
    }
    rows.push({ label: labelEl?.textContent ?? '', description: descriptionEl?.textContent ?? '', words: label.length + description.length, wrong });
  }
  return rows;
})
