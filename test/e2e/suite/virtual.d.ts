// Modules made at bundle time by test/e2e/build.mjs.

declare module 'e2e:tests' {
  /** Requires every test/e2e/suite/*.test.ts (after mocha's globals exist). */
  export function loadTests(): void;
  export const testFiles: string[];
}

declare module 'e2e:gold' {
  /** The parsed test/fixtures/gold/*.gold.json files (typed in suite/support.ts). */
  const gold: unknown[];
  export default gold;
}
