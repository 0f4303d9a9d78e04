// The `pressReview.*` settings: their defaults, and how raw values from the client
// (workspace/configuration) become a checked Settings object. A wrong value falls
// back to its default rather than breaking the server. package.json
// `contributes.configuration` documents the same settings for the editor's UI.

import { isRuleCode, RULE_SETTINGS, SOURCE_LINE_SETTINGS, type RuleSetting, type RuleSettings, type SourceLineSetting } from '../analysis';
import { MAX_ARTICLE_BYTES } from '../node/files';
import { boundedGlobs } from './globLimits';

export interface Settings {
  /** Message language: "auto" follows the editor's UI language. */
  language: 'auto' | 'en' | 'ar';
  /** Per-rule severity or "off"; rules not listed keep their default. */
  rules: RuleSettings;
  /** Quotes shorter than this are terms unless a colon introduces them. */
  statementMinWords: number;
  /** Whether an article without a source line is a finding: `auto` follows the folder's articles. */
  sourceLine: SourceLineSetting;
  /** Globs (relative to a workspace folder) of extra article files for the workspace index. */
  files: string[];
  /** Why globs of `files` were left out (see globLimits.ts), for the server's log. */
  refusedFiles?: string[];
  /** Extra knowledge files or folders (relative to a workspace folder or absolute). */
  knowledgeFiles: string[];
  editor: {
    /**
     * Color words inside the lines (semantic tokens) and put inferred speakers beside
     * their cue (inlay hints); by default neither, and hover names the speaker. Off by default: VS Code lays out each differently colored span of a line
     * left to right (microsoft/vscode #86667, #169459), which scrambles Arabic word order.
     */
    inlineMarks: boolean;
  };
  /** Plain text files whose content looks like an Arabic article are articles (articleFiles.ts). */
  detectArticles: boolean;
  index: {
    /** Whether the server indexes the workspace's articles in the background. */
    enabled: boolean;
    /** Files larger than this are left out of the index (they are analysed when opened). */
    maxFileSizeKB: number;
  };
}

/** Article files every workspace index includes: the language's own extensions (../articleFiles.ts). */
export { LANGUAGE_GLOBS } from '../shared/articleFiles';

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  rules: {},
  statementMinWords: 3,
  sourceLine: 'auto',
  files: ['seeds/**/*.txt'],
  knowledgeFiles: [],
  editor: { inlineMarks: false },
  detectArticles: true,
  index: { enabled: true, maxFileSizeKB: 512 },
};

const SEVERITIES = new Set<RuleSetting>(RULE_SETTINGS);

/** Knowledge files and folders read from pressReview.knowledgeFiles: the first ones only (each is read on every change). */
export const MAX_KNOWLEDGE_FILES = 100;
/** The largest pressReview.index.maxFileSizeKB taken: the command line's own limit (a larger one would let the index read a 566 MB file). */
export const MAX_INDEX_FILE_KB = MAX_ARTICLE_BYTES / 1024;

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
      if (isRuleCode(code) && SEVERITIES.has(value as RuleSetting)) rules[code] = value as RuleSetting;
    }
  }
  const index = isObject(s.index) ? s.index : {};
  const editor = isObject(s.editor) ? s.editor : {};
  const minWords = Number(s.statementMinWords);
  const maxKB = Number(index.maxFileSizeKB);
  const files = boundedGlobs([...new Set([...(strings(s.files) ?? DEFAULT_SETTINGS.files), ...associatedGlobs(associations)])]);
  return {
    language: s.language === 'en' || s.language === 'ar' ? s.language : 'auto',
    rules,
    statementMinWords: Number.isInteger(minWords) && minWords >= 1 ? minWords : DEFAULT_SETTINGS.statementMinWords,
    sourceLine: (SOURCE_LINE_SETTINGS as readonly unknown[]).includes(s.sourceLine) ? (s.sourceLine as SourceLineSetting) : DEFAULT_SETTINGS.sourceLine,
    files: files.globs,
    ...(files.refused.length ? { refusedFiles: files.refused } : {}),
    knowledgeFiles: (strings(s.knowledgeFiles) ?? []).slice(0, MAX_KNOWLEDGE_FILES),
    editor: { inlineMarks: editor.inlineMarks === true },
    detectArticles: typeof s.detectArticles === 'boolean' ? s.detectArticles : DEFAULT_SETTINGS.detectArticles,
    index: {
      enabled: typeof index.enabled === 'boolean' ? index.enabled : DEFAULT_SETTINGS.index.enabled,
      maxFileSizeKB: Number.isFinite(maxKB) && maxKB > 0 ? Math.min(maxKB, MAX_INDEX_FILE_KB) : DEFAULT_SETTINGS.index.maxFileSizeKB,
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
