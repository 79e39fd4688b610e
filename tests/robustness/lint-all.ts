import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index';
import { rules } from '../../src/rules';

export type Mode = 'default' | 'strict';

/** Every registered rule, with its default options or with its strict options where it has them. */
export function allRuleSettings(mode: Mode): Linter.RulesRecord {
  const settings: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const schema = rule.meta.schema as unknown as { properties?: Record<string, unknown> }[] | undefined;
    settings[`twelve-factor/${name}`] = mode === 'strict' && schema?.[0]?.properties?.strict ? ['error', { strict: true }] : 'error';
  }
  return settings;
}

/** Lints `code` with every rule; throws if a rule throws (ESLint rethrows rule exceptions). */
export function lintAll(
  code: string,
  options: { mode?: Mode; typescript?: boolean; sourceType?: 'module' | 'script' | 'commonjs'; jsx?: boolean } = {},
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const filename = options.typescript ? (options.jsx ? 'file.tsx' : 'file.ts') : options.jsx ? 'file.jsx' : 'file.js';
  return linter.verify(
    code,
    [
      {
        files: ['**/*.*'],
        plugins: { 'twelve-factor': plugin },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: options.sourceType ?? 'module',
          parserOptions: { ecmaFeatures: { jsx: Boolean(options.jsx) } },
          ...(options.typescript ? { parser: tsParser } : {}),
        },
        rules: allRuleSettings(options.mode ?? 'default'),
      },
    ],
    { filename },
  );
}
