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

// V8 allocates a function literal assigned straight to a property (o.f = () => …) in the old
// generation, expecting a long-lived method. A closure made per analysis holds its caller's
// scope: from the old generation it kept each article's objects through young collections
// while the code ran unoptimized, and V8 then allocated dozens of the analysis' allocation
// sites in the old generation for good (a folder of short articles took 7% longer). Name
// the function in a const first, then store it.
const FUNCTION_INTO_PROPERTY = {
  selector: "AssignmentExpression[left.type='MemberExpression'][right.type=/^(ArrowFunctionExpression|FunctionExpression)$/]",
  message: 'Assign a named const, not a function literal, to a property: V8 puts a literal stored into a property in the old generation, with the scope it holds (see eslint.config.mjs).',
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
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', ANALYSIS_FORBIDDEN],
      'no-restricted-syntax': ['error', FUNCTION_INTO_PROPERTY],
    },
  },
  { files: ['client/src/**/*.ts'], rules: { 'no-restricted-imports': ['error', CLIENT_FORBIDDEN] } },
);
