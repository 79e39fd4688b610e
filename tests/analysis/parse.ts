import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';

export interface Parsed {
  sourceCode: TSESLint.SourceCode;
}

/**
 * Parses `code` the way ESLint does (scope analysis included) and hands the SourceCode to
 * `inspect` from inside a rule, so analysis helpers are tested on exactly what rules see.
 */
export function withSourceCode<T>(
  code: string,
  inspect: (sourceCode: TSESLint.SourceCode, context: TSESLint.RuleContext<string, unknown[]>) => T,
  options: { typescript?: boolean; sourceType?: 'module' | 'commonjs' | 'script' } = {},
): T {
  const linter = new Linter({ configType: 'flat' });
  let result: { value: T } | undefined;
  const messages = linter.verify(code, [
    {
      files: ['**/*.*'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: options.sourceType ?? 'module',
        ...(options.typescript === false ? {} : { parser: tsParser }),
      },
      plugins: {
        probe: {
          rules: {
            inspect: {
              create(context: never) {
                const ctx = context as unknown as TSESLint.RuleContext<string, unknown[]>;
                return {
                  'Program:exit'() {
                    result = { value: inspect(ctx.sourceCode, ctx) };
                  },
                };
              },
            },
          },
        },
      },
      rules: { 'probe/inspect': 'error' },
    },
  ], { filename: options.typescript === false ? 'file.js' : 'file.ts' });
  const fatal = messages.find((m) => m.fatal || m.ruleId === 'probe/inspect');
  if (fatal) throw new Error(`parse or probe failure: ${fatal.message}`);
  if (!result) throw new Error('probe rule did not run');
  return result.value;
}
