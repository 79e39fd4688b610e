import type { ESLint, Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../index';

/**
 * Everything the ESLint options of an audit depend on, as plain JSON: with `concurrency` the
 * options are rebuilt from this in every worker thread (plugin objects cannot be sent there).
 */
export interface LintSettings {
  readonly cwd: string;
  /** Global ignore patterns, relative to `cwd`; `!glob` entries unignore. */
  readonly ignores: readonly string[];
  /** How `.js`/`.jsx` files are parsed: as modules first, as CommonJS scripts on a retry. */
  readonly javascriptSourceType: 'module' | 'commonjs';
  readonly concurrency: 'auto' | 'off';
  /** Node.js scripts without an extension (`bin/www`), relative to `cwd`: linted as JavaScript. */
  readonly scripts?: readonly string[];
}

export const SETTINGS_VARIABLE = 'TWELVE_FACTOR_AUDIT_SETTINGS';

/** Node's globals: the rules track `require`, `process`, `module` through the global scope. */
const NODE_GLOBALS: Linter.Globals = {
  AbortController: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
  clearImmediate: 'readonly',
  clearInterval: 'readonly',
  clearTimeout: 'readonly',
  console: 'readonly',
  exports: 'writable',
  fetch: 'readonly',
  global: 'readonly',
  globalThis: 'readonly',
  module: 'writable',
  process: 'readonly',
  queueMicrotask: 'readonly',
  require: 'readonly',
  setImmediate: 'readonly',
  setInterval: 'readonly',
  setTimeout: 'readonly',
  structuredClone: 'readonly',
};

/** The flat config an audit lints with: the plugin's strict config, parsers for JS and TS. */
export function createAuditConfig(settings: Pick<LintSettings, 'ignores' | 'javascriptSourceType' | 'scripts'>): Linter.Config[] {
  const scripts = settings.scripts ?? [];
  return [
    { name: 'twelve-factor-audit/ignores', ignores: [...settings.ignores] },
    {
      name: 'twelve-factor-audit/javascript',
      files: ['**/*.{js,jsx,mjs,cjs}', ...scripts],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: settings.javascriptSourceType,
        globals: NODE_GLOBALS,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    { name: 'twelve-factor-audit/commonjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { name: 'twelve-factor-audit/esm', files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
    {
      name: 'twelve-factor-audit/typescript',
      files: ['**/*.{ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module', globals: NODE_GLOBALS },
    },
    // Test and fixture files are skipped by the global ignores above, where --include can unignore them.
    { ...plugin.configs.strict, files: [...(plugin.configs.strict.files ?? []), ...scripts], ignores: [] },
    { name: 'twelve-factor-audit/linter-options', linterOptions: { reportUnusedDisableDirectives: false } },
  ];
}

export function createESLintOptions(settings: LintSettings): ESLint.Options {
  return {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: createAuditConfig(settings),
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    ...(settings.concurrency === 'off' ? {} : { concurrency: settings.concurrency }),
  };
}

/** The settings handed to worker threads through the environment (see eslint-options-module). */
export function readSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): LintSettings {
  const json = env[SETTINGS_VARIABLE];
  if (!json) throw new Error(`${SETTINGS_VARIABLE} is not set`);
  return JSON.parse(json) as LintSettings;
}
