// How the product's processes (language server, index workers, command line, archive jobs)
// have V8 compile the analysis, set before the engine loads. The analysis is mostly read once:
// a folder's first reading and a long article's first analysis spend more in TurboFan than in
// the compiled code, and half of that compiling inlines call sites that run less than once a
// call of their caller. Inlining only those that run at least once a call (V8's default is
// 0.15) cut the folder's first reading 5,550 → 4,700 M instructions and the 1 MB article's
// first analysis 3,822 → 2,931 M, and its later rounds no slower (quiet machine, alternated
// processes, CPU: folder steady state 0.97, 1 MB 0.83): docs/performance-log.md, session 15,
// compile settings. TurboFan does not peel loops (copy a loop's first iteration ahead of
// it): smaller graphs, folder's first reading 4,719 → 4,512 M, 1 MB article's first
// analysis 2,988 → 2,847 M, warm rounds no slower (CPU pairs: folder 0.98, 1 MB 0.96;
// session 16, the 1 MB article's first analysis). Once warm they cost the folder's round 7 %
// in instructions, 0-3 % in CPU (noise), and save the 1 MB article's warm analysis 12 %
// (session 17, what the V8 flags cost once warm). V8 flags are the process's, so a worker
// thread inherits them; one set at run time holds for what is compiled after it (counted
// there). They are part of the hash a code cache must match: set before the cache is read,
// the same in every process that shares a cache folder, and never changed afterwards (a
// cache written then is rejected).

import { setFlagsFromString } from 'node:v8';

/** The V8 flags the analysis is compiled with. */
export const COMPILE_FLAGS: readonly string[] = ['--min-inlining-frequency=1', '--no-turbo-loop-peeling'];

let applied = false;

/** Sets COMPILE_FLAGS once a process; returns them. */
export function applyCompileSettings(): readonly string[] {
  if (!applied) {
    for (const flag of COMPILE_FLAGS) setFlagsFromString(flag);
    applied = true;
  }
  return COMPILE_FLAGS;
}

/** Whether this process has set COMPILE_FLAGS (the engine's load does, before it requires the engine). */
export function compileSettingsApplied(): boolean {
  return applied;
}
