// No regular expression of Press Review backtracks catastrophically. The test gathers
// every pattern: the literals in server/src (read with the TypeScript parser), the page
// chrome patterns of the knowledge, the date patterns built from the calendar, and any
// pattern seen running while articles are analysed. recheck (test/support/recheck.ts)
// judges each by counting its own matcher's backtracking steps on attack strings it
// builds from the pattern: a count, never a timing, so the verdict is the same on a
// loaded machine. The analysis's own loops are proven linear by counted work
// (linearTime.test.ts). A new dynamic `new RegExp` elsewhere fails the inventory test
// until its patterns are exported here.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { analyze, builtinKnowledge } from '../../server/src/analysis';
import { calendarPatterns } from '../../server/src/analysis/dates';
import { lazyPatterns } from '../../server/src/analysis/lazyRegExp';
import { DEFAULT_OUTLET_PATTERN } from '../../server/src/archive/summarize';
import { textualPattern } from '../../server/src/node/files';
import { invisibleCharacterClass } from '../../server/src/shared/matchText';
import { arabicArticle } from '../support/arabicText';
import { ROOT, seedFiles } from '../support/article';
import { recheckVerdict } from '../support/recheck';

const SERVER = path.join(ROOT, 'server', 'src');

/** Files allowed to build patterns at run time, and where this test gets those patterns. */
const DYNAMIC = new Map<string, () => readonly RegExp[]>([
  ['analysis/dates.ts', () => calendarPatterns(builtinKnowledge().calendar)],
  // The default only: a pattern given on the command line is the user's own.
  ['archive/summarize.ts', () => [new RegExp(DEFAULT_OUTLET_PATTERN)]],
  // Made on first use: V8 checks a literal each time it parses the code around it.
  ['node/files.ts', () => [textualPattern()]],
  ['analysis/lazyRegExp.ts', () => lazyPatterns()],
  // Built from code ranges: a literal class of combining characters reads as misleading.
  ['shared/matchText.ts', () => [invisibleCharacterClass()]],
  [
    'analysis/knowledge/index.ts',
    () => [
      ...builtinKnowledge().chrome.map((c) => c.re),
      ...(builtinKnowledge().anyChrome ? [builtinKnowledge().anyChrome!] : []),
      ...(builtinKnowledge().chromeGate ? [builtinKnowledge().chromeGate!] : []),
      ...builtinKnowledge().teasers.lede,
      builtinKnowledge().teasers.continuation,
    ],
  ],
  // The profile schema compiles the same chrome and teaser patterns, only to check that they compile.
  ['analysis/language/schema.ts', () => [...builtinKnowledge().chrome.map((c) => c.re), ...builtinKnowledge().teasers.lede, builtinKnowledge().teasers.continuation]],
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every regular-expression literal in a TypeScript file. */
function literals(file: string): RegExp[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: RegExp[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      out.push(new RegExp(text.slice(1, slash), text.slice(slash + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

// No regular expression here: key() runs inside the patched exec below.
const key = (re: RegExp): string => `/${re.source}/${[...re.flags].filter((f) => f !== 'g' && f !== 'y').join('')}`;

/** Patterns seen running while `work` runs, with up to five different matches of each. */
function recordPatterns(work: () => void): Map<string, { pattern: RegExp; samples: Set<string> }> {
  const seen = new Map<string, { pattern: RegExp; samples: Set<string> }>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const m = exec.call(this, input);
    let entry = seen.get(key(this));
    if (!entry) seen.set(key(this), (entry = { pattern: new RegExp(this.source, this.flags), samples: new Set() }));
    if (m && m[0] && m[0].length <= 80 && entry.samples.size < 5) entry.samples.add(m[0]);
    return m;
  };
  try {
    work();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return seen;
}

describe('regular expressions of the code', () => {
  const files = sourceFiles(SERVER);
  const patterns = new Map<string, { pattern: RegExp; samples: Set<string> }>();
  const add = (re: RegExp): void => {
    if (!patterns.has(key(re))) patterns.set(key(re), { pattern: re, samples: new Set() });
  };

  before(() => {
    // Record first, so literals and built patterns get real matches to build attacks from.
    const articles = [
      ...seedFiles().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')),
      ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'articles')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'articles', f), 'utf8')),
      ...fc.sample(arabicArticle, { numRuns: 150, seed: 11 }),
    ];
    for (const [k, v] of recordPatterns(() => articles.forEach((a) => analyze(a)))) patterns.set(k, v);
    for (const file of files) literals(file).forEach(add);
    for (const get of DYNAMIC.values()) get().forEach(add);
  });

  it('knows every place that builds a pattern at run time', () => {
    for (const file of files) {
      const rel = path.relative(SERVER, file).split(path.sep).join('/');
      if (/new RegExp\(|\bRegExp\(/.test(fs.readFileSync(file, 'utf8'))) assert.ok(DYNAMIC.has(rel), `${rel} builds a RegExp at run time: export its patterns and list them in DYNAMIC here`);
    }
  });

  it('has found the patterns of the analysis (literals, page chrome, dates)', () => {
    assert.ok(patterns.size >= 40, `only ${patterns.size} patterns found`);
    for (const re of [...calendarPatterns(builtinKnowledge().calendar), ...builtinKnowledge().chrome.map((c) => c.re)]) assert.ok(patterns.has(key(re)), key(re));
    const withSamples = [...patterns.values()].filter((p) => p.samples.size > 0).length;
    assert.ok(withSamples >= 15, `only ${withSamples} patterns matched anything while analysing articles`);
  });

  it('has no pattern that backtracks more than linearly (recheck counts its steps)', function () {
    this.timeout(600_000);
    // The knowledge's own patterns, compiled one to one from the data files, are judged by dataPatterns.test.ts.
    const k = builtinKnowledge();
    const fromData = new Set([...k.chrome.map((c) => c.re), ...k.teasers.lede, k.teasers.continuation].map(key));
    const bad: string[] = [];
    for (const [name, { pattern }] of patterns) {
      if (fromData.has(name)) continue;
      const v = recheckVerdict(pattern);
      if (v.status !== 'safe') bad.push(`${name.slice(0, 120)}: ${v.status}${v.status === 'vulnerable' ? ` (${v.complexity.summary}; attack ${v.attack.pattern})` : ''}`);
    }
    assert.deepEqual(bad, []);
  });
});
