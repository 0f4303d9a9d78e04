// The import boundaries of eslint.config.mjs bite: an analysis module that reaches into
// the server or Node I/O, or a client module that reaches past the shared protocol, fails
// npm run lint. (That the code obeys them is npm run lint itself, run by npm test.)

import { strict as assert } from 'node:assert';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message.split("'")[1]);
}

describe('lint: import boundaries', function () {
  this.timeout(120000);

  it('keeps the analysis pure', async () => {
    const code = [
      "import { toDiagnostics } from '../lsp/diagnostics';",
      "import { toJsonReport } from '../report/jsonReport';",
      "import * as fs from 'node:fs';",
      "import type { Diagnostic } from 'vscode-languageserver';",
      "import { RULES } from './rules/registry';",
      "import { normalizeForMatch } from '../shared/matchText';",
      'export const all = [toDiagnostics, toJsonReport, fs, RULES, normalizeForMatch] as unknown as Diagnostic;',
    ].join('\n');
    assert.deepEqual(await restrictedImports('server/src/analysis/example.ts', code), ['../lsp/diagnostics', '../report/jsonReport', 'node:fs', 'vscode-languageserver']);
  });

  it('lets the client import only the shared protocol and server/src/shared', async () => {
    const code = [
      "import { normalizeForMatch } from '../../../server/src/analysis/normalize';",
      "import type { Analysis } from '../../../server/src/analysis';",
      "import { toJsonReport } from '../../../server/src/report/jsonReport';",
      "import type { JsonReport } from '../../../server/src/protocol';",
      "import { RULE_CATALOG } from '../../../server/src/shared/ruleCatalog';",
      'export const all = [normalizeForMatch, toJsonReport, RULE_CATALOG] as unknown as [Analysis, JsonReport];',
    ].join('\n');
    assert.deepEqual(await restrictedImports('client/src/model/example.ts', code), [
      '../../../server/src/analysis/normalize',
      '../../../server/src/analysis',
      '../../../server/src/report/jsonReport',
    ]);
  });
});
