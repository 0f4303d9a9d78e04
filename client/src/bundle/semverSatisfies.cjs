// semver's satisfies() as the client bundle sees it (scripts/esbuildSettings.mjs,
// clientLibraries). vscode-languageclient asks one question at start: does the editor's
// version satisfy its caret range (REQUIRED_VSCODE_VERSION, '^1.91.0')? semver's Range
// class, its comparators and their caches are 10 KB of the client bundle; a caret range
// needs only semver's own SemVer class: the same major (minor, patch for 0.x), not below
// the least version, no pre-release. Any other form of range throws, so that an update of
// the library that asks something else fails loudly (test/unit/clientBundle.test.ts
// compares it with semver's satisfies).
'use strict';

const SemVer = require('semver/classes/semver');

const CARET = /^\^(\d+\.\d+\.\d+)$/;

function satisfies(version, range) {
  const caret = CARET.exec(range);
  if (!caret) throw new Error(`the client bundle's semver reads a range ^X.Y.Z, not ${range}`);
  const least = new SemVer(caret[1]);
  let v;
  try {
    v = version instanceof SemVer ? version : new SemVer(version);
  } catch {
    return false;
  }
  if (v.prerelease.length > 0 || v.major !== least.major || v.compare(least) < 0) return false;
  if (least.major > 0) return true;
  if (v.minor !== least.minor) return false;
  return least.minor > 0 || v.patch === least.patch;
}

module.exports = satisfies;
