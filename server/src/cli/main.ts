// press-review: the same analysis as the editor, for CI and batch work.
//   press-review analyze [--format text|json|sarif|ndjson] [--knowledge PATH] [--rule CODE=LEVEL] <files or folders…>
//   press-review summarize [files…]   (see ./summarize.ts)
// json and ndjson are written entry by entry as worker threads finish them (../archive/).
// Exit codes: 0 clean, 1 findings of warning or error severity, 2 usage error or an
// unreadable file (the other files are still analysed).

import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Analysis, KnowledgeSource, RuleSetting, RuleSettings, SourceLineCounts, SourceLineSetting } from '../analysis';
// The analysis' small modules, not its index: the index initializes every rule (their
// patterns and tables), a copy the engine has too; the rules are required where --rule and
// SARIF need them.
import { configureFindings, RULE_SETTINGS } from '../analysis/rules/settings';
import { resolveSourceLine, SOURCE_LINE_SETTINGS } from '../analysis/sourceLine';
import { writeDirect } from '../node/directWrite';
import { analysisEngine, CODE_CACHE_VARIABLE, codeCacheFolder, saveCodeCache, useCodeCache } from '../node/engine';
import { expandInputs, inputFailures, loadKnowledgeFiles, readArticle } from '../node/files';
import { printable } from '../report/printable';
import { toTextFailure, toTextReport } from '../report/textReport';
import type { FileFailure } from '../report/fileFailure';
import { streamSink, stringSink, type Sink } from '../archive/output';
// The json and ndjson runs (worker threads, gzip, streams) and `summarize` are required
// where they run: a text or SARIF run does not load worker_threads and zlib (37 M
// instructions with crypto and vm, a third of this bundle's start; docs/performance-log.md).
// So are the rules and SARIF (3.4 M instructions for a text run that uses neither).
import type * as Registry from '../analysis/rules/registry';
import type * as Sarif from '../report/sarif';
import type * as Pool from '../archive/pool';
import type * as Progress from '../archive/progress';
import type * as Run from '../archive/run';
import type * as Sources from '../archive/sources';
import type * as Summarize from './summarize';

declare const PRESS_REVIEW_VERSION: string | undefined;
const VERSION = typeof PRESS_REVIEW_VERSION === 'string' ? PRESS_REVIEW_VERSION : '0.0.0-dev';

const USAGE = `Usage: press-review analyze [options] <files or folders…>
       press-review summarize [--outlet-pattern REGEX] [NDJSON files…]

Analyses Arabic press articles (UTF-8 text, one article a file; folders are searched
for .txt, .article and .press files; .jsonl/.ndjson files, gzip when they end in .gz,
hold one {"id", "text"} object a line) and prints who is quoted, by whom, which
organizations appear, and what needs a reviewer's attention.

Options:
  --format text|json|sarif|ndjson
                            output format (default: text); ndjson writes one JSON
                            object a line as each article is done, then a summary line
  --stdin-paths             also read the paths of articles from stdin, one a line
  --stdin-jsonl             also read articles from stdin as JSON lines (id, text; gzip ok)
  --jobs N                  worker threads for json and ndjson (default: number of cores)
  --unordered               json/ndjson results as they finish, not in input order
  --max-bytes N             larger articles get a too-large report, not an analysis
  --worker-memory-mb N      heap of each worker thread (default 512: articles up to
                            about 15 MB); an article that needs more gets an error object
  --quiet                   no progress line on stderr (it shows on a terminal only)
  --knowledge PATH          extra knowledge file or folder of .json files (repeatable);
                            ./.press-review/ is used when present
  --no-workspace-knowledge  do not read ./.press-review/
  --statement-min-words N   shorter quotes are terms unless a colon introduces them (default 3)
  --rule CODE=LEVEL         a rule's severity: error, warning, information, hint, or off to
                            leave it out of every format (repeatable; as pressReview.rules.*)
  --source-line auto|always|never
                            whether an article without a source line (المصدر: …) is a finding:
                            auto (default) when half the articles of its folder have one
  -h, --help                show this help
  -v, --version             show the version
  --                        what follows is files or folders, even if it starts with "-"

Exit status: 0 clean, 1 warnings or errors found, 2 usage error, an invalid knowledge
file, or an entry not read or analysed (unreadable, too large, not a regular file; the
rest is analysed; ndjson gives it a line with an "error").`;

interface Options {
  format: 'text' | 'json' | 'sarif' | 'ndjson';
  knowledge: string[];
  workspaceKnowledge: boolean;
  statementMinWords?: number;
  /** Rule severities from --rule (as pressReview.rules.*). */
  rules: RuleSettings;
  sourceLine: SourceLineSetting;
  inputs: string[];
  stdin: Sources.StdinMode;
  /** Worker threads; null: one per core, fewer for a handful of files (a worker takes a while to start). */
  jobs: number | null;
  ordered: boolean;
  maxBytes?: number;
  workerMemoryMb?: number;
  quiet: boolean;
}

/** What the command line reads and writes besides its arguments (the process's own by default). */
export interface CliIO {
  stdin?: Readable;
  /** Where json and ndjson are streamed; out() otherwise. */
  sink?: Sink;
  /** Whether stderr is a terminal (the progress line shows only then). */
  stderrIsTTY?: boolean;
  /** Where the progress line is drawn (process.stderr by default): raw, no newline added. */
  progressWrite?: (s: string) => void;
  /** The archive worker script (dist/archiveWorker.js beside the bundle). */
  workerScript?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const flags = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (flags.includes('-h') || flags.includes('--help')) return 'help';
  if (flags.includes('-v') || flags.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const options: Options = { format: 'text', knowledge: [], workspaceKnowledge: true, rules: {}, sourceLine: 'auto', inputs: [], stdin: 'none', jobs: null, ordered: true, quiet: false };
  const wholeNumber = (arg: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${arg} takes a whole number of ${min} or more`);
    return n;
  };
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
      if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'ndjson') throw new UsageError(`unknown format "${f}" (text, json, sarif or ndjson)`);
      options.format = f;
    } else if (arg === '--knowledge' || arg.startsWith('--knowledge=')) options.knowledge.push(value());
    else if (arg === '--no-workspace-knowledge') options.workspaceKnowledge = false;
    else if (arg === '--statement-min-words' || arg.startsWith('--statement-min-words=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--statement-min-words takes a whole number of 1 or more');
      options.statementMinWords = n;
    } else if (arg === '--source-line' || arg.startsWith('--source-line=')) {
      const v = value();
      if (!(SOURCE_LINE_SETTINGS as readonly string[]).includes(v)) throw new UsageError(`--source-line takes auto, always or never, not "${v}"`);
      options.sourceLine = v as SourceLineSetting;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const v = value();
      if (!v.includes('=')) throw new UsageError(`--rule takes CODE=LEVEL, e.g. --rule page-chrome=off (got "${v}")`);
      const [code, level] = [v.slice(0, v.lastIndexOf('=')), v.slice(v.lastIndexOf('=') + 1)];
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when --rule is given (see the imports)
      const { isRuleCode, RULES } = require('../analysis/rules/registry') as typeof Registry;
      if (!isRuleCode(code)) throw new UsageError(`--rule: unknown rule "${code}" (${RULES.map((r) => r.code).join(', ')})`);
      if (!RULE_SETTINGS.includes(level as RuleSetting)) throw new UsageError(`--rule: unknown level "${level}" for ${code} (${RULE_SETTINGS.join(', ')})`);
      options.rules[code] = level as RuleSetting;
    } else if (arg === '--stdin-paths' || arg === '--stdin-jsonl') {
      const mode = arg === '--stdin-paths' ? 'paths' : 'jsonl';
      if (options.stdin !== 'none' && options.stdin !== mode) throw new UsageError('--stdin-paths and --stdin-jsonl cannot be used together');
      options.stdin = mode;
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) options.jobs = wholeNumber('--jobs', value(), 1);
    else if (arg === '--max-bytes' || arg.startsWith('--max-bytes=')) options.maxBytes = wholeNumber('--max-bytes', value(), 1);
    else if (arg === '--worker-memory-mb' || arg.startsWith('--worker-memory-mb=')) options.workerMemoryMb = wholeNumber('--worker-memory-mb', value(), 16);
    else if (arg === '--unordered') options.ordered = false;
    else if (arg === '--quiet' || arg === '-q') options.quiet = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.inputs.push(arg);
  }
  const streamed = options.format === 'json' || options.format === 'ndjson';
  if (!options.inputs.length && options.stdin === 'none') throw new UsageError('no files or folders given');
  if (!streamed && options.stdin !== 'none') throw new UsageError(`--stdin-${options.stdin} needs --format json or ndjson`);
  return options;
}

/** A path as the reports show it: relative to the folder the run started in. */
const shown = (file: string): string => relative(process.cwd(), file) || file;

/** Drops missing-source where the file's folder (among the files given) has no source-line convention. */
function dropSourceLineFindingsWithoutConvention(results: { file: string; analysis: Analysis }[]): void {
  const byFolder = new Map<string, SourceLineCounts>();
  for (const r of results) {
    const dir = dirname(resolve(r.file));
    const c = byFolder.get(dir) ?? { withSource: 0, articles: 0 };
    if (!r.analysis.notText) c.articles++;
    if (r.analysis.source) c.withSource++;
    byFolder.set(dir, c);
  }
  for (const r of results) {
    if (resolveSourceLine('auto', byFolder.get(dirname(resolve(r.file)))) === 'never') r.analysis.findings = r.analysis.findings.filter((f) => f.code !== 'missing-source');
  }
}

/** By default a worker thread is started for every this many files given (a worker takes a second or so to start). */
const FILES_PER_WORKER = 16;

/** Worker threads by default: one per core the process may use. */
function defaultJobs(): number {
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, io: CliIO = {}): Promise<number> {
  if (argv[0] === 'summarize') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when this command runs (see the imports)
    const { summarizeCommand } = require('./summarize') as typeof Summarize;
    return summarizeCommand(argv.slice(1), out, err, io.stdin ?? process.stdin);
  }
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
  if (options.workspaceKnowledge && existsSync('.press-review')) knowledgePaths.push('.press-review');
  for (const p of knowledgePaths) {
    if (!existsSync(p)) {
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
  // The engine with its V8 code cache (node/engine.ts; PRESS_REVIEW_CODE_CACHE=off turns it
  // off), written by the second run: a run alone (a CI job's new container) does not pay for it.
  useCodeCache(undefined, { secondRun: true });
  const knowledge = analysisEngine().buildKnowledge(knowledgeSources);
  for (const p of knowledge.problems) {
    for (const problem of p.problems) err(`press-review: ${p.source}: ${problem.path ? `${problem.path}: ` : ''}${problem.message} (${problem.path ? 'entry' : 'file'} skipped)`);
    // A knowledge file that does not follow the schema is a usage error, as the README says.
    if (p.problems.length) status = 2;
  }

  if (options.format === 'json' || options.format === 'ndjson') {
    const archiveStatus = await analyzeArchive(options, knowledgeSources, out, err, io);
    return Math.max(status, archiveStatus);
  }

  const { files, missing, skipped } = expandInputs(options.inputs);
  // Every input not analysed is named in the report itself (and on stderr), in the shape of
  // the archive's error objects: a reader of the text or SARIF sees what is missing from it.
  const failures: FileFailure[] = inputFailures(missing, skipped).map((f) => ({ file: shown(f.path), code: f.code, message: f.message }));
  const results: { file: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok && !read.notText) {
      failures.push({ file: shown(file), code: 'unreadable', message: `cannot read ${file}: ${read.error}` });
      continue;
    }
    const text = read.ok ? read.text : '\u0000';
    let analysis: Analysis;
    try {
      // `auto` is settled per folder once every file is read: analysed as `always`, the
      // missing-source finding is dropped below where the folder shows no convention.
      analysis = analysisEngine().analyze(text, { knowledge, statementMinWords: options.statementMinWords, sourceLine: options.sourceLine === 'never' ? 'never' : 'always', fileName: file });
    } catch (e) {
      // A bug on one file must not lose the report of every other file.
      failures.push({ file: shown(file), code: 'analysis-failed', message: `cannot analyse ${file}: ${(e as Error).message}` });
      continue;
    }
    if (!read.ok) analysis.text = '';
    analysis.findings = configureFindings(analysis.findings, options.rules);
    results.push({ file: shown(file), analysis });
  }
  // A file name can hold escape sequences: stderr is a terminal too.
  for (const f of failures) err(`press-review: ${printable(f.message)}`);
  if (failures.length) status = 2;
  if (options.sourceLine === 'auto') dropSourceLineFindingsWithoutConvention(results);
  for (const r of results) if (status === 0 && r.analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) status = 1;

  if (options.format === 'sarif') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when this format is asked for (see the imports)
    const { toSarif } = require('../report/sarif') as typeof Sarif;
    out(JSON.stringify(toSarif(results, VERSION, process.cwd(), options.rules, failures), null, 2));
  }
  else out([...failures.map(toTextFailure), ...results.map((r) => toTextReport(r.file, r.analysis))].join('\n\n'));
  // After the report: a second run writes the cache of what its analyses compiled, for the next.
  const cacheProblem = saveCodeCache();
  if (cacheProblem) err(`press-review: the code cache cannot be kept in ${codeCacheFolder()} (${cacheProblem}): analysed without it; set ${CODE_CACHE_VARIABLE} to a folder of yours, or to off`);
  return status;
}

/** json and ndjson: every entry streamed out as it is done, on worker threads; see ../archive/. */
async function analyzeArchive(options: Options, knowledgeSources: KnowledgeSource[], out: (s: string) => void, err: (s: string) => void, io: CliIO): Promise<number> {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded when an archive run starts (see the imports) */
  const { InlineRunner, WorkerRunner } = require('../archive/pool') as typeof Pool;
  const { NO_PROGRESS, progressLine } = require('../archive/progress') as typeof Progress;
  const { runArchive } = require('../archive/run') as typeof Run;
  const { archiveSources } = require('../archive/sources') as typeof Sources;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const format = options.format === 'ndjson' ? 'ndjson' : 'json';
  const streamErrors: string[] = [];
  const sources = archiveSources(options.inputs, options.stdin, io.stdin ?? process.stdin, (source, message) => {
    streamErrors.push(source);
    err(`press-review: cannot read all of ${source}: ${message}`);
  });
  // A stream cannot wait for a folder's convention: there, `auto` reports no missing source line.
  const sourceLine = options.sourceLine === 'always' ? 'always' : 'never';
  const config = { format, knowledgeSources, statementMinWords: options.statementMinWords, maxBytes: options.maxBytes, rules: options.rules, sourceLine } as const;
  const jobs = options.jobs ?? (sources.total === null ? defaultJobs() : Math.max(1, Math.min(defaultJobs(), Math.ceil(sources.total / FILES_PER_WORKER))));
  const runner: Pool.JobRunner = jobs === 1 ? new InlineRunner(config) : new WorkerRunner(io.workerScript ?? join(__dirname, 'archiveWorker.js'), config, jobs, options.workerMemoryMb);
  const stderrIsTTY = io.stderrIsTTY ?? process.stderr.isTTY === true;
  const progress = stderrIsTTY && !options.quiet ? progressLine(io.progressWrite ?? ((s) => void process.stderr.write(s)), sources.total) : NO_PROGRESS;
  // In process (tests), the output is collected and handed to out() whole.
  let collected = '';
  try {
    const counts = await runArchive(sources, runner, {
      format,
      ordered: options.ordered,
      jobs,
      sink: io.sink ?? stringSink((chunk) => (collected += chunk)),
      progress,
      warn: (m) => err(`press-review: ${printable(m)}`),
    });
    if (!io.sink) out(collected.replace(/\n$/, ''));
    if (counts.errors || streamErrors.length) return 2;
    return counts.withFindings || counts.notText ? 1 : 0;
  } finally {
    await runner.close();
  }
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function cli(): void {
  // process.stdout is made (a stream) only by a json or ndjson run; the other output and the
  // messages go straight to the descriptors (node/directWrite.ts).
  let sink: Sink | undefined;
  const io: CliIO = {
    get sink() {
      return (sink ??= streamSink(process.stdout));
    },
  };
  const out = (s: string): void => writeDirect(1, `${s}\n`, () => process.stdout);
  const err = (s: string): void => writeDirect(2, `${s}\n`, () => process.stderr);
  main(process.argv.slice(2), out, err, io).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`press-review: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) cli();
