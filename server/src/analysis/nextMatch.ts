// The next match of a global regular expression at or after an offset, for passes that ask
// in increasing order: one native search serves every line up to that match, so the lines
// without one (most lines) are read once, by the expression's scan rather than a loop in
// script. The quote finder asks it for quote marks, the date finder for digits.

export class NextMatch {
  private from = -1;
  private at = -1;
  constructor(
    /** A global (`g`) expression: its lastIndex is where a search starts. */
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** The offset of the next match at or after `offset`, or the text's length when none is left. */
  after(offset: number): number {
    if (offset < this.from || offset > this.at) {
      this.pattern.lastIndex = offset;
      const m = this.pattern.exec(this.text);
      this.from = offset;
      // The length, not Infinity: an offset must stay a small integer. A double here made
      // the quote finder's offsets doubles, and every quote's `open` with them: the code
      // that reads quotes was thrown away and compiled again for the new shape (a 1 MB
      // article's second analysis ran 47 % more instructions, session 18).
      this.at = m ? m.index : this.text.length;
    }
    return this.at;
  }
}
