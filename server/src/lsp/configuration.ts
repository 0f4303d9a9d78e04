// The `pressReview.*` settings: their defaults, and how raw values from the client
// (workspace/configuration) become a checked Settings object. A wrong value falls
// back to its default rather than breaking the server. package.json
// `contributes.configuration` documents the same settings for the editor's UI.

import type { FindingCode, Severity } from '../analysis';
import { DEFAULT_SEVERITIES } from '../analysis';
import { boundedGlobs } from './globLimits';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** Message language: "auto" follows the editor's UI language. */
  language: 'auto' | 'en' | 'ar';
  /** Per-rule severity or "off"; rules not listed keep their default. */
  rules: Partial<Record<FindingCode, SeveritySetting>>;
  /** Quotes shorter than this are terms unless a colon introduces them. */
  statementMinWords: number;
  /** Globs (relative to a workspace folder) of extra article files for the workspace index. */
  files: string[];
  /** Why globs of `files` were left out (see globLimits.ts), for the server's log. */
  refusedFiles?: string[];
  /** Extra knowledge files or folders (relative to a workspace folder or absolute). */
  knowledgeFiles: string[];
  index: {
    /** Whether the server indexes the workspace's articles in the background. */
    enabled: boolean;
    /** Files larger than this are left out of the index (they are analysed when opened). */
    maxFileSizeKB: number;
  };
}

/** Article files every workspace index includes: the language's own extensions. */
export const LANGUAGE_GLOBS = ['**/*.article', '**/*.press'];

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  rules: {},
  statementMinWords: 3,
  files: ['seeds/**/*.txt'],
  knowledgeFiles: [],
  index: { enabled: true, maxFileSizeKB: 512 },
};

const SEVERITIES = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);
const RULES = new Set(Object.keys(DEFAULT_SEVERITIES));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : undefined);

/**
 * Settings from the raw `pressReview` section and the editor's `files.associations`
 * (globs mapped to the press-article language join the index globs).
 */
export function parseSettings(raw: unknown, associations?: unknown): Settings {
  const s = isObject(raw) ? raw : {};
  const rules: Settings['rules'] = {};
  if (isObject(s.rules)) {
    for (const [code, value] of Object.entries(s.rules)) {
      if (RULES.has(code) && SEVERITIES.has(value as SeveritySetting)) rules[code as FindingCode] = value as SeveritySetting;
    }
  }
  const index = isObject(s.index) ? s.index : {};
  const minWords = Number(s.statementMinWords);
  const maxKB = Number(index.maxFileSizeKB);
  const files = boundedGlobs([...new Set([...(strings(s.files) ?? DEFAULT_SETTINGS.files), ...associatedGlobs(associations)])]);
  return {
    language: s.language === 'en' || s.language === 'ar' ? s.language : 'auto',
    rules,
    statementMinWords: Number.isInteger(minWords) && minWords >= 1 ? minWords : DEFAULT_SETTINGS.statementMinWords,
    files: files.globs,
    ...(files.refused.length ? { refusedFiles: files.refused } : {}),
    knowledgeFiles: strings(s.knowledgeFiles) ?? [],
    index: {
      enabled: typeof index.enabled === 'boolean' ? index.enabled : DEFAULT_SETTINGS.index.enabled,
      maxFileSizeKB: Number.isFinite(maxKB) && maxKB > 0 ? maxKB : DEFAULT_SETTINGS.index.maxFileSizeKB,
    },
  };
}

// `files.associations` entries that map to the press-article language. As in VS Code, a
// pattern without a slash matches file names anywhere. VS Code matches a pattern with a
// slash against the absolute path (hence "**/seeds/*.txt" in .vscode/settings.json); the
// index matches it relative to each workspace folder, which such patterns satisfy too.
function associatedGlobs(associations: unknown): string[] {
  if (!isObject(associations)) return [];
  return Object.entries(associations)
    .filter(([, language]) => language === 'press-article')
    .map(([glob]) => (glob.includes('/') ? glob.replace(/^\/+/, '') : `**/${glob}`));
}

/** The language of messages: the setting, else the editor's UI language (initialize params.locale). */
export function messageLanguage(settings: Settings, locale: string | undefined): 'en' | 'ar' {
  if (settings.language !== 'auto') return settings.language;
  return locale?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
