// Lint (npm run lint, part of npm test): typescript-eslint's recommended rules, and the
// import boundaries that keep the layers apart:
//   server/src/analysis  pure: nothing from lsp/, node/, report/, cli/, the client, the
//                        editor or LSP libraries, and no Node I/O;
//   client/src           only the shared protocol (server/src/protocol.ts) and
//                        server/src/shared/ of the server side, never the analysis.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ANALYSIS_FORBIDDEN = {
  patterns: [
    { group: ['**/lsp/**', '**/lsp', '**/node/**', '**/report/**', '**/cli/**', '**/client/**', '**/server', '**/protocol'], message: 'The analysis is pure: it imports nothing from the server, the CLI, the reports or the client.' },
    { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'child_process', 'worker_threads'], message: 'The analysis is pure: no editor, protocol or Node I/O modules.' },
  ],
};

const CLIENT_FORBIDDEN = {
  patterns: [
    { group: ['**/server/src/*', '!**/server/src/protocol', '!**/server/src/shared'], message: 'The client imports only the shared protocol (server/src/protocol.ts) and server/src/shared/.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberate (unused parameters of an interface).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // An initial value kept before a try or a branch reads as the default; not a bug.
      'no-useless-assignment': 'off',
    },
  },
  { files: ['server/src/analysis/**/*.ts'], rules: { 'no-restricted-imports': ['error', ANALYSIS_FORBIDDEN] } },
  { files: ['client/src/**/*.ts'], rules: { 'no-restricted-imports': ['error', CLIENT_FORBIDDEN] } },
);
