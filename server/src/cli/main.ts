// press-review: the same analysis as the editor, for CI and batch work.
//   press-review analyze [--format text|json|sarif] [--knowledge PATH] <files or folders…>
// Exit codes: 0 clean, 1 findings of warning or error severity, 2 usage error or an
// unreadable file (the other files are still analysed).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, buildKnowledge, type Analysis, type KnowledgeSource } from '../analysis';
import { expandInputs, loadKnowledgeFiles, readArticle } from '../node/files';
import { toJsonReport } from '../report/jsonReport';
import { toSarif } from '../report/sarif';
import { toTextReport } from '../report/textReport';

declare const PRESS_REVIEW_VERSION: string | undefined;
const VERSION = typeof PRESS_REVIEW_VERSION === 'string' ? PRESS_REVIEW_VERSION : '0.0.0-dev';

const USAGE = `Usage: press-review analyze [options] <files or folders…>

Analyses Arabic press articles (UTF-8 text, one article a file; folders are searched
for .txt, .article and .press files) and prints who is quoted, by whom, which
organizations appear, and what needs a reviewer's attention.

Options:
  --format text|json|sarif  output format (default: text)
  --knowledge PATH          extra knowledge file or folder of .json files (repeatable);
                            ./.press-review/ is used when present
  --no-workspace-knowledge  do not read ./.press-review/
  --statement-min-words N   shorter quotes are terms unless a colon introduces them (default 3)
  -h, --help                show this help
  -v, --version             show the version
  --                        what follows is files or folders, even if it starts with "-"

Exit status: 0 clean, 1 warnings or errors found, 2 usage error, an invalid knowledge
file, or a file not read (unreadable, too large, not a regular file; the rest is analysed).`;

interface Options {
  format: 'text' | 'json' | 'sarif';
  knowledge: string[];
  workspaceKnowledge: boolean;
  statementMinWords?: number;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const flags = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (flags.includes('-h') || flags.includes('--help')) return 'help';
  if (flags.includes('-v') || flags.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const options: Options = { format: 'text', knowledge: [], workspaceKnowledge: true, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // After "--" every argument is a file or folder, even one whose name starts with "-".
    if (arg === '--') {
      options.inputs.push(...rest.slice(i + 1));
      break;
    }
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      options.format = f;
    } else if (arg === '--knowledge' || arg.startsWith('--knowledge=')) options.knowledge.push(value());
    else if (arg === '--no-workspace-knowledge') options.workspaceKnowledge = false;
    else if (arg === '--statement-min-words' || arg.startsWith('--statement-min-words=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--statement-min-words takes a whole number of 1 or more');
      options.statementMinWords = n;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.inputs.push(arg);
  }
  if (!options.inputs.length) throw new UsageError('no files or folders given');
  return options;
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`press-review: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  if (options === 'version') {
    out(VERSION);
    return 0;
  }

  let status = 0;
  const knowledgeSources: KnowledgeSource[] = [];
  const knowledgePaths = [...options.knowledge];
  if (options.workspaceKnowledge && fs.existsSync('.press-review')) knowledgePaths.push('.press-review');
  for (const p of knowledgePaths) {
    if (!fs.existsSync(p)) {
      err(`press-review: knowledge path not found: ${p}`);
      status = 2;
      continue;
    }
    const loaded = loadKnowledgeFiles(p);
    knowledgeSources.push(...loaded.sources);
    for (const e of loaded.errors) {
      err(`press-review: ${e.source}: ${e.message} (built-in knowledge still used)`);
      status = 2;
    }
  }
  const knowledge = buildKnowledge(knowledgeSources);
  for (const p of knowledge.problems) {
    for (const problem of p.problems) err(`press-review: ${p.source}: ${problem.path ? `${problem.path}: ` : ''}${problem.message} (${problem.path ? 'entry' : 'file'} skipped)`);
    // A knowledge file that does not follow the schema is a usage error, as the README says.
    if (p.problems.length) status = 2;
  }

  const { files, missing, skipped } = expandInputs(options.inputs);
  for (const m of missing) {
    err(`press-review: cannot read ${m}: no such file or folder`);
    status = 2;
  }
  for (const s of skipped) {
    err(`press-review: skipped ${s.path}: ${s.reason}`);
    status = 2;
  }
  const results: { file: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok && !read.notText) {
      err(`press-review: cannot read ${file}: ${read.error}`);
      status = 2;
      continue;
    }
    const text = read.ok ? read.text : '\u0000';
    let analysis: Analysis;
    try {
      analysis = analyze(text, { knowledge, statementMinWords: options.statementMinWords });
    } catch (e) {
      // A bug on one file must not lose the report of every other file.
      err(`press-review: cannot analyse ${file}: ${(e as Error).message}`);
      status = 2;
      continue;
    }
    if (!read.ok) analysis.text = '';
    results.push({ file: path.relative(process.cwd(), file) || file, analysis });
    if (status === 0 && analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) status = 1;
  }

  if (options.format === 'json') for (const chunk of jsonArray(results, (r) => toJsonReport(r.file, r.analysis))) out(chunk);
  else if (options.format === 'sarif') out(JSON.stringify(toSarif(results, VERSION, process.cwd()), null, 2));
  else out(results.map((r) => toTextReport(r.file, r.analysis)).join('\n\n'));
  return status;
}

/**
 * The same text as JSON.stringify(items.map(toJson), null, 2), one item at a time: one
 * string for 26,000 articles went past the longest string JavaScript can build, and the
 * run died having printed nothing.
 */
function* jsonArray<T>(items: T[], toJson: (item: T) => unknown): Generator<string> {
  if (!items.length) {
    yield '[]';
    return;
  }
  yield '[';
  for (let i = 0; i < items.length; i++) yield `  ${JSON.stringify(toJson(items[i]), null, 2).replace(/\n/g, '\n  ')}${i + 1 < items.length ? ',' : ''}`;
  yield ']';
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function cli(): void {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}

if (require.main === module) cli();
