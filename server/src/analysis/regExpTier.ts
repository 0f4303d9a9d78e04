// V8 compiles a regular expression twice when it first runs it on short strings: to
// bytecode for its interpreter at the first run, then to machine code at the second
// (--regexp-tier-up, one run). For the large expressions an article runs many times, line
// by line (the chrome and date patterns: hundreds of alternatives, \p{L} look-arounds), the
// bytecode and its peephole optimization cost more than the machine code and serve one run.
// V8 skips the interpreter for a subject of 1,000 units or more (its
// kTierUpForSubjectLengthValue): one test on such a subject compiles the machine code at once.

/** 1,000 NULs: no pattern of the analysis starts a match at a NUL, so each test is one short scan. */
const LONG_SUBJECT = '\0'.repeat(1000);

/** The expression, compiled to machine code now instead of bytecode then machine code (its lastIndex left at 0). */
export function compiledAtOnce(re: RegExp): RegExp {
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}
